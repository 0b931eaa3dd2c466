import { isTicker } from "./acronymFits.js"
import type { EntityType } from "./entityTypes.js"
import type { Country, Gazetteer } from "./gazetteer/Gazetteer.js"
import {
  BODY_HEADS, BUILDING_HEADS, EVENT_HEADS, FUNCTION_WORDS, FACILITY_HEADS, FACILITY_TRAILERS, GROUP_NAMES, HOLIDAY_NAMES, HONORIFICS, NEVER_LAST_WORDS, ORGANIZATION_HEADS,
  PLACE_UNIT_HEADS, RANK_ABBREVIATIONS, RANK_WORDS, REGION_HEADS, REGION_NAMES, STREET_HEADS, STREET_HEADS_NOT_AFTER_PERSON,
  ADDRESS_ONLY_STREET_HEADS, NUMBERED_ROAD_WORDS, STREET_DIRECTIONS, VEHICLE_COMPANY_WORDS, VEHICLE_MAKES
} from "./lexicon.js"
import type { ConllType, Token } from "./nerContract.js"
import { isCapitalized, isInCapitals, lower } from "./tokenWords.js"

/** A span typed in sitrep's terms; tokens [a, b) of one sentence. */
export interface TypedSpan {
  readonly a: number
  readonly b: number
  readonly type: EntityType
  /** The country a country name or nationality denotes; null otherwise. */
  readonly country: Country | null
}

/** Surface text of tokens [a, b) as written in `text`. */
export const spanText = (text: string, tokens: ReadonlyArray<Token>, a: number, b: number): string =>
  text.slice(tokens[a]!.start, tokens[b - 1]!.end)

/** Lookup form: typographic apostrophes straightened, a leading "the" dropped. */
export const lookupForm = (s: string): string => {
  // Most spans have neither a typographic apostrophe nor a leading "the": return them as they are.
  const c = s.charCodeAt(0)
  if ((c !== 116 && c !== 84) && s.indexOf("’") < 0 && s.indexOf("‘") < 0) return s
  return s.replace(/[’‘]/g, "'").replace(/^the\s+/i, "")
}

/** Quotes and dashes: never the first or last token of a name (brackets may be: "Buducnost ( V )"). */
const QUOTE_OR_DASH = /^["'“”‘’«»„`\u2013\u2014-]+$/u

/**
 * How far a span extends to take in a facility word that follows its name: lower-case
 * "air base", "airport", "embassy" ("Al Asad air base"), or capitalized words ending in a
 * facility head ("Baghdad" + "International Airport"). Returns the new end, or `b`.
 */
export const facilityEnd = (tokens: ReadonlyArray<Token>, b: number, covered: (i: number) => boolean, knownPlace: boolean): number => {
  const t0 = lower(tokens[b])
  // "the U.S. embassy", "Baghdad airport": a known country or city keeps its own mention.
  if (knownPlace) return capitalizedFacilityEnd(tokens, b, covered)
  if (FACILITY_TRAILERS.has(t0) && !covered(b) && !isCapitalized(tokens[b])) return b + 1
  if ((t0 === "air" || t0 === "military" || t0 === "naval" || t0 === "army") && FACILITY_TRAILERS.has(lower(tokens[b + 1])) && !covered(b) && !covered(b + 1)) return b + 2
  return capitalizedFacilityEnd(tokens, b, covered)
}

const capitalizedFacilityEnd = (tokens: ReadonlyArray<Token>, b: number, covered: (i: number) => boolean): number => {
  for (let e = b; e < Math.min(tokens.length, b + 3); e++) {
    if (covered(e) || !isCapitalized(tokens[e])) break
    if (FACILITY_HEADS.has(lower(tokens[e]))) return e + 1
  }
  return b
}

/**
 * "Iranian-backed", "Iran-led", "Shiite-dominated": a nationality, country or group joined to a
 * lower-case participle is that group used as an adjective (NORP). Returns its country (null for
 * a group), or undefined when the word is not such a compound ("US-Iraq", "anti-war").
 */
const hyphenatedNationality = (word: string, gaz: Gazetteer): Country | null | undefined => {
  const dash = word.indexOf("-")
  if (dash <= 0 || !/^[a-z]+(?:-[a-z]+)*$/.test(word.slice(dash + 1))) return undefined
  const head = word.slice(0, dash)
  const country = gaz.countryByName(head)
  if (country !== undefined) return country
  const demonym = gaz.demonym(head)
  if (demonym !== undefined) return demonym.country
  return GROUP_NAMES.has(head) ? null : undefined
}

/** Last words of newspapers' names: "… Times", "… Herald", "… Picayune". */
const NEWSPAPER_WORDS = new Set(["times", "post", "herald", "tribune", "journal", "gazette", "picayune", "ledger", "courier", "sentinel", "telegraph", "chronicle", "inquirer", "examiner"])
/** More that end a newspaper's name only after a hyphen ("News-Star", "Tribune-Review"), being common alone. */
const HYPHENATED_NEWSPAPER_WORDS = new Set(["star", "review", "news", "post", "times", "ledger", "courier", "herald", "tribune", "picayune"])

/** Whether tokens [a, b) name a newspaper: several words ending in a newspaper word, or one hyphenated word of two newspaper words. */
const isNewspaperName = (tokens: ReadonlyArray<Token>, a: number, b: number): boolean => {
  if (b - a > 1) return NEWSPAPER_WORDS.has(lower(tokens[b - 1]))
  const parts = lower(tokens[a]).split("-")
  return parts.length === 2 && HYPHENATED_NEWSPAPER_WORDS.has(parts[1]!) && (NEWSPAPER_WORDS.has(parts[0]!) || HYPHENATED_NEWSPAPER_WORDS.has(parts[0]!))
}

/** First words that make a name an organization's: "Banque Indosuez", "Radio Pakistan", "Bankhaus Centrale". */
const ORGANIZATION_FIRST_WORDS = new Set(["bank", "banque", "banca", "banco", "bankhaus", "radio"])

/** A company's trade as its last word ("Douglas Aircraft", "Thomas H. Lee Partners"): no person's name ends so. */
const TRADE_LAST_WORDS = new Set([
  "airlines", "airways", "aircraft", "aerospace", "motors", "pharmaceuticals", "industries", "technologies", "networks",
  "communications", "electronics", "petroleum", "holdings", "partners", "securities", "laboratories", "entertainment"
])

/** Whether tokens [a, b) are capitalized name words, none an institution's ("Hospital of Cook County", "… Association in Montgomery County"). */
const onlyPlaceWords = (tokens: ReadonlyArray<Token>, a: number, b: number): boolean => {
  for (let i = a; i < b; i++) if (!isCapitalized(tokens[i]) || ORGANIZATION_HEADS.has(lower(tokens[i])) || FACILITY_HEADS.has(lower(tokens[i]))) return false
  return true
}

/** Car makes that are also given names: before a PER-tagged name they start a person's ("Lincoln Chafee"). */
const MAKES_THAT_ARE_GIVEN_NAMES = new Set(["mercedes", "ford", "tesla", "jaguar", "dodge"])

/** Whether tokens [a, b) after a car make name a model: capitalized or a number, none a company's word ("Motor", "Corp"). */
const isVehicleModel = (tokens: ReadonlyArray<Token>, a: number, b: number, gaz: Gazetteer): boolean => {
  for (let i = a; i < b; i++) {
    const word = tokens[i]!.text
    if (VEHICLE_COMPANY_WORDS.has(lower(tokens[i])) || !/^[\p{Lu}\d]/u.test(word)) return false
    // "Honda Australia": the make's company in a country.
    if (gaz.countryByName(word) !== undefined) return false
  }
  return true
}

/** An interstate highway's code as one token: "I-95", "I-10". */
const INTERSTATE_CODE = /^I-\d{1,3}$/
/** A rank's abbreviation as written before a name: "Gen", "Lt." ("CPL World Tour" is no rank). */
const TITLE_CASE = /^\p{Lu}\p{Ll}+\.?$/u
/** A street address's house number: "1551", "10A". */
const HOUSE_NUMBER = /^\d{1,6}[A-Z]?$/

/** Whether a name at `a` is a street of an address: after a house number, or "block of". */
export const inAddress = (tokens: ReadonlyArray<Token>, a: number): boolean =>
  (a > 0 && HOUSE_NUMBER.test(tokens[a - 1]!.text)) || (a > 1 && lower(tokens[a - 1]) === "of" && lower(tokens[a - 2]) === "block")

const isRank = (t: Token | undefined): boolean => RANK_ABBREVIATIONS.has(lower(t)) || RANK_WORDS.has(lower(t))

/**
 * "Lt. Kip Hart", "Sheriff Joe Smith", "Lt. Col. Ann Lee": the ranks and offices a person's span
 * starts with are the title (findTitle reads them back), not the name. Returns the name's first
 * token; `a` itself when the span is all ranks, or when what is left is one rank word ("Chief
 * Justice": an office, not a person called Justice).
 */
const afterRanks = (tokens: ReadonlyArray<Token>, a: number, b: number): number => {
  let s = a
  while (b - s > 1 && isRank(tokens[s]) && isCapitalized(tokens[s + 1])) s++
  return s === a || (b - s === 1 && isRank(tokens[s])) ? a : s
}

/** Words before "House" that make it a legislature's chamber, and before "Church" a denomination. */
const CHAMBER_WORDS = new Set(["upper", "lower", "republican", "democratic", "state"])
const DENOMINATIONS = new Set(["catholic", "orthodox", "episcopal", "anglican", "methodist", "presbyterian", "lutheran", "baptist", "evangelical", "protestant"])

/** Whether "<word> House" is a chamber ("U.S. House", "Upper House", "Republican-controlled House") or "<word> Church" a denomination. */
const isBodyBeforeHead = (word: string, head: string, gaz: Gazetteer): boolean => {
  const w = word.toLowerCase()
  if (head === "church") return DENOMINATIONS.has(w)
  if (head !== "house") return false
  return CHAMBER_WORDS.has(w) || w.endsWith("-controlled") || w.endsWith("-led") || gaz.countryByName(word) !== undefined
}

/**
 * Whether a country's name in capitals at [a, b) spells an acronym: a lower-case word follows it
 * straight away, as a sentence uses a party's or group's initials ("the LAOS party", "LAOS
 * leader"), and no word in capitals stands before it (a headline). Datelines, factbox headings
 * and tables put punctuation, a number or a capitalized word after a country ("SINGAPORE (Wire) -",
 * "ITALY: --", "JAPAN Total").
 */
const spellsAcronym = (tokens: ReadonlyArray<Token>, a: number, b: number): boolean => {
  if (b >= tokens.length || !/^\p{Ll}/u.test(tokens[b]!.text)) return false
  return a === 0 || !isInCapitals(tokens[a - 1]!.text) || tokens[a - 1]!.text.length < 2
}

/**
 * Maps a tagger span to sitrep's types (see README, "Entities"):
 * PER → PERSON (leading honorifics dropped); ORG → ORG, or GPE when it is a country's name;
 * LOC → GPE for countries and anything not recognisably a region, LOC for regions (continents,
 * "Middle East", names ending River/Sea/Gulf…), NORP for a nationality; a LOC or ORG name
 * ending in a facility word → FAC; MISC → NORP for nationalities and groups, otherwise MISC
 * (events, products, laws). Any span that is exactly a nationality or group word is NORP.
 * Returns null when nothing of the span is left (only quotes) or it holds only pronouns and
 * function words ("I'm").
 */
export const typeSpan = (
  text: string,
  tokens: ReadonlyArray<Token>,
  a: number,
  b: number,
  conll: ConllType,
  gaz: Gazetteer
): TypedSpan | null => {
  // Quotes and dashes the tagger took in at either edge are not part of the name.
  while (a < b && QUOTE_OR_DASH.test(tokens[a]!.text)) a++
  while (b > a && QUOTE_OR_DASH.test(tokens[b - 1]!.text)) b--
  if (a === b) return null
  // "… Boulevard The", "Kossuth Street He": a line break read as no sentence end glued the next word on.
  while (b - a > 1 && NEVER_LAST_WORDS.has(lower(tokens[b - 1])) && isCapitalized(tokens[b - 1])) b--
  let functionWords = 0
  for (let i = a; i < b; i++) {
    const word = tokens[i]!.text.toLowerCase()
    if (FUNCTION_WORDS.has(word.indexOf("’") < 0 ? word : word.replace(/’/g, "'"))) functionWords++
  }
  if (functionWords === b - a) return null
  const surface = lookupForm(spanText(text, tokens, a, b))
  // A nationality or group word is NORP whatever type the tagger gave it ("Shiite" as PER).
  const demonym = gaz.demonym(surface)
  if (demonym !== undefined) return { a, b, type: "NORP", country: demonym.country }
  if (GROUP_NAMES.has(surface)) return { a, b, type: "NORP", country: null }
  if (HOLIDAY_NAMES.has(surface)) return { a, b, type: "MISC", country: null }
  // A stock code ("BAC.N", "LAD.L") is a company's, never a place (but "U.S", "U.S." without its last dot, is the country).
  if (b - a === 1 && conll === "LOC" && isTicker(surface) && gaz.countryByName(surface + ".") === undefined) return { a, b, type: "ORG", country: null }
  const compound = b - a === 1 ? hyphenatedNationality(surface, gaz) : undefined
  if (compound !== undefined) return { a, b, type: "NORP", country: compound }
  const last = lower(tokens[b - 1])
  // "Main Street", "Kelsey Drive" (even tagged PER), "Drury Lane" (unless tagged PER), "I-95": roads are facilities.
  if (b - a > 1 && (STREET_HEADS.has(last) || (conll !== "PER" && STREET_HEADS_NOT_AFTER_PERSON.has(last)))) {
    return { a, b, type: "FAC", country: null }
  }
  // "Maybelle Street NE", "Lane Avenue South": a direction after the street word is part of the street.
  if (b - a > 1 && STREET_DIRECTIONS.has(last) && (STREET_HEADS.has(lower(tokens[b - 2])) || (b - a > 2 && ADDRESS_ONLY_STREET_HEADS.has(lower(tokens[b - 2]))))) {
    return { a, b, type: "FAC", country: null }
  }
  // "the 500 block of Plume Court", "at 516 Springhill Plaza Court": in an address, any street word.
  if (b - a > 1 && ADDRESS_ONLY_STREET_HEADS.has(last) && inAddress(tokens, a)) return { a, b, type: "FAC", country: null }
  // "1551 Monument Boulevard Police arrived": an address ends at its street word, whatever was glued on.
  if (b - a > 2 && HOUSE_NUMBER.test(tokens[a]!.text)) {
    for (let k = a + 1; k < b - 1; k++) if (STREET_HEADS.has(lower(tokens[k]))) return { a, b: k + 1, type: "FAC", country: null }
  }
  if (b - a === 1 && INTERSTATE_CODE.test(tokens[a]!.text)) return { a, b, type: "FAC", country: null }
  // "Interstate 5", "Route 66" tagged whole: a numbered road.
  if (b - a === 2 && NUMBERED_ROAD_WORDS.has(lower(tokens[a])) && /^\d{1,4}[A-Z]?$/.test(tokens[a + 1]!.text)) return { a, b, type: "FAC", country: null }
  // "Lord Goldsmith", "Sir Alex", "Gen Musharraf" tagged ORG or LOC: an honorific or a rank's
  // abbreviation (in title case, not in a MISC name) then a name or two is a person.
  const first = lower(tokens[a])
  const rank = conll !== "MISC" && RANK_ABBREVIATIONS.has(first) && TITLE_CASE.test(tokens[a]!.text)
  if (conll !== "PER" && b - a >= 2 && b - a <= 3 && (HONORIFICS.has(first) || rank) && isCapitalized(tokens[a + 1])) conll = "PER"
  // "Battle of the Bulge", "Siege of Sarajevo", "War of 1812": a named event, whatever type the tagger gave it.
  if (b - a > 2 && EVENT_FIRST_WORDS.has(first) && lower(tokens[a + 1]) === "of" && isCapitalized(tokens[a])) return { a, b, type: "MISC", country: null }
  // "Honda Accord", "Chevy Trailblazer", even as PER ("Buick Regal", but "Ford Frick"): a car, not its maker.
  if (b - a >= 2 && b - a <= 3 && VEHICLE_MAKES.has(first) && (conll !== "PER" || !MAKES_THAT_ARE_GIVEN_NAMES.has(first)) && isVehicleModel(tokens, a + 1, b, gaz)) {
    return { a, b, type: "MISC", country: null }
  }
  if (conll === "PER") {
    while (b - a > 1 && HONORIFICS.has(lower(tokens[a]))) a++
    a = afterRanks(tokens, a, b)
    // "Popular Mobilization Units", "Banque Indosuez" are no person, whatever their shape suggested;
    // "Wingate Hotel" is a building.
    if (b - a > 1 && (ORGANIZATION_HEADS.has(last) || TRADE_LAST_WORDS.has(last) || ORGANIZATION_FIRST_WORDS.has(lower(tokens[a])))) return { a, b, type: "ORG", country: null }
    return { a, b, type: b - a > 1 && FACILITY_HEADS.has(last) && last !== "base" ? "FAC" : "PERSON", country: null }
  }
  // A place the tagger found in capitals ("SINGAPORE (Wire) -") is the country of that name; before
  // a lower-case word ("the LAOS party", "LAOS leader") such capitals spell an acronym.
  const inCapitals = conll === "LOC" ? gaz.countryByCapitals(surface) : undefined
  if (inCapitals !== undefined && spellsAcronym(tokens, a, b)) return { a, b, type: "ORG", country: null }
  const country = gaz.countryByName(surface) ?? inCapitals
  if (country !== undefined && conll !== "MISC") return { a, b, type: "GPE", country }
  if (conll === "MISC") {
    // "Iraqi Parliament", "Kurdish Workers Party": named like a group, but an organization.
    if (b - a > 1 && BODY_HEADS.has(last)) return { a, b, type: "ORG", country: null }
    // "Times-Picayune", "Courier-Post", "The Dallas Morning Herald" tagged MISC: a newspaper, which is an organization.
    if (isNewspaperName(tokens, a, b)) return { a, b, type: "ORG", country: null }
    // "Bosnian Serb", "Sunni Arab": a group named by its last word; the country is not implied.
    const lastWord = tokens[b - 1]!.text
    if (b - a <= 3 && (gaz.demonym(lastWord) !== undefined || GROUP_NAMES.has(lastWord))) return { a, b, type: "NORP", country: null }
    return { a, b, type: "MISC", country: null }
  }
  if (FACILITY_HEADS.has(last) && b - a > 1) return { a, b, type: "FAC", country: null }
  // "White House", "Bodleian Library" read as places are buildings, "Berlin Film Festival" an
  // event; not a town the gazetteer knows ("Rockville Centre").
  if (conll === "LOC" && b - a > 1 && (BUILDING_HEADS.has(last) || EVENT_HEADS.has(last)) && gaz.cityByName(surface) === undefined) {
    // "U.S. House", "Upper House", "Republican House": a chamber; "Catholic Church": a denomination.
    if (b - a === 2 && isBodyBeforeHead(tokens[a]!.text, last, gaz)) return { a, b, type: "ORG", country: null }
    return { a, b, type: BUILDING_HEADS.has(last) ? "FAC" : "MISC", country: null }
  }
  // "U.S. Federal Reserve", "UK Takeover Panel", "United States Bankruptcy Court" tagged as places:
  // a country's name before a body's is that country's body, an organization.
  if (conll === "LOC" && b - a > 1 && (ORGANIZATION_HEADS.has(last) || STATE_BODY_LAST_WORDS.has(last)) && countryPrefix(tokens, a, b, gaz) > 0) {
    return { a, b, type: "ORG", country: null }
  }
  // "Midland Bank", "Banque Internationale" tagged as places: a bank (not "West Bank", a region named above).
  // ("Red Bank, New Jersey" is a town: not before a comma and a capitalized word.)
  if (conll === "LOC" && b - a > 1 && (last === "bank" || ORGANIZATION_FIRST_WORDS.has(first)) && !REGION_NAMES.has(surface) && !(tokens[b]?.text === "," && isCapitalized(tokens[b + 1]))) {
    return { a, b, type: "ORG", country: null }
  }
  // "Bexar County deputies", "in Lackawanna County": a county is a place, not its government;
  // "Derby County 2" (a score after it) is the football club.
  if (conll === "ORG" && b - a > 1 && PLACE_UNIT_HEADS.has(last) && !/^\d/.test(tokens[b]?.text ?? "") && onlyPlaceWords(tokens, a, b - 1)) return { a, b, type: "GPE", country: null }
  if (conll === "ORG") return { a, b, type: "ORG", country: null }
  // A state or city named like a region ("Rhode Island", "Green Bay") is a place with a government.
  if (REGION_NAMES.has(surface) || (REGION_HEADS.has(last) && b - a > 1 && gaz.cityByName(surface) === undefined)) return { a, b, type: "LOC", country: null }
  return { a, b, type: "GPE", country: null }
}

/** First words of a named event before "of": "Battle of Britain", "Siege of Leningrad", "War of the Roses". */
const EVENT_FIRST_WORDS: ReadonlySet<string> = new Set(["battle", "siege", "war", "massacre", "invasion", "sack", "fall"])

/** Last words of a state's bodies that ORGANIZATION_HEADS does not hold: "Federal Reserve", "House of Representatives". */
const STATE_BODY_LAST_WORDS: ReadonlySet<string> = new Set(["reserve", "representatives", "navy", "marines", "treasury", "panel", "tribunal", "cabinet"])

/** Tokens at `a` that name a country ("U.S.", "UK", "United States") and leave a word after them; 0 when none do. */
const countryPrefix = (tokens: ReadonlyArray<Token>, a: number, b: number, gaz: Gazetteer): number => {
  if (b - a >= 2 && gaz.countryByName(tokens[a]!.text) !== undefined) return 1
  if (b - a >= 3 && gaz.countryByName(`${tokens[a]!.text} ${tokens[a + 1]!.text}`) !== undefined) return 2
  return 0
}
