import { createHash } from "node:crypto"
import type { EntityType } from "./entityTypes.js"

/**
 * The form two names must share to be one entity: compatibility-decomposed, accents and
 * case dropped, dots removed ("U.N." = "UN"), other punctuation as spaces, a leading "the" dropped.
 */
export const normalizeName = (name: string): string =>
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
export const entityId = (type: EntityType, name: string): string =>
  `${type.toLowerCase()}_${createHash("sha1").update(`${type}:${normalizeName(name)}`).digest("hex").slice(0, 12)}`
