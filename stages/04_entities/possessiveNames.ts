import type { Gazetteer } from "./gazetteer/Gazetteer.js"
import { ROLE_HEADS } from "./lexicon.js"
import type { TaggedSpan } from "./nerContract.js"
import type { SentenceMention } from "./recognizeSentence.js"

const isPossessive = (w: string): boolean => w === "'s" || w === "’s"
/** Longest name before the "'s" read as a company's ("McDonald's", "Sotheby's"): one or two words. */
const MAX_STEM_TOKENS = 2

/**
 * Names that a company writes with a possessive "'s" ("Wendy's", "McDonald's", "Macy's"), as the
 * document shows them: the stems before an "'s" that an ORG span of the tagger runs across
 * ("McDonald 's Corp", "Moody 's Investors Service"), or ends at when the stem is one word
 * ("Wendy 's"). A stem ending in a dot ("News Corp. 's") or naming a country or nationality
 * ("Britain 's") or a role ("Sheriff 's Office") is an ordinary possessive the tagger took in, and so is a name the document's
 * spans also give without "'s". Null when there are none.
 */
export const possessiveOrgStems = (
  words: ReadonlyArray<ReadonlyArray<string>>,
  spans: ReadonlyArray<ReadonlyArray<TaggedSpan>>,
  gaz: Gazetteer
): Set<string> | null => {
  let stems: Set<string> | null = null
  for (let k = 0; k < spans.length; k++) {
    const w = words[k]!
    for (const s of spans[k]!) {
      if (s.type !== "ORG") continue
      for (let i = s.startToken + 1; i < s.endToken && i - s.startToken <= MAX_STEM_TOKENS; i++) {
        if (!isPossessive(w[i]!)) continue
        const stem = w.slice(s.startToken, i).join(" ")
        if (i === s.endToken - 1 && i - s.startToken > 1) break
        // "Sheriff's Office", "Governor's Office": an office named after its holder, who stays a role.
        if (stem.endsWith(".") || ROLE_HEADS.has(stem.toLowerCase()) || gaz.countryByName(stem) !== undefined || gaz.demonym(stem) !== undefined) break
        ;(stems ??= new Set()).add(stem)
        break
      }
    }
  }
  if (stems === null) return null
  // A name the document also writes without the "'s" ("Microsoft" beside "Microsoft's Xbox") is
  // an ordinary possessive there: only names always followed by "'s" are kept.
  for (let k = 0; k < spans.length; k++) {
    const w = words[k]!
    for (const s of spans[k]!) {
      let key = ""
      for (let n = 1; n <= MAX_STEM_TOKENS && s.startToken + n <= w.length; n++) {
        key = n === 1 ? w[s.startToken]! : key + " " + w[s.startToken + n - 1]!
        const after = w[s.startToken + n]
        if (stems.has(key) && (after === undefined || !isPossessive(after))) stems.delete(key)
      }
    }
  }
  return stems.size === 0 ? null : stems
}

/**
 * A mention that stops right before the "'s" of a company name the document writes whole
 * ("Wendy" + "'s" beside "Wendy's" tagged ORG elsewhere) takes the "'s" in and is that
 * organization; so does a person's name after "a"/"an" ("a Wendy's restaurant", "an
 * Applebee's": an article is never said before a person's possessive; "an Englishman's home"
 * is no person's). Other names before a possessive
 * ("Obama's plan", "the Smiths' house") are left as they are.
 */
export const keepPossessiveNames = (words: ReadonlyArray<string>, mentions: SentenceMention[], stems: ReadonlySet<string> | null): void => {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!
    if (m.b >= words.length || !isPossessive(words[m.b]!) || m.from !== undefined || m.country !== null || m.b - m.a > MAX_STEM_TOKENS) continue
    if (k + 1 < mentions.length && mentions[k + 1]!.a <= m.b) continue
    const article = m.type === "PERSON" && m.a > 0 ? words[m.a - 1]!.toLowerCase() : ""
    if (!(article === "a" || article === "an") && (stems === null || !stems.has(words.slice(m.a, m.b).join(" ")))) continue
    m.b++
    m.type = "ORG"
    m.title = null
  }
}

/** What may follow a business's name said with its "'s" and nothing after it possessed. */
const NOTHING_POSSESSED = new Set([",", ".", ";", ":", ")", "and", "or", "said", "says", "reported", "posted", "announced"])

/**
 * A person's or product's name of one or two words followed by an "'s" that possesses nothing
 * ("Shares of Wendy's, which…", "at Jack's.", "Macy's said") is a business named so, when the
 * document never writes the name without the "'s" ("Obama's plan", "Obama said": a person).
 * That mention and the document's other mentions of the name before an "'s" ("Wendy's
 * launched", "hurting Wendy's sales") take the "'s" in and are ORG. Changes the mentions in place.
 */
export const keepBarePossessiveNames = (words: ReadonlyArray<ReadonlyArray<string>>, mentions: ReadonlyArray<SentenceMention[]>): void => {
  let businesses: Set<string> | null = null
  let alone: Set<string> | null = null
  for (let k = 0; k < mentions.length; k++) {
    const w = words[k]!
    const list = mentions[k]!
    for (let j = 0; j < list.length; j++) {
      const m = list[j]!
      if (!beforePossessive(w, list, j)) continue
      const next = w[m.b + 1]
      if (next !== undefined && !NOTHING_POSSESSED.has(next)) continue
      alone ??= namesWrittenAlone(words, mentions)
      const name = w.slice(m.a, m.b).join(" ")
      if (!alone.has(name)) (businesses ??= new Set()).add(name)
    }
  }
  if (businesses === null) return
  for (let k = 0; k < mentions.length; k++) {
    const list = mentions[k]!
    for (let j = 0; j < list.length; j++) {
      const m = list[j]!
      if (!beforePossessive(words[k]!, list, j) || !businesses.has(words[k]!.slice(m.a, m.b).join(" "))) continue
      m.b++
      m.type = "ORG"
      m.title = null
    }
  }
}

/** A PERSON or MISC name of one or two words right before an "'s" that no other mention takes in. */
const beforePossessive = (w: ReadonlyArray<string>, list: ReadonlyArray<SentenceMention>, j: number): boolean => {
  const m = list[j]!
  if ((m.type !== "PERSON" && m.type !== "MISC") || m.from !== undefined || m.country !== null || m.b - m.a > MAX_STEM_TOKENS) return false
  if (!isPossessive(w[m.b] ?? "")) return false
  return !(j + 1 < list.length && list[j + 1]!.a <= m.b)
}

/** The document's mention texts (as tokens joined by spaces) not followed by an "'s". */
const namesWrittenAlone = (words: ReadonlyArray<ReadonlyArray<string>>, mentions: ReadonlyArray<ReadonlyArray<SentenceMention>>): Set<string> => {
  const out = new Set<string>()
  for (let k = 0; k < mentions.length; k++) {
    for (const m of mentions[k]!) if (m.from === undefined && !isPossessive(words[k]![m.b] ?? "")) out.add(words[k]!.slice(m.a, m.b).join(" "))
  }
  return out
}
