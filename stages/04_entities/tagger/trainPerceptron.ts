import type { ConllDocument } from "./conll.js"
import { N_LABELS, toBioIndices } from "./labels.js"
import type { NerLexicon } from "./NerLexicon.js"
import type { NerModel } from "./NerModel.js"
import { MAX_KEYS, SentenceFeatures } from "./SentenceFeatures.js"
import { constrainTransitions, viterbi } from "./viterbi.js"

export interface PerceptronOptions {
  readonly epochs: number
  /** Seed of the per-epoch sentence shuffle. */
  readonly seed: number
  /** Called after each epoch (for progress logs and dev-set checks). */
  readonly onEpoch?: (epoch: number, errors: number, tokens: number) => void
}

export interface TrainedWeights {
  readonly featureKeys: Int32Array
  readonly weights: Float32Array
  readonly transitions: Float32Array
  readonly confidenceScale: number
}

/** mulberry32: a small seeded generator, so the shuffle is the same on every machine. */
const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Structured averaged perceptron (Collins 2002) over BIO labels with first-order transitions and
 * Viterbi decoding. Static features are extracted once into row ids; each epoch visits the
 * sentences in a seeded shuffled order. Returns the averaged weights of the rows that ever moved.
 */
export const trainPerceptron = (docs: ReadonlyArray<ConllDocument>, lexicon: NerLexicon | null, options: PerceptronOptions): TrainedWeights => {
  const L = N_LABELS
  const features = new SentenceFeatures(lexicon)
  const keyBuffer = new Int32Array(MAX_KEYS)
  const rowOf = new Map<number, number>()
  const rowKeys: number[] = []
  const sentenceStart: number[] = [0]
  const tokenFeatStart: number[] = [0]
  let featRows = new Int32Array(1 << 20)
  let featCount = 0
  const gold: number[] = []
  for (const doc of docs) {
    for (const sentence of doc.sentences) {
      features.load(sentence.words)
      const labels = toBioIndices(sentence.labels)
      for (let i = 0; i < sentence.words.length; i++) {
        const count = features.keys(i, keyBuffer)
        if (featCount + count > featRows.length) {
          const bigger = new Int32Array(featRows.length * 2)
          bigger.set(featRows)
          featRows = bigger
        }
        for (let k = 0; k < count; k++) {
          const key = keyBuffer[k]!
          let row = rowOf.get(key)
          if (row === undefined) {
            row = rowKeys.length
            rowOf.set(key, row)
            rowKeys.push(key)
          }
          featRows[featCount++] = row
        }
        tokenFeatStart.push(featCount)
        gold.push(labels[i]!)
      }
      sentenceStart.push(gold.length)
    }
  }
  const nRows = rowKeys.length
  const nSentences = sentenceStart.length - 1
  const w = new Float64Array(nRows * L)
  const u = new Float64Array(nRows * L)
  const tr = constrainTransitions(new Float64Array((L + 1) * L))
  const tu = new Float64Array((L + 1) * L)
  let maxLen = 0
  for (let s = 0; s < nSentences; s++) maxLen = Math.max(maxLen, sentenceStart[s + 1]! - sentenceStart[s]!)
  const em = new Float64Array(maxLen * L)
  const delta = new Float64Array(maxLen * L)
  const back = new Uint8Array(maxLen * L)
  const pred = new Uint8Array(maxLen)
  const order = Int32Array.from({ length: nSentences }, (_, i) => i)
  const random = seededRandom(options.seed)
  let c = 1

  const emissions = (first: number, n: number, weights: Float64Array): void => {
    em.fill(0, 0, n * L)
    for (let i = 0; i < n; i++) {
      const t = first + i
      for (let f = tokenFeatStart[t]!; f < tokenFeatStart[t + 1]!; f++) {
        const r = featRows[f]! * L
        for (let y = 0; y < L; y++) em[i * L + y]! += weights[r + y]!
      }
    }
  }

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = nSentences - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      const t = order[i]!
      order[i] = order[j]!
      order[j] = t
    }
    let errors = 0
    for (let o = 0; o < nSentences; o++) {
      const s = order[o]!
      const first = sentenceStart[s]!
      const n = sentenceStart[s + 1]! - first
      emissions(first, n, w)
      viterbi(n, em, tr, pred, delta, back)
      for (let i = 0; i < n; i++) {
        const g = gold[first + i]!
        const p = pred[i]!
        const pg = i === 0 ? L : gold[first + i - 1]!
        const pp = i === 0 ? L : pred[i - 1]!
        if (g !== p) {
          errors++
          for (let f = tokenFeatStart[first + i]!; f < tokenFeatStart[first + i + 1]!; f++) {
            const r = featRows[f]! * L
            w[r + g]! += 1
            u[r + g]! += c
            w[r + p]! -= 1
            u[r + p]! -= c
          }
        }
        if (g !== p || pg !== pp) {
          tr[pg * L + g]! += 1
          tu[pg * L + g]! += c
          tr[pp * L + p]! -= 1
          tu[pp * L + p]! -= c
        }
      }
      c++
    }
    options.onEpoch?.(epoch, errors, gold.length)
  }

  // Averaged weights; keep only rows that moved.
  const avg = new Float64Array(nRows * L)
  for (let k = 0; k < avg.length; k++) avg[k] = w[k]! - u[k]! / c
  const keptKeys: number[] = []
  const keptRows: number[] = []
  for (let r = 0; r < nRows; r++) {
    let moved = false
    for (let y = 0; y < L; y++) if (Math.abs(avg[r * L + y]!) > 1e-4) moved = true
    if (moved) {
      keptKeys.push(rowKeys[r]!)
      keptRows.push(r)
    }
  }
  const weights = new Float32Array(keptRows.length * L)
  keptRows.forEach((r, k) => {
    for (let y = 0; y < L; y++) weights[k * L + y] = avg[r * L + y]!
  })
  const transitions = new Float32Array((L + 1) * L)
  for (let k = 0; k < transitions.length; k++) transitions[k] = tr[k]! < -1e29 ? 0 : tr[k]! - tu[k]! / c

  // Confidence scale: the median margin of entity tokens on the training data maps to 0.9.
  const avgTr = constrainTransitions(transitions)
  const margins: number[] = []
  for (let s = 0; s < nSentences; s++) {
    const first = sentenceStart[s]!
    const n = sentenceStart[s + 1]! - first
    emissions(first, n, avg)
    viterbi(n, em, avgTr, pred, delta, back)
    for (let i = 0; i < n; i++) {
      const y = pred[i]!
      if (y === 0) continue
      const prev = i === 0 ? L : pred[i - 1]!
      let other = -Infinity
      for (let z = 0; z < L; z++) if (z !== y) other = Math.max(other, em[i * L + z]! + avgTr[prev * L + z]!)
      margins.push(em[i * L + y]! + avgTr[prev * L + y]! - other)
    }
  }
  margins.sort((a, b) => a - b)
  const median = margins.length > 0 ? margins[margins.length >> 1]! : 1
  const confidenceScale = Math.fround(Math.log(9) / Math.max(median, 1e-6))
  return { featureKeys: Int32Array.from(keptKeys), weights, transitions, confidenceScale }
}

export type { NerModel }
