import type { DocumentRow } from "../../stages/01_ingest/schema.js"
import type { DocumentRows, Stage } from "./Stage.js"

/**
 * Runs every per-document step over one document, in plan order, each seeing what the earlier
 * ones made. Pure and synchronous, so it can run in the main thread or in a worker. With
 * `publish`, only the rows of the stages it names are returned; the others only feed them.
 */
export function processDocument(doc: DocumentRow, stages: ReadonlyArray<Stage>, publish: ReadonlySet<string> | null = null): DocumentRows {
  let rows: Record<string, ReadonlyArray<object>> = {}
  // Without `publish` everything made is returned, so the rows are not gathered a second time.
  let published: Record<string, ReadonlyArray<object>> | null = publish === null ? null : {}
  for (const stage of stages) {
    if (stage.perDocument === undefined) continue
    const out = stage.perDocument(doc, rows)
    rows = { ...rows, ...out }
    if (published !== null && publish!.has(stage.name)) published = { ...published, ...out }
  }
  return published ?? rows
}
