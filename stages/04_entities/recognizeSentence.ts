import { acronymFits, isTicker } from "./acronymFits.js"
import type { EntityType } from "./entityTypes.js"
import { MAX_PLACE_TOKENS, type Country, type Gazetteer } from "./gazetteer/Gazetteer.js"
import { isCommonNounSpan } from "./commonNounSpan.js"
import { findTitle } from "./findTitle.js"
import { splitCompound } from "./splitCompound.js"
import { streetEnd, typeNamedStreets } from "./streetNames.js"
import { joinCompanyNames } from "./joinCompanyNames.js"
import { joinNamedInstitutions } from "./namedInstitutions.js"
import { isLawBill, lawBillSpan } from "./lawBill.js"
import { retypePlacesByContext } from "./placeContext.js"
import { retypeInitialedNames } from "./initialedNames.js"
import { GROUP_NAMES, NUMBERED_ROAD_WORDS, REGION_NAMES, REGION_TRAILERS } from "./lexicon.js"
import type { TaggedSpan, Token } from "./nerContract.js"
import { facilityEnd, lookupForm, spanText, typeSpan } from "./typeSpan.js"

/** A mention found in one sentence, before document-level linking. Tokens [a, b). */
export interface SentenceMention {
  a: number
  b: number
  type: EntityType
  confidence: number
  country: Country | null
  title: string | null
  /** A mention of the same sentence it was said to be another name of, or null. */
  sameAs: SentenceMention | null
  /**
   * For a name inside a hyphenated token ("Iraq" in "US-Iraq"): its UTF-16 offsets into the
   * text, since the token [a, a + 1) holds more than the name. Absent otherwise.
   */
  from?: number
  to?: number
  /**
   * A city or region named as an adjective inside a hyphenated word ("London" in "London-based"):
   * typed NORP, as CoNLL and the "Iran-led" rule read such words, but linked to the place by
   * name and never deciding its entity's type. Absent otherwise.
   */
  adjectival?: boolean
  /** The tagger's type of a mention retyped GPE because the sentence names it as a town ("Clearlake police"); see placeContext.ts. */
  placeByContext?: EntityType
}

/**
 * A new mention with every field present, optional ones undefined: mentions made at different
 * places then share one object shape, so the code reading them stays monomorphic (objects of
 * several shapes made V8 deoptimize and recompile the linking code again and again).
 */
export const newMention = (
  a: number,
  b: number,
  type: EntityType,
  confidence: number,
  country: Country | null,
  sameAs: SentenceMention | null = null
): SentenceMention => ({ a, b, type, confidence, country, title: null, sameAs, from: undefined, to: undefined, adjectival: undefined, placeByContext: undefined })

/**
 * Per-token work arrays, shared by every sentence of the thread and grown as needed: a fresh
 * typed array (or even a view) per sentence cost more than the rules that use it. Only the first
 * n cells of a sentence of n tokens are meaningful; every read past n is guarded.
 */
let ownerBuffer = new Int32Array(256)
let taggedBuffer = new Int8Array(256)
const growScratch = (n: number): void => {
  if (n > ownerBuffer.length) {
    ownerBuffer = new Int32Array(n * 2)
    taggedBuffer = new Int8Array(n * 2)
  }
}

/** Sorts mentions by first token (stably, as Array.sort), skipping the sort when already in order, as they mostly are. */
const sortByStart = (mentions: SentenceMention[]): void => {
  for (let k = 1; k < mentions.length; k++) {
    if (mentions[k - 1]!.a > mentions[k]!.a) {
      mentions.sort((x, y) => x.a - y.a)
      return
    }
  }
}

/** Whether the tagger's spans are in token order (they are, from the PerceptronTagger). */
const inOrder = (spans: ReadonlyArray<TaggedSpan>): boolean => {
  for (let k = 1; k < spans.length; k++) if (spans[k - 1]!.startToken > spans[k]!.startToken) return false
  return true
}

/** Confidence given to a mention the tagger missed but the gazetteer names. */
export const GAZETTEER_CONFIDENCE = 0.6
/** Most confidence for a name inside a hyphenated word typed as the whole word was (below linking's 0.8). */
export const INHERITED_TYPE_CONFIDENCE = 0.6
/** An acronym in brackets after a name takes this share of the name's confidence. */
export const ACRONYM_FACTOR = 0.9

/** A road's number: "95", "9A". */
const ROAD_NUMBER = /^\d{1,4}[A-Z]?$/
const ACRONYM = /^[A-Z][A-Za-z&.-]{0,8}[A-Z]\.?$/
/** A stock code as written in angle brackets after a company's name: "<XON>", "<BP.L>", "<X>". */
const ANGLED_CODE = /^[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?$/
const ALIAS_CUES = new Set(["also known as", "known as", "aka", "a.k.a.", "also called", "or", "formerly"])
/** A word every cue holds: the gap between two names is only read when one of these is in it. */
const CUE_WORDS = new Set(["known", "aka", "a.k.a.", "called", "or", "formerly"])

/** owner[i] = the index of the mention covering token i, or -1, for the first n tokens: rebuilt after mentions change. */
const indexOwners = (owner: Int32Array, mentions: ReadonlyArray<SentenceMention>, n: number): void => {
  owner.fill(-1, 0, n)
  for (let k = 0; k < mentions.length; k++) for (let i = mentions[k]!.a; i < mentions[k]!.b; i++) owner[i] = k
}

/**
 * One sentence, given the tagger's spans: type them, add what the gazetteer knows that the
 * tagger missed, link bracketed acronyms and "also known as" names, and read the title stated
 * with each person. `text` is the string the tokens' offsets point into.
 */
export const recognizeSentence = (
  text: string,
  tokens: ReadonlyArray<Token>,
  tagged: ReadonlyArray<TaggedSpan>,
  gaz: Gazetteer,
  /** The tagger's word capitalization statistics (SpanTagger.capitalizationBin), when it has them. */
  capitalizationBin?: (word: string) => number,
  /** Words the document's tagged spans of two or more tokens hold (see isCommonNounSpan). */
  wordsInLongerNames?: () => ReadonlySet<string>
): SentenceMention[] => {
  if (tokens.length === 0) return []
  const n = tokens.length
  growScratch(n)
  const owner = ownerBuffer.fill(-1, 0, n)
  const mentions: SentenceMention[] = []
  const spans = inOrder(tagged) ? tagged : [...tagged].sort((x, y) => x.startToken - y.startToken)
  const add = (m: SentenceMention): void => {
    for (let i = m.a; i < m.b; i++) owner[i] = mentions.length
    mentions.push(m)
  }
  const free = (i: number): boolean => i >= tokens.length || owner[i] === -1
  const covered = (i: number): boolean => i < tokens.length && owner[i] !== -1
  const taggedAt = taggedBuffer.fill(0, 0, n)
  for (const s of spans) for (let i = s.startToken; i < s.endToken; i++) taggedAt[i] = 1

  for (const s of spans) {
    const typed = typeSpan(text, tokens, s.startToken, s.endToken, s.type, gaz)
    if (typed === null || !free(typed.a)) continue
    if (typed.b - typed.a === 1) {
      if (isCommonNounSpan(tokens, typed.a, typed.b, typed.type, capitalizationBin, wordsInLongerNames)) continue
      // "US-Iraq", "anti-ISIS", "UK-based": the names inside the word, each with its own offsets.
      const token = tokens[typed.a]!
      if (typed.type !== "PERSON" && token.text.indexOf("-") > 0) {
        const parts = splitCompound(token.text, typed.type, gaz)
        if (parts !== null) {
          for (const p of parts) {
            // The tagger's confidence was in the whole word: a type taken from it is a guess, which
            // linking may correct ("anti-FRAZ" as MISC, FRAZ an organization elsewhere).
            const confidence = p.inherited ? Math.min(s.confidence, INHERITED_TYPE_CONFIDENCE) : s.confidence
            const m = newMention(typed.a, typed.b, p.type, confidence, p.country)
            m.from = token.start + p.from
            m.to = token.start + p.to
            if (p.adjectival) m.adjectival = true
            add(m)
          }
          continue
        }
      }
    }
    if (typed.type === "PERSON" && typed.b - typed.a === 1 && isLawBill(tokens, typed.a)) {
      addLawBill(tokens, typed.a, s.confidence, mentions, free, add, owner)
      continue
    }
    let { b, type } = typed
    // "Interstate 95", "State Route 9": a road word the tagger named without its number.
    if (type !== "PERSON" && b < n && taggedAt[b] !== 1 && ROAD_NUMBER.test(tokens[b]!.text) && NUMBERED_ROAD_WORDS.has(tokens[b - 1]!.text.toLowerCase())) {
      b++
      type = "FAC"
    }
    // "the Korean peninsula": a name (not a country's) completed by a lower-case region noun.
    const next = tokens[b]
    if (typed.country === null && type !== "PERSON" && next !== undefined && taggedAt[b] !== 1 && REGION_TRAILERS.has(next.text) ) {
      b++
      type = "LOC"
    }
    // "Michigan Avenue" tagged as "Michigan": the street word after it ends a street's name.
    const street = streetEnd(tokens, typed.a, b, (i) => covered(i) || taggedAt[i] === 1)
    if (street > b) {
      add(newMention(typed.a, street, "FAC", s.confidence, null))
      continue
    }
    if (type === "GPE" || type === "LOC" || type === "ORG" || type === "FAC") {
      const knownPlace = typed.country !== null || gaz.cityByName(lookupForm(spanText(text, tokens, typed.a, b))) !== undefined
      const end = facilityEnd(tokens, b, (i) => covered(i) || (i < n && taggedAt[i] === 1), knownPlace)
      if (end > b) {
        b = end
        type = "FAC"
      }
    }
    add(newMention(typed.a, b, type, s.confidence, type === "FAC" ? null : typed.country))
  }

  addGazetteerMentions(text, tokens, gaz, free, add)
  sortByStart(mentions)
  indexOwners(owner, mentions, n)

  const knownPlace = (m: SentenceMention): boolean => {
    const surface = lookupForm(spanText(text, tokens, m.a, m.b))
    return REGION_NAMES.has(surface) || gaz.cityByName(surface) !== undefined
  }
  // Each joiner runs whatever the one before it did (none reads the owner index); the index is
  // rebuilt once if any changed the mentions.
  let joined = joinCompanyNames(tokens, mentions, knownPlace)
  joined = joinNamedInstitutions(tokens, mentions, (i) => taggedAt[i] === 1) || joined
  joined = joinNumberedIndexes(tokens, mentions) || joined
  joined = joinFeaturesOfPlaces(tokens, mentions) || joined
  if (joined) indexOwners(owner, mentions, n)
  widenToBracketedAcronym(tokens, mentions, owner)
  linkBracketedAcronyms(tokens, mentions, owner)
  linkAliases(tokens, mentions)
  typeNamedStreets(tokens, mentions)
  retypeInitialedNames(tokens, mentions)
  retypePlacesByContext(text, tokens, mentions, gaz)

  const typeAt = (i: number): EntityType | null => (owner[i] === -1 ? null : mentions[owner[i]!]!.type)
  for (const m of mentions) if (m.type === "PERSON") m.title = findTitle(text, tokens, m.a, m.b, typeAt)
  return mentions
}

/** Words that name a sea, strait, bay or island by the place it lies off: "Gulf of Mexico", "Strait of Hormuz". */
const FEATURE_HEADS = new Set(["Gulf", "Bay", "Sea", "Strait", "Straits", "Isle", "Cape", "Lake", "Firth", "Bight"])

/**
 * "Gulf of Mexico", "Strait of Hormuz", "Isle of Man": a sea, strait or island named by a
 * place, which the tagger often cuts at "of" ("Gulf" LOC + "Mexico" GPE) or calls an
 * organization, is one LOC. Returns whether mentions changed.
 */
const joinFeaturesOfPlaces = (tokens: ReadonlyArray<Token>, mentions: SentenceMention[]): boolean => {
  let changed = false
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!
    if (m.type === "PERSON" || m.from !== undefined || !FEATURE_HEADS.has(tokens[m.a]!.text)) continue
    const of = m.a + 1 < m.b ? m.a + 1 : m.b
    if (tokens[of]?.text !== "of") continue
    if (m.b > of + 1) {
      // "Strait of Hormuz" as one span: a place, not an organization ("Isle of Man", a place the
      // gazetteer knows, keeps its type and country).
      if (m.type === "ORG" || m.type === "MISC") (mentions[k] = newMention(m.a, m.b, "LOC", m.confidence, null)), (changed = true)
      continue
    }
    // "Gulf" + "of" + "Mexico": the place named right after "of" completes it.
    const q = mentions[k + 1]
    if (q === undefined || q.a !== of + 1 || q.from !== undefined || !(q.type === "GPE" || q.type === "LOC")) continue
    mentions.splice(k, 2, newMention(m.a, q.b, "LOC", Math.max(m.confidence, q.confidence), null))
    changed = true
  }
  return changed
}

const INDEX_WORDS = new Set(["Index", "Average", "INDEX", "AVERAGE"])
const INDEX_NUMBER = /^\d[\d,]*$/

/**
 * "Standard & Poor's 500 Index", "FTSE 100 Index": a market index the tagger cut at its number,
 * a name before it and "Index" after it, is one MISC name; "Index" with no name before the
 * number is no name at all. Returns whether mentions changed.
 */
const joinNumberedIndexes = (tokens: ReadonlyArray<Token>, mentions: SentenceMention[]): boolean => {
  let changed = false
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!
    if (m.b - m.a !== 1 || m.a < 2 || !INDEX_WORDS.has(tokens[m.a]!.text) || !INDEX_NUMBER.test(tokens[m.a - 1]!.text)) continue
    const p = k > 0 ? mentions[k - 1]! : undefined
    // The name may end before a possessive the index's name keeps ("Standard & Poor 's 500").
    const nameEnd = m.a - 1 > 0 && /^['’]s$/.test(tokens[m.a - 2]!.text) ? m.a - 2 : m.a - 1
    if (p !== undefined && p.b === nameEnd && p.type !== "PERSON") {
      mentions[k - 1] = newMention(p.a, m.b, "MISC", Math.max(p.confidence, m.confidence), null)
    }
    mentions.splice(k, 1)
    changed = true
  }
  return changed
}

/**
 * "the Finance Bill", "Bill 21": a law, not the first name Bill. The name before it, tagged as
 * its own mention ("Organised Crime and Police" ORG), takes it in as a MISC law; so do untagged
 * capitalized words before it. A bare "the Bill" is a common noun and no mention.
 */
const addLawBill = (
  tokens: ReadonlyArray<Token>,
  i: number,
  confidence: number,
  mentions: SentenceMention[],
  free: (k: number) => boolean,
  add: (m: SentenceMention) => void,
  owner: Int32Array
): void => {
  const span = lawBillSpan(tokens, i, free)
  const prev = mentions[mentions.length - 1]
  if (prev !== undefined && prev.b === i && prev.type !== "PERSON" && prev.country === null && prev.from === undefined) {
    const end = span === null ? i + 1 : span[1]
    for (let k = prev.b; k < end; k++) owner[k] = mentions.length - 1
    prev.b = end
    prev.type = "MISC"
    return
  }
  if (span !== null) add(newMention(span[0], span[1], "MISC", confidence, null))
}

/**
 * Names the tagger left out that the gazetteer is sure of: country names and nationalities
 * (longest first), world regions, and group adjectives standing alone ("Shiite militias").
 */
const addGazetteerMentions = (
  text: string,
  tokens: ReadonlyArray<Token>,
  gaz: Gazetteer,
  free: (i: number) => boolean,
  add: (m: SentenceMention) => void
): void => {
  for (let i = 0; i < tokens.length; i++) {
    // Cheapest tests first: this runs for every token of the corpus.
    const c = tokens[i]!.text.charCodeAt(0)
    if (!(c >= 65 && c <= 90) && !(c > 127 && /^\p{Lu}/u.test(tokens[i]!.text))) continue
    if (!free(i)) continue
    const longest = gaz.longestNameFrom(tokens[i]!.text)
    if (longest === 0) continue
    for (let len = Math.min(longest, MAX_PLACE_TOKENS, tokens.length - i); len >= 1; len--) {
      let clear = true
      for (let k = i + 1; k < i + len; k++) if (!free(k)) clear = false
      if (!clear) continue
      // A name cut out of a longer capitalized run ("New Mexico State") is not a country.
      if (len < MAX_PLACE_TOKENS && i + len < tokens.length && /^\p{Lu}/u.test(tokens[i + len]!.text) && free(i + len) && len > 1) continue
      const surface = lookupForm(spanText(text, tokens, i, i + len))
      const country = gaz.countryByName(surface)
      const demonym = country === undefined ? gaz.demonym(surface) : undefined
      let found: SentenceMention | null = null
      if (country !== undefined) found = newMention(i, i + len, "GPE", GAZETTEER_CONFIDENCE, country)
      else if (demonym !== undefined) found = newMention(i, i + len, "NORP", GAZETTEER_CONFIDENCE, demonym.country)
      else if (REGION_NAMES.has(surface)) found = newMention(i, i + len, "LOC", GAZETTEER_CONFIDENCE, null)
      else if (len === 1 && GROUP_NAMES.has(surface) && !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? "")) {
        found = newMention(i, i + 1, "NORP", GAZETTEER_CONFIDENCE, null)
      }
      if (found !== null) {
        add(found)
        i += len - 1
        break
      }
    }
  }
}

const JOINERS = new Set(["of", "the", "and", "for", "&", "de"])

/**
 * "Islamic State (ISIS)" tagged as a MISC "Islamic" and nothing else: a run of two or more
 * capitalized words right before a bracketed acronym that starts with the run's first letter is
 * one organization's name. Pieces found inside the run give way to it; people stop the run.
 */
const widenToBracketedAcronym = (tokens: ReadonlyArray<Token>, mentions: SentenceMention[], owner: Int32Array): void => {
  for (let i = 2; i + 2 < tokens.length; i++) {
    // A stock code's letters are no initials: it widens nothing ("Acme ACMEX.MX ( ACM.N )").
    if (tokens[i]!.text !== "(" || tokens[i + 2]!.text !== ")" || !ACRONYM.test(tokens[i + 1]!.text) || isTicker(tokens[i + 1]!.text)) continue
    let s = i
    let capitalized = 0
    while (s > 0) {
      const t = tokens[s - 1]!
      const k = owner[s - 1]!
      if (k !== -1 && (mentions[k]!.type === "PERSON" || (mentions[k]!.country !== null && mentions[k]!.b === i))) break
      if (/^\p{Lu}/u.test(t.text)) capitalized++
      else if (!(JOINERS.has(t.text) && s - 1 > 0 && /^\p{Lu}/u.test(tokens[s - 2]!.text))) break
      s--
    }
    // A sentence's capitalized first article is not part of the name.
    while (s < i && /^(?:the|a|an)$/i.test(tokens[s]!.text)) (s++, capitalized--)
    if (capitalized < 2 || tokens[s]!.text[0] !== tokens[i + 1]!.text[0]) continue
    if (owner[s] !== -1 && mentions[owner[s]!]!.a === s && mentions[owner[s]!]!.b === i) continue
    // Mentions cut by the run's edges stay; those inside it give way.
    if ((owner[s] !== -1 && mentions[owner[s]!]!.a < s) || (owner[i - 1] !== -1 && mentions[owner[i - 1]!]!.b > i)) continue
    let confidence = 0.5
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!
      if (m.a >= s && m.b <= i) {
        confidence = Math.max(confidence, m.confidence)
        mentions.splice(k, 1)
      }
    }
    mentions.push(newMention(s, i, "ORG", confidence, null))
    sortByStart(mentions)
    indexOwners(owner, mentions, tokens.length)
  }
}

/** "Popular Mobilization Units (PMU)": the bracketed acronym (or stock code) is the same entity, tagged or not. */
const linkBracketedAcronyms = (tokens: ReadonlyArray<Token>, mentions: SentenceMention[], owner: Int32Array): void => {
  // Mentions added here are read too: a company's second code follows its first ("Acme ACMEX.MX ( ACM.N )").
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!
    // "Name (ACR)", or a stock code straight after the name ("Kos Mills Inc. KOSM.O said"); a
    // company's possessive may come between ("Acme Corp's ( ACM.N ) offer").
    const end = m.b + 1 < tokens.length && (tokens[m.b]!.text === "'s" || tokens[m.b]!.text === "’s") && tokens[m.b + 1]!.text === "(" ? m.b + 1 : m.b
    const next = end < tokens.length ? tokens[end]!.text : ""
    // "Acme Corp <ACM>": angle brackets after a company's name hold its stock code.
    const angled = next === "<" && tokens[end + 2]?.text === ">" && ANGLED_CODE.test(tokens[end + 1]!.text)
    const at = (next === "(" && tokens[end + 2]?.text === ")") || angled ? end + 1 : end === m.b && next.length > 2 && next.indexOf(".") > 0 && isTicker(next) ? end : -1
    if (at === -1 || m.type === "NORP" || m.country !== null) continue
    const acronym = tokens[at]!.text
    // People have no acronyms ("( U.S. )" after a name says where someone is from), but a name
    // with a stock code and its exchange is a company, whatever the tagger said, bracketed or
    // not ("Ladbrokes ( LAD.L )", "Fannie Mae FNM.N", "Airbus EAD.PA").
    if (m.type === "PERSON" || m.type === "MISC") {
      if (!isTicker(acronym)) continue
      m.type = "ORG"
      m.title = null
    } else if ((m.type === "GPE" || m.type === "LOC" || m.type === "FAC") && isTicker(acronym)) {
      // A company named like a town ("Rio Tinto ( RIO.L )"); but "in Frankfurt ( AAPL.F )" is
      // where the shares trade, and the code is another company's.
      if (m.a > 0 && tokens[m.a - 1]!.text.toLowerCase() === "in") continue
      m.type = "ORG"
    }
    // Only letters that abbreviate the name ("PHILADELPHIA (CBS) —" names the source), or a stock code.
    if (!angled && !isTicker(acronym) && !(ACRONYM.test(acronym) && acronymFits(acronym, nameWords(tokens, m)))) continue
    const inside = owner[at]!
    if (inside === -1) {
      mentions.push(newMention(at, at + 1, m.type, m.confidence * ACRONYM_FACTOR, m.country, m))
      owner[at] = mentions.length - 1
    } else if (mentions[inside]!.a === at && mentions[inside]!.b === at + 1 && mentions[inside]!.country === null) {
      mentions[inside]!.sameAs = m
      mentions[inside]!.type = m.type
    }
  }
  sortByStart(mentions)
  indexOwners(owner, mentions, tokens.length)
}

/** The words of a mention, after the "the" written before it if any ("The Children's Fund (TCF)"). */
const nameWords = (tokens: ReadonlyArray<Token>, m: SentenceMention): string[] => {
  const words: string[] = []
  if (m.a > 0 && tokens[m.a - 1]!.text.toLowerCase() === "the") words.push("the")
  for (let i = m.a; i < m.b; i++) words.push(tokens[i]!.text)
  return words
}

/**
 * "X, also known as Y", "X (known as Y)", "X, or Y,": Y is another name of X. When the types
 * disagree, ORG wins over any other; otherwise the more confident mention's type.
 */
const linkAliases = (tokens: ReadonlyArray<Token>, mentions: SentenceMention[]): void => {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const x = mentions[k]!
    const y = mentions[k + 1]!
    if (y.a - x.b > 6 || y.a === x.b) continue
    let hasCue = false
    for (let i = x.b; i < y.a; i++) if (CUE_WORDS.has(tokens[i]!.text.toLowerCase())) hasCue = true
    if (!hasCue) continue
    const between: string[] = []
    for (let i = x.b; i < y.a; i++) {
      const w = tokens[i]!.text.toLowerCase()
      if (w !== "," && w !== "(" && w !== "the") between.push(w)
    }
    const cue = between.join(" ")
    if (!ALIAS_CUES.has(cue)) continue
    if (x.country !== null || y.country !== null || x.type === "NORP" || y.type === "NORP") continue
    // "or" joins alternatives as often as aliases: only with a comma or bracket around it.
    if (cue === "or" && !(tokens[x.b]?.text === "," || tokens[x.b]?.text === "(")) continue
    if (cue === "or" && x.type !== y.type) continue
    if (x.type !== y.type) {
      // An organization's other name often looks like a person's ("Hezbollah, also known as
      // the Party of God"); the reverse hardly happens, so ORG wins that disagreement.
      const winner = x.type === "ORG" || y.type === "ORG" ? "ORG" : x.confidence >= y.confidence ? x.type : y.type
      x.type = winner
      y.type = winner
    }
    y.sameAs = x
  }
}
