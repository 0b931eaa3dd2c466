import type { City, Gazetteer } from "./gazetteer/Gazetteer.js"

/** Where a document's place is, when the text says it is not the place its name means alone. */
export interface PlaceChoice {
  /** ISO 3166-1 alpha-3. */
  readonly countryCode: string
  /** A US state's postal code, or null. */
  readonly usState: string | null
  /** The chosen town's coordinates; null when the text names a town the gazetteer does not list ("X, N.J."). */
  readonly lat: number | null
  readonly lon: number | null
}

/** One GPE entity of a document, as the chooser reads it. */
export interface PlaceGroup {
  /** Every surface form of the group's mentions. */
  readonly forms: ReadonlyArray<string>
  /** UTF-16 start and end offsets of each mention in the text, to read what is around it ("ATHENS, Ga."). */
  readonly starts: ReadonlyArray<number>
  readonly ends: ReadonlyArray<number>
  /** Set for a country's entity (and the nationalities pointing at it). */
  readonly countryCode: string | null
}

/** What a qualifier after a comma says: a country, and a US state when it is one. */
interface Qualifier {
  readonly countryCode: string
  readonly usState: string | null
  /** Whether it is a US state, which may place a town the gazetteer does not list ("Red Bank, N.J."). */
  readonly placesUnlisted: boolean
}

/** The text after a mention up to the next delimiter: the qualifier's words ("Ga.", "Idaho", "New South Wales"). */
const AFTER_COMMA = /^\s*,\s+([^,;:()\n\r—–]+)/
/** A word that may follow a qualifier's words: none, or a lower-case word that is no "and"/"or" (a list). */
const QUALIFIER_END = /^(?:$|[-–—]|(?!(?:and|or|&)\b)\p{Ll})/u

/** At most this many words read after the comma ("District of Columbia"). */
const MAX_QUALIFIER_WORDS = 3
/** Places of another country than the one a name means alone need this many of the document's entities in that country. */
const MIN_COUNTRY_EVIDENCE = 2
/**
 * ... and at least this share of the people of the name's own place: a town of 20,000 does not
 * take "Oxford" or "Venice" from their countries in a story that happens to be about America.
 */
const MIN_PEOPLE_SHARE = 0.4
const MIN_PEOPLE_BESIDE_REGION = 50_000

/**
 * Which of the places sharing a name each of a document's GPE entities is, when the text says it
 * is not the one the name means alone (null: that one, or the name is unknown):
 * 1. a US state, a country or a region after a comma ("ATHENS, Ga.", "MOSCOW, Idaho", "London,
 *    Ontario"): that state's or country's place of the name, else, for a US state, the state
 *    alone ("Middletown, N.J.": the United States, without coordinates);
 * 2. otherwise the document's other places: when none of its entities is in the country the name
 *    means alone and at least two mentions are of another country that has a place of the name, that
 *    country being the one most of the document's mentions are of, and that place has at least
 *    40% of the people of the name's own ("Worcester" beside "England" and "London" is the English city, not Worcester, Mass.), that
 *    place; and a US state the document names picks its own town of a US name ("Springfield"
 *    beside "Illinois").
 * Decision: a country the name's own place is in, named once anywhere in the document, keeps
 * that place ("Birmingham" in a story about a British bank that also names the US).
 */
export const choosePlaces = (text: string, groups: ReadonlyArray<PlaceGroup>, gaz: Gazetteer): Array<PlaceChoice | null> => {
  const candidates = groups.map((g) => (g.countryCode !== null ? NONE : candidatesOf(g, gaz)))
  const choices: Array<PlaceChoice | null> = groups.map(() => null)
  // Evidence: each mention counts for its country (and a US state for its state). Mentions, not
  // entities: a story naming India seven times and Hollywood and Los Angeles once each is Indian.
  const countries = new Map<string, number>()
  const states = new Set<string>()
  const note = (country: string | null, state: string | null, mentions: number): void => {
    if (country !== null) countries.set(country, (countries.get(country) ?? 0) + mentions)
    if (state !== null) states.add(state)
  }
  const settled = new Array<boolean>(groups.length).fill(false)
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!
    if (g.countryCode !== null) {
      note(g.countryCode, null, g.ends.length)
      settled[k] = true
      continue
    }
    const list = candidates[k]!
    const q = qualifierOf(text, g.ends, gaz)
    if (list.length === 0) {
      // A town the gazetteer does not list, placed by its state ("Red Bank, N.J."); not a name
      // in a list ("Deacon Blue, Idlewild, Texas, Mogwai": bands).
      if (q !== null && q.placesUnlisted && !g.starts.some((start) => inList(text, start))) {
        choices[k] = { countryCode: q.countryCode, usState: q.usState, lat: null, lon: null }
        note(q.countryCode, q.usState, g.ends.length)
      }
      continue
    }
    if (q !== null) {
      choices[k] = placeIn(list, q)
      const chosen = choices[k] ?? list[0]!
      note(chosen.countryCode, chosen.usState, g.ends.length)
      settled[k] = true
    } else if (list.every((c) => c.countryCode === list[0]!.countryCode)) {
      // One country whatever the place: evidence, with its state when the name means a state.
      note(list[0]!.countryCode, list[0]!.isRegion ? list[0]!.usState : null, g.ends.length)
      settled[k] = list.length === 1
    }
  }
  for (let k = 0; k < groups.length; k++) {
    if (settled[k] === true || candidates[k]!.length < 2) continue
    choices[k] = placeByDocument(candidates[k]!, countries, states)
  }
  return choices
}

const NONE: ReadonlyArray<City> = []

/** Whether the name starting at `start` follows a comma, as in a list of names. */
const inList = (text: string, start: number): boolean => /,\s*$/.test(text.slice(Math.max(0, start - 3), start))

/** The candidates of the group's first form the gazetteer knows. */
const candidatesOf = (g: PlaceGroup, gaz: Gazetteer): ReadonlyArray<City> => {
  for (const form of g.forms) {
    const list = gaz.placeCandidates(form)
    if (list.length > 0) return list
  }
  return NONE
}

/** The first qualifier after one of the group's mentions ("ATHENS, Ga." → USA, GA). */
const qualifierOf = (text: string, ends: ReadonlyArray<number>, gaz: Gazetteer): Qualifier | null => {
  for (const end of ends) {
    const m = AFTER_COMMA.exec(text.slice(end, end + 60))
    if (m === null) continue
    // As written, then with a hyphenated word's first part alone ("Dublin, Ohio-based company").
    const phrase = m[1]!.trim()
    for (const words of [phrase.split(/\s+/), phrase.split(/\s+|(?=-\p{L})/u)]) {
      for (let n = Math.min(MAX_QUALIFIER_WORDS, words.length); n >= 1; n--) {
        const form = words.slice(0, n).join(" ")
        // A qualifier ends its sentence ("in Birmingham, Alabama. The index…"), or is followed by
        // nothing, a dash or a lower-case word.
        const endsSentence = form.endsWith(".")
        if (!endsSentence && !QUALIFIER_END.test(words.slice(n).join(" "))) continue
        const q = qualifierNamed(form, gaz) ?? (endsSentence && !/\.\S/.test(form) ? qualifierNamed(form.slice(0, -1), gaz) : null)
        if (q !== null) return q
      }
    }
  }
  return null
}

const qualifierNamed = (form: string, gaz: Gazetteer): Qualifier | null => {
  const state = gaz.usState(form)
  if (state !== undefined) return { countryCode: "USA", usState: state, placesUnlisted: true }
  const country = gaz.countryByName(form)
  if (country !== undefined) return { countryCode: country.code, usState: null, placesUnlisted: false }
  const region = gaz.cityByName(form)
  if (region !== undefined && region.isRegion && region.countryCode !== null) return { countryCode: region.countryCode, usState: region.usState, placesUnlisted: false }
  return null
}

/** The qualifier's place of the name: null when that is the name's own place. */
const placeIn = (list: ReadonlyArray<City>, q: Qualifier): PlaceChoice | null => {
  const fits = (c: City) => c.countryCode === q.countryCode && (q.usState === null || c.usState === q.usState)
  // A town before its region, not the region itself.
  const index = list.findIndex((c) => fits(c) && !c.isRegion)
  const chosen = index >= 0 ? index : list.findIndex(fits)
  if (chosen === 0) return null
  if (chosen > 0) return asChoice(list[chosen]!)
  // "in Paris, Ireland face…": a country after a comma may begin the next clause; only a US
  // state, as datelines write it, places a town the gazetteer does not list.
  return q.placesUnlisted && (list[0]!.countryCode !== q.countryCode || list[0]!.usState !== q.usState) ? { countryCode: q.countryCode, usState: q.usState, lat: null, lon: null } : null
}

const asChoice = (c: City): PlaceChoice => ({ countryCode: c.countryCode!, usState: c.usState, lat: c.lat, lon: c.lon })

/** See choosePlaces, 2. */
const placeByDocument = (list: ReadonlyArray<City>, countries: ReadonlyMap<string, number>, states: ReadonlySet<string>): PlaceChoice | null => {
  const own = list[0]!
  if (own.countryCode === null) return null
  if ((countries.get(own.countryCode) ?? 0) === 0) {
    // Only the document's main country: a film review naming India five times and Hollywood
    // twice does not move "Venice" to California.
    let most = 0
    for (const n of countries.values()) most = Math.max(most, n)
    let best = -1
    let bestCount = Math.max(MIN_COUNTRY_EVIDENCE, most) - 1
    for (let i = 1; i < list.length; i++) {
      const c = list[i]!
      if (own.population !== null && c.population !== null && c.population < MIN_PEOPLE_SHARE * own.population) continue
      // A region's name ("Geneva" the canton) goes only to a city of 50,000, not to Geneva, Ill.
      if (own.population === null && (c.population ?? 0) < MIN_PEOPLE_BESIDE_REGION) continue
      const count = c.countryCode === null ? 0 : (countries.get(c.countryCode) ?? 0)
      if (count > bestCount) {
        best = i
        bestCount = count
      }
    }
    if (best > 0) return asChoice(stateTown(list, list[best]!, states))
  }
  // A state the document names picks its town of a US name, unless the name's own town is in one too.
  if (own.usState !== null && !states.has(own.usState)) {
    const inState = list.findIndex(
      (c, i) =>
        i > 0 &&
        !c.isRegion &&
        c.countryCode === own.countryCode &&
        c.usState !== null &&
        states.has(c.usState) &&
        // "Washington" stays the capital in a story that also names Utah.
        (own.population === null || (c.population ?? 0) >= MIN_PEOPLE_SHARE * own.population)
    )
    if (inState > 0) return asChoice(list[inState]!)
  }
  return null
}

/** Among a country's places of the name, the one in a state the document names, else the given one. */
const stateTown = (list: ReadonlyArray<City>, chosen: City, states: ReadonlySet<string>): City =>
  list.find((c) => c.countryCode === chosen.countryCode && !c.isRegion && c.usState !== null && states.has(c.usState)) ?? chosen
