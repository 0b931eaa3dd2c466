import type { EntityType } from "./entityTypes.js"
import type { Token } from "./nerContract.js"
import type { SentenceMention } from "./recognizeSentence.js"
import { isCapitalized, lower } from "./tokenWords.js"

/** Last words of places and bodies named after a person, and the type they make: "… Medical Center", "… Elementary School". */
const INSTITUTION_HEADS: ReadonlyMap<string, EntityType> = new Map([
  ["hospital", "FAC"], ["center", "FAC"], ["centre", "FAC"], ["clinic", "FAC"], ["airport", "FAC"],
  ["stadium", "FAC"], ["arena", "FAC"], ["library", "FAC"], ["park", "FAC"], ["bridge", "FAC"], ["hall", "FAC"],
  ["school", "ORG"], ["academy", "ORG"], ["college", "ORG"], ["university", "ORG"], ["institute", "ORG"]
])

/** Words between a person's name and the rest of a building's: "John Doe, Jr. Hospital". */
const SUFFIX_WORDS = new Set([",", "jr.", "jr", "sr.", "sr", "ii", "iii"])

/**
 * Places and bodies named after a person, which the tagger read as the person: "Albert Einstein"
 * + untagged "Medical Center", "Josephine Houston" + "Elementary School", or "John Doe" + ", Jr."
 * + a tagged "Hospital of Doe County". The person's mention takes in the rest (up to three
 * capitalized words ending in a building's or school's word, or the tagged name that starts
 * with such a word) and is a FAC (or an ORG for a school). `tagged(i)`: whether token i is in
 * another tagged name. Changes `mentions` in place; returns whether it did.
 */
export const joinNamedInstitutions = (tokens: ReadonlyArray<Token>, mentions: SentenceMention[], tagged: (i: number) => boolean): boolean => {
  let changed = false
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!
    if (m.type !== "PERSON" || m.from !== undefined) continue
    let i = m.b
    // ("Jr" and its period may be two tokens.)
    while (i < tokens.length && i < m.b + 4 && (SUFFIX_WORDS.has(lower(tokens[i])) || (tokens[i]!.text === "." && /^[JS]r$/.test(tokens[i - 1]!.text)))) i++
    const next = mentions[k + 1]
    if (next !== undefined && next.a === i && next.from === undefined && (next.type === "ORG" || next.type === "FAC") && INSTITUTION_HEADS.has(lower(tokens[i]))) {
      m.b = next.b
      m.type = INSTITUTION_HEADS.get(lower(tokens[i]))!
      m.title = null
      mentions.splice(k + 1, 1)
      changed = true
      continue
    }
    for (let e = i; e < Math.min(tokens.length, i + 3); e++) {
      if (tagged(e) || !isCapitalized(tokens[e])) break
      const head = INSTITUTION_HEADS.get(lower(tokens[e]))
      if (head !== undefined) {
        m.b = e + 1
        m.type = head
        m.title = null
        changed = true
        break
      }
    }
  }
  return changed
}
