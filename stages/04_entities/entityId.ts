import type { EntityType } from "./entityTypes.js"
import { sha1Prefix12 } from "./sha1Prefix.js"

/**
 * The form two names must share to be one entity: compatibility-decomposed, accents and
 * case dropped, dots removed ("U.N." = "UN"), other punctuation as spaces, a leading "the" dropped.
 */
export const normalizeName = (name: string): string => {
  // The same names recur in every document ("US", "Labour"): remembered, in a bounded cache.
  let normal = normalized.get(name)
  if (normal === undefined) {
    normal = computeNormalName(name)
    if (normalized.size >= MAX_CACHED_IDS) normalized.clear()
    normalized.set(name, normal)
  }
  return normal
}

const normalized = new Map<string, string>()

const computeNormalName = (name: string): string =>
  // Plain ASCII (most names) has nothing to decompose.
  (/^[\x20-\x7e]*$/.test(name) ? name : name.normalize("NFKD").replace(/\p{M}/gu, ""))
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, "")
    .replace(/'s$/, "")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim()
    .replace(/^the /, "")

/** A country's entity id: its ISO 3166-1 alpha-3 code, so that every run and machine agrees. */
export const countryEntityId = (code: string): string => code

/**
 * Any other entity's stable id: its type and the first 12 hex digits of SHA-1 over
 * "TYPE:normalized name" ("person_1f0c…"), the same on every run and machine.
 */
export const entityId = (type: EntityType, name: string): string => {
  // First by the name as written, per type: most calls are names already seen, and this skips
  // normalizing them and building the "TYPE:name" key.
  let byName = idsByName.get(type)
  if (byName === undefined) idsByName.set(type, (byName = new Map()))
  let id = byName.get(name)
  if (id !== undefined) return id
  const key = `${type}:${normalizeName(name)}`
  id = ids.get(key)
  if (id === undefined) {
    id = `${type.toLowerCase()}_${sha1Prefix12(key)}`
    // Names recur across documents; the cache is dropped when full rather than grown without end.
    if (ids.size >= MAX_CACHED_IDS) ids.clear()
    ids.set(key, id)
  }
  if (byName.size >= MAX_CACHED_IDS) byName.clear()
  byName.set(name, id)
  return id
}

const MAX_CACHED_IDS = 100_000
const ids = new Map<string, string>()
const idsByName = new Map<EntityType, Map<string, string>>()
