import { precisionRecall, type PrecisionRecall } from "../../../pipeline/eval/precisionRecall.js"
import type { LabelSpan } from "./labels.js"

/** Exact-span counts and scores of one entity type (or of all types). */
export type SpanScores = PrecisionRecall

/** Scores per type plus `overall`, conlleval style. */
export interface SpanScoreTable {
  readonly byType: ReadonlyMap<string, SpanScores>
  readonly overall: SpanScores
}

/**
 * conlleval-style exact-span scoring: a predicted span counts as correct only when a gold span has
 * the same start, end and type. `gold` and `predicted` hold one span list per sentence (same
 * order). Types seen on either side are listed, sorted by name.
 */
export const scoreSpans = (
  gold: ReadonlyArray<ReadonlyArray<LabelSpan>>,
  predicted: ReadonlyArray<ReadonlyArray<LabelSpan>>
): SpanScoreTable => {
  if (gold.length !== predicted.length) throw new Error(`scoreSpans: ${gold.length} gold sentences but ${predicted.length} predicted`)
  const counts = new Map<string, [number, number, number]>()
  const count = (type: string): [number, number, number] => {
    let c = counts.get(type)
    if (c === undefined) counts.set(type, (c = [0, 0, 0]))
    return c
  }
  for (let s = 0; s < gold.length; s++) {
    const goldKeys = new Set(gold[s]!.map((g) => `${g.start}:${g.end}:${g.type}`))
    const predKeys = new Set<string>()
    for (const p of predicted[s]!) {
      const key = `${p.start}:${p.end}:${p.type}`
      if (predKeys.has(key)) continue
      predKeys.add(key)
      if (goldKeys.has(key)) count(p.type)[0]++
      else count(p.type)[1]++
    }
    for (const g of gold[s]!) if (!predKeys.has(`${g.start}:${g.end}:${g.type}`)) count(g.type)[2]++
  }
  const byType = new Map<string, SpanScores>()
  let tp = 0, fp = 0, fn = 0
  for (const type of [...counts.keys()].sort()) {
    const [t, p, n] = counts.get(type)!
    byType.set(type, precisionRecall(t, p, n))
    tp += t
    fp += p
    fn += n
  }
  return { byType, overall: precisionRecall(tp, fp, fn) }
}

/** The score table as tab-separated text lines (type, precision, recall, F1, tp, fp, fn). */
export const formatSpanScores = (table: SpanScoreTable, title: string): string => {
  const pct = (x: number): string => (100 * x).toFixed(2)
  const row = (name: string, s: SpanScores): string =>
    [name, pct(s.precision), pct(s.recall), pct(s.f1), s.truePositives, s.falsePositives, s.falseNegatives].join("\t")
  return [title, ["type", "precision", "recall", "f1", "tp", "fp", "fn"].join("\t"),
    ...[...table.byType].map(([t, s]) => row(t, s)), row("overall", table.overall)].join("\n")
}
