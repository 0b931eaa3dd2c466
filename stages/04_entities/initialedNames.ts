import { REGION_NAMES } from "./lexicon.js"
import type { Token } from "./nerContract.js"
import type { SentenceMention } from "./recognizeSentence.js"

/** An initial or two as a team sheet writes them, with or without a dot: "M", "KP", "J.". */
const INITIALS = /^[A-Z]{1,2}\.?$/
const NAME_WORD = /^\p{Lu}\p{Ll}/u

/** Whether tokens [a, b) are initials then one or two capitalized words: "M Cueto", "D Dal Maso". */
const isInitialedName = (tokens: ReadonlyArray<Token>, a: number, b: number): boolean => {
  if (b - a < 2 || b - a > 3 || !INITIALS.test(tokens[a]!.text)) return false
  for (let i = a + 1; i < b; i++) if (!NAME_WORD.test(tokens[i]!.text)) return false
  // "S Africa" in a team sheet is where the player is from.
  return !REGION_NAMES.has(tokens[b - 1]!.text)
}

/** People of this shape a sentence must already name before the others of that shape are people too. */
const MIN_PEOPLE_OF_SHAPE = 2

/**
 * A team sheet ("J Dunn, M Cueto, P Vickery, L Moody") names people by an initial and a surname;
 * the tagger reads some of them as organizations. In a sentence where two or more such names
 * are PERSON, the others of that shape typed ORG, MISC or GPE are people too. Changes the
 * mentions in place.
 */
export const retypeInitialedNames = (tokens: ReadonlyArray<Token>, mentions: SentenceMention[]): void => {
  if (mentions.length <= MIN_PEOPLE_OF_SHAPE) return
  let people = 0
  for (const m of mentions) if (m.type === "PERSON" && isInitialedName(tokens, m.a, m.b)) people++
  if (people < MIN_PEOPLE_OF_SHAPE) return
  for (const m of mentions) {
    if ((m.type === "ORG" || m.type === "MISC" || m.type === "GPE") && m.country === null && m.from === undefined && isInitialedName(tokens, m.a, m.b)) m.type = "PERSON"
  }
}
