import type { Country, Gazetteer } from "./gazetteer/Gazetteer.js"
import { ORGANIZATION_HEADS } from "./lexicon.js"
import type { Token } from "./nerContract.js"
import type { SentenceMention } from "./recognizeSentence.js"
import { lookupForm, spanText } from "./typeSpan.js"
import { isInCapitals, lower } from "./tokenWords.js"

/** People named by where they live: "a Joliet man", "two Gary women", "a Queens teen". */
const RESIDENT_NOUNS = new Set([
  "man", "men", "woman", "women", "boy", "boys", "girl", "girls", "teen", "teens", "teenager",
  "teenagers", "resident", "residents", "native", "natives", "couple", "youth", "homeowner", "homeowners"
])

/** Words before "<place> man": an article, a number, an age ("a 39-year-old Reading woman"). */
const RESIDENT_DETERMINERS = new Set([
  "a", "an", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
  "many", "some", "another", "other", "local", "former", "young", "elderly"
])
const AGE_OR_NUMBER = /^(?:\d+|\d+-year-old|[a-z]+-year-old)$/


/** The force of a place, written after its name in lower case: "Frederick police", "Clearlake police". */
const FORCE_WORDS = new Set(["police", "deputies", "firefighters"])

/** Prepositions before a place's name: "of Tanner, W.Va.", "in Gardiner". */
const PLACE_PREPOSITIONS = new Set(["in", "of", "from", "near"])

/** Lower-case words that place a name on a map: "in east Austin", "north Houston", "suburban Lisle". */
const DIRECTION_WORDS = new Set([
  "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "downtown",
  "central", "suburban", "northern", "southern", "eastern", "western", "uptown", "midtown"
])

/** Capitalized first words naming a part of a town: "Uptown New Orleans", "East Austin", "Far South Side". */
const CITY_PART_WORDS = new Set(["uptown", "downtown", "midtown", "east", "west", "north", "south", "eastern", "western", "northern", "southern", "northeast", "northwest", "southeast", "southwest", "central", "greater", "old"])

/** A dash that follows a dateline's place: "AUSTIN —", "JOLIET –", "MOOSIC --". */
const DATELINE_DASH = /^(?:[-\u2013\u2014]|--)$/

/** US postal codes of the states (and D.C.), which follow a town: "Tanner, WV", "Greenville, SC". */
const STATE_CODES = new Set(
  "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split(" ")
)

/**
 * Whether the words after a name are a state (or a country) written after a town: ", Ohio",
 * ", Va.", ", WV". `mentionAfter` is the mention starting right after the comma, if any.
 */
const stateAfterComma = (tokens: ReadonlyArray<Token>, b: number, mentionAfter: SentenceMention | undefined, text: string, gaz: Gazetteer): boolean => {
  if (b + 1 >= tokens.length || tokens[b]!.text !== ",") return false
  const next = tokens[b + 1]!
  // "Ohio's governor": a possessive is a sentence about the state, not an address.
  if (b + 2 < tokens.length && /^['’]s$/.test(tokens[b + 2]!.text)) return false
  if (STATE_CODES.has(next.text)) return true
  if (mentionAfter === undefined || mentionAfter.a !== b + 1 || mentionAfter.type !== "GPE") return false
  // A state or province ("Ohio", "Va."), or a country: a city after a comma ("Bank, Detroit") says where an office is.
  return mentionAfter.country !== null || gaz.namesRegion(lookupForm(spanText(text, tokens, mentionAfter.a, mentionAfter.b)))
}

/**
 * Town names the tagger typed as organizations, people or products, read as places where the
 * sentence or the gazetteer says so (GPE): a known city's name typed ORG or MISC without the
 * tagger's confidence ("Clearlake police", "in Milan"); and any name, PERSON included, that
 * names where people live ("a Gary woman", "a Joliet man"), a police force in lower case
 * ("Frederick police"), or stands before a state ("PARMA, Ohio", "of Tanner, WV"; a person's
 * name only after "of", "in", "from" or at a dateline). Changes `mentions` in place.
 */
export const retypePlacesByContext = (text: string, tokens: ReadonlyArray<Token>, mentions: SentenceMention[], gaz: Gazetteer): void => {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!
    if ((m.type !== "ORG" && m.type !== "PERSON" && m.type !== "MISC") || m.country !== null || m.from !== undefined || m.sameAs !== null) continue
    if (m.b - m.a > 4) continue
    // In-bounds reads only: a read past either end of the array deoptimizes the whole function.
    const previous = m.a > 0 ? tokens[m.a - 1] : undefined
    const next = m.b < tokens.length ? tokens[m.b] : undefined
    const before = lower(previous)
    const after = lower(next)
    const nextText = next?.text
    const nextIsLower = nextText !== undefined && /^\p{Ll}/u.test(nextText)
    // Cheap tests first: most mentions meet none of the contexts below, and then the text and the
    // gazetteer are not consulted at all.
    const mayBePlace =
      (nextIsLower && (RESIDENT_NOUNS.has(after) || FORCE_WORDS.has(after))) ||
      nextText === "," || before === "in" || before === "," ||
      DIRECTION_WORDS.has(previous?.text ?? "") ||
      (m.a === 0 && (nextText === "(" || DATELINE_DASH.test(nextText ?? ""))) ||
      (m.type !== "PERSON" && m.b - m.a >= 2 && CITY_PART_WORDS.has(lower(tokens[m.a])))
    if (!mayBePlace) continue
    const surface = lookupForm(spanText(text, tokens, m.a, m.b))
    const city = gaz.placeToLocate(surface)
    let place = false
    if (nextIsLower && RESIDENT_NOUNS.has(after) && (m.a === 0 || RESIDENT_DETERMINERS.has(before) || AGE_OR_NUMBER.test(before)) && (m.type !== "MISC" || city !== undefined)) place = true
    // "U.N. police", "Serb police": an acronym or a people's name is no town, unless the gazetteer knows it.
    else if (nextIsLower && FORCE_WORDS.has(after) && (city !== undefined || (m.type === "ORG" && surface !== surface.toUpperCase()))) place = true
    // "Michigan National Bank, Ohio" is the bank's: a name ending as an organization's is none.
    else if (!ORGANIZATION_HEADS.has(lower(tokens[m.b - 1])) && stateAfterComma(tokens, m.b, k + 1 < mentions.length ? mentions[k + 1] : undefined, text, gaz) && (m.type !== "PERSON" || m.a === 0 || PLACE_PREPOSITIONS.has(before) || city !== undefined)) place = true
    // "Ethan Hale, 18, of Davis, was held": a known town typed PERSON after a preposition and
    // before a comma ("the unlikely source of Campbell." is the player).
    else if (m.type === "PERSON" && m.b - m.a === 1 && PLACE_PREPOSITIONS.has(before) && nextText === "," && city !== undefined) place = true
    // "in east Austin", "north Houston": a direction in lower case before a name puts it on a map.
    // ("the eastern Zairean border town": an adjective, MISC, is a place only when the gazetteer knows it.)
    else if (DIRECTION_WORDS.has(previous?.text ?? "") && (m.type === "ORG" || city !== undefined)) place = true
    // "AUSTIN (KXAN) --", "JOLIET –": a sentence's first name in capitals before a station's name or a dash, when the gazetteer knows it.
    else if (m.a === 0 && (nextText === "(" || DATELINE_DASH.test(nextText ?? "")) && isInCapitals(surface) && city !== undefined) place = true
    // "IN SKOWHEGAN, Monday at 11:27 a.m.": a police log's town; "in Parma", a town the gazetteer knows.
    else if (before === "in" && m.type !== "PERSON" && (city !== undefined || (isInCapitals(surface) && nextText === ","))) place = true
    // "Uptown New Orleans", "Eastern New Orleans": a part of a town the gazetteer knows.
    else if (m.type !== "PERSON" && m.b - m.a >= 2 && CITY_PART_WORDS.has(lower(tokens[m.a])) && gaz.placeToLocate(lookupForm(spanText(text, tokens, m.a + 1, m.b)))?.isRegion === false) place = true
    // "Greenville, SC": the state's postal code after a town.
    // (Not "S Perugini, CA del Fava" in a team sheet: the name before the comma must be a place.)
    else if (m.b - m.a === 1 && before === "," && STATE_CODES.has(surface) && k > 0 && mentions[k - 1]!.b === m.a - 1 && mentions[k - 1]!.type === "GPE") place = true
    if (place) {
      m.placeByContext = m.type
      m.type = "GPE"
    }
  }
}

/**
 * A name the document shows to be a town in one sentence ("Clearlake police") is that town in its
 * other mentions the tagger was unsure of ("Clearlake man faces charges", typed ORG): they are
 * retyped GPE too. Changes the mentions in place.
 */
export const spreadPlacesInDocument = (text: string, sentences: ReadonlyArray<{ readonly tokens: ReadonlyArray<Token>; readonly mentions: ReadonlyArray<SentenceMention> }>): void => {
  let places: Set<string> | null = null
  for (const s of sentences) for (const m of s.mentions) if (m.placeByContext !== undefined) (places ??= new Set()).add(spanText(text, s.tokens, m.a, m.b).toLowerCase())
  if (places === null) return
  // A surname of a person the document names in full is that person, whatever one sentence
  // suggested ("a pass from Murphy" beside "Geordan Murphy"): those mentions go back to PERSON.
  const surnames = new Set<string>()
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.type === "PERSON" && m.b - m.a >= 2) surnames.add(s.tokens[m.b - 1]!.text.toLowerCase())
    }
  }
  for (const s of sentences) {
    for (const m of s.mentions as SentenceMention[]) {
      if (m.placeByContext !== "PERSON" || m.b - m.a !== 1) continue
      const word = s.tokens[m.a]!.text.toLowerCase()
      if (!surnames.has(word)) continue
      m.type = "PERSON"
      m.placeByContext = undefined
      places.delete(word)
    }
  }
  for (const s of sentences) {
    for (const m of s.mentions as SentenceMention[]) {
      if ((m.type !== "ORG" && m.type !== "PERSON" && m.type !== "MISC") || m.country !== null || m.from !== undefined || m.confidence >= SURE_CONFIDENCE) continue
      if (places.has(spanText(text, s.tokens, m.a, m.b).toLowerCase())) m.type = "GPE"
    }
  }
}

/** Tagger confidence from which a mention keeps its type against the document's other evidence (linkDocument's too). */
const SURE_CONFIDENCE = 0.8

const PLACE_OR_GROUP: ReadonlySet<string> = new Set(["GPE", "NORP", "MISC"])

/** A demonym's ending: "Korean" is said of what "Korea" names. */
const DEMONYM_ENDING = /(?<=[a-z])n$/

/**
 * "Korea" or "Korean" in a document that names South Korea (and not North Korea) means South
 * Korea: a word that ends the names of several countries names the one of them the document
 * names in full, when it names exactly one. The mentions get that country, in place.
 */
export const resolveSharedCountryNames = (
  sentences: ReadonlyArray<{ readonly tokens: ReadonlyArray<Token>; readonly mentions: ReadonlyArray<SentenceMention> }>,
  gaz: Gazetteer
): void => {
  let named: Set<string> | null = null
  let unresolved = false
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.country !== null) (named ??= new Set()).add(m.country.code)
      else if (PLACE_OR_GROUP.has(m.type) && m.b - m.a === 1 && m.from === undefined) unresolved = true
    }
  }
  if (named === null || !unresolved) return
  for (const s of sentences) {
    for (const m of s.mentions as SentenceMention[]) {
      if (m.country !== null || !PLACE_OR_GROUP.has(m.type) || m.b - m.a !== 1 || m.from !== undefined) continue
      const word = s.tokens[m.a]!.text
      let candidates = m.type === "MISC" ? [] : gaz.countriesEndingWith(word)
      // "Korean": the tagger's MISC or NORP, said of what "Korea" names.
      const demonym = candidates.length === 0 && m.type !== "GPE" && DEMONYM_ENDING.test(word)
      if (demonym) candidates = gaz.countriesEndingWith(word.slice(0, -1))
      if (candidates.length < 2) continue
      let only: Country | null = null
      let several = false
      for (const c of candidates) if (named.has(c.code)) (only === null ? (only = c) : (several = true))
      if (only === null || several) continue
      m.country = only
      if (demonym) m.type = "NORP"
    }
  }
}
