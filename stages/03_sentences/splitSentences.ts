import { CodePointIndex } from "../../pipeline/text/codePoints.js"
import {
  clockTimeFollowers,
  continuingAbbreviations,
  exclamationNames,
  lineEndWords,
  numberAbbreviations,
  otherAbbreviations,
  sentenceStarters,
  speechVerbs,
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
 *   (see SHORT_LINE_MAX for the measurement), and so is a short line followed by an unindented
 *   line of hard-wrapped prose (see {@link WRAP_MAX}): "The Securities and Exchange" /
 *   "Commission approved a request …" / ….
 * - `.`, `!` and `?` end a sentence when followed (after any closing quotes and brackets, which
 *   stay with the sentence) by whitespace and a word that does not start in lowercase.
 *   "iPhone"-style words (lowercase then uppercase) count as capitalised. No split inside a token
 *   ("3.5", "U.S.-led", "$1.2"), except a missing space between two sentences: a word of two or
 *   more letters ending in lowercase, the mark, then a capital and a lowercase letter ("Main
 *   Street.Officers said"), outside abbreviations, host names and addresses ("St.Louis",
 *   "ClickOrlando.com", "Amazon.Com", "jane.Doe@x.org").
 * - `。！？` end a sentence with or without a space after them; `؟ ۔ । ॥` like `?` and `.`.
 * - A list marker ("-", "--", "–", "•", "*") after a sentence end starts a new sentence, the
 *   item ("…dropped. - Restrictions …"); after an abbreviation only inside such a list, since
 *   "PORTSMOUTH, Va. - A man …" is a dateline. Items that do not end in a terminator stay
 *   together, as after "include:" (MEANTIME annotates such a list as one sentence).
 * - An ellipsis (`...`, `…`) marks an omission, as in news quotes it mostly does: it ends a
 *   sentence only when a closing quote or bracket follows it (`…"` then a capital). Four periods
 *   are a period and then an ellipsis, so they end the sentence.
 * - Quotes: sentence ends inside a quotation split it like any other ("We take this seriously. We
 *   retain the right," he said → two sentences), but never before a lowercase attribution
 *   (`?" he asked` stays one sentence) nor before a name, a speech verb and punctuation
 *   (`"Why?" Smith asked.`).
 * - After an abbreviation: a title (Mr., Cdr., Gen.) never ends a sentence; a number prefix
 *   (No.) does not before a digit; e.g./i.e./vs. never do; any other abbreviation, initial
 *   ("W.") or dotted form ("U.S.") ends the sentence only when the next word is a common sentence
 *   starter (The, He, But, In …) or an opening quote then a capital follows. After "a.m."/"p.m."
 *   any capitalised word but a time zone, weekday or month ends it ("at 10:30 a.m. Police said").
 */
export const splitSentences = (docId: string, text: string): SentenceRow[] => {
  const rows: SentenceRow[] = []
  const n = text.length
  const index = new CodePointIndex(text)
  let paragraphId = -1
  let newParagraph = true
  let sentenceStart = 0
  let lineStart = 0
  // When the open sentence is a list item ("- Item", "* Item"): its marker's first character and
  // length; -1 otherwise.
  let listMarker = -1
  let listMarkerLength = 0

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

  // Opens the next sentence at `at` and notes whether it starts with a list marker.
  const startSentence = (at: number): void => {
    sentenceStart = at
    let k = at
    while (k < n && isSpace(text.charCodeAt(k))) k++
    const marker = bulletLength(text, k)
    listMarker = marker > 0 ? text.charCodeAt(k) : -1
    listMarkerLength = marker
  }

  // Ends the open sentence at `end` and opens the next one at `next`.
  const cut = (end: number, next: number): void => {
    emit(sentenceStart, end)
    startSentence(next)
  }

  startSentence(0)
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
        startSentence(j)
        i = j - 1
        continue
      }
      if (
        endsShortUnpunctuatedLine(text, lineStart, i, sentenceStart) &&
        startKind(text, j) > LOWER &&
        !wrapsOnto(text, i + 1, j)
      ) {
        cut(i, i + 1)
      }
      lineStart = i + 1
      continue
    }
    if (c < 128) {
      if (c !== DOT && c !== QUESTION && c !== EXCLAMATION) continue
    } else if (!isTerminator(c)) continue

    // A run of terminators ("?!", "...") then closing quotes and brackets, which stay with the sentence.
    let q = i + 1
    while (q < n && isTerminator(text.charCodeAt(q))) q++
    const terminatorsEnd = q
    while (q < n && isCloser(text.charCodeAt(q))) q++
    if (isWideTerminator(c)) {
      // 。！？ need no space after them. After a closing quote the sentence goes on ("「本当か？」と
      // 彼は聞いた。", "“好吗？”他问。") unless a space, a line break or another quotation follows.
      if (q < n && nextStart(text, q) > 0) {
        const d = text.charCodeAt(q)
        if (q === terminatorsEnd || isSpace(d) || isOpener(d)) cut(q, q)
      }
      i = q - 1
      continue
    }
    if (q < n && !isSpace(text.charCodeAt(q))) {
      // "3.5", "U.S.-based", "Yahoo!Inc": not an end; "Main Street.Officers said": a missing space.
      if (q === i + 1 && endsGluedSentence(text, i)) cut(q, q)
      i = terminatorsEnd - 1
      continue
    }
    // Whitespace, then the start of what follows; a blank line or the end is handled elsewhere.
    const j = nextStart(text, q)
    if (j < 0) {
      i = terminatorsEnd - 1
      continue
    }
    const bullet = bulletLength(text, j)
    if (bullet > 0) {
      // "…dropped. - Restrictions …": a list item after a sentence end.
      const inList = listMarker === text.charCodeAt(j) && listMarkerLength === bullet
      if (endsBeforeListItem(text, i, terminatorsEnd, q, inList)) cut(q, q)
      i = terminatorsEnd - 1
      continue
    }
    const next = startKind(text, j)
    if (next > LOWER && endsSentence(text, i, terminatorsEnd, q, j, next)) cut(q, q)
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

/**
 * Longest line taken for a line of hard-wrapped prose: Reuters-21578 wraps at 50–69 characters
 * (5 of its 316,000 lines are 70–109 long), Reuters 2006–13 mostly at 50–69. A short line followed
 * by an unindented line of SHORT_LINE_MAX+1 to WRAP_MAX characters that itself goes on to a further
 * line is the start of a wrapped sentence, not a headline: "The Securities and Exchange" /
 * "Commission approved a request by two firms controlled by inside" / …. Measured on
 * Reuters-21578: 2,853 such cuts dropped (all of 110 sampled were mid-sentence wraps); cuts before
 * a flush line from a line of prose went from 1,099 to 110.
 */
export const WRAP_MAX = 80

const NEWLINE = 10
const DOT = 46
const QUESTION = 63
const EXCLAMATION = 33
const HYPHEN = 45
const ASTERISK = 42
const EN_DASH = 0x2013
const BULLET = 0x2022
const SQUARE_BULLET = 0x25aa
const ELLIPSIS = 0x2026
const IDEOGRAPHIC_FULL_STOP = 0x3002 // 。
const HALFWIDTH_IDEOGRAPHIC_FULL_STOP = 0xff61 // ｡
const FULLWIDTH_EXCLAMATION = 0xff01 // ！
const FULLWIDTH_QUESTION = 0xff1f // ？
const ARABIC_QUESTION = 0x061f // ؟
const ARABIC_FULL_STOP = 0x06d4 // ۔
const DANDA = 0x0964 // ।
const DOUBLE_DANDA = 0x0965 // ॥

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

/** Whitespace other than a line feed. */
const isInlineSpace = (c: number): boolean => c !== NEWLINE && isSpace(c)

/** Sentence-final marks: . ? ! … and the Chinese/Japanese, Arabic/Urdu and Devanagari ones. */
const isTerminator = (c: number): boolean =>
  c === DOT || c === QUESTION || c === EXCLAMATION || c === ELLIPSIS ||
  (c >= ARABIC_QUESTION && (isWideTerminator(c) || c === ARABIC_QUESTION || c === ARABIC_FULL_STOP || c === DANDA || c === DOUBLE_DANDA))

/** 。！？｡: scripts written without spaces end a sentence with them whatever follows. */
const isWideTerminator = (c: number): boolean =>
  c === IDEOGRAPHIC_FULL_STOP || c === FULLWIDTH_EXCLAMATION || c === FULLWIDTH_QUESTION || c === HALFWIDTH_IDEOGRAPHIC_FULL_STOP

/** Closing quotes and brackets: " ' ) ] } ” ’ » › and 」』）】》〉 */
const isCloser = (c: number): boolean =>
  c === 34 || c === 39 || c === 41 || c === 93 || c === 125 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a ||
  (c >= 0x3009 && (c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x3011 || c === 0x300b || c === 0x3009))

/** Opening quotes and brackets: " ' ( [ { “ ‘ « ‹ and 「『（【《〈 */
const isOpener = (c: number): boolean =>
  c === 34 || c === 39 || c === 40 || c === 91 || c === 123 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x2039 ||
  (c >= 0x3008 && (c === 0x300c || c === 0x300e || c === 0xff08 || c === 0x3010 || c === 0x300a || c === 0x3008))

/** Quotation marks, straight or curly, single or double. */
const isQuote = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a

/** Punctuation that carries a sentence on, at the start or the end of a line: , ; : - – — / & */
const isContinuation = (c: number): boolean =>
  c === 44 || c === 59 || c === 58 || c === 45 || c === 0x2013 || c === 0x2014 || c === 47 || c === 38

/** Characters that mark a list item: - * • ▪ – (and "--"). */
const isMarkerChar = (c: number): boolean => c === HYPHEN || c === ASTERISK || c === BULLET || c === EN_DASH || c === SQUARE_BULLET

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

const isDigit = (c: number): boolean => c >= 48 && c <= 57

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
  if (isDigit(c)) return DIGIT
  if (!opened && (isContinuation(c) || isTerminator(c))) return CONTINUATION
  return OTHER
}

/**
 * The first non-space character at or after `from` when it lies on the same or the next line;
 * -1 at the end of the text or after a blank line (the paragraph logic ends the sentence there).
 */
const nextStart = (text: string, from: number): number => {
  let j = from
  let newlines = 0
  while (j < text.length && isSpace(text.charCodeAt(j))) {
    if (text.charCodeAt(j) === NEWLINE) newlines++
    j++
  }
  return j >= text.length || newlines >= 2 ? -1 : j
}

/**
 * Length of a list marker at text[j] — "-", "--", "–", "•", "*" or "▪" — followed by a space and
 * an item that does not start in lowercase or with another marker ("- - -", "* * *" are rules);
 * 0 when there is none.
 */
const bulletLength = (text: string, j: number): number => {
  const c = text.charCodeAt(j)
  if (!isMarkerChar(c)) return 0
  const length = c === HYPHEN && text.charCodeAt(j + 1) === HYPHEN ? 2 : 1
  if (!isInlineSpace(text.charCodeAt(j + length))) return 0
  let k = j + length + 1
  while (k < text.length && isInlineSpace(text.charCodeAt(k))) k++
  return k < text.length && !isMarkerChar(text.charCodeAt(k)) && startKind(text, k) > LOWER ? length : 0
}

/**
 * Decides a candidate end at text[i] (the first terminator; the run ends at `terminatorsEnd`, the
 * closing quotes and brackets after it at `closersEnd`), given that the next sentence would start
 * at `j` with kind `next` (not lowercase).
 */
const endsSentence = (text: string, i: number, terminatorsEnd: number, closersEnd: number, j: number, next: number): boolean => {
  const c = text.charCodeAt(i)
  if (c === QUESTION || c === EXCLAMATION) {
    if (c === EXCLAMATION && exclamationNames.has(wordBefore(text, i))) return false
    // `"Why?" Smith asked.`: a name and a speech verb after the quote are its attribution.
    return !(next === UPPER && closesQuote(text, terminatorsEnd, closersEnd) && isAttribution(text, j))
  }
  if (c !== DOT && c !== ELLIPSIS) return true // ؟ ۔ । ॥
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
  if (word === "a.m" || word === "p.m") return endsAfterClockTime(text, j, next)
  if (otherAbbreviations.has(word) || isInitial(word) || isDottedAbbreviation(word)) {
    if (next === OPENED_UPPER) return true
    if (next !== UPPER) return false
    if (startsInitialOrNumberPrefix(text, j)) return false
    return sentenceStarters.has(wordAt(text, j))
  }
  return true
}

/** "J. A. Smith", "U.S. No. 2": the word at j is an initial or a number prefix, not the word "A" or "No". */
const startsInitialOrNumberPrefix = (text: string, j: number): boolean => {
  const following = wordAt(text, j)
  return text.charCodeAt(j + following.length) === DOT && (following.length === 1 || numberAbbreviations.has(following))
}

/**
 * After "a.m." or "p.m." a capitalised word opens a new sentence ("at 10:30 a.m. Police said")
 * unless it is a time zone, a weekday or a month ("10 a.m. EDT", "5 p.m. Friday", "9 a.m. Jan. 5")
 * or a place before "time" ("10 a.m. New York time").
 */
const endsAfterClockTime = (text: string, j: number, next: number): boolean => {
  if (next === OPENED_UPPER) return true
  if (next !== UPPER || startsInitialOrNumberPrefix(text, j)) return false
  const following = wordAt(text, j)
  // "6:40 p.m. (GMT +8)": only a bare word opens the next sentence.
  if (following.length === 0 || clockTimeFollowers.has(following)) return false
  // "Moscow time", "New York City time": "time" within the next three words.
  let k = j + following.length
  for (let words = 0; words < 3 && text.charCodeAt(k) === 32; words++) {
    const word = wordAt(text, k + 1)
    if (word === "time" || word === "Time") return false
    if (word.length === 0) break
    k += 1 + word.length
  }
  return true
}

/** True when the closing marks text[from, to) after a terminator include a quotation mark. */
const closesQuote = (text: string, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (isQuote(text.charCodeAt(k))) return true
  return false
}

/** One to four capitalised words (a title or an initial may keep its period), a speech verb, then punctuation. */
const ATTRIBUTION = /^((?:\p{Lu}[\p{L}'’-]*\.? ){1,4})(\p{Ll}+)[,.;:!?]/u

/**
 * True when an attribution starts at text[j]: `Smith asked.`, `Mr. Lewis said,` — but not a new
 * sentence such as `He asked.` (a pronoun or determiner first) or `Police said he …` (no
 * punctuation right after the verb).
 */
const isAttribution = (text: string, j: number): boolean => {
  const match = ATTRIBUTION.exec(text.slice(j, j + 100))
  if (match === null || !speechVerbs.has(match[2] ?? "")) return false
  const names = (match[1] ?? "").trim().split(" ")
  if (sentenceStarters.has(names[0] ?? "")) return false
  return names.every((name) => !name.endsWith(".") || name.length === 2 || titleAbbreviations.has(name.slice(0, -1)))
}

/**
 * Decides whether a list marker after the terminator at text[i] starts a new item ("…dropped.
 * - Restrictions …"). After an abbreviation, an initial or an ellipsis only inside a list (the open
 * sentence is an item with the same marker): "PORTSMOUTH, Va. - A man …" is a dateline. A bracket
 * closed after the mark also makes a dateline: "(Reuters Life!) - Bat an eyelid …".
 */
const endsBeforeListItem = (text: string, i: number, terminatorsEnd: number, closersEnd: number, inList: boolean): boolean => {
  if (inList) return true
  for (let k = terminatorsEnd; k < closersEnd; k++) {
    const c = text.charCodeAt(k)
    if (c === 41 || c === 93) return false
  }
  const c = text.charCodeAt(i)
  if (c === ELLIPSIS || terminatorsEnd - i === 2 || terminatorsEnd - i === 3) return false
  if (c !== DOT || terminatorsEnd - i >= 4) return c !== EXCLAMATION || !exclamationNames.has(wordBefore(text, i))
  const word = wordBefore(text, i)
  return word.length === 0 || !isAbbreviation(word)
}

/** A word of the abbreviation lists, an initial or a dotted abbreviation ("Va", "W", "U.S"). */
const isAbbreviation = (word: string): boolean =>
  titleAbbreviations.has(word) || otherAbbreviations.has(word) || numberAbbreviations.has(word) ||
  continuingAbbreviations.has(word) || isInitial(word) || isDottedAbbreviation(word)

/**
 * True when the terminator at text[i] ends a sentence although no space follows it: "…300 W Main
 * Street.Officers said …". The word before is two or more letters ending in lowercase and not an
 * abbreviation ("St.Louis", "Mr.Smith"); a capital and a lowercase letter follow. Never inside
 * host names, addresses and paths ("news.Yahoo.com", "john.Smith@x.org", "@police.Officers"),
 * numbers or dotted capitals ("U.S.Army").
 */
const endsGluedSentence = (text: string, i: number): boolean => {
  if (i < 2 || i + 2 >= text.length) return false
  if (!isUpper(text, i + 1) || !isLower(text, i + 2) || !isLower(text, i - 1)) return false
  let s = i - 1
  while (s > 0 && isWordChar(text, s - 1)) s--
  if (s > 0 && !isSpace(text.charCodeAt(s - 1)) && !isOpener(text.charCodeAt(s - 1))) return false
  const word = text.slice(s, i)
  let letters = 0
  for (let k = 0; k < word.length; k++) {
    if (!isLetter(word, k)) continue
    // "PayPal.Com", "DAIGn.De": a capital inside the word makes a brand or a ticker.
    if (letters > 0 && isUpper(word, k)) return false
    letters++
  }
  if (letters < 2 || isAbbreviation(word) || exclamationNames.has(word)) return false
  let e = i + 2
  while (e < text.length && isLetter(text, e)) e++
  // "Amazon.Com", "Mail.Ru", "One.Tel": a short word after the period is a name's suffix unless it
  // commonly opens a sentence ("…programmes.He said").
  if (e - i - 1 <= 3 && !sentenceStarters.has(text.slice(i + 1, e))) return false
  const d = text.charCodeAt(e)
  if (d === DOT) return !isLetter(text, e + 1) && !isDigit(text.charCodeAt(e + 1))
  return d !== 64 && d !== 47 && d !== 95 && d !== 92 && !isDigit(d) // @ / _ \
}

const isLetter = (text: string, k: number): boolean => isLower(text, k) || isUpper(text, k)

/** Letters, hyphens and apostrophes: the characters of a word. */
const isWordChar = (text: string, k: number): boolean => {
  const c = text.charCodeAt(k)
  return c === HYPHEN || c === 39 || c === 0x2019 || isLetter(text, k)
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
    if (isDigit(text.charCodeAt(k))) return true
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

/**
 * True when the line that starts at `lineStart` (its text at `j`) is hard-wrapped prose that the
 * short line before it runs into: not indented (an indented line opens a paragraph of its own),
 * longer than SHORT_LINE_MAX and at most WRAP_MAX characters, and followed by a further line of
 * the same block, with no run of three spaces (a table row). A headline over a body written one
 * paragraph a line is followed by a long line or a short one (a date), not by such a wrapped line.
 */
const wrapsOnto = (text: string, lineStart: number, j: number): boolean => {
  if (j > lineStart) return false
  const end = text.indexOf("\n", j)
  if (end < 0) return false
  let e = end
  while (e > j && isSpace(text.charCodeAt(e - 1))) e--
  if (e - j <= SHORT_LINE_MAX || e - j > WRAP_MAX) return false
  // Columns aligned with runs of spaces make a table row, not prose.
  for (let k = j, run = 0; k < e; k++) {
    run = text.charCodeAt(k) === 32 ? run + 1 : 0
    if (run === 3) return false
  }
  let k = end + 1
  while (k < text.length && isInlineSpace(text.charCodeAt(k))) k++
  return k < text.length && text.charCodeAt(k) !== NEWLINE
}
