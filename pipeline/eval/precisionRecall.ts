/** Counts of a detection task and the scores they give; an empty denominator scores 0. */
export interface PrecisionRecall {
  /** Found and in the gold. */
  readonly truePositives: number
  /** Found, not in the gold. */
  readonly falsePositives: number
  /** In the gold, not found. */
  readonly falseNegatives: number
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

/** Precision, recall and their harmonic mean (F1) from true/false positive and false negative counts. */
export const precisionRecall = (tp: number, fp: number, fn: number): PrecisionRecall => {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 }
}
