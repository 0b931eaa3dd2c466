/**
 * Metadata fields (title, source, url, date) as text. Real exports put odd things there: a nested
 * `{"title": {"en": …}}`, a list of sources, `true`. Guessing a string out of those would invent
 * metadata, so they are dropped, but with a reason, never silently.
 */
import type { FileMetadata } from "./frontMatter.js"

export type MetadataText =
  | { readonly value: string | null; readonly problem: null }
  | { readonly value: null; readonly problem: string }

const describe = (value: unknown): string => {
  if (Array.isArray(value)) return "a list"
  if (typeof value === "boolean") return `${value}`
  if (typeof value === "number") return `${value}`
  return typeof value === "object" ? "an object" : `a ${typeof value}`
}

/**
 * A field's value as text: strings trimmed (empty means absent), finite numbers as written, valid
 * dates in ISO form; absent for null/undefined; anything else is a problem naming the field.
 */
export const metadataText = (name: string, value: unknown): MetadataText => {
  if (value === null || value === undefined) return { value: null, problem: null }
  if (typeof value === "string") return { value: value.trim() === "" ? null : value.trim(), problem: null }
  if (typeof value === "number" && Number.isFinite(value)) return { value: String(value), problem: null }
  if (value instanceof Date && !Number.isNaN(value.getTime())) return { value: value.toISOString(), problem: null }
  return {
    value: null,
    problem: `metadata field "${name}" is ${describe(value)}, not text; the field is ignored, the document is kept`
  }
}

export interface MetadataFields {
  readonly meta: FileMetadata
  /** One reason per field that was present but ignored, in field order. */
  readonly problems: ReadonlyArray<string>
}

/** The metadata sitrep knows from a key-value record (front matter, a JSONL line). */
export const readMetadataFields = (record: Readonly<Record<string, unknown>>): MetadataFields => {
  const problems: string[] = []
  const text = (name: string): string | null => {
    const field = metadataText(name, record[name])
    if (field.problem !== null) problems.push(field.problem)
    return field.value
  }
  const title = text("title")
  const source = text("source")
  const url = text("url")
  const publishedAt = text("published_at")
  // `date` is the common alternative name; only consulted when published_at gives nothing.
  return { meta: { title, source, url, publishedAt: publishedAt ?? text("date") }, problems }
}
