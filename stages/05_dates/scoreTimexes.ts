/**
 * TempEval-3 scoring of temporal expressions (UzZaman et al. 2013): extents match strictly
 * (same offsets) or relaxed (any overlap); value and type accuracy are counted over relaxed
 * matches, and value F1 = relaxed F1 × value accuracy.
 */
import { precisionRecall } from "../../pipeline/eval/precisionRecall.js"

export interface ScoredTimex {
  readonly start: number
  readonly end: number
  readonly type: string
  readonly value: string
}

export interface TimexCounts {
  gold: number
  system: number
  strict: number
  relaxed: number
  valueCorrect: number
  typeCorrect: number
}

export const emptyCounts = (): TimexCounts => ({ gold: 0, system: 0, strict: 0, relaxed: 0, valueCorrect: 0, typeCorrect: 0 })

/** Pairs each system expression with the first unmatched overlapping gold one, in text order. */
export const matchTimexes = (gold: ReadonlyArray<ScoredTimex>, system: ReadonlyArray<ScoredTimex>): Array<readonly [ScoredTimex, ScoredTimex]> => {
  const used = new Set<number>()
  const pairs: Array<readonly [ScoredTimex, ScoredTimex]> = []
  for (const s of system) {
    // Prefer an exact extent match, then any overlap.
    let best = -1
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!
      if (used.has(i) || g.end <= s.start || g.start >= s.end) continue
      if (g.start === s.start && g.end === s.end) {
        best = i
        break
      }
      if (best < 0) best = i
    }
    if (best >= 0) {
      used.add(best)
      pairs.push([gold[best]!, s])
    }
  }
  return pairs
}

/** Adds one document's counts to `into`. */
export const countTimexes = (into: TimexCounts, gold: ReadonlyArray<ScoredTimex>, system: ReadonlyArray<ScoredTimex>): TimexCounts => {
  into.gold += gold.length
  into.system += system.length
  for (const [g, s] of matchTimexes(gold, system)) {
    into.relaxed++
    if (g.start === s.start && g.end === s.end) into.strict++
    if (g.value === s.value) into.valueCorrect++
    if (g.type === s.type) into.typeCorrect++
  }
  return into
}

export interface TimexScores {
  readonly strictP: number
  readonly strictR: number
  readonly strictF1: number
  readonly relaxedP: number
  readonly relaxedR: number
  readonly relaxedF1: number
  readonly valueAccuracy: number
  readonly valueF1: number
  readonly typeAccuracy: number
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b)

export const scoreCounts = (c: TimexCounts): TimexScores => {
  // A match is a true positive; the system's other timexes are false positives, gold's missed ones false negatives.
  const strict = precisionRecall(c.strict, c.system - c.strict, c.gold - c.strict)
  const relaxed = precisionRecall(c.relaxed, c.system - c.relaxed, c.gold - c.relaxed)
  const valueAccuracy = ratio(c.valueCorrect, c.relaxed)
  return {
    strictP: strict.precision, strictR: strict.recall, strictF1: strict.f1,
    relaxedP: relaxed.precision, relaxedR: relaxed.recall, relaxedF1: relaxed.f1,
    valueAccuracy, valueF1: relaxed.f1 * valueAccuracy,
    typeAccuracy: ratio(c.typeCorrect, c.relaxed)
  }
}
