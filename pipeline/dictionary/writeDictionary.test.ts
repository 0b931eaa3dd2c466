import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { documentsTable, rejectsTable } from "../../stages/01_ingest/schema.js"
import { sentencesTable } from "../../stages/03_sentences/schema.js"
import { samplesTable } from "../writers/fixtures/sampleTables.js"
import { writeDictionary, type DictionaryTable } from "./writeDictionary.js"

const root = mkdtempSync(join(tmpdir(), "sitrep-dict-"))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const contracts = [documentsTable, sentencesTable, rejectsTable, samplesTable]

describe("writeDictionary", () => {
  it("lists every table and column with its types, in contract order, the same bytes every time", async () => {
    const a = mkdtempSync(join(root, "a-"))
    const b = mkdtempSync(join(root, "b-"))
    await writeDictionary(contracts, a)
    await writeDictionary(contracts, b)
    for (const f of ["dictionary.json", "dictionary.md"]) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f)))).toBe(true)

    const { tables } = JSON.parse(readFileSync(join(a, "dictionary.json"), "utf8")) as { tables: DictionaryTable[] }
    expect(tables.map((t) => t.name)).toEqual(contracts.map((c) => c.name))
    for (const [i, c] of contracts.entries()) {
      expect(tables[i]!.columns.map((col) => col.name)).toEqual(c.columns.map((col) => col.name))
      expect(tables[i]!.key).toEqual(c.key)
      expect(tables[i]!.grain).toBe(c.grain)
    }
    const removed = tables[0]!.columns.find((c) => c.name === "removed")
    expect(removed).toMatchObject({ type: "string_list", duckdb_type: "VARCHAR[]", arrow_type: "List<Utf8>", nullable: false })
    expect(tables[3]!.columns.find((c) => c.name === "big")).toMatchObject({ duckdb_type: "BIGINT", arrow_type: "Int64" })

    const md = readFileSync(join(a, "dictionary.md"), "utf8")
    for (const c of contracts) {
      expect(md).toContain(`## ${c.name}\n`)
      for (const col of c.columns) expect(md).toContain(`| \`${col.name}\` |`)
    }
    // A pipe in a description must not break the Markdown table.
    expect(md).toContain("Free text \\| anything")
    expect(md).toContain("| `VARCHAR[]` | `List<Utf8>` |")
  })
})
