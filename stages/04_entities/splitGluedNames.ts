import { isTicker } from "./acronymFits.js"
import type { TaggedSpan, Token } from "./nerContract.js"

/** A caption's picture file name ("Jane_Doe.jpg"): never part of a name written in the text. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|bmp|tiff?)$/i

/** Roman numerals and generational suffixes that end a person's name in capitals ("John Doe III"). */
const NAME_SUFFIX = /^(?:[IVX]+|JR|SR)\.?$/

/** Small words inside a name before a repeated given name ("Ali bin Ali"): the repeat is then part of the name. */
const NAME_PARTICLES = new Set(["bin", "ibn", "bint", "ben", "de", "del", "da", "van", "von", "y", "al", "el", "abu"])

/** A caption's credit words, glued after the name of the person pictured or of its source ("Ann Lee Photo by …", "KXYZ Photo"). */
const CAPTION_WORDS = new Set(["Photo", "Photos", "Photograph", "Image", "File", "Courtesy", "Credit"])

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
 * - in a document's first sentence, a dateline's capitalized place after a name (a caption's,
 *   a headline's) is a place ("Ann Lee DENVER, Colo. —" → "Ann Lee" + LOC "DENVER"): a word of
 *   three or more capitals after mixed-case ones, followed by a bracket, a dash, or a comma and a
 *   capital.
 *   Elsewhere a capitalized surname ("Jean DUPONT, 45,") is left alone.
 * Returns `spans` itself when nothing is glued, as almost always.
 */
export const splitGluedNames = (tokens: ReadonlyArray<Token>, spans: ReadonlyArray<TaggedSpan>, firstSentence: boolean): ReadonlyArray<TaggedSpan> => {
  let out: TaggedSpan[] | null = null
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!
    const mended = mend(tokens, s, firstSentence)
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
const mend = (tokens: ReadonlyArray<Token>, s: TaggedSpan, dateline: boolean): TaggedSpan[] | null => {
  for (let i = s.endToken - 1; i >= s.startToken; i--) {
    const word = tokens[i]!.text
    if (word.length > 4 && word.charCodeAt(word.length - 4) !== 46 && word.charCodeAt(word.length - 5) !== 46) continue
    if (!IMAGE_FILE.test(word)) continue
    if (i + 1 === s.endToken) return []
    const rest = { ...s, startToken: i + 1 }
    return mend(tokens, rest, dateline) ?? [rest]
  }
  const lastWord = tokens[s.endToken - 1]!.text
  // Codes have a period or an equals sign: a cheap test before the patterns.
  const coded = lastWord.indexOf(".") >= 0 || lastWord.indexOf("=") >= 0
  if (coded && INSTRUMENT_CODE.test(lastWord)) {
    if (s.endToken - s.startToken === 1) return []
    const name = { ...s, endToken: s.endToken - 1 }
    return mend(tokens, name, dateline) ?? [name]
  }
  if (coded && s.endToken - s.startToken >= 2 && isTicker(lastWord)) {
    // A company may give two codes ("Acme Corp. ACM.MX AC.N"): the name before may hold another.
    const name = { ...s, endToken: s.endToken - 1 }
    return [...(mend(tokens, name, dateline) ?? [name]), { ...s, startToken: s.endToken - 1, type: "ORG" }]
  }
  if (s.endToken - s.startToken < 2) return null
  // A headline's capitals before the text's name: "… WITH BOEING Boeing Co." (one word, twice).
  for (let i = s.startToken + 1; i < s.endToken; i++) {
    const before = tokens[i - 1]!.text
    // Two capitals first, which rules out nearly every word before anything is built.
    if (before.length < 3 || !isUpperAscii(before.charCodeAt(1)) || !isUpperAscii(before.charCodeAt(0))) continue
    if (before !== tokens[i]!.text.toUpperCase() || before === tokens[i]!.text || !isAllCapitals(before)) continue
    const tail = { ...s, startToken: i }
    return [{ ...s, endToken: i }, ...(mend(tokens, tail, dateline) ?? [tail])]
  }
  if (s.type === "PER") {
    const first = tokens[s.startToken]!.text
    for (let i = s.startToken + 2; i < s.endToken; i++) {
      if (tokens[i]!.text !== first || NAME_PARTICLES.has(tokens[i - 1]!.text.toLowerCase())) continue
      const tail = { ...s, startToken: i }
      return [{ ...s, endToken: i }, ...(mend(tokens, tail, dateline) ?? [tail])]
    }
  }
  // Not MISC: a product may end so ("… Photos").
  if (s.type !== "MISC" && CAPTION_WORDS.has(lastWord)) {
    const name = { ...s, endToken: s.endToken - 1 }
    return mend(tokens, name, dateline) ?? [name]
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
