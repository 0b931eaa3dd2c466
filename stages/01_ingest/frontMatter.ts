/**
 * Markdown articles often start with a YAML block between `---` lines holding their metadata.
 * The block is metadata, not article text, so it is cut off; only the keys sitrep knows are read.
 */
import { parse } from "yaml"

export interface FileMetadata {
  readonly title: string | null
  readonly source: string | null
  readonly url: string | null
  /** As written; normalized later, with the other metadata sources. */
  readonly publishedAt: string | null
}

export const NO_METADATA: FileMetadata = { title: null, source: null, url: null, publishedAt: null }

export interface FrontMatterSplit {
  readonly meta: FileMetadata
  readonly body: string
  /** Set when a block was found but could not be used; the body is still returned. */
  readonly problem: string | null
}

const OPEN = /^---[ \t]*\n/
// Closing line: `---` or YAML's document end `...`.
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m

const scalar = (value: unknown): string | null => {
  if (typeof value === "string") return value.trim() === "" ? null : value.trim()
  if (typeof value === "number" || typeof value === "boolean") return String(value)
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString()
  return null
}

/** Splits `text` (LF line endings) into front-matter metadata and the body after it. */
export const splitFrontMatter = (text: string): FrontMatterSplit => {
  const open = OPEN.exec(text)
  if (open === null) return { meta: NO_METADATA, body: text, problem: null }
  const rest = text.slice(open[0].length)
  const close = CLOSE.exec(rest)
  // An opening `---` with no closing line is a Markdown horizontal rule, not front matter.
  if (close === null) return { meta: NO_METADATA, body: text, problem: null }
  const yamlSource = rest.slice(0, close.index)
  const body = rest.slice(close.index + close[0].length).replace(/^\n/, "")
  let data: unknown
  try {
    data = parse(yamlSource)
  } catch (e) {
    const detail = e instanceof Error ? e.message.split("\n")[0] : String(e)
    return { meta: NO_METADATA, body, problem: `front matter is not valid YAML (${detail}); its metadata is ignored` }
  }
  if (data === null || data === undefined) return { meta: NO_METADATA, body, problem: null }
  if (typeof data !== "object" || Array.isArray(data)) {
    return { meta: NO_METADATA, body, problem: "front matter is not a list of key: value pairs; its metadata is ignored" }
  }
  const map = data as Record<string, unknown>
  return {
    meta: {
      title: scalar(map.title),
      source: scalar(map.source),
      url: scalar(map.url),
      publishedAt: scalar(map.published_at) ?? scalar(map.date)
    },
    body,
    problem: null
  }
}
