/**
 * Markdown articles often start with a YAML block between `---` lines holding their metadata.
 * The block is metadata, not article text, so it is cut off; only the keys sitrep knows are read.
 */
import { parse } from "yaml"
import { readMetadataFields } from "./metadataText.js"

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
  /** Why a block, or a field of it, could not be used; the body is still returned. */
  readonly problems: ReadonlyArray<string>
}

const OPEN = /^---[ \t]*\n/
// Closing line: `---` or YAML's document end `...`.
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m

/** Splits `text` (LF line endings) into front-matter metadata and the body after it. */
export const splitFrontMatter = (text: string): FrontMatterSplit => {
  const open = OPEN.exec(text)
  if (open === null) return { meta: NO_METADATA, body: text, problems: [] }
  const rest = text.slice(open[0].length)
  const close = CLOSE.exec(rest)
  // An opening `---` with no closing line is a Markdown horizontal rule, not front matter.
  if (close === null) return { meta: NO_METADATA, body: text, problems: [] }
  const yamlSource = rest.slice(0, close.index)
  const body = rest.slice(close.index + close[0].length).replace(/^\n/, "")
  let data: unknown
  try {
    data = parse(yamlSource)
  } catch (e) {
    const detail = e instanceof Error ? e.message.split("\n")[0] : String(e)
    return { meta: NO_METADATA, body, problems: [`front matter is not valid YAML (${detail}); its metadata is ignored`] }
  }
  if (data === null || data === undefined) return { meta: NO_METADATA, body, problems: [] }
  if (typeof data !== "object" || Array.isArray(data)) {
    return { meta: NO_METADATA, body, problems: ["front matter is not a list of key: value pairs; its metadata is ignored"] }
  }
  const { meta, problems } = readMetadataFields(data as Record<string, unknown>)
  return { meta, body, problems: problems.map((p) => `front matter: ${p}`) }
}
