import { CORPORATE_SUFFIXES } from "./legalForms.js"
import type { Token } from "./nerContract.js"
import type { SentenceMention } from "./recognizeSentence.js"
import { isCapitalized, lower } from "./tokenWords.js"

const isAnd = (t: Token | undefined): boolean => t !== undefined && (t.text === "and" || t.text === "&")

/**
 * Company names made of two names and "and", which the tagger cut in two: "Woodward and Lothrop
 * Inc" (PER + ORG), "Gulf and Western Inc", "Nippon Telegraph and Telephone Corp." (LOC + ORG),
 * and "E.F. Hutton and Co", "Arthur Andersen & Co." with "and Co" left out. The first name joins
 * only when it is no organization or country of its own ("Ford and General Motors Corp" stay two;
 * so does "Germany and Siemens AG"), and a place only when the gazetteer knows it. Changes `mentions` in place; returns whether it did.
 */
export const joinCompanyNames = (tokens: ReadonlyArray<Token>, mentions: SentenceMention[], isKnownPlace: (m: SentenceMention) => boolean): boolean => {
  let changed = false
  for (let k = 0; k < mentions.length; k++) {
    const x = mentions[k]!
    if (x.from !== undefined || x.type === "NORP" || x.country !== null || !isAnd(tokens[x.b])) continue
    const y = mentions[k + 1]
    // A place only when the gazetteer knows it ("Chicago and North Western…"): a company the
    // tagger took for a place is one of its own ("Morgan Stanley and General Electric Capital Corp").
    const placeOk = (x.type !== "GPE" && x.type !== "LOC") || isKnownPlace(x)
    if (y !== undefined && y.a === x.b + 1 && y.from === undefined && y.type === "ORG" && x.type !== "ORG" && placeOk && CORPORATE_SUFFIXES.has(lower(tokens[y.b - 1])) && x.b - x.a <= 3 && allCapitalized(tokens, x.a, x.b)) {
      x.b = y.b
      x.type = "ORG"
      x.confidence = Math.max(x.confidence, y.confidence)
      mentions.splice(k + 1, 1)
      changed = true
      continue
    }
    // "E.F. Hutton and Co": the partnership's "and Co", untagged, belongs to the name.
    const co = tokens[x.b + 1]
    if ((x.type === "ORG" || x.type === "PERSON") && co !== undefined && /^Co\.?$/.test(co.text) && (y === undefined || y.a > x.b + 1)) {
      x.b += 2
      x.type = "ORG"
      x.title = null
      changed = true
    }
  }
  return changed
}

const allCapitalized = (tokens: ReadonlyArray<Token>, a: number, b: number): boolean => {
  for (let i = a; i < b; i++) if (!isCapitalized(tokens[i])) return false
  return true
}
