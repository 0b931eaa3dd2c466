import { describe, expect, it } from "vitest"
import type { DocumentRow } from "../../stages/01_ingest/schema.js"
import { laneStages, OWN_LANE_STAGE, processBatch } from "./documentStages.js"

const doc = (doc_id: string, text: string): DocumentRow =>
  ({ doc_id, text, published_at: "2024-03-08", title: null, source: null, url: null }) as unknown as DocumentRow

const docs = [
  doc("a", "Maria Lopez, the mayor of Lyon, said on Tuesday that the bridge would reopen next month."),
  doc("b", "Talks between Kenya and Uganda ended last week.\n\nThe World Bank said it expects growth of 5% this year.")
]

describe("processBatch lanes", () => {
  it("split the stages in two: the lane's own stage, and the others", () => {
    expect(laneStages(0)).toEqual([OWN_LANE_STAGE])
    expect(laneStages(1)).not.toContain(OWN_LANE_STAGE)
    expect(laneStages(1)).toContain("sentences")
  })

  it("publish, together, exactly the rows of one thread running every stage", () => {
    const all = processBatch(docs)
    const own = processBatch(docs, laneStages(0))
    const rest = processBatch(docs, laneStages(1))
    expect(all.map((rows, i) => ({ ...rest[i], ...own[i] }))).toEqual(all)
    // Lane 0 runs sentences for the entities but does not publish them.
    expect(Object.keys(own[0]!)).not.toContain("sentences")
    expect(Object.keys(own[0]!).some((t) => Object.keys(rest[0]!).includes(t))).toBe(false)
    expect(all[0]!["mentions"]!.length).toBeGreaterThan(0)
  })
})
