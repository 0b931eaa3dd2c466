import { describe, expect, it } from "vitest"
import type { DocumentRow } from "../01_ingest/schema.js"
import { splitSentences } from "../03_sentences/splitSentences.js"
import { entitiesStageWith } from "./entitiesStageWith.js"
import { stubTagger, stubTokenize } from "./testing/stubTagger.js"

const stage = entitiesStageWith({ tokenize: stubTokenize, loadTagger: () => stubTagger({ "Laura Vance": "PER", Vance: "PER", Oslo: "LOC" }) }, (t) => `"_stage_${t}"`)

describe("the entities stage on one document", () => {
  it("gives mention offsets in code points, quoting the text exactly, with astral characters before them", () => {
    const text = "🎉🎉 Laura Vance landed in Oslo.\n\n😀 Vance said the 𝒜 talks went well."
    const doc = { doc_id: "d1", text } as DocumentRow
    const rows = stage.perDocument!(doc, { sentences: splitSentences("d1", text) })["mentions"] as Array<{ start: number; end: number; text: string; sentence_id: number; entity_id: string }>
    const chars = [...text]
    expect(rows.map((m) => m.text)).toEqual(["Laura Vance", "Oslo", "Vance"])
    for (const m of rows) expect(chars.slice(m.start, m.end).join("")).toBe(m.text)
    expect(rows[0]!.start).toBe(3)
    expect(rows[2]!.entity_id).toBe(rows[0]!.entity_id)
    expect(rows.map((m) => m.sentence_id)).toEqual([0, 0, 1])
  })

  it("merges through SQL in its corpus step and re-points mentions in the final select", () => {
    expect(stage.tables.map((t) => t.name)).toEqual(["mentions", "entities", "_entity_merge", "_entity_places"])
    const select = stage.finalSelect!["mentions"]!(`"_stage_mentions"`)
    expect(select).toContain("coalesce(x.merged_id, m.entity_id) as entity_id")
    expect(select).toContain(`left join "_stage__entity_merge" x using (entity_id)`)
  })
})
