/**
 * The last step for every article, whatever its format: clean the text, pick a title, count,
 * hash, and assemble the `documents` row. Plain code, no Effect: it runs once per document.
 */
import { createHash } from "node:crypto"
import { codePointLength } from "../../pipeline/text/codePoints.js"
import { cleanText } from "./clean.js"
import { countWords } from "./countWords.js"
import { docId } from "./docId.js"
import type { ResolvedMetadata } from "./resolveMetadata.js"
import type { DocumentRow } from "./schema.js"
import { deriveTitle } from "./title.js"

export interface DocumentInput {
  /** Relative path, forward slashes. */
  readonly file: string
  /** Record key within the file ("" for one-article files). */
  readonly recordKey: string
  /** Decoded, LF, NFC text, before cleaning. */
  readonly text: string
  readonly encoding: string
  readonly meta: ResolvedMetadata
  /** Pieces already removed by the format reader (HTML figure captions), as `kind: text`. */
  readonly removedBefore?: ReadonlyArray<string>
}

export type BuiltDocument = { readonly ok: true; readonly row: DocumentRow } | { readonly ok: false; readonly reason: string }

/** Builds the row, or says why the article has no text left after cleaning. */
export const buildDocument = (input: DocumentInput): BuiltDocument => {
  const cleaned = cleanText(input.text)
  const removed = input.removedBefore === undefined ? cleaned.removed : [...input.removedBefore, ...cleaned.removed]
  if (cleaned.text === "") {
    // Counts what the format reader set aside too: an image-only Markdown file lost its caption.
    const n = removed.length
    // Nothing was removed, so there was no text to begin with (front matter or markup only).
    if (n === 0) return { ok: false, reason: "no article text (the file holds only metadata or markup)" }
    return {
      ok: false,
      reason: `no article text left after removing captions, credits, bylines and boilerplate (${n} piece${n === 1 ? "" : "s"} removed)`
    }
  }
  const { meta } = input
  return {
    ok: true,
    row: {
      doc_id: docId(input.file, input.recordKey),
      file: input.file,
      title: deriveTitle(meta.title, cleaned.text),
      source: meta.source,
      url: meta.url,
      published_at: meta.published_at,
      text: cleaned.text,
      n_chars: codePointLength(cleaned.text),
      n_words: countWords(cleaned.text),
      encoding: input.encoding,
      removed,
      text_sha256: createHash("sha256").update(cleaned.text, "utf8").digest("hex"),
      duplicate_of: null
    }
  }
}
