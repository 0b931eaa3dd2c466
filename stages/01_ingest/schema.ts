import { defineTable, type RowOf } from "../../pipeline/contracts/TableContract.js"

export const documentsTable = defineTable({
  name: "documents",
  grain: "one row per article read from the input (syndicated copies included)",
  description:
    "Cleaned article text with its metadata. Every offset in every other table points into `text` (0-based, end-exclusive, Unicode code points).",
  key: ["doc_id"],
  columns: [
    { name: "doc_id", type: "string", nullable: false, description: "Stable id: the first 16 hex characters of SHA-256 over the path relative to the input folder (the `file` column), a NUL character, and, for a JSONL record, its `id` (or 'line:N' when it has none or repeats an earlier one; empty for other files). Same input, same id, on any machine; an edited article keeps its id." },
    { name: "file", type: "string", nullable: false, description: "Path of the source file relative to the input folder, with forward slashes (for a single .jsonl input: its file name)." },
    { name: "title", type: "string", nullable: true, description: "Title from the manifest, front matter, JSONL or HTML (og:title or twitter:title, else <title>); else the first paragraph when it is one short line without a closing full stop (a headline); else the first sentence (at most 300 characters). Never empty: an input left without text is a reject, not a document." },
    { name: "source", type: "string", nullable: true, description: "Publisher or outlet, as the metadata gives it." },
    { name: "url", type: "string", nullable: true, description: "Address of the article, as the metadata gives it." },
    { name: "published_at", type: "string", nullable: true, description: "Publication date (YYYY-MM-DD) or date-time (ISO 8601, offset kept) from the metadata; empty when none was given or it was not a valid date." },
    { name: "text", type: "string", nullable: false, description: "Cleaned article text: decoded, NFC-normalized, LF line endings, HTML/Markdown markup and captions/credits/bylines/boilerplate removed, each line trimmed, paragraphs separated by exactly one blank line." },
    { name: "n_chars", type: "int32", nullable: false, description: "Length of `text` in Unicode code points." },
    { name: "n_words", type: "int32", nullable: false, description: "Number of whitespace-separated words in `text`." },
    { name: "encoding", type: "string", nullable: false, description: "Encoding the source was decoded from: utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252 (also for text detected as ISO-8859-1, whose printable range it extends), or another legacy encoding detected by chardet or declared by the HTML page." },
    { name: "removed", type: "string_list", nullable: false, description: "What cleaning removed, one entry per piece as `kind: text` (kinds: caption, credit, byline, share, cookie, boilerplate; `control: N characters` counts removed control characters)." },
    { name: "text_sha256", type: "string", nullable: false, description: "SHA-256 (hex) of `text` as UTF-8." },
    { name: "duplicate_of", type: "string", nullable: true, description: "doc_id of the earliest document with the same or nearly the same text (estimated MinHash Jaccard ≥ 0.8 over word 5-shingles), by publication instant (a date-time without an offset read as UTC; undated documents last), then doc_id; empty for originals, including the earliest copy itself." }
  ]
})
export type DocumentRow = RowOf<typeof documentsTable>

export const rejectsTable = defineTable({
  name: "rejects",
  grain: "one row per input (file, JSONL line or manifest row) that was not turned into a document, or whose metadata was dropped",
  description: "Everything the run could not use, named with the reason, so that nothing is lost silently.",
  key: ["file", "line", "reason"],
  columns: [
    { name: "file", type: "string", nullable: false, description: "Path relative to the input folder (as written in the manifest for manifest rows; manifest.csv for the manifest as a whole)." },
    { name: "line", type: "int32", nullable: true, description: "1-based line number for JSONL records and manifest rows; empty for whole files." },
    { name: "reason", type: "string", nullable: false, description: "Why the input was not used, and what to do about it." }
  ]
})
export type RejectRow = RowOf<typeof rejectsTable>
