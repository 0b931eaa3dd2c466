import { describe, expect, it } from "vitest"
import { countTimexes, emptyCounts, scoreCounts, type ScoredTimex } from "./scoreTimexes.js"

const t = (start: number, end: number, value: string, type = "DATE"): ScoredTimex => ({ start, end, type, value })

describe("TempEval-3 timex scores", () => {
  it("counts exact extents as strict and overlaps as relaxed, value and type over relaxed matches", () => {
    const gold = [t(0, 6, "2020-01-06"), t(10, 19, "2019"), t(30, 40, "P5W", "DURATION")]
    // one exact match with the right value, one overlap with a wrong value, one spurious, one missed
    const system = [t(0, 6, "2020-01-06"), t(15, 19, "2018"), t(50, 55, "PRESENT_REF")]
    const c = countTimexes(emptyCounts(), gold, system)
    expect(c).toEqual({ gold: 3, system: 3, strict: 1, relaxed: 2, valueCorrect: 1, typeCorrect: 2 })
    const s = scoreCounts(c)
    expect(s.strictP).toBeCloseTo(1 / 3)
    expect(s.relaxedF1).toBeCloseTo(2 / 3)
    expect(s.valueAccuracy).toBeCloseTo(0.5)
    expect(s.valueF1).toBeCloseTo(1 / 3)
    expect(s.typeAccuracy).toBe(1)
  })
  it("matches each gold expression at most once and prefers the exact one", () => {
    const gold = [t(0, 10, "2020-W02")]
    const c = countTimexes(emptyCounts(), gold, [t(0, 4, "x"), t(0, 10, "2020-W02")])
    expect(c.relaxed).toBe(1)
    expect(c.system).toBe(2)
  })
  it("scores nothing as zero instead of dividing by zero", () => {
    expect(scoreCounts(emptyCounts()).valueF1).toBe(0)
  })
})
