import type { EntityType } from "./entityTypes.js"
import type { Country, Gazetteer } from "./gazetteer/Gazetteer.js"
import { COMBINING_FORMS, GROUP_NAMES, NAME_PREFIXES } from "./lexicon.js"

/** One name inside a hyphenated word: UTF-16 offsets [from, to) into the word. */
export interface CompoundPart {
  readonly from: number
  readonly to: number
  readonly type: EntityType
  readonly country: Country | null
  /** True when the type is the whole word's, not the part's own (a name after a prefix). */
  readonly inherited: boolean
  /** A city or region used as an adjective ("London" in "London-based"): NORP, but of that place. */
  readonly adjectival: boolean
}

const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase())
const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toUpperCase())
const MODIFIER_SUFFIX = /(?:ed|ing|en)$/

/** Last words that make "Name-word" an adjective built on the name: participles and a few nouns ("UK-based", "Iran-led", "US-style"). */
const TAIL_WORDS = new Set(["born", "bred", "made", "built", "run", "style", "wide", "language", "friendly", "only", "era"])
const isModifierTail = (w: string): boolean => MODIFIER_SUFFIX.test(w) || TAIL_WORDS.has(w)

/** A country's name, a nationality, a group or a combining form: what the part denotes, or null. */
const placeOrPeople = (part: string, gaz: Gazetteer, countryType: EntityType): { type: EntityType; country: Country | null } | null => {
  const country = gaz.countryByName(part)
  if (country !== undefined) return { type: countryType, country }
  const demonym = gaz.demonym(part)
  if (demonym !== undefined) return { type: "NORP", country: demonym.country }
  if (GROUP_NAMES.has(part)) return { type: "NORP", country: null }
  const code = COMBINING_FORMS.get(part)
  const combined = code === undefined ? undefined : gaz.country(code)
  return combined === undefined ? null : { type: "NORP", country: combined }
}

/**
 * The names inside one hyphenated word the tagger took as a single name, or null to keep it
 * whole ("Coca-Cola", "Jean-Michel", "Schleswig-Holstein"):
 * - names joined to names, when every part is a country, nationality, group or combining form:
 *   "US-Iraq" → US (GPE) and Iraq (GPE); "Franco-German" → France and Germany (NORP);
 * - an English prefix and a name: "anti-ISIS" → ISIS, "non-EU" → EU (typed as the word was,
 *   unless the name is a country, nationality or group);
 * - a country, nationality or group and a participle or modifier noun: "UK-based" → UK,
 *   "Iranian-backed" → Iranian, both NORP of their country (the name used as an adjective, as
 *   "British-based"); a known city or region likewise ("London-based" → London, NORP used as
 *   an adjective, linked to the place: `adjectival`). Other names stay whole ("Oscar-nominated").
 * `wordType` is the type the whole word was given.
 */
export const splitCompound = (word: string, wordType: EntityType, gaz: Gazetteer): CompoundPart[] | null => {
  if (word.indexOf("-") <= 0) return null
  const pieces = word.split("-")
  // Which pieces start with a capital; an empty piece ("double--") keeps the word whole.
  let allUpper = true
  let restLower = true
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!
    if (p === "") return null
    const up = isUpper(p.charCodeAt(0))
    if (!up) allUpper = false
    if (k > 0 && !isLower(p.charCodeAt(0))) restLower = false
  }

  if (allUpper) {
    const parts: CompoundPart[] = []
    for (let k = 0, at = 0; k < pieces.length; at += pieces[k]!.length + 1, k++) {
      const found = placeOrPeople(pieces[k]!, gaz, "GPE")
      if (found === null) return null
      parts.push({ from: at, to: at + pieces[k]!.length, type: found.type, country: found.country, inherited: false, adjectival: false })
    }
    return parts
  }
  const first = pieces[0]!
  if (pieces.length === 2 && isUpper(pieces[1]!.charCodeAt(0)) && NAME_PREFIXES.has(first.toLowerCase())) {
    const found = placeOrPeople(pieces[1]!, gaz, "GPE")
    return [{ from: first.length + 1, to: word.length, type: found?.type ?? wordType, country: found?.country ?? null, inherited: found === null, adjectival: false }]
  }
  if (restLower && first.length > 1 && isUpper(first.charCodeAt(0)) && isModifierTail(pieces[pieces.length - 1]!)) {
    const found = placeOrPeople(first, gaz, "NORP")
    if (found !== null) return [{ from: 0, to: first.length, type: found.type, country: found.country, inherited: false, adjectival: false }]
    if (gaz.cityByName(first) !== undefined) return [{ from: 0, to: first.length, type: "NORP", country: null, inherited: false, adjectival: true }]
  }
  return null
}
