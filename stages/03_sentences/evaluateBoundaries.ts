import { precisionRecall, type PrecisionRecall } from "../../pipeline/eval/precisionRecall.js"
import type { MeantimeDocument } from "./meantime.js"

/** A sentence splitter as the evaluator sees it: code-point sentence starts, in order. */
export type Splitter = (docId: string, text: string) => ReadonlyArray<{ readonly start: number }>

/** Boundaries found at a gold boundary (true positives), where gold has none, and gold ones missed. */
export type BoundaryScores = PrecisionRecall

export interface BoundaryEvaluation {
  readonly documents: number
  /** Every boundary, header lines (title, date) included. */
  readonly all: BoundaryScores
  /** Only boundaries inside the article body, after the header lines. */
  readonly body: BoundaryScores
}

/**
 * Scores a splitter against gold sentence boundaries. A boundary is the start offset of every
 * sentence but the first of its document, so a document of one sentence has none; a predicted
 * boundary counts only at exactly the gold offset. Counts are pooled over documents (micro
 * average). The body figures ignore everything before the first body sentence, so that the
 * header layout chosen by the reader does not weigh on them.
 */
export const evaluateBoundaries = (documents: ReadonlyArray<MeantimeDocument>, split: Splitter): BoundaryEvaluation => {
  const all = { tp: 0, fp: 0, fn: 0 }
  const body = { tp: 0, fp: 0, fn: 0 }
  for (const doc of documents) {
    const gold = new Set(doc.sentenceStarts.slice(1))
    const predicted = new Set(split(doc.docId, doc.text).map((s) => s.start).filter((start) => start > 0))
    const bodyStart = doc.sentenceStarts[doc.headerSentences] ?? Number.POSITIVE_INFINITY
    for (const b of predicted) {
      const hit = gold.has(b)
      count(all, hit ? "tp" : "fp")
      if (b > bodyStart) count(body, hit ? "tp" : "fp")
    }
    for (const b of gold) {
      if (predicted.has(b)) continue
      count(all, "fn")
      if (b > bodyStart) count(body, "fn")
    }
  }
  return { documents: documents.length, all: scores(all), body: scores(body) }
}

const count = (c: { tp: number; fp: number; fn: number }, key: "tp" | "fp" | "fn"): void => {
  c[key]++
}

const scores = (c: { readonly tp: number; readonly fp: number; readonly fn: number }): BoundaryScores => {
  return precisionRecall(c.tp, c.fp, c.fn)
}
