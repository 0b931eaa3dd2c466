import { defineTable, type RowOf } from "../../pipeline/contracts/TableContract.js"

export const mentionsTable = defineTable({
  name: "mentions",
  grain: "one row per named-entity mention in a document",
  description:
    "Names of people, organizations, places and groups found in each sentence by the statistical tagger and the gazetteer, " +
    "typed, given the role stated beside a person's name, and linked to one entity across the corpus. Mentions never overlap.",
  key: ["doc_id", "start"],
  columns: [
    { name: "doc_id", type: "string", nullable: false, description: "Document the mention is in (documents.doc_id)." },
    { name: "sentence_id", type: "int32", nullable: false, description: "Sentence the mention is in (sentences.sentence_id of the same document)." },
    { name: "start", type: "int32", nullable: false, description: "Start offset in documents.text (0-based, code points)." },
    { name: "end", type: "int32", nullable: false, description: "End offset in documents.text (exclusive, code points)." },
    { name: "text", type: "string", nullable: false, description: "The mention as written, equal to documents.text[start:end]." },
    {
      name: "type",
      type: "string",
      nullable: false,
      description:
        "PERSON, ORG, GPE (countries, cities, provinces), LOC (other regions: rivers, seas, continents), FAC (bases, airports, embassies, bridges, streets and roads), " +
        "NORP (nationality, religious or political group as adjective or plural noun: 'Iraqi', 'Shiite', 'Americans') " +
        "or MISC (other named things: events, products, laws, works: 'World Cup', 'iPhone'). " +
        "This is the mention's own type: a NORP mention of a nationality points at its country's entity (type GPE), and a mention the tagger " +
        "was sure of keeps its type inside an entity of another type (a city's name used for its sports team is ORG there)."
    },
    { name: "entity_id", type: "string", nullable: false, description: "The entity this mention refers to (entities.entity_id)." },
    {
      name: "title",
      type: "string",
      nullable: true,
      description: "For a person, the role stated with the name in this sentence ('Prime Minister', 'Pentagon spokesperson'), as written; null when none is stated."
    },
    {
      name: "confidence",
      type: "float64",
      nullable: false,
      description: "Confidence in [0, 1]: the tagger's span confidence, or a fixed rule confidence for gazetteer (0.6) and acronym (0.9 × its expansion's) mentions."
    }
  ]
})
export type MentionRow = RowOf<typeof mentionsTable>

export const entitiesTable = defineTable({
  name: "entities",
  grain: "one row per distinct real-world entity across the corpus",
  description:
    "Every entity mentioned, whatever the articles call it: short forms, acronyms, aliases and demonyms are linked within a document, " +
    "and the same entity is merged across documents.",
  key: ["entity_id"],
  columns: [
    {
      name: "entity_id",
      type: "string",
      nullable: false,
      description:
        "Stable id: the ISO 3166-1 alpha-3 code for a country ('USA'); otherwise the lower-case type and the first 12 hex digits of SHA-1 of type and normalized name ('person_…': SHA-1 of 'PERSON:mark esper'), the name being `name` or, after a merge, one of its aliases; a place the text located away from what its name alone means ('ATHENS, Ga.') hashes its name and where ('GPE:athens usa ga'), so Athens, Georgia, and Athens, Greece, are two entities. Same input, same ids."
    },
    { name: "name", type: "string", nullable: false, description: "Fullest proper form seen (most words; for a country, its common English name)." },
    { name: "type", type: "string", nullable: false, description: "PERSON, ORG, GPE, LOC, FAC, NORP or MISC (see mentions.type): the type most of its mentions' confidence backs; GPE for a country." },
    { name: "aliases", type: "string_list", nullable: false, description: "Every surface form seen in mentions.text, sorted, the name included when it was seen." },
    {
      name: "country_code",
      type: "string",
      nullable: true,
      description: "ISO 3166-1 alpha-3: the country itself, the country of a known city, or the country a nationality denotes; null when unknown."
    },
    { name: "lat", type: "float64", nullable: true, description: "Latitude (WGS84 degrees) from the embedded gazetteer (centre of a country or of a state or province, or a city); null when not a known place." },
    { name: "lon", type: "float64", nullable: true, description: "Longitude (WGS84 degrees), as lat." },
    { name: "n_mentions", type: "int64", nullable: false, description: "Number of mentions rows pointing at this entity." },
    { name: "n_docs", type: "int64", nullable: false, description: "Number of distinct documents that mention it." }
  ]
})
export type EntityRow = RowOf<typeof entitiesTable>

/** Internal: ids the corpus step merged into another entity. */
export const entityMergeTable = defineTable({
  name: "_entity_merge",
  grain: "one row per document-level entity id merged into another",
  description: "Maps a document-level entity id to the corpus entity it was merged into.",
  key: ["entity_id"],
  columns: [
    { name: "entity_id", type: "string", nullable: false, description: "Id before the merge." },
    { name: "merged_id", type: "string", nullable: false, description: "entities.entity_id after the merge." }
  ]
})

/** Internal: where a document put a place whose name alone means another (choosePlaces.ts). */
export const entityPlaceTable = defineTable({
  name: "_entity_places",
  grain: "one row per document-level place entity the text put elsewhere than its name means alone (repeated per document)",
  description: "The country and coordinates of a place the text located ('ATHENS, Ga.'), which its name alone would not give.",
  key: ["entity_id"],
  columns: [
    { name: "entity_id", type: "string", nullable: false, description: "The place's document-level entity id (its name and where)." },
    { name: "country_code", type: "string", nullable: false, description: "ISO 3166-1 alpha-3 of the place's country." },
    { name: "lat", type: "float64", nullable: true, description: "Latitude of the town; null when the gazetteer does not list it." },
    { name: "lon", type: "float64", nullable: true, description: "Longitude, as lat." }
  ]
})
