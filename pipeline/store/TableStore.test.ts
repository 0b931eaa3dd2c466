import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, afterEach, describe, expect, it } from "vitest"
import { defineTable } from "../contracts/TableContract.js"
import { TableStore, stagingTableName } from "./TableStore.js"

const people = defineTable({
  name: "people",
  grain: "one row per person",
  description: "People, for the store's tests.",
  key: ["person_id"],
  columns: [
    { name: "person_id", type: "string", nullable: false, description: "Id." },
    { name: "start", type: "int32", nullable: false, description: "A reserved-ish column name." },
    { name: "end", type: "int32", nullable: true, description: "Another one, with 'quotes' in the comment." },
    { name: "nicknames", type: "string_list", nullable: false, description: "Nicknames." }
  ]
})

const renames = defineTable({
  name: "_renames",
  grain: "one row per renamed person",
  description: "Internal: new ids.",
  key: ["person_id"],
  columns: [
    { name: "person_id", type: "string", nullable: false, description: "Old id." },
    { name: "new_id", type: "string", nullable: false, description: "New id." }
  ]
})

const root = mkdtempSync(join(tmpdir(), "sitrep-store-"))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const open: TableStore[] = []
const freshStore = async (): Promise<TableStore> => {
  const store = await TableStore.open(join(mkdtempSync(join(root, "case-")), "t.duckdb"))
  open.push(store)
  return store
}
afterEach(async () => {
  for (const s of open.splice(0)) await s.close()
})

describe("TableStore", () => {
  it("appends in batches and finalizes sorted by key", async () => {
    const store = await freshStore()
    await store.create(people)
    await store.append(people, [{ person_id: "c", start: 3, end: null, nicknames: ["cee"] }])
    await store.append(people, [
      { person_id: "a", start: 1, end: 2, nicknames: [] },
      { person_id: "b", start: 2, end: 3, nicknames: ["bee", "🐝"] }
    ])
    await store.finalize(people)
    expect(await store.query(`SELECT person_id, "start", "end", nicknames FROM people`)).toEqual([
      { person_id: "a", start: 1, end: 2, nicknames: [] },
      { person_id: "b", start: 2, end: 3, nicknames: ["bee", "🐝"] },
      { person_id: "c", start: 3, end: null, nicknames: ["cee"] }
    ])
    // The staging table is gone.
    expect(await store.query("SELECT table_name FROM duckdb_tables() ORDER BY 1")).toEqual([{ table_name: "people" }])
  })

  it("persists final tables to the database file in order, with the contract's types and comments", async () => {
    const dir = mkdtempSync(join(root, "case-"))
    const store = await TableStore.open(join(dir, "t.duckdb"))
    await store.create(people)
    await store.append(people, [
      { person_id: "b", start: 2, end: 3, nicknames: ["bee"] },
      { person_id: "a", start: 1, end: null, nicknames: [] }
    ])
    await store.finalize(people)
    await store.persist([people])
    await store.close()
    const reader = await freshStore()
    await reader.run(`ATTACH '${join(dir, "t.duckdb")}' AS f (READ_ONLY)`)
    expect(await reader.query(`SELECT person_id, "end" FROM f.people`)).toEqual([
      { person_id: "a", end: null },
      { person_id: "b", end: 3 }
    ])
    const columns = await reader.query(
      "SELECT column_name, data_type, is_nullable, comment FROM duckdb_columns() WHERE database_name = 'f' AND table_name = ? ORDER BY column_index",
      ["people"]
    )
    expect(columns.map((c) => [c["column_name"], c["data_type"], c["is_nullable"]])).toEqual([
      ["person_id", "VARCHAR", false],
      ["start", "INTEGER", false],
      ["end", "INTEGER", true],
      ["nicknames", "VARCHAR[]", false]
    ])
    expect(columns[2]?.["comment"]).toBe("Another one, with 'quotes' in the comment.")
    const [table] = await reader.query("SELECT comment FROM duckdb_tables() WHERE database_name = 'f' AND table_name = 'people'")
    expect(table?.["comment"]).toContain("Grain: one row per person.")
    expect(existsSync(join(dir, "t.duckdb.wal"))).toBe(false)
  })

  it("finalizes through a caller's select, e.g. a join on an internal table, then drops the internal one", async () => {
    const store = await freshStore()
    await store.create(people)
    await store.create(renames)
    await store.append(people, [
      { person_id: "x", start: 1, end: 1, nicknames: [] },
      { person_id: "y", start: 2, end: 2, nicknames: [] }
    ])
    await store.append(renames, [{ person_id: "y", new_id: "a" }])
    const s = stagingTableName(people.name)
    await store.finalize(people, {
      select: `SELECT coalesce(r.new_id, p.person_id) AS person_id, p."start", p."end", p.nicknames FROM ${s} p LEFT JOIN ${stagingTableName(renames.name)} r USING (person_id)`
    })
    await store.drop(renames)
    expect((await store.query("SELECT person_id FROM people")).map((r) => r["person_id"])).toEqual(["a", "x"])
    expect(await store.query("SELECT count(*) AS n FROM duckdb_tables()")).toEqual([{ n: 1n }])
  })

  it("names the table, column and row of a value that breaks the contract, and keeps none of that batch", async () => {
    const store = await freshStore()
    await store.create(people)
    await expect(
      store.append(people, [
        { person_id: "a", start: 1, end: null, nicknames: [] },
        { person_id: "b", start: 1.5, end: null, nicknames: [] }
      ])
    ).rejects.toThrow(/append people: .*column "start", row 1: expected int32, got number 1.5/)
    await expect(store.append(people, [{ person_id: null as never, start: 1, end: null, nicknames: [] }])).rejects.toThrow(
      /column "person_id", row 0: null in a non-nullable column/
    )
    await expect(store.append(people, [{ person_id: "a", start: 1, nicknames: [] } as never])).rejects.toThrow(/column "end", row 0: .*undefined/)
    await expect(store.append(people, [{ person_id: "a", start: 1, end: 1, nicknames: [1] as never }])).rejects.toThrow(/expected string_list/)
    // A big batch that fails late, after the appender has flushed chunks on its own.
    const many = Array.from({ length: 300_000 }, (_, i) => ({ person_id: `p${i}`, start: i, end: i === 299_999 ? -0.5 : i, nicknames: [] }))
    await expect(store.append(people, many)).rejects.toThrow(/row 299999/)
    expect(await store.query(`SELECT count(*) AS n FROM ${stagingTableName("people")}`)).toEqual([{ n: 0n }])
    await store.append(people, many.slice(0, 10))
    expect(await store.query(`SELECT count(*) AS n FROM ${stagingTableName("people")}`)).toEqual([{ n: 10n }])
  })

  it("refuses a key that is not unique, naming an example", async () => {
    const store = await freshStore()
    await store.create(people)
    await store.append(people, [
      { person_id: "a", start: 1, end: null, nicknames: [] },
      { person_id: "a", start: 2, end: null, nicknames: [] }
    ])
    await expect(store.finalize(people)).rejects.toThrow(/key \(person_id\) is not unique, e.g. \{"person_id":"a","n":2\}/)
    // Nothing was half done: the staging rows are still there to fix and finalize again.
    expect(await store.query(`SELECT count(*) AS n FROM ${stagingTableName("people")}`)).toEqual([{ n: 2n }])
    await store.finalize(people, { select: `SELECT * FROM ${stagingTableName("people")} WHERE "start" = 1` })
    expect(await store.query("SELECT person_id, \"start\" FROM people")).toEqual([{ person_id: "a", start: 1 }])
  })

  it("says what to do when a table was never created", async () => {
    const store = await freshStore()
    await expect(store.append(people, [{ person_id: "a", start: 1, end: null, nicknames: [] }])).rejects.toThrow(
      /call store.create\(contract\) before append/
    )
  })

  it("binds query parameters and leaves no spill folder or WAL behind after close", async () => {
    const dir = mkdtempSync(join(root, "case-"))
    const store = await TableStore.open(join(dir, "t.duckdb"), { threads: 1, memoryLimit: "256MB" })
    expect(await store.query("SELECT $1::VARCHAR AS v, $2::INTEGER AS n", ["'; DROP TABLE x; --", 7])).toEqual([
      { v: "'; DROP TABLE x; --", n: 7 }
    ])
    await store.persist([])
    await store.close()
    await store.close() // a second close is harmless
    expect(existsSync(join(dir, "t.duckdb"))).toBe(true)
    expect(existsSync(join(dir, "t.duckdb.tmp"))).toBe(false)
    expect(existsSync(join(dir, "t.duckdb.wal"))).toBe(false)
  })
})
