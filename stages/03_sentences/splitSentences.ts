import { CodePointIndex } from "../../pipeline/text/codePoints.js"
import {
  continuingAbbreviations,
  exclamationNames,
  lineEndWords,
  numberAbbreviations,
  otherAbbreviations,
  sentenceStarters,
  titleAbbreviations
} from "./abbreviations.js"
import type { SentenceRow } from "./schema.js"

/**
 * Rule-based sentence splitter for cleaned news text: one pass over the UTF-16 code units with
 * `charCodeAt`; strings are sliced only at a candidate period (to look the word up) and once per
 * sentence (the row's `text`).
 *
 * Policies (each has a test in splitSentences.test.ts):
 * - A blank line always ends a sentence; `paragraph_id` counts the blocks that have text in them.
 * - A single newline ends a sentence when the line before it is at most {@link SHORT_LINE_MAX}
 *   characters, ends without terminal or continuing punctuation, and the next line does not start
 *   in lowercase: a headline, dateline or list item. Longer lines are taken for hard-wrapped prose
 *   (see SHORT_LINE_MAX for the measurement).
 * - `.`, `!` and `?` end a sentence when followed (after any closing quotes and brackets, which
 *   stay with the sentence) by whitespace and a word that does not start in lowercase.
 *   "iPhone"-style words (lowercase then uppercase) count as capitalised. No split inside a token
 *   ("3.5", "U.S.-led", "$1.2").
 * - An ellipsis (`...`, `…`) marks an omission, as in news quotes it mostly does: it ends a
 *   sentence only when a closing quote or bracket follows it (`…"` then a capital). Four periods
 *   are a period and then an ellipsis, so they end the sentence.
 * - Quotes: sentence ends inside a quotation split it like any other ("We take this seriously. We
 *   retain the right," he said → two sentences), but never before a lowercase attribution
 *   (`?" he asked` stays one sentence).
 * - After an abbreviation: a title (Mr., Cdr., Gen.) never ends a sentence; a number prefix
 *   (No.) does not before a digit; e.g./i.e./vs. never do; any other abbreviation, initial
 *   ("W.") or dotted form ("U.S.") ends the sentence only when the next word is a common sentence
 *   starter (The, He, But, In …) or an opening quote then a capital follows.
 */
/** A sentence row with its text: the splitter has the slice at hand (the store re-derives it anyway). */
export type SplitSentence = SentenceRow & { readonly text: string }

export const splitSentences = (docId: string, text: string): SplitSentence[] => {
  const rows: SplitSentence[] = []
  const n = text.length
  const index = new CodePointIndex(text)
  let paragraphId = -1
  let newParagraph = true
  let sentenceStart = 0
  let lineStart = 0

  // Adds text[from, to) as a sentence, without its surrounding whitespace; nothing if it is blank.
  const emit = (from: number, to: number): void => {
    while (from < to && isSpace(text.charCodeAt(from))) from++
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--
    if (from === to) return
    if (newParagraph) {
      paragraphId++
      newParagraph = false
    }
    rows.push({
      doc_id: docId,
      sentence_id: rows.length,
      paragraph_id: paragraphId,
      start: index.toCodePoint(from),
      end: index.toCodePoint(to),
      text: text.slice(from, to)
    })
  }

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === NEWLINE) {
      let j = i + 1
      while (j < n && isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== NEWLINE) j++
      if (j >= n || text.charCodeAt(j) === NEWLINE) {
        // Blank line (or only whitespace to the end): close the paragraph.
        emit(sentenceStart, i)
        while (j < n && isSpace(text.charCodeAt(j))) {
          if (text.charCodeAt(j) === NEWLINE) lineStart = j + 1
          j++
        }
        newParagraph = true
        sentenceStart = j
        i = j - 1
        continue
      }
      if (endsShortUnpunctuatedLine(text, lineStart, i, sentenceStart) && startKind(text, j) > LOWER) {
        emit(sentenceStart, i)
        sentenceStart = i + 1
      }
      lineStart = i + 1
      continue
    }
    if (c !== DOT && c !== QUESTION && c !== EXCLAMATION && c !== ELLIPSIS) continue

    // A run of terminators ("?!", "...") then closing quotes and brackets, which stay with the sentence.
    let q = i + 1
    while (q < n && isTerminator(text.charCodeAt(q))) q++
    const terminatorsEnd = q
    while (q < n && isCloser(text.charCodeAt(q))) q++
    if (q < n && !isSpace(text.charCodeAt(q))) {
      i = terminatorsEnd - 1 // "3.5", "U.S.-based", "Yahoo!Inc": not an end.
      continue
    }
    // Whitespace, then the start of what follows; a blank line or the end is handled elsewhere.
    let j = q
    let newlines = 0
    while (j < n && isSpace(text.charCodeAt(j))) {
      if (text.charCodeAt(j) === NEWLINE) newlines++
      j++
    }
    if (j >= n || newlines >= 2) {
      i = terminatorsEnd - 1
      continue
    }
    const next = startKind(text, j)
    if (next > LOWER && endsSentence(text, i, terminatorsEnd, q, j, next)) {
      emit(sentenceStart, q)
      sentenceStart = q
    }
    i = terminatorsEnd - 1
  }
  emit(sentenceStart, n)
  return rows
}

/**
 * Longest line (in UTF-16 units, without its indentation) that a single newline may end as a
 * headline, dateline or list item. Measured on the corpora in /work/shared/corpora: headlines
 * (`title`) have a median of 50 (Reuters 2006–13), 44 (Reuters-21578) and 32 (BBC) characters,
 * while hard-wrapped Reuters 2006–13 prose lines without end punctuation have a median of 62 and
 * only 42 of 5,571 are ≤ 50, followed by a capital and not ending in a word of `lineEndWords`. At
 * 60 the count of wrongly cut wrapped lines rises to 316. The cost: headlines longer than 50
 * followed by a single newline stay glued to the next line (49 of the 120 MEANTIME titles).
 */
export const SHORT_LINE_MAX = 50

const NEWLINE = 10
const DOT = 46
const QUESTION = 63
const EXCLAMATION = 33
const ELLIPSIS = 0x2026

// What follows a sentence end candidate, ordered so that "> LOWER" means "may start a sentence".
const CONTINUATION = 0 // , ; : - and the like, or another period: the sentence goes on (". . .")
const LOWER = 1
const UPPER = 2
const DIGIT = 3
const OPENED_UPPER = 4 // an opening quote, then a capital
const OTHER = 5 // an opening quote or bracket then something else, a symbol, an emoji

const LOWERCASE = /\p{Ll}/u
const UPPERCASE = /[\p{Lu}\p{Lt}]/u

const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff

const isTerminator = (c: number): boolean => c === DOT || c === QUESTION || c === EXCLAMATION || c === ELLIPSIS

/** Closing quotes and brackets: " ' ) ] } ” ’ » › */
const isCloser = (c: number): boolean =>
  c === 34 || c === 39 || c === 41 || c === 93 || c === 125 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a

/** Opening quotes and brackets: " ' ( [ { “ ‘ « ‹ */
const isOpener = (c: number): boolean =>
  c === 34 || c === 39 || c === 40 || c === 91 || c === 123 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x2039

/** Quotation marks, straight or curly, single or double. */
const isQuote = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a

/** Punctuation that carries a sentence on, at the start or the end of a line: , ; : - – — / & */
const isContinuation = (c: number): boolean =>
  c === 44 || c === 59 || c === 58 || c === 45 || c === 0x2013 || c === 0x2014 || c === 47 || c === 38

const isLower = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i)
  if (c >= 97 && c <= 122) return true
  return c >= 0xaa && c < 0xd800 && LOWERCASE.test(text[i] ?? "")
}

const isUpper = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i)
  if (c >= 65 && c <= 90) return true
  return c >= 0xc0 && c < 0xd800 && UPPERCASE.test(text[i] ?? "")
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/** Classifies what starts at text[j] (a non-space character). */
const startKind = (text: string, j: number): number => {
  let k = j
  let quoted = false
  while (k < text.length && isOpener(text.charCodeAt(k))) {
    if (isQuote(text.charCodeAt(k))) quoted = true
    k++
  }
  const opened = k > j
  if (k >= text.length) return OTHER
  const c = text.charCodeAt(k)
  if (isLower(text, k)) return k + 1 < text.length && isUpper(text, k + 1) ? (quoted ? OPENED_UPPER : UPPER) : LOWER
  if (isUpper(text, k)) return quoted ? OPENED_UPPER : UPPER
  if (c >= 48 && c <= 57) return DIGIT
  if (!opened && (isContinuation(c) || isTerminator(c))) return CONTINUATION
  return OTHER
}

/**
 * Decides a candidate end at text[i] (the first terminator; the run ends at `terminatorsEnd`, the
 * closing quotes and brackets after it at `closersEnd`), given that the next sentence would start
 * at `j` with kind `next` (not lowercase).
 */
const endsSentence = (text: string, i: number, terminatorsEnd: number, closersEnd: number, j: number, next: number): boolean => {
  const c = text.charCodeAt(i)
  if (c === QUESTION) return true
  if (c === EXCLAMATION) return !exclamationNames.has(wordBefore(text, i))
  // An ellipsis marks an omission, mostly inside quotes: the sentence goes on after it unless a
  // closing quote or bracket follows it. Four periods are a period and then an ellipsis.
  if (c === ELLIPSIS || terminatorsEnd - i === 2 || terminatorsEnd - i === 3) {
    return closersEnd > terminatorsEnd && next !== CONTINUATION && next !== OTHER
  }
  if (terminatorsEnd - i >= 4) return true
  const word = wordBefore(text, i)
  if (word.length === 0) return true
  if (continuingAbbreviations.has(word) || titleAbbreviations.has(word)) return false
  if (numberAbbreviations.has(word)) return next !== DIGIT && !tokenHasDigit(text, j)
  if (otherAbbreviations.has(word) || isInitial(word) || isDottedAbbreviation(word)) {
    if (next === OPENED_UPPER) return true
    if (next !== UPPER) return false
    const following = wordAt(text, j)
    // "J. A. Smith", "U.S. No. 2": an initial or a number prefix, not the word "A" or "No".
    if (text.charCodeAt(j + following.length) === DOT && (following.length === 1 || numberAbbreviations.has(following))) return false
    return sentenceStarters.has(following)
  }
  return true
}

/** The word ending just before text[end], without opening quotes or brackets ("(U.S" → "U.S"). */
const wordBefore = (text: string, end: number): string => {
  let s = end
  while (s > 0 && !isSpace(text.charCodeAt(s - 1))) s--
  while (s < end && isOpener(text.charCodeAt(s))) s++
  return text.slice(s, end)
}

/** The run of ASCII letters starting at text[j]. */
const wordAt = (text: string, j: number): string => {
  let e = j
  while (e < text.length && isAsciiLetter(text.charCodeAt(e))) e++
  return text.slice(j, e)
}

/** True when the whitespace-delimited token at text[j] has a digit in it ("CA4307", "A-1"). */
const tokenHasDigit = (text: string, j: number): boolean => {
  for (let k = j; k < text.length && !isSpace(text.charCodeAt(k)); k++) {
    const c = text.charCodeAt(k)
    if (c >= 48 && c <= 57) return true
  }
  return false
}

/** One capital letter: an initial ("George W. Bush"). */
const isInitial = (word: string): boolean => word.length === 1 && isUpper(word, 0)

/** Letters with inner periods and short parts: "U.S", "e.g", "a.m", "J.R.R", "Ph.D". */
const isDottedAbbreviation = (word: string): boolean => {
  let part = 0
  let dots = 0
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k)
    if (c === DOT) {
      if (part === 0) return false
      dots++
      part = 0
    } else if (isAsciiLetter(c)) {
      if (++part > 3) return false
    } else return false
  }
  return dots > 0 && part > 0
}

/**
 * True when the line text[lineStart, newline) may be cut at its end as a headline or list item:
 * it still belongs to the open sentence, is short and has no terminal or continuing punctuation.
 */
const endsShortUnpunctuatedLine = (text: string, lineStart: number, newline: number, sentenceStart: number): boolean => {
  let s = lineStart
  while (s < newline && isSpace(text.charCodeAt(s))) s++
  let e = newline
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--
  if (e === s || e - s > SHORT_LINE_MAX || e <= sentenceStart) return false
  let k = e - 1
  while (k > s && isCloser(text.charCodeAt(k))) k--
  const last = text.charCodeAt(k)
  if (isTerminator(last) || isContinuation(last) || isOpener(last)) return false
  // A line that stops on "of", "the", "said" was wrapped mid-sentence; headlines almost never do (0.7%).
  return !lineEndWords.has(wordBefore(text, k + 1))
}
