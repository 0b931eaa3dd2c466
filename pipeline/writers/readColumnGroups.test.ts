import { mkdirSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { defineTable } from "../contracts/TableContract.js"
import { TableStore } from "../store/TableStore.js"
import { exportTable } from "./exportTable.js"
import { Utf8Run } from "./arrowColumns.js"
import { expectedRows, readArrow } from "./fixtures/readBack.js"
import { columnGroupsSql, GROUP_ROWS, GROUP_TEXT_BYTES, readColumnGroups } from "./readColumnGroups.js"

const root = mkdtempSync(join(tmpdir(), "sitrep-groups-"))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const notesTable = defineTable({
  name: "notes",
  grain: "one row per note",
  description: "Text of every shape, to read back in groups.",
  key: ["n"],
  columns: [
    { name: "n", type: "int32", nullable: false, description: "Row number." },
    { name: "label", type: "string", nullable: true, description: "Short text, null or empty at times." },
    { name: "body", type: "string", nullable: true, description: "Text of any length." },
    { name: "tags", type: "string_list", nullable: true, description: "A list." }
  ]
})

/** Labels around DuckDB's 12-byte inline limit, multi-byte characters, nulls and empty strings. */
const label = (n: number): string | null =>
  n % 7 === 0 ? null : n % 11 === 0 ? "" : n % 5 === 0 ? `café ${n} — 🚀` : `label-${n}`.padEnd(10 + (n % 6), "x")

const withStore = async <A>(rows: ReadonlyArray<object>, name: string, f: (store: TableStore) => Promise<A>): Promise<A> => {
  const store = await TableStore.open(join(root, `${name}.duckdb`))
  try {
    await store.create(notesTable)
    await store.append(notesTable, rows)
    await store.finalize(notesTable)
    return await f(store)
  } finally {
    await store.close()
  }
}

describe("readColumnGroups", () => {
  it("reads every row back, in key order, across groups of GROUP_ROWS rows", async () => {
    const count = GROUP_ROWS * 2 + 5
    const rows = Array.from({ length: count }, (_, i) => {
      const n = count - i // arrives in reverse: finalize sorts
      return { n, label: label(n), body: n % 3 === 0 ? null : `body ${n}\nline two`, tags: n % 4 === 0 ? null : [`t${n}`, "ü"] }
    })
    await withStore(rows, "rows", async (store) => {
      const sizes: number[] = []
      for await (const group of readColumnGroups(await store.stream(columnGroupsSql(notesTable)), notesTable)) sizes.push(group.rows)
      expect(sizes).toEqual([GROUP_ROWS, GROUP_ROWS, 5])
      const dir = join(root, "rows-out")
      mkdirSync(dir)
      await exportTable(store, notesTable, dir)
      expect(readArrow(notesTable, join(dir, "notes.arrow"))).toEqual(expectedRows(notesTable, rows))
    })
  })

  it("starts a new group before the text of one group passes GROUP_TEXT_BYTES", async () => {
    // Three bodies of 0.4 × the limit: the running total crosses the limit at the third.
    const big = "é".repeat(Math.floor((GROUP_TEXT_BYTES * 0.4) / 2))
    const rows = [1, 2, 3].map((n) => ({ n, label: `${n}`, body: `${n}${big}`, tags: [] }))
    await withStore(rows, "bytes", async (store) => {
      const bodies: string[] = []
      const sizes: number[] = []
      for await (const group of readColumnGroups(await store.stream(columnGroupsSql(notesTable)), notesTable)) {
        sizes.push(group.rows)
        const run = group.columns[2]
        if (!(run instanceof Utf8Run)) throw new Error("body should be read as a UTF-8 run")
        for (let r = 0; r < group.rows; r++) {
          const { bytes, starts } = run
          bodies.push(new TextDecoder().decode(bytes.subarray(starts[r]!, starts[r + 1]!)))
        }
      }
      expect(sizes).toEqual([2, 1])
      expect(bodies).toEqual(rows.map((r) => r.body))
    })
  })
})
