import { defineTable, type RowOf } from "../../pipeline/contracts/TableContract.js"

export const sentencesTable = defineTable({
  name: "sentences",
  grain: "one row per sentence of a document",
  description: "Sentence boundaries in the cleaned text. Sentences never cross a paragraph break and appear in text order.",
  key: ["doc_id", "sentence_id"],
  columns: [
    { name: "doc_id", type: "string", nullable: false, description: "Document the sentence belongs to (documents.doc_id)." },
    { name: "sentence_id", type: "int32", nullable: false, description: "0-based position of the sentence within its document." },
    { name: "paragraph_id", type: "int32", nullable: false, description: "0-based position of the paragraph (blank-line separated block) within its document." },
    { name: "start", type: "int32", nullable: false, description: "Start offset in documents.text (0-based, code points)." },
    { name: "end", type: "int32", nullable: false, description: "End offset in documents.text (exclusive, code points)." },
    { name: "text", type: "string", nullable: false, description: "The sentence, equal to documents.text[start:end]." }
  ]
})
export type SentenceRow = RowOf<typeof sentencesTable>
