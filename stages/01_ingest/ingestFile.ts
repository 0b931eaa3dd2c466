/**
 * Documents from one single-article file (.txt, .md/.markdown, .html/.htm). The caller has
 * already checked the extension and the size; this reads, decodes, extracts and builds.
 */
import { readFileSync } from "node:fs"
import { buildDocument } from "./buildDocument.js"
import { decodeBytes } from "./decode.js"
import { type FileMetadata, NO_METADATA, splitFrontMatter } from "./frontMatter.js"
import { extractHtml } from "./html.js"
import { sniffHtmlCharset } from "./htmlCharset.js"
import { type IngestEvent, rejectEvent } from "./IngestEvent.js"
import type { ManifestEntry } from "./manifest.js"
import { markdownToText } from "./markdownToText.js"
import { normalizeText } from "./normalizeText.js"
import { resolveMetadata } from "./resolveMetadata.js"

export type ArticleFormat = "text" | "markdown" | "html"

/** Events (a document, and rejects for dropped metadata; or one reject) for the file at `absPath`. */
export const ingestFile = (
  absPath: string,
  file: string,
  format: ArticleFormat,
  manifest: ManifestEntry | undefined
): ReadonlyArray<IngestEvent> => {
  // Synchronous on purpose: for small files one blocking read is several times faster than the
  // thread-pool round trips of fs.promises, and the size was checked before we got here.
  const bytes = readFileSync(absPath)
  const decoded = decodeBytes(bytes, { declaredCharset: format === "html" ? sniffHtmlCharset(bytes) : null })
  if (!decoded.ok) return [rejectEvent(file, null, decoded.reason)]

  const events: IngestEvent[] = []
  let text = decoded.text
  let own: FileMetadata = NO_METADATA
  let removedBefore: ReadonlyArray<string> = []
  if (format === "markdown") {
    const split = splitFrontMatter(text)
    if (split.problem !== null) events.push(rejectEvent(file, null, split.problem))
    const plain = markdownToText(split.body)
    text = plain.text
    own = split.meta
    removedBefore = plain.captions.map((c) => `caption: ${c}`)
  } else if (format === "html") {
    const article = extractHtml(text)
    // Entities like &#13; or decomposed accents can reintroduce what decoding normalized away.
    text = normalizeText(article.text)
    own = article.meta
    removedBefore = article.captions.map((c) => `caption: ${c}`)
    if (text === "") return [rejectEvent(file, null, "HTML page has no readable text (no article and no body text)")]
  }

  const meta = resolveMetadata(manifest, own)
  const built = buildDocument({ file, recordKey: "", text, encoding: decoded.encoding, meta, removedBefore })
  if (!built.ok) return [...events, rejectEvent(file, null, built.reason)]
  if (meta.dateProblem !== null) events.push(rejectEvent(file, null, meta.dateProblem))
  return [{ kind: "document", row: built.row }, ...events]
}
