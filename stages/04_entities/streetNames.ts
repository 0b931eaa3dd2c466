import { ADDRESS_ONLY_STREET_HEADS, STREET_DIRECTIONS, STREET_HEADS, STREET_HEADS_NOT_AFTER_PERSON } from "./lexicon.js"
import type { Token } from "./nerContract.js"
import type { SentenceMention } from "./recognizeSentence.js"
import { isCapitalized, lower } from "./tokenWords.js"
import { inAddress } from "./typeSpan.js"

/** Plural street words after two names: "at Eagle and Hickory streets". */
const PLURAL_STREET_WORDS = new Set(["streets", "avenues", "roads", "boulevards", "drives", "lanes", "highways"])

/**
 * "Michigan Avenue" tagged as "Michigan" alone: where an untagged capitalized street word follows
 * a name (Court, Place, Way… only in an address: "the 100 block of Huntswood Way"), the street
 * ends after it, and after a direction ("Johnson Avenue NW"). Returns the new end, or `b`.
 */
export const streetEnd = (tokens: ReadonlyArray<Token>, a: number, b: number, tagged: (i: number) => boolean): number => {
  const next = tokens[b]
  if (next === undefined || tagged(b) || !isCapitalized(next)) return b
  const word = lower(next)
  const street = STREET_HEADS.has(word) || STREET_HEADS_NOT_AFTER_PERSON.has(word) || (ADDRESS_ONLY_STREET_HEADS.has(word) && inAddress(tokens, a))
  if (!street) return b
  const after = tokens[b + 1]
  // The direction is taken even when the tagger made it a name of its own ("NW" as ORG).
  return after !== undefined && STREET_DIRECTIONS.has(lower(after)) && /^[A-Z]/.test(after.text) ? b + 2 : b + 1
}

/**
 * "at Eagle and Hickory streets", "near Cullom and Milwaukee avenues": names before a plural
 * street word, alone or two joined by "and", are streets (FAC), whatever the tagger said.
 * Changes `mentions` in place.
 */
export const typeNamedStreets = (tokens: ReadonlyArray<Token>, mentions: SentenceMention[]): void => {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!
    if (m.from !== undefined || !PLURAL_STREET_WORDS.has(tokens[m.b]?.text ?? "")) continue
    m.type = "FAC"
    m.country = null
    const before = mentions[k - 1]
    if (before !== undefined && before.b === m.a - 1 && lower(tokens[before.b]) === "and" && before.from === undefined) {
      before.type = "FAC"
      before.country = null
    }
  }
}
