import { FUNCTION_WORDS, HONORIFICS, RANK_ABBREVIATIONS, ROLE_HEADS } from "./lexicon.js"
import type { Token } from "./nerContract.js"
import { isCapitalized, lower } from "./tokenWords.js"

/** Words before "Bill" that make it a law: "the Bill", "this Bill", "no Bill". */
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "no", "each", "every", "any", "its", "our", "their", "his", "her", "whose"])
/** A bill's number: "Bill 21", "Bill C-51", "Bill 2005". */
const BILL_NUMBER = /^(?:\d+|[A-Z]-?\d+)$/

/** Words of a title before a first name ("Vice President Bill"); subject words ("Education", "Police") name laws. */
const TITLE_PREFIXES = new Set(["vice", "deputy", "acting", "interim", "former"])
const isRoleWord = (w: string): boolean => ROLE_HEADS.has(w) || TITLE_PREFIXES.has(w) || HONORIFICS.has(w) || RANK_ABBREVIATIONS.has(w)
/** Capitalized words read back before "Bill", at most. */
const MAX_LAW_WORDS = 6

/**
 * Whether a lone "Bill" the tagger read as a person (token i) is a piece of legislation: after
 * a determiner ("the Bill"), after capitalized words of which one is no role or honorific word
 * ("the Mental Capacity Bill", "Criminal Justice Bill"; not "Vice President Bill"; a sentence's
 * first word alone is no evidence: "Meanwhile Bill"), or before a number or "of" and a
 * capitalized word ("Bill 21", "Bill of Rights"). A capitalized word after it ("Bill Clinton")
 * keeps the first name.
 */
export const isLawBill = (tokens: ReadonlyArray<Token>, i: number): boolean => {
  if (tokens[i]?.text !== "Bill") return false
  const next = tokens[i + 1]
  if (next !== undefined && BILL_NUMBER.test(next.text)) return true
  if (lower(next) === "of") return isCapitalized(tokens[i + 2])
  if (isCapitalized(next)) return false
  if (i === 0) return false
  const prev = lower(tokens[i - 1])
  if (DETERMINERS.has(prev)) return true
  if (i - 1 === 0) return false
  for (let j = i - 1; j >= 0 && i - j <= MAX_LAW_WORDS && isCapitalized(tokens[j]); j--) {
    const w = lower(tokens[j])
    if (!isRoleWord(w) && !FUNCTION_WORDS.has(w)) return true
  }
  return false
}

/**
 * The law's name around the "Bill" at token i: the capitalized words before it that `free`
 * allows ("Mental Capacity Bill"; not a leading "The"), and its number or "of X" after it.
 * Returns [start, end), or null when nothing but "Bill" names it ("the Bill": a common noun).
 */
export const lawBillSpan = (tokens: ReadonlyArray<Token>, i: number, free: (k: number) => boolean): [number, number] | null => {
  let s = i
  while (s > 0 && free(s - 1) && isCapitalized(tokens[s - 1]) && !FUNCTION_WORDS.has(lower(tokens[s - 1])) && !isRoleWord(lower(tokens[s - 1]))) s--
  let e = i + 1
  if (e < tokens.length && BILL_NUMBER.test(tokens[e]!.text)) e++
  else if (lower(tokens[e]) === "of" && isCapitalized(tokens[e + 1]) && free(e + 1)) e += 2
  return s === i && e === i + 1 ? null : [s, e]
}
