import { describe, expect, it } from "vitest"
import { scoreSpans } from "./scoreSpans.js"

describe("scoreSpans", () => {
  it("counts only exact spans with the right type as correct", () => {
    const gold = [[{ start: 0, end: 2, type: "PER" }, { start: 3, end: 4, type: "LOC" }], [{ start: 1, end: 2, type: "ORG" }]]
    const predicted = [[{ start: 0, end: 2, type: "PER" }, { start: 3, end: 5, type: "LOC" }], [{ start: 1, end: 2, type: "MISC" }]]
    const table = scoreSpans(gold, predicted)
    expect(table.byType.get("PER")).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 0, f1: 1 })
    expect(table.byType.get("LOC")).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1, f1: 0 })
    expect(table.byType.get("MISC")).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 0 })
    expect(table.overall.precision).toBeCloseTo(1 / 3)
    expect(table.overall.recall).toBeCloseTo(1 / 3)
    expect(table.overall.f1).toBeCloseTo(1 / 3)
  })

  it("refuses lists of different lengths", () => {
    expect(() => scoreSpans([[]], [])).toThrow(/1 gold sentences but 0 predicted/)
  })
})
