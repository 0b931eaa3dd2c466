import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parse } from "csv-parse/sync"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { defineTable } from "../contracts/TableContract.js"
import { TableStore } from "../store/TableStore.js"
import { unguardCsvCell } from "./csvGuard.js"
import { writeCsv } from "./writeCsv.js"

const root = mkdtempSync(join(tmpdir(), "sitrep-writecsv-"))
let store: TableStore
beforeAll(async () => {
  store = await TableStore.open(join(root, "w.duckdb"))
})
afterAll(async () => {
  await store.close()
  rmSync(root, { recursive: true, force: true })
})

const values = defineTable({
  name: "values_table",
  grain: "one row per value",
  description: "test",
  key: ["n"],
  columns: [
    { name: "n", type: "int32", nullable: false, description: "order" },
    { name: "x", type: "float64", nullable: true, description: "a double" },
    { name: "s", type: "string", nullable: true, description: "a text" },
    { name: "l", type: "string_list", nullable: true, description: "a list" },
    { name: "b", type: "bool", nullable: true, description: "a flag" }
  ]
})

const cells = async (rows: ReadonlyArray<Record<string, unknown>>) => {
  await store.run(`DROP TABLE IF EXISTS values_table`)
  await store.create(values)
  await store.append(values, rows as never)
  await store.finalize(values)
  const path = join(root, "v.csv")
  await writeCsv(store, values, path)
  const text = readFileSync(path, "utf8")
  return { text, rows: parse(text, { columns: true }) as Array<Record<string, string>> }
}

describe("writeCsv", () => {
  it("writes doubles as plain decimals that parse back to the same value", async () => {
    const xs = [0, 1, -3.5, 0.1, 1e-7, -1e-7, 5e-324, 1e21, -1.234e25, 1.7976931348623157e308, 123456789.125]
    for (let i = 0; i < 300; i++) xs.push((Math.sin(i) - 0.5) * 10 ** ((i * 37) % 600 - 300))
    const { rows } = await cells(xs.map((x, n) => ({ n, x, s: null, l: null, b: null })))
    rows.forEach((r, n) => {
      expect(r.x).toMatch(/^-?\d+(\.\d+)?$/)
      expect(Number(r.x)).toBe(xs[n])
    })
  })

  it("guards formula-looking text, and spells NaN, infinities, booleans, lists, empty and null", async () => {
    const { text, rows } = await cells([
      { n: 0, x: Number.NaN, s: "=SUM(A1)", l: ["=a", 'b"c'], b: true },
      { n: 1, x: Number.NEGATIVE_INFINITY, s: "-minus", l: [], b: false },
      { n: 2, x: Number.POSITIVE_INFINITY, s: "", l: null, b: null },
      { n: 3, x: null, s: null, l: null, b: null },
      { n: 4, x: 2, s: "a, b\nand \"c\"", l: null, b: null }
    ])
    expect(rows.map((r) => r.x)).toEqual(["NaN", "'-Infinity", "Infinity", "", "2.0"])
    expect(rows.map((r) => unguardCsvCell(r.s!))).toEqual(["=SUM(A1)", "-minus", "", "", 'a, b\nand "c"'])
    expect(rows[0]!.s).toBe("'=SUM(A1)")
    expect(JSON.parse(rows[0]!.l!)).toEqual(["=a", 'b"c'])
    expect(rows.map((r) => r.b)).toEqual(["true", "false", "", "", ""])
    // An empty string is quoted so that it differs from null; records end in CRLF.
    expect(text).toContain(`2,Infinity,"",,\r\n3,,,,\r\n`)
  })
})
