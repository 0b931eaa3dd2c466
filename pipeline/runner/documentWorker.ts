/**
 * Worker-thread entry (piscina): runs the per-document stages over one batch of documents.
 * Stages are pure functions of a document, so a batch gives the same rows in any thread.
 */
import type { DocumentRow } from "../../stages/01_ingest/schema.js"
import { processBatch } from "./documentStages.js"

export default function runBatch(docs: ReadonlyArray<DocumentRow>) {
  return processBatch(docs)
}
