/**
 * Documents from one JSONL file: one article per line with `id`, `title`, `source`, `url`,
 * `published_at` and `text`. Bad lines become rejects with their line number; the rest of the
 * file is still read.
 */
import { buildDocument } from "./buildDocument.js"
import { type IngestEvent, rejectEvent } from "./IngestEvent.js"
import { isBlank } from "./isBlank.js"
import { JsonlRecordKeys } from "./JsonlRecordKeys.js"
import { readJsonl } from "./jsonl.js"
import { readMetadataFields } from "./metadataText.js"
import { normalizeText } from "./normalizeText.js"
import { resolveMetadata } from "./resolveMetadata.js"

export interface IngestJsonlOptions {
  readonly maxRecordBytes: number
  readonly onBytes?: (bytesRead: number) => void
}

/** Events for every non-blank line of the JSONL file at `absPath`, reported as `file`. */
export async function* ingestJsonl(absPath: string, file: string, options: IngestJsonlOptions): AsyncGenerator<IngestEvent> {
  const keys = new JsonlRecordKeys()
  let items = 0
  for await (const item of readJsonl(absPath, options)) {
    items++
    if (item.kind === "reject") {
      yield rejectEvent(file, item.line, item.reason)
      continue
    }
    const { value, line } = item
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      const what = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`
      yield rejectEvent(file, line, `record has no text (the line is ${what}, not an object)`)
      continue
    }
    const record = value as Record<string, unknown>
    const rawText = record.text
    if (typeof rawText !== "string" || isBlank(rawText)) {
      yield rejectEvent(file, line, 'record has no text (expected a non-empty string field "text")')
      continue
    }
    const fields = readMetadataFields(record)
    const meta = resolveMetadata(undefined, fields.meta)
    const built = buildDocument({
      file,
      recordKey: keys.next(record.id, line),
      text: normalizeText(rawText),
      encoding: item.encoding,
      meta
    })
    if (!built.ok) {
      yield rejectEvent(file, line, built.reason)
      continue
    }
    yield { kind: "document", row: built.row }
    for (const problem of fields.problems) yield rejectEvent(file, line, problem)
    if (meta.dateProblem !== null) yield rejectEvent(file, line, meta.dateProblem)
  }
  // Blank lines are skipped, so an empty or blank file would otherwise leave no trace at all.
  if (items === 0) yield rejectEvent(file, null, "JSONL file has no records (it is empty or holds only blank lines)")
}
