import type { DocumentRow } from "../../stages/01_ingest/schema.js"
import type { DocumentRows, Stage } from "./Stage.js"

/**
 * Runs every per-document step over one document, in plan order, each seeing what the earlier
 * ones made. Pure and synchronous, so it can run in the main thread or in a worker.
 */
export function processDocument(doc: DocumentRow, stages: ReadonlyArray<Stage>): DocumentRows {
  let rows: Record<string, ReadonlyArray<object>> = {}
  for (const stage of stages) {
    if (stage.perDocument === undefined) continue
    rows = { ...rows, ...stage.perDocument(doc, rows) }
  }
  return rows
}
