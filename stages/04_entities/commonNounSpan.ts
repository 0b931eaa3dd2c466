import type { EntityType } from "./entityTypes.js"
import { COMMON_ACRONYMS } from "./lexicon.js"
import type { Token } from "./nerContract.js"

/** A word capitalized less often than this bin away from a sentence start is a common word (see capitalizationBin). */
const COMMON_WORD_MAX_BIN = 1

const PLURAL_ACRONYM = /^[A-Z]{2,}s$/
const UNIT_LIKE = /^[A-Z]{2,4}$/
const HAS_DIGIT = /\d/

/**
 * Whether a one-token span the tagger called a name is a common noun written with a capital:
 * - a plural acronym ("DVDs", "PCs", "MEPs"): a class of things or people, never one entity;
 * - a common abbreviation alone (`COMMON_ACRONYMS`: "PC", "DVD", "MP", "CFO"), for the same reason;
 * - an all-capital MISC word right after a number ("1800 GMT", "40 MW"): a unit;
 * - a capitalized MISC word that unlabeled news capitalizes under a fifth of the time away from
 *   a sentence start ("World", "Budget", "Games"): capitalized here by a headline, a sentence
 *   start or house style, and named only as part of a longer name ("World Cup").
 *   A word the document also uses inside a longer name ("Steve Jobs" … "Jobs", "iPod Shuffle"
 *   … "the Shuffle") is that name's short form and stays.
 * `capitalizationBin` is the tagger's lexicon (-1 when the word is unknown, which keeps it).
 */
export const isCommonNounSpan = (
  tokens: ReadonlyArray<Token>,
  a: number,
  b: number,
  type: EntityType,
  capitalizationBin: ((word: string) => number) | undefined,
  /** The words of the document's longer names, computed on first call. */
  wordsInLongerNames: (() => ReadonlySet<string>) | undefined
): boolean => {
  if (b - a !== 1 || (type !== "MISC" && type !== "ORG")) return false
  const word = tokens[a]!.text
  const c = word.charCodeAt(0)
  // Every rule needs a capital first: most spans are decided by this one test.
  if (!(c >= 65 && c <= 90)) return false
  if (word.charCodeAt(word.length - 1) === 115 && PLURAL_ACRONYM.test(word)) return true
  if (COMMON_ACRONYMS.has(word)) return true
  if (type !== "MISC") return false
  if (UNIT_LIKE.test(word)) return a > 0 && HAS_DIGIT.test(tokens[a - 1]!.text)
  if (capitalizationBin === undefined) return false
  // Capitalized, not all capitals: an all-capital word is an acronym or a headline's.
  const d = word.charCodeAt(1)
  if (!(d >= 97 && d <= 122)) return false
  const bin = capitalizationBin(word)
  return bin >= 0 && bin <= COMMON_WORD_MAX_BIN && wordsInLongerNames?.().has(word) !== true
}
