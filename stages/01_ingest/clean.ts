/**
 * Removes what is not article text (captions, credits, bylines, share buttons, cookie notices,
 * ads) and lays the rest out the same way for every format: paragraphs separated by exactly one
 * blank line, lines inside a paragraph kept, each line trimmed.
 *
 * Precision over recall: a line is removed only when its whole shape matches a rule in
 * `lineRules.ts` AND it stands on its own, i.e. it is not the middle of a hard-wrapped sentence
 * (wire copy wraps at ~65 characters, so "Reuters" or "By Friday" can be a line by accident).
 * Everything removed is listed as `kind: text`, so nothing disappears silently.
 *
 * Before that, control characters are removed (NUL and friends from JSONL escapes or old files)
 * and paragraphs marked only by indented first lines get blank lines. After it, a few
 * unmistakable boilerplate sentences are cut out of the lines that stay (`inlineBoilerplate.ts`).
 */
import { removeControlCharacters } from "./controlCharacters.js"
import { markIndentedParagraphs } from "./indentedParagraphs.js"
import { inlineRulesFor, stripInlineBoilerplate } from "./inlineBoilerplate.js"
import {
  classifyLine,
  GLUED_BYLINE,
  INLINE_ADVERTISEMENT,
  isCredit,
  LEADING_ADVERTISEMENT,
  type RemovalKind,
  TRAILING_WIRE_CREDIT
} from "./lineRules.js"

export interface Cleaned {
  readonly text: string
  /** One entry per removed piece, `kind: text`, in text order. */
  readonly removed: string[]
}

// Endings after which the next line starts something new (not the rest of a wrapped sentence).
const CLAUSE_END = new Set([".", "!", "?", ":", ";", '"', "”", "’", "'", ")", "]", "…", "|"])
// Words a wrapped sentence can break after but a caption does not end with ("… according to").
const DANGLING = new Set([
  "a", "an", "the", "and", "or", "but", "of", "to", "by", "from", "for", "with", "at", "in", "on", "via",
  "than", "as", "said", "says", "told", "according", "reported", "cited", "citing", "quoted", "per"
])
const MAX_CAPTION_WORDS = 30

const isLowerLetter = (ch: string | undefined): boolean =>
  ch !== undefined && ch.toLowerCase() === ch && ch.toUpperCase() !== ch
const isUpperLetter = (ch: string | undefined): boolean =>
  ch !== undefined && ch.toUpperCase() === ch && ch.toLowerCase() !== ch
const wordCount = (s: string): number => s.split(/\s+/).length
const lastWord = (s: string): string => s.slice(s.lastIndexOf(" ") + 1).toLowerCase()

/**
 * A caption line is a short phrase: starts with a capital, at most ~30 words, and does not end
 * on a word after which a wrapped sentence would continue.
 */
const looksLikeCaption = (line: string): boolean =>
  isUpperLetter(line[0]) && wordCount(line) <= MAX_CAPTION_WORDS && !DANGLING.has(lastWord(line))

/**
 * The credit on a repeated caption: "…border" then "…borderReuters". A known credit shape may
 * follow after a space; an unknown one (a few capitalized words) only when glued on without a
 * space, the tell-tale of a scraper concatenating the caption and credit elements.
 */
const isCaptionCredit = (rest: string): boolean => {
  const suffix = rest.trim()
  if (suffix === "" || suffix.length > 60) return false
  if (isCredit(suffix)) return true
  return rest === suffix && /^[A-Z(©][^.!?]*$/.test(suffix) && wordCount(suffix) <= 6
}

// Bylines of bare names ("By Jane Doe") are only taken among the first lines of an article.
const NEAR_TOP_LINES = 10

/**
 * Classifies the lines of one paragraph; `kinds[i]` is null for lines that stay. `firstLine` is
 * the number of non-blank lines of the text before this paragraph.
 */
const classifyParagraph = (lines: ReadonlyArray<string>, firstLine: number): Array<RemovalKind | null> => {
  const n = lines.length
  const kinds: Array<RemovalKind | null> = new Array(n).fill(null)
  for (let i = 0; i < n; i++) {
    if (kinds[i] !== null) continue
    const line = lines[i]!
    const next = lines[i + 1]
    // A caption followed by the same caption with the photo credit glued on.
    if (next !== undefined && next.length > line.length && next.startsWith(line) && looksLikeCaption(line)) {
      if (isCaptionCredit(next.slice(line.length))) {
        kinds[i] = "caption"
        kinds[i + 1] = "credit"
        i++
        continue
      }
    }
    const kind = classifyLine(line, firstLine + i < NEAR_TOP_LINES)
    if (kind === null) continue
    const prev = lines[i - 1]
    const prevEnds = prev === undefined || kinds[i - 1] !== null || CLAUSE_END.has(prev[prev.length - 1]!)
    const nextStarts = next === undefined || !isLowerLetter(next[0])
    if (prevEnds && nextStarts) {
      kinds[i] = kind
      continue
    }
    // "Caption text" then a credit line, as a two-line paragraph of their own.
    if (kind === "credit" && n === 2 && i === 1 && looksLikeCaption(prev!)) {
      kinds[0] = "caption"
      kinds[1] = "credit"
    }
  }
  return kinds
}

/** Splits into paragraphs (runs of non-blank lines), trimming every line. */
const toParagraphs = (raw: string): string[][] => {
  const paragraphs: string[][] = []
  let current: string[] = []
  for (const rawLine of raw.split("\n")) {
    const line = rawLine.trim()
    if (line === "") {
      if (current.length > 0) paragraphs.push(current)
      current = []
    } else current.push(line)
  }
  if (current.length > 0) paragraphs.push(current)
  return paragraphs
}

/** Cleans one article's text (LF line endings expected; CR is tolerated). */
export const cleanText = (raw: string): Cleaned => {
  const removed: string[] = []
  const kept: string[][] = []
  const lf = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw
  const source = markIndentedParagraphs(removeControlCharacters(lf, removed))
  const inline = inlineRulesFor(source)
  let linesBefore = 0
  for (const lines of toParagraphs(source)) {
    const kinds = classifyParagraph(lines, linesBefore)
    linesBefore += lines.length
    const keep: string[] = []
    for (let i = 0; i < lines.length; i++) {
      const kind = kinds[i]
      let line = lines[i]!
      if (kind !== null && kind !== undefined) {
        removed.push(`${kind}: ${line}`)
        continue
      }
      if (kept.length === 0 && keep.length === 0 && line.startsWith("By ")) line = stripGluedByline(line, removed)
      // Scrapers that flatten pages leave "Advertisement" between sentences.
      if (line.includes("Advertisement")) {
        if (keep.length === 0 && LEADING_ADVERTISEMENT.test(line)) {
          line = line.replace(LEADING_ADVERTISEMENT, "")
          removed.push("boilerplate: Advertisement")
        }
        line = line.replace(INLINE_ADVERTISEMENT, (_m, end: string) => {
          removed.push("boilerplate: Advertisement")
          return `${end} `
        })
      }
      if (inline.length > 0) line = stripInlineBoilerplate(line, removed, inline)
      if (line !== "") keep.push(line)
    }
    if (keep.length > 0) kept.push(keep)
  }
  stripTrailingWireCredit(kept, removed)
  return { text: kept.map((p) => p.join("\n")).join("\n\n"), removed }
}

/** "By Jane Doe PARIS (Reuters) - …" as the first line: drops the byline, keeps dateline and story. */
const stripGluedByline = (line: string, removed: string[]): string => {
  const m = GLUED_BYLINE.exec(line)
  if (m === null) return line
  removed.push(`byline: ${m[0].trim()}`)
  return line.slice(m[0].length)
}

// Only the tail can hold the credit; do not run the pattern over a whole flattened article.
const CREDIT_TAIL = 800

/**
 * "… said. (Reporting by Jane Doe; Editing by John Roe)" at the very end of a wire story. The
 * last paragraph is searched as a whole, since the credit is often wrapped over two lines.
 */
const stripTrailingWireCredit = (paragraphs: string[][], removed: string[]): void => {
  const last = paragraphs[paragraphs.length - 1]
  if (last === undefined) return
  const text = last.join("\n")
  if (!text.includes("(")) return
  const from = Math.max(0, text.length - CREDIT_TAIL)
  const m = TRAILING_WIRE_CREDIT.exec(text.slice(from))
  if (m === null) return
  removed.push(`byline: ${m[0].trim().replace(/\s*\n\s*/g, " ")}`)
  const kept = text.slice(0, from + m.index).trimEnd()
  // The whole paragraph was the credit: anchored at the end of the text, it is no article text.
  if (kept === "") paragraphs.pop()
  else paragraphs[paragraphs.length - 1] = kept.split("\n")
}
