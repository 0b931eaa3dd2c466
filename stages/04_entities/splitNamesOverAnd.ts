import type { Gazetteer } from "./gazetteer/Gazetteer.js"
import { CORPORATE_SUFFIXES, FIRM_ENDINGS } from "./legalForms.js"
import { ORGANIZATION_HEADS } from "./lexicon.js"
import type { TaggedSpan } from "./nerContract.js"
import { startsCapitalized } from "./tokenWords.js"

const isAnd = (word: string): boolean => word === "and" || word === "&"

/**
 * Two names the tagger ran together over "and" or "&" ("Chelsea and Arsenal", "Treasury and
 * Bank of England", "Morgan Stanley and Bear Stearns") are two spans when the document gives the
 * evidence: each side is a name the tagger tags on its own somewhere in the document (or that
 * name with a legal form: "Cargill Inc"), or a country's name; or, over "and", one side is and
 * the other reads as a name (`standsAsName`). Real names with "and" keep whole because their
 * parts are no names alone ("Securities and Exchange Commission", "Department of Trade and
 * Industry"), the other side ends as a body or a firm ("Bill & Melinda Gates Foundation",
 * "JPMorgan Chase & Co Inc"), they are two single words over "&" ("Procter & Gamble"), one name
 * twice ("Johnson & Johnson"), or the whole is a country or place ("Trinidad and Tobago").
 * Not caught: a firm of two surnames over "and" one of which the document names alone as a
 * person. Returns `spans` itself when nothing is split, as almost always.
 */
export const splitNamesOverAnd = (
  words: ReadonlyArray<ReadonlyArray<string>>,
  spans: ReadonlyArray<ReadonlyArray<TaggedSpan>>,
  gaz: Gazetteer,
  /** The tagger's capitalization statistics (SpanTagger.capitalizationBin): tells a name's word from a common one. */
  capitalizationBin?: (word: string) => number
): ReadonlyArray<ReadonlyArray<TaggedSpan>> => {
  if (!spans.some((sentence, k) => sentence.some((s) => hasInnerAnd(words[k]!, s)))) return spans
  // Every name the tagger wrote in the document, as its words joined by a space.
  const named = new Set<string>()
  for (let k = 0; k < spans.length; k++) for (const s of spans[k]!) named.add(spanText(words[k]!, s.startToken, s.endToken))
  const isName = (text: string): boolean => named.has(text) || gaz.countryByName(text) !== undefined || named.has(withoutLegalForm(text))
  return spans.map((sentence, k) => {
    if (!sentence.some((s) => hasInnerAnd(words[k]!, s))) return sentence
    const out: TaggedSpan[] = []
    for (const s of sentence) splitInto(words[k]!, s, isName, gaz, capitalizationBin, out)
    return out
  })
}

const hasInnerAnd = (words: ReadonlyArray<string>, s: TaggedSpan): boolean => {
  for (let i = s.startToken + 1; i < s.endToken - 1; i++) if (isAnd(words[i]!)) return true
  return false
}

const spanText = (words: ReadonlyArray<string>, start: number, end: number): string => words.slice(start, end).join(" ")

/** The name without a legal form after it ("Cargill Inc" → "Cargill"), or the name as it is. */
const withoutLegalForm = (text: string): string => {
  const space = text.lastIndexOf(" ")
  return space > 0 && CORPORATE_SUFFIXES.has(text.slice(space + 1).toLowerCase()) ? text.slice(0, space) : text
}

/** The lexicon's bin of words capitalized at least half the time away from a sentence start (see capitalizationBin). */
const NAME_WORD_MIN_BIN = 3

/**
 * A side no name alone in the document may still be one beside a side that is: capitalized words
 * ("Google and Ask Jeeves", "Morgan Stanley and Bear Stearns", "Paramount and Viacom"), not
 * ending in a body's or a company's word ("Bill & Melinda Gates Foundation", "JPMorgan Chase &
 * Co Inc", "Woodward and Lothrop Inc", "Ritterbusch and Associates"), with no "of" or comma
 * ("Air Force, Navy and Marine Corps").
 */
const standsAsName = (words: ReadonlyArray<string>, start: number, end: number, capitalizationBin: ((word: string) => number) | undefined): boolean => {
  // One word must be one the news mostly capitalizes, or unknown to it: "Viacom", not "Territory"
  // ("Ford's Falcon and Territory vehicles") nor "Hero".
  if (end - start === 1 && capitalizationBin !== undefined) {
    const bin = capitalizationBin(words[start]!)
    if (bin >= 0 && bin < NAME_WORD_MIN_BIN) return false
  }
  if (FIRM_ENDINGS.has(words[start]!.toLowerCase()) || ORGANIZATION_HEADS.has(words[end - 1]!.toLowerCase())) return false
  for (let i = start; i < end; i++) if (!startsCapitalized(words[i]!)) return false
  return true
}

/** Pushes `s`, or its parts at the first "and" both sides of which are names, to `out`. */
const splitInto = (
  words: ReadonlyArray<string>,
  s: TaggedSpan,
  isName: (text: string) => boolean,
  gaz: Gazetteer,
  capitalizationBin: ((word: string) => number) | undefined,
  out: TaggedSpan[]
): void => {
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
        const oneSided = words[i] === "and" && ((leftNamed && standsAsName(words, i + 1, s.endToken, capitalizationBin)) || (rightNamed && standsAsName(words, s.startToken, i, capitalizationBin)))
        if (!(leftNamed && rightNamed) && !oneSided) continue
        out.push({ ...s, endToken: i })
        splitInto(words, { ...s, startToken: i + 1 }, isName, gaz, capitalizationBin, out)
        return
      }
    }
  }
  out.push(s)
}
