import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import { Data } from "effect"
import { CodePointIndex } from "../../pipeline/text/codePoints.js"

/**
 * Reader for the NewsReader MEANTIME corpus (CAT XML): rebuilds each article's text from its
 * tokens and keeps the gold sentence of every token, so that sentence splitters can be scored
 * on the rebuilt text.
 *
 * The XML gives tokens (Penn-Treebank style: `` '' 's n't, split punctuation) and a sentence
 * number per token, but no spacing and no paragraphs. The text is rebuilt as a cleaned article
 * would look:
 * - the title (gold sentence 0) on the first line and, when gold sentence 1 is a date
 *   ("March 01 , 2008"), the date on the second line, each ended by a single "\n" — so the
 *   splitter's headline rule is exercised, not given the answer by a blank line;
 * - the body as one paragraph, sentences separated by one space (paragraph breaks are unknown);
 * - tokens joined by one space, except none before closing punctuation (, . ; : ! ? % ) ] 's n't
 *   and closing quotes) and none after opening ones (( [ $ US$ and opening quotes);
 * - `` and '' become a straight double quote; a straight quote alternates opening and closing;
 * - a "." token repeated after a token that already ends in "." ("Co." "."), a treebank
 *   artefact, adds no text.
 */
export interface MeantimeToken {
  /** Token as it appears in the rebuilt text (quotes normalised; "" for a repeated period). */
  readonly text: string
  /** Gold sentence number from the XML. */
  readonly sentence: number
  /** Code-point offsets in the rebuilt text, end-exclusive. */
  readonly start: number
  readonly end: number
}

export interface MeantimeDocument {
  /** `doc_id` attribute of the XML `Document` element. */
  readonly docId: string
  /** Path of the XML file relative to the folder that was read, with forward slashes. */
  readonly file: string
  readonly text: string
  readonly tokens: ReadonlyArray<MeantimeToken>
  /** Code-point offset of the first token of each gold sentence, in order; the first is 0. */
  readonly sentenceStarts: ReadonlyArray<number>
  /** Number of leading gold sentences laid out as their own lines (title, and date if any). */
  readonly headerSentences: number
}

/**
 * Last XML sentence number MEANTIME annotates (0 is the title, 1 usually the date line): entity
 * mentions, events and times are marked only in the title and the first sentences, so what a
 * system finds after them is neither right nor wrong.
 */
export const MEANTIME_ANNOTATED_SENTENCES = 5

/** Code-point offset where a document's annotated part ends: the end of its last annotated token. */
export const meantimeAnnotatedUntil = (doc: Pick<MeantimeDocument, "tokens">): number => {
  let until = 0
  for (const t of doc.tokens) if (t.sentence <= MEANTIME_ANNOTATED_SENTENCES && t.end > until) until = t.end
  return until
}

export class MeantimeReadError extends Data.TaggedError("MeantimeReadError")<{
  readonly path: string
  readonly message: string
}> {}

const TOKEN = /<token\b([^>]*)>([\s\S]*?)<\/token>/g
const ATTRIBUTE = /([A-Za-z_:][\w.:-]*)\s*=\s*"([^"]*)"/g
const DOCUMENT_ID = /<Document\b[^>]*\bdoc_id\s*=\s*"([^"]*)"/
const DATE_LINE = /^[A-Z][a-z]+ \d{1,2} ?, \d{4}$/

const NO_SPACE_BEFORE = new Set([",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "...", "'s", "'S", "'re", "'ve", "'ll", "'d", "'m", "n't", "N'T", "'", "’", "”"])
const NO_SPACE_AFTER = new Set(["(", "[", "{", "#", "£", "€", "`", "‘", "“"])

/** Parses one MEANTIME XML file. `file` names it in errors and in the result. */
export const parseMeantimeXml = (xml: string, file: string): MeantimeDocument => {
  const docId = DOCUMENT_ID.exec(xml)?.[1]
  if (docId === undefined) {
    throw new MeantimeReadError({ path: file, message: `${file}: no <Document doc_id="…"> element; is this a MEANTIME CAT XML file?` })
  }
  const raw: Array<{ readonly text: string; readonly sentence: number; readonly number: number }> = []
  for (const m of xml.matchAll(TOKEN)) {
    const attrs = new Map<string, string>()
    for (const a of (m[1] ?? "").matchAll(ATTRIBUTE)) attrs.set(a[1] ?? "", a[2] ?? "")
    const sentence = Number(attrs.get("sentence"))
    const number = Number(attrs.get("number") ?? raw.length)
    if (!Number.isInteger(sentence)) {
      throw new MeantimeReadError({ path: file, message: `${file}: token ${attrs.get("t_id") ?? raw.length} has no integer "sentence" attribute; the splitter gold needs one per token.` })
    }
    raw.push({ text: decodeEntities(m[2] ?? "").trim(), sentence, number })
  }
  if (raw.length === 0) {
    throw new MeantimeReadError({ path: file, message: `${file}: no <token> elements; MEANTIME CAT XML lists the tokens first.` })
  }
  raw.sort((a, b) => a.number - b.number)

  const order = [...new Set(raw.map((t) => t.sentence))]
  const headerSentences = countHeaderSentences(raw, order)
  const headerLines = new Set(order.slice(0, headerSentences))
  const pieces: string[] = []
  const spans: Array<{ text: string; sentence: number; start: number; end: number }> = []
  let length = 0
  let previous = ""
  let previousSentence = order[0] ?? 0
  let openAfter = true // no space before the first token
  let straightQuoteOpen = false
  for (let k = 0; k < raw.length; k++) {
    const token = raw[k]!
    let surface = token.text
    let opens = NO_SPACE_AFTER.has(surface) || surface.endsWith("$")
    let closes = NO_SPACE_BEFORE.has(surface)
    if (surface === "``") {
      surface = '"'
      opens = true
    } else if (surface === "''") {
      surface = '"'
      closes = true
    } else if (surface === '"') {
      straightQuoteOpen = !straightQuoteOpen
      opens = straightQuoteOpen
      closes = !straightQuoteOpen
    }
    if (surface === "." && previous.endsWith(".") && token.sentence === previousSentence) surface = ""

    let separator = ""
    if (k > 0 && token.sentence !== previousSentence) {
      separator = headerLines.has(previousSentence) ? "\n" : " "
    } else if (k > 0 && surface !== "" && !openAfter && !closes) separator = " "
    pieces.push(separator, surface)
    length += separator.length
    spans.push({ text: surface, sentence: token.sentence, start: length, end: length + surface.length })
    length += surface.length
    if (surface !== "") {
      previous = surface
      openAfter = opens
    }
    previousSentence = token.sentence
  }

  const text = pieces.join("")
  const index = new CodePointIndex(text)
  const tokens = spans.map((s) => ({ text: s.text, sentence: s.sentence, start: index.toCodePoint(s.start), end: index.toCodePoint(s.end) }))
  const sentenceStarts: number[] = []
  let current: number | null = null
  for (const t of tokens) {
    if (t.sentence !== current) {
      sentenceStarts.push(t.start)
      current = t.sentence
    }
  }
  return { docId, file, text, tokens, sentenceStarts, headerSentences }
}

/** Reads every `*.xml` file under `dir` (recursively, sorted by path) except the XML schema. */
export const readMeantimeDir = (dir: string): MeantimeDocument[] => {
  const files = listXml(dir)
  if (files.length === 0) {
    throw new MeantimeReadError({ path: dir, message: `${dir}: no MEANTIME .xml files found; pass the folder that holds intra-doc_annotation/ (or the fixture folder).` })
  }
  return files.map((path) => {
    let xml: string
    try {
      xml = readFileSync(path, "utf8")
    } catch (cause) {
      throw new MeantimeReadError({ path, message: `${path}: cannot be read (${String(cause)}); check the file permissions.` })
    }
    return parseMeantimeXml(xml, relative(dir, path).split("\\").join("/"))
  })
}

/** Title line, plus a date line when the second gold sentence is a date. */
const countHeaderSentences = (raw: ReadonlyArray<{ readonly text: string; readonly sentence: number }>, order: ReadonlyArray<number>): number => {
  const second = order[1]
  if (second === undefined) return 1
  const words = raw.filter((t) => t.sentence === second).map((t) => t.text).join(" ")
  return DATE_LINE.test(words) ? 2 : 1
}

const listXml = (dir: string): string[] => {
  let entries: string[]
  try {
    entries = readdirSync(dir).sort()
  } catch (cause) {
    throw new MeantimeReadError({ path: dir, message: `${dir}: cannot list the folder (${String(cause)}); pass an existing MEANTIME folder.` })
  }
  const out: string[] = []
  for (const name of entries) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...listXml(path))
    else if (name.endsWith(".xml")) out.push(path)
  }
  return out
}

const decodeEntities = (s: string): string =>
  s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === "amp") return "&"
    if (e === "lt") return "<"
    if (e === "gt") return ">"
    if (e === "quot") return '"'
    if (e === "apos") return "'"
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
  })
