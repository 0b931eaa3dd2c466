import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { TableStore, stagingTableName } from "../../pipeline/store/TableStore.js"
import { findDuplicates } from "./findDuplicates.js"
import { minhashSignature, signatureToHex } from "./minhash.js"
import { duplicateMapTable, minhashTable } from "./schema.js"

const root = mkdtempSync(join(tmpdir(), "sitrep-dups-"))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const story = Array.from(
  { length: 12 },
  (_, i) => `In paragraph ${i} the inspectors described how the bridge supports had cracked after the winter floods.`
).join(" ")
const other = Array.from({ length: 12 }, (_, i) => `Quarter ${i} brought record sales of electric cars across the region's dealers.`).join(" ")

describe("findDuplicates", () => {
  it("links a near copy to the earlier original through the SQL band join, and leaves distinct texts alone", async () => {
    const store = await TableStore.open(join(root, "d.duckdb"))
    try {
      await store.create(minhashTable)
      await store.create(duplicateMapTable)
      const row = (doc_id: string, published_at: string | null, text: string) => ({
        doc_id,
        published_at,
        signature: signatureToHex(minhashSignature(text))
      })
      await store.append(minhashTable, [
        row("late-copy", "2020-01-02", story + " Reporting by a wire service."),
        row("original", "2020-01-01", story),
        row("unrelated", "2020-01-01", other)
      ])
      const found = await findDuplicates(
        { query: (sql) => store.query(sql), append: (t, rows) => store.append(t, rows as never) },
        stagingTableName
      )
      expect(found).toBe(1)
      expect(await store.query(`select doc_id, duplicate_of from ${stagingTableName(duplicateMapTable.name)}`)).toEqual([
        { doc_id: "late-copy", duplicate_of: "original" }
      ])
    } finally {
      await store.close()
    }
  })
})
