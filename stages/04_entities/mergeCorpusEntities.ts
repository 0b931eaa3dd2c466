import { normalizeName } from "./entityId.js"
import type { EntityType } from "./entityTypes.js"
import type { DocEntityRow, EntityRow } from "./schema.js"

/** What the corpus step decides: the entities table, and which document-level ids it merged. */
export interface CorpusEntities {
  readonly entities: EntityRow[]
  readonly merged: Array<{ entity_id: string; merged_id: string }>
}

interface Acc {
  readonly id: string
  /** nameOf(this), cached once the names are final. */
  name?: string
  readonly type: EntityType
  names: Map<string, number>
  aliases: Set<string>
  docs: Set<string>
  mentions: number
  countryCode: string | null
  lat: number | null
  lon: number | null
}

/** Words separated by spaces, counted without splitting (called for every name compared). */
const wordCount = (s: string): number => {
  let n = 0
  let inWord = false
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}
const isCountryId = (id: string): boolean => /^[A-Z]{3}$/.test(id)

/**
 * Merges the documents' entities into corpus entities. Rows sharing an id are one entity
 * already (same type and normalized name, or same country). Beyond that, an entity whose name
 * is, in another document, an alias of exactly one fuller entity of the same type is merged into
 * it: a person named only by surname here ("Esper") and in full there ("Mark Esper"), an
 * acronym ("PMU") that another article spelled out. Everything is sorted first, so the result
 * does not depend on row order.
 */
export const mergeCorpusEntities = (rows: ReadonlyArray<DocEntityRow>): CorpusEntities => {
  const byId = new Map<string, { -readonly [K in keyof EntityAggregate]: EntityAggregate[K] } & { names: string[]; aliases: string[]; docs: string[] }>()
  for (const r of rows) {
    let agg = byId.get(r.entity_id)
    if (agg === undefined) {
      agg = { entity_id: r.entity_id, type: r.type, names: [], aliases: [], docs: [], n_mentions: 0, country_code: r.country_code, lat: r.lat, lon: r.lon }
      byId.set(r.entity_id, agg)
    }
    agg.names.push(r.name)
    agg.aliases.push(...r.aliases)
    agg.docs.push(r.doc_id)
    agg.n_mentions += r.n_mentions
  }
  return mergeAggregates([...byId.values()])
}

/** One document-level entity id over all documents (what the stage's SQL aggregates). */
export interface EntityAggregate {
  readonly entity_id: string
  readonly type: string
  /** The name each document gave it, once per document. */
  readonly names: ReadonlyArray<string>
  readonly aliases: ReadonlyArray<string>
  readonly docs: ReadonlyArray<string>
  readonly n_mentions: number
  readonly country_code: string | null
  readonly lat: number | null
  readonly lon: number | null
}

/** mergeCorpusEntities over rows already grouped by id. */
export const mergeAggregates = (aggregates: ReadonlyArray<EntityAggregate>): CorpusEntities => {
  const byId = new Map<string, Acc>()
  for (const g of [...aggregates].sort((x, y) => (x.entity_id < y.entity_id ? -1 : x.entity_id > y.entity_id ? 1 : 0))) {
    const names = new Map<string, number>()
    for (const n of g.names) names.set(n, (names.get(n) ?? 0) + 1)
    byId.set(g.entity_id, {
      id: g.entity_id,
      type: g.type as EntityType,
      names,
      aliases: new Set(g.aliases),
      docs: new Set(g.docs),
      mentions: g.n_mentions,
      countryCode: g.country_code,
      lat: g.lat,
      lon: g.lon
    })
  }

  // Which entities (by type) carry each normalized alias, and each person's surname.
  const carriers = new Map<string, Set<string>>()
  const note = (key: string, id: string): void => {
    const set = carriers.get(key)
    if (set === undefined) carriers.set(key, new Set([id]))
    else set.add(id)
  }
  for (const acc of byId.values()) acc.name = nameOf(acc)
  for (const acc of byId.values()) {
    if (isCountryId(acc.id)) continue
    const name = acc.name!
    for (const a of acc.aliases) note(`${acc.type}:${normalizeName(a)}`, acc.id)
    if (acc.type === "PERSON" && wordCount(name) > 1) note(`PERSON:${normalizeName(name.split(/\s+/).pop()!)}`, acc.id)
  }
  const target = new Map<string, string>()
  for (const acc of byId.values()) {
    if (isCountryId(acc.id)) continue
    const name = acc.name!
    const others = [...(carriers.get(`${acc.type}:${normalizeName(name)}`) ?? [])].filter((id) => id !== acc.id)
    if (others.length !== 1) continue
    const other = byId.get(others[0]!)!
    // Only toward a fuller name, so that two entities never point at each other.
    const otherName = other.name!
    if (wordCount(otherName) > wordCount(name) || (wordCount(otherName) === wordCount(name) && otherName.length > name.length)) target.set(acc.id, other.id)
  }
  const root = (id: string): string => {
    let seen = 0
    while (target.has(id) && seen++ < 16) id = target.get(id)!
    return id
  }

  const merged: Array<{ entity_id: string; merged_id: string }> = []
  for (const id of [...target.keys()].sort()) {
    const to = byId.get(root(id))!
    const from = byId.get(id)!
    merged.push({ entity_id: id, merged_id: to.id })
    for (const [n, c] of from.names) to.names.set(n, (to.names.get(n) ?? 0) + c)
    for (const a of from.aliases) to.aliases.add(a)
    for (const d of from.docs) to.docs.add(d)
    to.mentions += from.mentions
  }
  const entities: EntityRow[] = []
  for (const acc of byId.values()) {
    if (target.has(acc.id)) continue
    entities.push({
      entity_id: acc.id,
      name: nameOf(acc),
      type: acc.type,
      aliases: [...acc.aliases].sort(),
      country_code: acc.countryCode,
      lat: acc.lat,
      lon: acc.lon,
      n_mentions: acc.mentions,
      n_docs: acc.docs.size
    })
  }
  entities.sort((x, y) => (x.entity_id < y.entity_id ? -1 : 1))
  return { entities, merged }
}

/** The fullest name the documents gave: more words, then more documents, then longer, then first in sort order. */
const nameOf = (acc: Acc): string => {
  let best = ""
  let bestCount = -1
  for (const [n, c] of [...acc.names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const better = best === "" || wordCount(n) > wordCount(best) || (wordCount(n) === wordCount(best) && (c > bestCount || (c === bestCount && n.length > best.length)))
    if (better) {
      best = n
      bestCount = c
    }
  }
  return best
}
