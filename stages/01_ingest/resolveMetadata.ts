/**
 * One place decides which metadata a document gets: a non-empty manifest cell beats what the
 * file says about itself (front matter, JSONL fields, HTML meta), because the manifest is the
 * user's deliberate correction. Dates are normalized here, and an unusable date is reported.
 */
import type { FileMetadata } from "./frontMatter.js"
import type { ManifestEntry } from "./manifest.js"
import { normalizePublishedAt } from "./publishedAt.js"

export interface ResolvedMetadata {
  readonly title: string | null
  readonly source: string | null
  readonly url: string | null
  readonly published_at: string | null
  /** Why the file's own date was dropped; null when there was nothing to drop. */
  readonly dateProblem: string | null
}

/**
 * Merges manifest and file metadata. An invalid manifest date was already reported by the
 * manifest parser and arrives here as null, so the file's own date (if any) is used instead.
 */
export const resolveMetadata = (manifest: ManifestEntry | undefined, own: FileMetadata): ResolvedMetadata => {
  let published_at = manifest?.publishedAt ?? null
  let dateProblem: string | null = null
  if (published_at === null && own.publishedAt !== null) {
    const normalized = normalizePublishedAt(own.publishedAt)
    published_at = normalized.value
    if (normalized.reason !== null) dateProblem = `${normalized.reason}; the document is kept without a date`
  }
  return {
    title: manifest?.title ?? own.title,
    source: manifest?.source ?? own.source,
    url: manifest?.url ?? own.url,
    published_at,
    dateProblem
  }
}
