import { describe, expect, it } from "vitest"
import { mergeCorpusEntities } from "./mergeCorpusEntities.js"
import type { DocEntityRow } from "./schema.js"

const row = (doc_id: string, entity_id: string, name: string, type: string, aliases: string[], n = 1): DocEntityRow => ({
  doc_id,
  entity_id,
  name,
  type,
  aliases,
  country_code: null,
  lat: null,
  lon: null,
  n_mentions: n
})

const rows = [
  row("d1", "person_a", "Laura Vance", "PERSON", ["Laura Vance", "Vance"], 3),
  row("d2", "person_b", "Vance", "PERSON", ["Vance"], 2),
  row("d1", "org_c", "Western Rail Authority", "ORG", ["WRA", "Western Rail Authority"], 2),
  row("d3", "org_d", "WRA", "ORG", ["WRA"], 1),
  row("d3", "person_a", "Laura Vance", "PERSON", ["Laura Vance"], 1),
  row("d2", "USA", "United States", "GPE", ["U.S."], 4),
  row("d3", "USA", "United States", "GPE", ["American", "US"], 1)
]

describe("merging entities across documents", () => {
  it("counts mentions and documents of one id and unions its aliases", () => {
    const usa = mergeCorpusEntities(rows).entities.find((e) => e.entity_id === "USA")!
    expect(usa).toMatchObject({ name: "United States", n_mentions: 5, n_docs: 2, aliases: ["American", "U.S.", "US"] })
  })

  it("merges a surname-only person and an acronym-only organization into the fuller entity", () => {
    const { entities, merged } = mergeCorpusEntities(rows)
    expect(merged).toEqual([
      { entity_id: "org_d", merged_id: "org_c" },
      { entity_id: "person_b", merged_id: "person_a" }
    ])
    expect(entities.find((e) => e.entity_id === "person_a")).toMatchObject({ name: "Laura Vance", n_mentions: 6, n_docs: 3 })
    expect(entities.map((e) => e.entity_id)).toEqual(["USA", "org_c", "person_a"])
  })

  it("leaves a surname alone when two full names share it", () => {
    const { merged } = mergeCorpusEntities([...rows, row("d4", "person_e", "Paul Vance", "PERSON", ["Paul Vance"])])
    expect(merged.map((m) => m.entity_id)).not.toContain("person_b")
  })

  it("gives the same result whatever the row order", () => {
    expect(mergeCorpusEntities([...rows].reverse())).toEqual(mergeCorpusEntities(rows))
  })
})
