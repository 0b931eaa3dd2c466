/**
 * Markdown syntax is formatting, not text: "## Heading" and "[the report](https://…)" would
 * otherwise put "##" and URLs into sentences, entities and offsets. This removes the common
 * markup line by line and keeps the words. Images are pictures, so their alt text is returned as
 * captions (listed as removed) rather than kept in the text.
 */

export interface MarkdownText {
  readonly text: string
  readonly captions: ReadonlyArray<string>
}

const FENCE = /^\s{0,3}(?:```|~~~)/
const RULE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|={3,})\s*$/ // also setext underlines
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/
const QUOTE = /^(?:\s{0,3}>\s?)+/
const BULLET = /^(\s*)[-*+]\s+(?=\S)/
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/
const IMAGE = /!\[([^\]]*)\]\([^)]*\)/g
const INLINE_LINK = /\[([^\]]+)\]\([^)]*\)/g
const REFERENCE_LINK = /\[([^\]]+)\]\[[^\]]*\]/g
const STRONG = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g
const EMPHASIS_STAR = /(?<![\w*\\])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])/g
const EMPHASIS_UNDERSCORE = /(?<![\w\\])_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)/g
const CODE = /`([^`\n]+)`/g
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>])/g

/** Plain text of a Markdown body (front matter already removed). */
export const markdownToText = (markdown: string): MarkdownText => {
  const captions: string[] = []
  const out: string[] = []
  let inFence = false
  for (const raw of markdown.split("\n")) {
    if (FENCE.test(raw)) {
      inFence = !inFence
      continue
    }
    if (inFence) {
      out.push(raw)
      continue
    }
    if (RULE.test(raw) || LINK_DEFINITION.test(raw)) {
      out.push("")
      continue
    }
    let line = raw.replace(QUOTE, "").replace(BULLET, "$1")
    const heading = HEADING.exec(line)
    if (heading) line = heading[1] ?? ""
    if (line.includes("](") || line.includes("][")) {
      line = line
        .replace(IMAGE, (_m, alt: string) => {
          if (alt.trim() !== "") captions.push(alt.trim())
          return ""
        })
        .replace(INLINE_LINK, "$1")
        .replace(REFERENCE_LINK, "$1")
    }
    if (line.includes("*") || line.includes("_")) {
      line = line.replace(STRONG, "$2").replace(EMPHASIS_STAR, "$1").replace(EMPHASIS_UNDERSCORE, "$1")
    }
    if (line.includes("`")) line = line.replace(CODE, "$1")
    if (line.includes("\\")) line = line.replace(ESCAPE, "$1")
    out.push(line)
  }
  return { text: out.join("\n"), captions }
}
