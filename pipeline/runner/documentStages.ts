import { stagingTableName } from "../store/stagingTableName.js"
import { buildPlan } from "./plan.js"
import type { DocumentRow } from "../../stages/01_ingest/schema.js"
import { processDocument } from "./processDocument.js"
import type { DocumentRows } from "./Stage.js"

/** The plan's per-document steps, in order: the same list in the main thread and in workers. */
const perDocumentStages = buildPlan(stagingTableName).filter((s) => s.perDocument !== undefined)

/** Rows of every per-document stage for a batch of documents, in the batch's order. */
export function processBatch(docs: ReadonlyArray<DocumentRow>): DocumentRows[] {
  return docs.map((doc) => processDocument(doc, perDocumentStages))
}
