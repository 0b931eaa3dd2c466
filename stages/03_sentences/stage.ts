import type { Stage } from "../../pipeline/runner/Stage.js"
import type { DocumentRow } from "../01_ingest/schema.js"
import { sentencesTable } from "./schema.js"
import { splitSentences } from "./splitSentences.js"

/** Sentence boundaries with paragraph numbers and code-point offsets. */
export const sentencesStage: Stage = {
  name: "sentences",
  requires: ["documents.text"],
  provides: [sentencesTable.name],
  tables: [sentencesTable],
  perDocument: (doc: DocumentRow) => ({ [sentencesTable.name]: splitSentences(doc.doc_id, doc.text) })
}
