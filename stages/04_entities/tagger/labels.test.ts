import { describe, expect, it } from "vitest"
import { LABELS, spansOfLabels, toBioIndices } from "./labels.js"

describe("spansOfLabels", () => {
  it("reads IOB1: a span starts at I- after O or another type, and at B-", () => {
    expect(spansOfLabels(["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"])).toEqual([
      { start: 0, end: 2, type: "PER" },
      { start: 3, end: 4, type: "LOC" },
      { start: 4, end: 5, type: "LOC" },
      { start: 5, end: 6, type: "ORG" }
    ])
  })

  it("reads BIO the same way and closes a span at the end", () => {
    expect(spansOfLabels(["O", "B-MISC", "I-MISC"])).toEqual([{ start: 1, end: 3, type: "MISC" }])
    expect(spansOfLabels([])).toEqual([])
  })

  it("converts IOB1 to BIO label indices", () => {
    const bio = [...toBioIndices(["I-ORG", "I-ORG", "B-ORG", "O"])].map((y) => LABELS[y])
    expect(bio).toEqual(["B-ORG", "I-ORG", "B-ORG", "O"])
  })
})
