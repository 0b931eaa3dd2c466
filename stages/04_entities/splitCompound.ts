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
}

const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase())
const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toUpperCase())

/** Last words that make "Name-word" an adjective built on the name: participles and a few nouns ("UK-based", "Iran-led", "US-style"). */
const TAIL_WORDS = new Set(["born", "bred", "made", "built", "run", "style", "wide", "language", "friendly", "only", "era"])
const isModifierTail = (w: string): boolean => /(?:ed|ing|en)$/.test(w) || TAIL_WORDS.has(w)

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
 *   "British-based"). Other names stay whole ("London-based", "Oscar-nominated", MISC): CoNLL
 *   annotates such words as one MISC name, and splitting out the cities cost 5 of its spans.
 * `wordType` is the type the whole word was given.
 */
export const splitCompound = (word: string, wordType: EntityType, gaz: Gazetteer): CompoundPart[] | null => {
  if (word.indexOf("-") <= 0) return null
  const pieces = word.split("-")
  if (pieces.some((p) => p === "")) return null
  const upper = pieces.map((p) => isUpper(p.charCodeAt(0)))
  const starts: number[] = []
  for (let k = 0, at = 0; k < pieces.length; at += pieces[k]!.length + 1, k++) starts.push(at)

  if (upper.every((u) => u)) {
    const parts: CompoundPart[] = []
    for (let k = 0; k < pieces.length; k++) {
      const found = placeOrPeople(pieces[k]!, gaz, "GPE")
      if (found === null) return null
      parts.push({ from: starts[k]!, to: starts[k]! + pieces[k]!.length, ...found, inherited: false })
    }
    return parts
  }
  if (pieces.length === 2 && NAME_PREFIXES.has(pieces[0]!.toLowerCase()) && upper[1]) {
    const name = pieces[1]!
    const found = placeOrPeople(name, gaz, "GPE")
    return [{ from: starts[1]!, to: word.length, type: found?.type ?? wordType, country: found?.country ?? null, inherited: found === null }]
  }
  if (upper[0] && pieces[0]!.length > 1 && pieces.slice(1).every((p) => isLower(p.charCodeAt(0))) && isModifierTail(pieces[pieces.length - 1]!)) {
    const name = pieces[0]!
    const found = placeOrPeople(name, gaz, "NORP")
    if (found !== null) return [{ from: 0, to: name.length, ...found, inherited: false }]
  }
  return null
}
