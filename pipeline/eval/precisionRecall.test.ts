import { describe, expect, it } from "vitest"
import { precisionRecall } from "./precisionRecall.js"

describe("precisionRecall", () => {
  it("scores counts and gives 0 rather than NaN for empty denominators", () => {
    const s = precisionRecall(6, 2, 4)
    expect(s.precision).toBe(0.75)
    expect(s.recall).toBe(0.6)
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35, 12)
    expect(precisionRecall(0, 0, 0)).toEqual({ truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 0, recall: 0, f1: 0 })
  })
})
