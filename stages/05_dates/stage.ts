import type { DocumentRows, Stage } from "../../pipeline/runner/Stage.js"
import type { DocumentRow } from "../01_ingest/schema.js"
import { sentencesTable, type SentenceRow } from "../03_sentences/schema.js"
import { extractTimexes } from "./extractTimexes.js"
import { timexesTable } from "./schema.js"

/** Temporal expressions of each document, normalised to TIMEX3 against its publication date. */
export const datesStage: Stage = {
  name: "dates",
  requires: ["documents.text", "documents.published_at", sentencesTable.name],
  provides: [timexesTable.name],
  tables: [timexesTable],
  perDocument: (doc: DocumentRow, upstream: DocumentRows) => ({
    [timexesTable.name]: extractTimexes(doc.doc_id, doc.published_at, (upstream[sentencesTable.name] ?? []) as ReadonlyArray<SentenceRow>)
  })
}
