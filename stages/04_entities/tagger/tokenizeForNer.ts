import type { NerToken } from "./NerTypes.js"

/**
 * Abbreviations that keep their final period (lower-cased, without the period). Single capital
 * letters ("J.") and dotted forms ("U.S.", "a.m.") are recognized by shape, not listed.
 */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
  "maj", "cpl", "pte", "st", "jr", "sr", "rev", "fr", "hon", "pres", "supt", "insp", "det",
  "ofc", "ofcr", "dep", "tpr", "ptl", "cpt", "atty", "asst",
  "inc", "corp", "co", "ltd", "bros", "plc", "cos", "dept", "univ", "assn", "intl",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "no", "nos", "vs", "etc", "mt", "ft", "ave", "rd", "blvd", "approx", "est", "vol", "fig",
  "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
  "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
  "tex", "va", "vt", "wash", "wis", "wyo"
])

const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0xfeff

/**
 * Characters split off the front of a word: quotes, opening brackets, currency signs. A closing
 * double quote too: typed as an opening one ("”Humboldt County") it must not stick to the name.
 */
const isLeading = (c: number): boolean =>
  c === 34 || c === 39 || c === 40 || c === 91 || c === 123 || c === 60 || c === 0x201c || c === 0x2018 || c === 0x201d ||
  c === 0x201e || c === 0xab || c === 36 || c === 0xa3 || c === 0x20ac || c === 0xa5 || c === 96 || c === 0x2014 || c === 0x2013

/** Characters split off the end of a word (the period is handled apart); an opening bracket too ("Corp.( X )"). */
const isTrailing = (c: number): boolean =>
  c === 34 || c === 39 || c === 41 || c === 93 || c === 125 || c === 40 || c === 91 || c === 62 || c === 0x201d || c === 0x2019 ||
  c === 0xbb || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 37 || c === 0x2014 || c === 0x2013 || c === 0x2026

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000)
const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)
const isDigit = (c: number): boolean => c >= 48 && c <= 57
/** The straight apostrophe and both typographic single quotes, which typing software swaps. */
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2018

/** Typographic quotes: ‘ ’ (U+2018, U+2019) and “ ” „ (U+201C, U+201D, U+201E). */
const isTypographicQuote = (c: number): boolean => c >= 0x2018 && c <= 0x201e && c !== 0x201a && c !== 0x201b

/**
 * CoNLL-2003-style tokenization of text[from, to): split at white space; quotes, brackets,
 * currency signs and trailing punctuation split off; possessive "'s" and "n't" split; hyphenated
 * words, abbreviations ("U.S.", "Mr.", "Jan."), numbers ("1,200.5"), e-mail and web addresses kept
 * whole. Offsets are UTF-16 offsets into `text`. A token's `text` is what the tagger reads: the
 * slice at its offsets with typographic quotes straightened ("’s" → "'s", "O’Brien" → "O'Brien",
 * "“" → '"'), since CoNLL, which the model learned from, writes only straight ones; the
 * original is always `text.slice(start, end)`.
 */
export const tokenizeForNer = (text: string, from = 0, to = text.length): NerToken[] => {
  const tokens: NerToken[] = []
  let i = from
  while (i < to) {
    while (i < to && isSpace(text.charCodeAt(i))) i++
    if (i >= to) break
    let end = i
    // Most chunks have no typographic quote: only those that do are straightened.
    straighten = false
    while (end < to) {
      const c = text.charCodeAt(end)
      if (isSpace(c)) break
      if (c >= 0x2018 && isTypographicQuote(c)) straighten = true
      end++
    }
    splitChunk(text, i, end, tokens)
    i = end
  }
  return tokens
}

/** Whether the chunk being split holds a typographic quote (set per chunk by tokenizeForNer). */
let straighten = false

const push = (text: string, start: number, end: number, out: NerToken[]): void => {
  out.push({ text: straighten ? straightenQuotes(text.slice(start, end)) : text.slice(start, end), start, end })
}

const straightenQuotes = (token: string): string => {
  let out = ""
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k)
    out += c === 0x2018 || c === 0x2019 ? "'" : c === 0x201c || c === 0x201d || c === 0x201e ? "\"" : token[k]
  }
  return out
}

/** Splits one white-space-free chunk text[start, end) into tokens appended to `out`. */
const splitChunk = (text: string, start: number, end: number, out: NerToken[]): void => {
  // Leading characters, each its own token ("(", "\"", "$").
  while (start < end - 1 && isLeading(text.charCodeAt(start))) {
    // "--" and "—" as one token, and a leading apostrophe of a year ("'96") stays.
    const c = text.charCodeAt(start)
    if (isApostrophe(c) && isDigit(text.charCodeAt(start + 1))) break
    push(text, start, start + 1, out)
    start++
  }
  if (start < end - 1 && text.charCodeAt(start) === 45 && text.charCodeAt(start + 1) === 45) {
    let k = start
    while (k < end && text.charCodeAt(k) === 45) k++
    push(text, start, k, out)
    start = k
  }
  // Trailing characters, collected right to left and emitted after the core.
  let tails = 0
  let stop = end
  for (;;) {
    if (stop <= start + 1) break
    const c = text.charCodeAt(stop - 1)
    if (c === 46) {
      // "..." as one token.
      if (stop - start >= 3 && text.charCodeAt(stop - 2) === 46 && text.charCodeAt(stop - 3) === 46) {
        let k = stop - 3
        while (k > start && text.charCodeAt(k - 1) === 46) k--
        if (k === start) break
        tails = pushTail(tails, k, stop)
        stop = k
        continue
      }
      if (keepsPeriod(text, start, stop)) break
      tails = pushTail(tails, stop - 1, stop)
      stop--
      continue
    }
    if (c === 45 && text.charCodeAt(stop - 2) === 45) {
      let k = stop
      while (k > start && text.charCodeAt(k - 1) === 45) k--
      if (k === start) break
      tails = pushTail(tails, k, stop)
      stop = k
      continue
    }
    // A closing apostrophe after "s" is the plural possessive ("players'"), split as "'".
    if (isTrailing(c)) {
      // ":" inside a time or ratio is not trailing, but at the end it is.
      tails = pushTail(tails, stop - 1, stop)
      stop--
      continue
    }
    break
  }
  // Possessive 's and the negation n't.
  if (stop - start > 2 && isApostrophe(text.charCodeAt(stop - 2)) && (text.charCodeAt(stop - 1) | 32) === 115 && isLetter(text.charCodeAt(stop - 3))) {
    tails = pushTail(tails, stop - 2, stop)
    stop -= 2
  } else if (stop - start > 3 && isApostrophe(text.charCodeAt(stop - 2)) && (text.charCodeAt(stop - 1) | 32) === 116 && (text.charCodeAt(stop - 3) | 32) === 110) {
    tails = pushTail(tails, stop - 3, stop)
    stop -= 3
  }
  splitCore(text, start, stop, out)
  for (let k = tails - 1; k >= 0; k--) push(text, tailStart[k]!, tailEnd[k]!, out)
}

/**
 * The trailing tokens of the chunk being split, right to left, as offsets: one thread-wide pair
 * of buffers rather than an array per chunk (splitChunk runs once per word of the corpus).
 */
let tailStart = new Int32Array(64)
let tailEnd = new Int32Array(64)
const pushTail = (count: number, start: number, end: number): number => {
  if (count === tailStart.length) {
    const grownStart = new Int32Array(count * 2)
    const grownEnd = new Int32Array(count * 2)
    grownStart.set(tailStart)
    grownEnd.set(tailEnd)
    tailStart = grownStart
    tailEnd = grownEnd
  }
  tailStart[count] = start
  tailEnd[count] = end
  return count + 1
}

/** Splits the core at dashes between words ("word—word", "word--word"); keeps everything else whole. */
const splitCore = (text: string, start: number, end: number, out: NerToken[]): void => {
  let s = start
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k)
    const dash = c === 0x2014 || c === 0x2013 ? 1 : c === 45 && text.charCodeAt(k + 1) === 45 && k + 1 < end ? 2 : 0
    if (dash === 0 || k === start) continue
    let e = k + dash
    while (e < end && text.charCodeAt(e) === 45) e++
    if (k > s) push(text, s, k, out)
    push(text, k, e, out)
    s = e
    k = e - 1
  }
  if (end > s) push(text, s, end, out)
}

/** Whether the period ending text[start, stop) belongs to the word: abbreviations and initials. */
const keepsPeriod = (text: string, start: number, stop: number): boolean => {
  const len = stop - 1 - start
  if (len <= 0) return false
  // Single letter: "J." (an initial) and "a." alike.
  if (len === 1) return isLetter(text.charCodeAt(start))
  // Dotted forms "U.S.", "a.m.", "U.N.-backed." excluded: letters each followed by a period.
  let dotted = true
  for (let k = start; k < stop; k += 2) {
    if (!isLetter(text.charCodeAt(k)) || text.charCodeAt(k + 1) !== 46) {
      dotted = false
      break
    }
  }
  if (dotted && (stop - start) % 2 === 0) return true
  if (len > 5) return false
  const word = text.slice(start, stop - 1).toLowerCase()
  return ABBREVIATIONS.has(word) && isUpper(text.charCodeAt(start)) || word === "vs" || word === "etc" || word === "approx"
}
