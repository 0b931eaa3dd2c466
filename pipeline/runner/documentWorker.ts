/**
 * Worker-thread entry (piscina): runs the per-document stages over one batch of documents, all
 * of them or only those a lane publishes. Stages are pure functions of a document, so a batch
 * gives the same rows in any thread.
 */
import type { DocumentRow } from "../../stages/01_ingest/schema.js"
import { processBatch } from "./documentStages.js"

export interface WorkerTask {
  readonly docs: ReadonlyArray<DocumentRow>
  /** Names of the stages whose rows to return; null for all. */
  readonly publish: ReadonlyArray<string> | null
}

export default function runBatch(task: WorkerTask) {
  return processBatch(task.docs, task.publish)
}
