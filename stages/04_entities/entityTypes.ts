/** The mention and entity types sitrep publishes. */
/**
 * The mention and entity types sitrep publishes: the six of the brief, plus MISC for the other
 * named things the tagger finds (events, products, laws, works: "World Cup", "iPhone"), which
 * would otherwise be lost; the CoNLL evaluation scores MISC and NORP together as MISC.
 */
export const ENTITY_TYPES = ["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "MISC"] as const
export type EntityType = (typeof ENTITY_TYPES)[number]
