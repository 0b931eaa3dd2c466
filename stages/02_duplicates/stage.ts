import type { Stage } from "../../pipeline/runner/Stage.js"
import { documentsTable, type DocumentRow } from "../01_ingest/schema.js"
import { findDuplicates } from "./findDuplicates.js"
import { minhashSignature, signatureToHex } from "./minhash.js"
import { duplicateMapTable, minhashTable } from "./schema.js"

/** Marks syndicated copies: exact and near-duplicate texts point at the earliest document. */
export const duplicatesStage = (stagingName: (table: string) => string): Stage => ({
  name: "duplicates",
  requires: ["documents.text", "documents.published_at"],
  provides: ["documents.duplicate_of"],
  tables: [minhashTable, duplicateMapTable],
  perDocument: (doc: DocumentRow) => ({
    [minhashTable.name]: [
      { doc_id: doc.doc_id, published_at: doc.published_at, signature: signatureToHex(minhashSignature(doc.text)) }
    ]
  }),
  perCorpus: async (ctx) => {
    await findDuplicates(ctx, stagingName)
  },
  finalSelect: {
    // documents keeps its column order; duplicate_of comes from the map built above.
    [documentsTable.name]: (staging) =>
      `select ${documentsTable.columns
        .map((c) => (c.name === "duplicate_of" ? `m.duplicate_of` : `d."${c.name}"`))
        .join(", ")} from ${staging} d left join ${stagingName(duplicateMapTable.name)} m using (doc_id)`
  }
})
