/**
 * Documents from one single-article file (.txt, .md/.markdown, .html/.htm). The caller has
 * already checked the extension and the size; this reads, decodes, extracts and builds.
 */
import { readFileSync } from "node:fs"
import { buildDocument } from "./buildDocument.js"
import { decodeBytes } from "./decode.js"
import { type FileMetadata, NO_METADATA, splitFrontMatter } from "./frontMatter.js"
import { readHtml } from "./html.js"
import { sniffHtmlCharset } from "./htmlCharset.js"
import { type IngestEvent, rejectEvent } from "./IngestEvent.js"
import { isBlank } from "./isBlank.js"
import type { ManifestEntry } from "./manifest.js"
import { markdownToText } from "./markdownToText.js"
import { normalizeText } from "./normalizeText.js"
import { cannotRead } from "./readError.js"
import { resolveMetadata } from "./resolveMetadata.js"

export type ArticleFormat = "text" | "markdown" | "html"

/**
 * Events (a document, and rejects for dropped metadata; or one reject) for the file at `absPath`.
 * `read` is the file reader, replaceable so that tests can simulate files that cannot be read.
 */
export const ingestFile = (
  absPath: string,
  file: string,
  format: ArticleFormat,
  manifest: ManifestEntry | undefined,
  read: (path: string) => Uint8Array = readFileSync
): ReadonlyArray<IngestEvent> => {
  let bytes: Uint8Array
  try {
    // Synchronous on purpose: for small files one blocking read is several times faster than the
    // thread-pool round trips of fs.promises, and the size was checked before we got here.
    bytes = read(absPath)
  } catch (e) {
    return [rejectEvent(file, null, cannotRead(e))]
  }
  const decoded = decodeBytes(bytes, { declaredCharset: format === "html" ? sniffHtmlCharset(bytes) : null })
  if (!decoded.ok) return [rejectEvent(file, null, decoded.reason)]

  const events: IngestEvent[] = []
  let text = decoded.text
  let own: FileMetadata = NO_METADATA
  let removedBefore: ReadonlyArray<string> = []
  if (format === "markdown") {
    const split = splitFrontMatter(text)
    for (const problem of split.problems) events.push(rejectEvent(file, null, problem))
    const plain = markdownToText(split.body)
    text = plain.text
    own = split.meta
    removedBefore = plain.captions.map((c) => `caption: ${c}`)
  } else if (format === "html") {
    const article = readHtml(text)
    if (article.problem !== null) events.push(rejectEvent(file, null, article.problem))
    // Entities like &#13; or decomposed accents can reintroduce what decoding normalized away.
    text = normalizeText(article.text)
    own = article.meta
    removedBefore = article.captions.map((c) => `caption: ${c}`)
    if (isBlank(text)) {
      const n = removedBefore.length
      const aside = n === 0 ? "" : `; ${n} figure caption${n === 1 ? "" : "s"} set aside`
      return [...events, rejectEvent(file, null, `HTML page has no readable text (no article and no body text${aside})`)]
    }
  }

  const meta = resolveMetadata(manifest, own)
  const built = buildDocument({ file, recordKey: "", text, encoding: decoded.encoding, meta, removedBefore })
  if (!built.ok) return [...events, rejectEvent(file, null, built.reason)]
  if (meta.dateProblem !== null) events.push(rejectEvent(file, null, meta.dateProblem))
  return [{ kind: "document", row: built.row }, ...events]
}
