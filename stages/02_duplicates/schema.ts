import { defineTable, type RowOf } from "../../pipeline/contracts/TableContract.js"

/** Internal tables (leading `_`): kept in the staging database while the run lasts, never published. */

export const minhashTable = defineTable({
  name: "_minhash",
  grain: "one row per document",
  description: "MinHash signature of each document's text, for near-duplicate detection.",
  key: ["doc_id"],
  columns: [
    { name: "doc_id", type: "string", nullable: false, description: "documents.doc_id" },
    { name: "published_at", type: "string", nullable: true, description: "documents.published_at, to choose the earliest copy." },
    { name: "signature", type: "string", nullable: false, description: "SIGNATURE_SIZE (128) per-bin minima, 8 hex characters each." }
  ]
})
export type MinhashRow = RowOf<typeof minhashTable>

export const duplicateMapTable = defineTable({
  name: "_duplicate_map",
  grain: "one row per document that copies an earlier one",
  description: "The value of documents.duplicate_of for each duplicate.",
  key: ["doc_id"],
  columns: [
    { name: "doc_id", type: "string", nullable: false, description: "documents.doc_id of the copy" },
    { name: "duplicate_of", type: "string", nullable: false, description: "documents.doc_id of the earliest copy" }
  ]
})
export type DuplicateMapRow = RowOf<typeof duplicateMapTable>
