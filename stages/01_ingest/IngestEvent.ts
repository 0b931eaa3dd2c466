import type { DocumentRow, RejectRow } from "./schema.js"

/** What the ingest stage emits, in input order: a document, or an input it could not use. */
export type IngestEvent =
  | { readonly kind: "document"; readonly row: DocumentRow } // duplicate_of is always null here (stage 02 fills it)
  | { readonly kind: "reject"; readonly row: RejectRow }

export const rejectEvent = (file: string, line: number | null, reason: string): IngestEvent => ({
  kind: "reject",
  row: { file, line, reason }
})
