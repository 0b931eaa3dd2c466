/** The mention and entity types sitrep publishes. */
export const ENTITY_TYPES = ["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"] as const
export type EntityType = (typeof ENTITY_TYPES)[number]
