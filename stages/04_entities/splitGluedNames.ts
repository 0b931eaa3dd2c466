import { isTicker } from "./acronymFits.js"
import { CORPORATE_SUFFIXES } from "./legalForms.js"
import { NUMBERED_ROAD_WORDS, ORGANIZATION_HEADS, STREET_HEADS } from "./lexicon.js"
import type { TaggedSpan, Token } from "./nerContract.js"

/** A caption's picture file name ("Jane_Doe.jpg"): never part of a name written in the text. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|bmp|tiff?)$/i

/** Roman numerals and generational suffixes that end a person's name in capitals ("John Doe III"). */
const NAME_SUFFIX = /^(?:[IVX]+|JR|SR)\.?$/

/** Small words inside a name before a repeated given name ("Ali bin Ali"): the repeat is then part of the name. */
const NAME_PARTICLES = new Set(["bin", "ibn", "bint", "ben", "de", "del", "da", "van", "von", "y", "al", "el", "abu"])

/** A caption's credit words, glued after the name of the person pictured or of its source ("Ann Lee Photo by …", "KXYZ Photo"). */
const CAPTION_WORDS = new Set(["Photo", "Photos", "Photograph", "Image", "File", "Courtesy", "Credit"])

/**
 * A web page's furniture pasted into the text around a name: photo and video buttons, gallery
 * and caption controls ("Buy Photo Police say…", "Springfield Video SPRINGFIELD, Mass.",
 * "Caption Close Houston police…"). Such a word is never part of a name the tagger ran across
 * it; a dash standing alone in a span is a dateline's or a headline's ("SPRINGFIELD — Police").
 */
const PAGE_FURNITURE = new Set(["Photo", "Photos", "Video", "Videos", "Image", "Images", "Caption", "Gallery", "EMBED", "Embed"])
/** Furniture words that also end real names ("Tate Gallery", "Getty Images"): furniture only where a span starts. */
const FURNITURE_AT_START_ONLY = new Set(["Image", "Images", "Caption", "Gallery"])
/** Words that are furniture only beside another: "Buy Photo", "Caption Close". */
const FURNITURE_PARTNERS: ReadonlyMap<string, string> = new Map([["Buy", "Photo"], ["Close", "Caption"]])
const LONE_DASH = /^(?:[-\u2013\u2014]|--)$/

/** A news agency's code for an index or a rate (".DJI", "EUR="): not a name. */
const INSTRUMENT_CODE = /^(?:\.[A-Z0-9]{2,}|[A-Z0-9]{2,}=[A-Z0-9]*)$/

const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90
const isAllCapitals = (word: string): boolean => word.length >= 3 && /^\p{Lu}+$/u.test(word)
const hasLowerCase = (word: string): boolean => /\p{Ll}/u.test(word)

/**
 * Mends names the tagger glued together, mostly out of photo captions and datelines pasted before
 * the article:
 * - a picture's file name ends a name, and the span up to it is dropped ("Ann Lee.jpg Ann Lee" →
 *   "Ann Lee");
 * - a person's name that starts again is two mentions ("Ann Lee Ann Marie Lee" → "Ann Lee" +
 *   "Ann Marie Lee");
 * - a company's stock code written after its name is its own token span ("Kos Mills Inc. KOSM.O"
 *   → "Kos Mills Inc." + "KOSM.O", which `recognizeSentence` links as the bracketed ones), and a
 *   name made only of index or rate codes (".DJI", "EUR=") is dropped;
 * - a caption's credit word is not part of the name before it ("Ann Lee Photo by …" → "Ann Lee",
 *   "Acme Sheriff's Office Photo" → "Acme Sheriff's Office");
 * - a headline's word in capitals glued before the same word in the text is its own name
 *   ("… WITH ACME Acme Corp." → "ACME" + "Acme Corp.");
 * - a place made an adjective ("London-based") is not the first word of the name after it;
 * - a subheading's words in capitals are dropped from the name the paragraph after it starts
 *   with ("LATEST DEVELOPMENTS European Union leaders" → "European Union");
 * - in a document's first sentence, a dateline's capitalized place after a name (a caption's,
 *   a headline's) is a place ("Ann Lee DENVER, Colo. —" → "Ann Lee" + LOC "DENVER"): a word of
 *   three or more capitals after mixed-case ones, followed by a bracket, a dash, or a comma and a
 *   capital.
 *   Elsewhere a capitalized surname ("Jean DUPONT, 45,") is left alone.
 * Returns `spans` itself when nothing is glued, as almost always.
 */
export const splitGluedNames = (
  tokens: ReadonlyArray<Token>,
  spans: ReadonlyArray<TaggedSpan>,
  firstSentence: boolean,
  /** The tagger's capitalization statistics (SpanTagger.capitalizationBin): tells a heading's words from acronyms. */
  capitalizationBin?: (word: string) => number
): ReadonlyArray<TaggedSpan> => {
  let out: TaggedSpan[] | null = null
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!
    const mended = mend(tokens, s, firstSentence, capitalizationBin)
    if (mended === null) {
      if (out !== null) out.push(s)
      continue
    }
    if (out === null) out = spans.slice(0, k)
    for (const m of mended) out.push(m)
  }
  return out ?? spans
}

/** The spans one tagged span stands for, or null when it is fine as it is. */
const mend = (tokens: ReadonlyArray<Token>, s: TaggedSpan, dateline: boolean, capitalizationBin?: (word: string) => number): TaggedSpan[] | null => {
  for (let i = s.endToken - 1; i >= s.startToken; i--) {
    const word = tokens[i]!.text
    if (word.length > 4 && word.charCodeAt(word.length - 4) !== 46 && word.charCodeAt(word.length - 5) !== 46) continue
    if (!IMAGE_FILE.test(word)) continue
    if (i + 1 === s.endToken) return []
    const rest = { ...s, startToken: i + 1 }
    return mend(tokens, rest, dateline, capitalizationBin) ?? [rest]
  }
  // Not MISC: a product may be named so ("Photo Finish").
  if (s.type !== "MISC") {
    const parts = withoutFurniture(tokens, s)
    if (parts !== null) return parts.flatMap((p) => mend(tokens, p, dateline, capitalizationBin) ?? [p])
  }
  const joined = splitJoinedNames(tokens, s)
  if (joined !== null) return joined.flatMap((p) => mend(tokens, p, dateline, capitalizationBin) ?? [p])
  const lastWord = tokens[s.endToken - 1]!.text
  // Codes have a period or an equals sign: a cheap test before the patterns.
  const coded = lastWord.indexOf(".") >= 0 || lastWord.indexOf("=") >= 0
  if (coded && INSTRUMENT_CODE.test(lastWord)) {
    if (s.endToken - s.startToken === 1) return []
    const name = { ...s, endToken: s.endToken - 1 }
    return mend(tokens, name, dateline, capitalizationBin) ?? [name]
  }
  if (coded && s.endToken - s.startToken >= 2 && isTicker(lastWord)) {
    // A company may give two codes ("Acme Corp. ACM.MX AC.N"): the name before may hold another.
    const name = { ...s, endToken: s.endToken - 1 }
    return [...(mend(tokens, name, dateline, capitalizationBin) ?? [name]), { ...s, startToken: s.endToken - 1, type: "ORG" }]
  }
  if (s.endToken - s.startToken < 2) return null
  // A headline's capitals before the text's name: "… WITH BOEING Boeing Co." (one word, twice).
  for (let i = s.startToken + 1; i < s.endToken; i++) {
    const before = tokens[i - 1]!.text
    // Two capitals first, which rules out nearly every word before anything is built.
    if (before.length < 3 || !isUpperAscii(before.charCodeAt(1)) || !isUpperAscii(before.charCodeAt(0))) continue
    if (before !== tokens[i]!.text.toUpperCase() || before === tokens[i]!.text || !isAllCapitals(before)) continue
    const tail = { ...s, startToken: i }
    return [{ ...s, endToken: i }, ...(mend(tokens, tail, dateline, capitalizationBin) ?? [tail])]
  }
  // "London-based Standard Chartered", "U.S.-based General Motors Corp": a place used as an
  // adjective before a name is its own word (splitCompound reads it), not the name's first.
  if (BASED_ADJECTIVE.test(tokens[s.startToken]!.text)) {
    const tail = { ...s, startToken: s.startToken + 1 }
    return [{ ...s, endToken: s.startToken + 1 }, ...(mend(tokens, tail, dateline, capitalizationBin) ?? [tail])]
  }
  // A subheading in capitals run into the paragraph after it ("LATEST DEVELOPMENTS European
  // Union leaders", "DEFENSE FIRMS HOLD STEADY Raytheon Co."): the span's first words in
  // capitals are the heading's when a word in capitals also stands right before the span
  // (not "told BBC News", "NEW YORK (Wire) - TJX Cos Inc").
  const heading = capitalizationBin === undefined ? 0 : headingWords(tokens, s, capitalizationBin)
  if (heading > 0) {
    const tail = { ...s, startToken: s.startToken + heading }
    return mend(tokens, tail, dateline, capitalizationBin) ?? [tail]
  }
  if (s.type === "PER") {
    const first = tokens[s.startToken]!.text
    for (let i = s.startToken + 2; i < s.endToken; i++) {
      if (tokens[i]!.text !== first || NAME_PARTICLES.has(tokens[i - 1]!.text.toLowerCase())) continue
      const tail = { ...s, startToken: i }
      return [{ ...s, endToken: i }, ...(mend(tokens, tail, dateline, capitalizationBin) ?? [tail])]
    }
  }
  // Not MISC: a product may end so ("… Photos").
  if (s.type !== "MISC" && CAPTION_WORDS.has(lastWord)) {
    const name = { ...s, endToken: s.endToken - 1 }
    return mend(tokens, name, dateline, capitalizationBin) ?? [name]
  }
  if (!dateline) return null
  const next = tokens[s.endToken]?.text
  const afterNext = tokens[s.endToken + 1]?.text ?? ""
  if (
    isAllCapitals(lastWord) &&
    !NAME_SUFFIX.test(lastWord) &&
    hasLowerCase(tokens[s.endToken - 2]!.text) &&
    (next === "(" || next === "—" || next === "--" || next === "-" || (next === "," && /^\p{Lu}/u.test(afterNext)))
  ) {
    return [{ ...s, endToken: s.endToken - 1 }, { ...s, startToken: s.endToken - 1, type: "LOC" }]
  }
  return null
}

/** A place made an adjective by a participle: "London-based", "Saudi-owned", "U.S.-listed". */
const BASED_ADJECTIVE = /^\S+-(?:based|owned|backed|led|run|listed|headquartered|registered)$/

/** A word of a heading in capitals: two or more capital letters and nothing else ("DEVELOPMENTS", "IN"). */
const HEADING_WORD = /^\p{Lu}{2,}$/u
/** The tagger lexicon's bin of words mostly written in capitals (acronyms). */
const ALL_CAPITALS_BIN = 6
/** What may stand between a heading's words: "CURRENCY, TRADE", "SLASHES 2009 CAPEX". */
const HEADING_FILLER = /^(?:,|&|\d+)$/

/**
 * How many of the span's first words belong to a heading in capitals before it: its leading
 * words in capitals, when a mixed-case word follows them in the span and the nearest word before
 * the span (past commas and numbers) is in capitals too; 0 otherwise.
 */
const headingWords = (tokens: ReadonlyArray<Token>, s: TaggedSpan, capitalizationBin: (word: string) => number): number => {
  // A heading's word is an ordinary word set in capitals: the news behind the tagger's lexicon
  // writes it otherwise (bins 0-5), unlike an acronym ("NYSE", "LLC": bin 6) or a rare word.
  const isHeadingWord = (word: string): boolean => {
    if (!HEADING_WORD.test(word)) return false
    const bin = capitalizationBin(word)
    return bin >= 0 && bin < ALL_CAPITALS_BIN
  }
  let n = 0
  while (s.startToken + n < s.endToken && isHeadingWord(tokens[s.startToken + n]!.text)) n++
  if (n === 0 || s.startToken + n === s.endToken || !hasLowerCase(tokens[s.startToken + n]!.text)) return 0
  // Two letters before the mixed-case word are initials: "PROFITS FALL GS Yuasa" keeps them.
  if (tokens[s.startToken + n - 1]!.text.length < 3) return 0
  let before = s.startToken - 1
  while (before >= 0 && HEADING_FILLER.test(tokens[before]!.text)) before--
  return before >= 0 && isHeadingWord(tokens[before]!.text) ? n : 0
}

/**
 * The parts of a span left when a page's furniture and lone dashes are taken out ("Buy Photo
 * EDGEWATER" → "EDGEWATER", "SPRINGFIELD — Police" → "SPRINGFIELD" + "Police"), or null when the
 * span holds none. A trailing credit word is left to the caption rule.
 */
const withoutFurniture = (tokens: ReadonlyArray<Token>, s: TaggedSpan): TaggedSpan[] | null => {
  let found = false
  for (let i = s.startToken; i < s.endToken && !found; i++) found = isFurniture(tokens, i, s) || LONE_DASH.test(tokens[i]!.text)
  if (!found) return null
  const parts: TaggedSpan[] = []
  let start = s.startToken
  for (let i = s.startToken; i <= s.endToken; i++) {
    if (i < s.endToken && !isFurniture(tokens, i, s) && !LONE_DASH.test(tokens[i]!.text)) continue
    // What is left of "SPRINGFIELD — Police", "Buy Photo Police": a lone kind of body is no name.
    if (i > start && !(i - start === 1 && ORGANIZATION_HEADS.has(tokens[start]!.text.toLowerCase()))) parts.push({ ...s, startToken: start, endToken: i })
    start = i + 1
  }
  return parts
}

const isFurniture = (tokens: ReadonlyArray<Token>, i: number, s: TaggedSpan): boolean => {
  const word = tokens[i]!.text
  // Most words are neither: the set lookups first, the pattern only for the few that are.
  const partner = FURNITURE_PARTNERS.get(word)
  if (partner === undefined && !PAGE_FURNITURE.has(word)) return false
  // "Southwest Photo chem Inc": a word the name goes on with in lower case is the name's.
  if (i + 1 < s.endToken && /^\p{Ll}/u.test(tokens[i + 1]!.text)) return false
  // "Ann Lee Photo": a credit word ending a longer name is the caption rule's.
  if (FURNITURE_AT_START_ONLY.has(word) && i > s.startToken) return false
  if (PAGE_FURNITURE.has(word)) return !(i === s.endToken - 1 && i > s.startToken && CAPTION_WORDS.has(word))
  return partner !== undefined && (tokens[i + 1]?.text === partner || tokens[i - 1]?.text === partner)
}

/** Last words that end a whole name of a body or a street, so that "and" after one starts another name. */
const isNameEnd = (word: string): boolean => ORGANIZATION_HEADS.has(word) || STREET_HEADS.has(word)

/**
 * Two names the tagger ran together over "and": "Red Hill Avenue and Interstate 5", "Shelby
 * Police Department and Richland County Sheriff's Office". Split when the words before "and" end
 * as a body's or a street's name does and those after it are a capitalized name of two or more
 * words ending so too, or a numbered road. "Securities and Exchange Commission", "House Ways and
 * Means Committee" stay whole: their first part ends in no such word. Null when not so.
 */
const splitJoinedNames = (tokens: ReadonlyArray<Token>, s: TaggedSpan): TaggedSpan[] | null => {
  if (s.endToken - s.startToken < 4) return null
  for (let i = s.startToken + 1; i < s.endToken - 2; i++) {
    const t = tokens[i]!.text
    if (t !== "and" && t !== "&") continue
    if (!isNameEnd(tokens[i - 1]!.text.toLowerCase()) || !/^\p{Lu}/u.test(tokens[i + 1]!.text)) continue
    const last = tokens[s.endToken - 1]!.text
    const numberedRoad = s.endToken - i === 3 && NUMBERED_ROAD_WORDS.has(tokens[i + 1]!.text.toLowerCase()) && /^\d/.test(last)
    // "Dainippon Inc and Chemicals Inc": a right part that is one word and a legal form is too short to be sure of.
    if (!numberedRoad && (!isNameEnd(last.toLowerCase()) || (CORPORATE_SUFFIXES.has(last.toLowerCase()) && s.endToken - i < 4))) continue
    return [{ ...s, endToken: i }, { ...s, startToken: i + 1 }]
  }
  return null
}
