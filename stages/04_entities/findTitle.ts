import type { EntityType } from "./entityTypes.js"
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS, TITLE_JOINERS } from "./lexicon.js"
import type { Token } from "./nerContract.js"
import { isCapitalized, lower } from "./tokenWords.js"

/** Longest title taken, in tokens: longer runs are sentences, not roles. */
const MAX_TITLE_TOKENS = 8

/**
 * The role stated with a person's name in one sentence, as written, or null:
 * - before the name: role words, the organizations, places and nationalities they belong to,
 *   and "of"/"for" between them ("Secretary of Defense Mark Esper", "Pentagon spokesperson
 *   Jonathan Hoffman", "Iraqi Prime Minister X"); an honorific in between is skipped ("Mr.");
 * - after it, as an apposition closed by a comma or the sentence end ("X, the prime minister,",
 *   "X, Iraq's foreign minister,", "X, a spokesman for the Pentagon,").
 * A title must contain a role head word (minister, spokesperson, general, …).
 *
 * `typeAt(i)` gives the type of the mention covering token i (null when none).
 */
export const findTitle = (
  text: string,
  tokens: ReadonlyArray<Token>,
  a: number,
  b: number,
  typeAt: (i: number) => EntityType | null
): string | null => before(text, tokens, a, typeAt) ?? after(text, tokens, b, typeAt)

const isRole = (w: string): boolean => ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w)

const LETTERS = /^\p{L}+$/u

/**
 * A word between two role words belongs to the title whatever it is ("Chief Marketing Officer",
 * "Deputy Regional Director"): a word list cannot hold every department a role is named after.
 * It must be a plain word that no mention covers.
 */
const isSandwiched = (tokens: ReadonlyArray<Token>, i: number, typeAt: (i: number) => EntityType | null): boolean =>
  i > 0 &&
  i + 1 < tokens.length &&
  isRole(lower(tokens[i - 1])) &&
  isRole(lower(tokens[i + 1])) &&
  LETTERS.test(tokens[i]!.text) &&
  !NOT_IN_TITLES.has(lower(tokens[i])) &&
  // Written like the role word after it ("Chief Risk Officer", "chief risk officer"), unless it
  // joins two roles ("Chairman and Chief Executive"): a lower-case word before a capitalized
  // role is a verb or clause between two people ("the aide quoted President X").
  (TITLE_JOINERS.has(lower(tokens[i])) || isCapitalized(tokens[i]) === isCapitalized(tokens[i + 1])) &&
  typeAt(i) === null

/**
 * Words that end a title even between two role words: the role before them is another
 * person's ("Secretary under President X", "an assistant to Minister X") or a clause ends
 * ("the official said President X").
 */
const NOT_IN_TITLES = new Set(`under to with by as from at in into over after before since said says told or but who whom whose which that than`.split(" "))

/** The title as written, with a line break or run of spaces inside it (wrapped text) as one space. */
const asWritten = (text: string, start: number, end: number): string => text.slice(start, end).replace(/\s+/g, " ")
const isOwner = (type: EntityType | null): boolean => type === "ORG" || type === "GPE" || type === "NORP" || type === "LOC"

const before = (text: string, tokens: ReadonlyArray<Token>, a: number, typeAt: (i: number) => EntityType | null): string | null => {
  let end = a - 1
  while (end >= 0 && HONORIFICS.has(lower(tokens[end]))) end--
  // "a spokesman for X", "an adviser to X": the role right before the name is someone else's.
  if (end >= 0 && (TITLE_JOINERS.has(lower(tokens[end])) || lower(tokens[end]) === "to")) return null
  let j = end
  let first = end + 1
  let heads = 0
  while (j >= 0 && end - j < MAX_TITLE_TOKENS) {
    const w = lower(tokens[j])
    if (isRole(w)) {
      if (ROLE_HEADS.has(w)) heads++
      first = j--
    } else if (first <= end && isSandwiched(tokens, j, typeAt)) {
      first = j--
    } else if (TITLE_JOINERS.has(w) && w !== "and" && j > 0 && isRole(lower(tokens[j - 1]))) {
      j--
    } else if (first <= end && isOwner(typeAt(j))) {
      first = j--
    } else if (w === "'s" && first <= end && j > 0 && isOwner(typeAt(j - 1))) {
      first = j--
    } else break
  }
  if (heads === 0 || first > end) return null
  return asWritten(text, tokens[first]!.start, tokens[end]!.end)
}

const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their"])

const after = (text: string, tokens: ReadonlyArray<Token>, b: number, typeAt: (i: number) => EntityType | null): string | null => {
  if (tokens[b]?.text !== ",") return null
  let i = b + 1
  if (DETERMINERS.has(lower(tokens[i]))) i++
  const first = i
  let heads = 0
  while (i < tokens.length && i - first < MAX_TITLE_TOKENS) {
    const w = lower(tokens[i])
    if (isRole(w)) {
      if (ROLE_HEADS.has(w)) heads++
    } else if (!(TITLE_JOINERS.has(w) || w === "'s" || isOwner(typeAt(i)) || isSandwiched(tokens, i, typeAt))) break
    i++
  }
  // The apposition must end where the role ends: at a comma, the sentence end or a bracket.
  const closer = tokens[i]?.text
  if (heads === 0 || i === first || !(closer === undefined || closer === "," || closer === "." || closer === ")" || closer === ";")) return null
  let last = i - 1
  while (last > first && TITLE_JOINERS.has(lower(tokens[last]))) last--
  return asWritten(text, tokens[first]!.start, tokens[last]!.end)
}
