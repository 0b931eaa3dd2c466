import type { Gazetteer } from "./gazetteer/Gazetteer.js"
import { ORGANIZATION_HEADS } from "./lexicon.js"
import type { TaggedSpan } from "./nerContract.js"

const isAnd = (word: string): boolean => word === "and" || word === "&"

/**
 * Two names the tagger ran together over "and" or "&" ("The Cure and New Order", "Treasury and
 * Bank of England", "HBOS and Alliance & Leicester") are two spans when the document gives the
 * evidence: each side is a name the tagger tags on its own somewhere in the document, or a
 * country's name. Real names with "and" keep whole because their parts are no names alone
 * ("Securities and Exchange Commission", "Department of Trade and Industry", "Procter & Gamble",
 * "Marks and Spencer"), or are one name twice ("Johnson & Johnson"), or the whole is a country
 * or place ("Trinidad and Tobago"). Returns `spans` itself when nothing is split, as almost always.
 */
export const splitNamesOverAnd = (
  words: ReadonlyArray<ReadonlyArray<string>>,
  spans: ReadonlyArray<ReadonlyArray<TaggedSpan>>,
  gaz: Gazetteer
): ReadonlyArray<ReadonlyArray<TaggedSpan>> => {
  if (!spans.some((sentence, k) => sentence.some((s) => hasInnerAnd(words[k]!, s)))) return spans
  // Every name the tagger wrote in the document, as its words joined by a space.
  const named = new Set<string>()
  for (let k = 0; k < spans.length; k++) for (const s of spans[k]!) named.add(spanText(words[k]!, s.startToken, s.endToken))
  const isName = (text: string): boolean => named.has(text) || gaz.countryByName(text) !== undefined
  return spans.map((sentence, k) => {
    if (!sentence.some((s) => hasInnerAnd(words[k]!, s))) return sentence
    const out: TaggedSpan[] = []
    for (const s of sentence) splitInto(words[k]!, s, isName, gaz, out)
    return out
  })
}

const hasInnerAnd = (words: ReadonlyArray<string>, s: TaggedSpan): boolean => {
  for (let i = s.startToken + 1; i < s.endToken - 1; i++) if (isAnd(words[i]!)) return true
  return false
}

const spanText = (words: ReadonlyArray<string>, start: number, end: number): string => words.slice(start, end).join(" ")

/** A partnership's or company's ending after "&"/"and": "& Co Inc", "& Partners LP", "& Sons". */
const FIRM_ENDINGS: ReadonlySet<string> = new Set(["co", "co.", "cos", "company", "sons", "partners", "associates", "brothers", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "llc", "llp", "lp"])

const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word)

/**
 * A side no name alone in the document may still be one beside a side that is: two or more
 * capitalized words ("Google and Ask Jeeves", "Morgan Stanley and Bear Stearns"), not a body's
 * or a company's last word ("Bill & Melinda Gates Foundation", "JPMorgan Chase & Co Inc",
 * "Woodward and Lothrop Inc"), no "of" or comma ("Air Force, Navy and Marine Corps").
 */
const standsAsName = (words: ReadonlyArray<string>, start: number, end: number): boolean => {
  if (end - start < 2 || FIRM_ENDINGS.has(words[start]!.toLowerCase()) || ORGANIZATION_HEADS.has(words[end - 1]!.toLowerCase())) return false
  for (let i = start; i < end; i++) if (!isCapitalized(words[i]!)) return false
  return true
}

/** Pushes `s`, or its parts at the first "and" both sides of which are names, to `out`. */
const splitInto = (words: ReadonlyArray<string>, s: TaggedSpan, isName: (text: string) => boolean, gaz: Gazetteer, out: TaggedSpan[]): void => {
  if (hasInnerAnd(words, s)) {
    const whole = spanText(words, s.startToken, s.endToken)
    // "Trinidad and Tobago", "Bosnia and Herzegovina": one place.
    if (gaz.countryByName(whole) === undefined && gaz.cityByName(whole) === undefined) {
      for (let i = s.startToken + 1; i < s.endToken - 1; i++) {
        if (!isAnd(words[i]!)) continue
        // "Procter & Gamble", "Black & White", "Russo & Gardner": a firm's or a work's name.
        if (words[i] === "&" && i - s.startToken === 1 && s.endToken - i === 2) continue
        const left = spanText(words, s.startToken, i)
        const right = spanText(words, i + 1, s.endToken)
        // "Johnson & Johnson", "Mahindra & Mahindra": one name twice is a company's.
        if (left === right) continue
        // "Australian & New Zealand Bank": a nationality before "and" describes what follows.
        if (gaz.demonym(left) !== undefined || gaz.demonym(right) !== undefined) continue
        const leftNamed = isName(left)
        const rightNamed = isName(right)
        // One side a name alone is enough beside "and", not "&", which mostly joins a firm's own
        // words ("American Axle & Manufacturing Holdings" beside "American Axle").
        const oneSided = words[i] === "and" && ((leftNamed && standsAsName(words, i + 1, s.endToken)) || (rightNamed && standsAsName(words, s.startToken, i)))
        if (!(leftNamed && rightNamed) && !oneSided) continue
        out.push({ ...s, endToken: i })
        splitInto(words, { ...s, startToken: i + 1 }, isName, gaz, out)
        return
      }
    }
  }
  out.push(s)
}
