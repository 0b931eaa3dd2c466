import type { ConllDocument } from "./conll.js"
import { DocumentHistory } from "./DocumentHistory.js"
import { N_LABELS, toBioIndices } from "./labels.js"
import type { NerLexicon } from "./NerLexicon.js"
import { FORCED_OUT } from "./PerceptronTagger.js"
import { HISTORY_KEYS, MAX_KEYS, SentenceFeatures, writeHistoryKeys } from "./SentenceFeatures.js"
import { constrainTransitions, viterbi } from "./viterbi.js"

export interface PerceptronOptions {
  readonly epochs: number
  /** Seed of the per-epoch document shuffle. */
  readonly seed: number
  /** Train as the tagger runs: tokens that SentenceFeatures.isPlainOutside are fixed to O. */
  readonly forceOutside: boolean
  /** Called after each epoch (for progress logs). */
  readonly onEpoch?: (epoch: number, errors: number, tokens: number) => void
}

export interface TrainedWeights {
  readonly featureKeys: Int32Array
  readonly weights: Int16Array
  readonly weightScale: number
  readonly transitions: Float32Array
  readonly confidenceScale: number
}

/** Share of training documents seen without their history, so that `tag` alone stays good. */
const HISTORY_DROPOUT = 0.25

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
 * Viterbi decoding. Static features are extracted once into row ids; the document-history
 * features are computed as training goes, from the model's own predictions on the earlier
 * sentences of the document, as at tagging time. Each epoch visits the documents in a seeded
 * shuffled order, and their sentences in order. Returns the averaged weights of the rows that
 * ever moved, quantized to 16 bits.
 */
export const trainPerceptron = (docs: ReadonlyArray<ConllDocument>, lexicon: NerLexicon | null, options: PerceptronOptions): TrainedWeights => {
  const L = N_LABELS
  const features = new SentenceFeatures(lexicon)
  const keyBuffer = new Int32Array(MAX_KEYS)
  const rowOf = new Map<number, number>()
  const rowKeys: number[] = []
  const rowFor = (key: number): number => {
    let row = rowOf.get(key)
    if (row === undefined) {
      row = rowKeys.length
      rowOf.set(key, row)
      rowKeys.push(key)
    }
    return row
  }
  // Every possible history key gets a row up front.
  for (let hist = 0; hist < L; hist++) for (let nb = 0; nb < 8; nb++) {
    const count = writeHistoryKeys(keyBuffer, 0, hist, nb)
    for (let k = 0; k < count; k++) rowFor(keyBuffer[k]!)
  }
  const sentenceStart: number[] = [0]
  const docStart: number[] = [0]
  const tokenFeatStart: number[] = [0]
  let featRows = new Int32Array(1 << 20)
  let featCount = 0
  const gold: number[] = []
  const forced: number[] = []
  const lowerHash: number[] = []
  const neighbours: number[] = []
  for (const doc of docs) {
    for (const sentence of doc.sentences) {
      features.load(sentence.words)
      const labels = toBioIndices(sentence.labels)
      for (let i = 0; i < sentence.words.length; i++) {
        const isForced = options.forceOutside && features.isPlainOutside(i)
        forced.push(isForced ? 1 : 0)
        lowerHash.push(features.L[i]!)
        neighbours.push(features.capitalizedNeighbours(i))
        const count = isForced ? 0 : features.keys(i, keyBuffer)
        if (featCount + count > featRows.length) {
          const bigger = new Int32Array(featRows.length * 2)
          bigger.set(featRows)
          featRows = bigger
        }
        for (let k = 0; k < count; k++) featRows[featCount++] = rowFor(keyBuffer[k]!)
        tokenFeatStart.push(featCount)
        gold.push(labels[i]!)
      }
      sentenceStart.push(gold.length)
    }
    docStart.push(sentenceStart.length - 1)
  }
  const nRows = rowKeys.length
  const nSentences = sentenceStart.length - 1
  const nDocs = docStart.length - 1
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
  const forcedFlags = Uint8Array.from(forced)
  // The history feature rows of each token of the current sentence (-1: none).
  const histRows = new Int32Array(maxLen * HISTORY_KEYS).fill(-1)
  const history = new DocumentHistory()
  const order = Int32Array.from({ length: nDocs }, (_, i) => i)
  const random = seededRandom(options.seed)
  let c = 1
  let currentTransitions = tr
  let useHistory = true

  /** Emission scores of sentence s under `weights`, history features included. */
  const emissions = (s: number, weights: Float64Array): void => {
    const first = sentenceStart[s]!
    const n = sentenceStart[s + 1]! - first
    em.fill(0, 0, n * L)
    for (let i = 0; i < n; i++) {
      const t = first + i
      histRows.fill(-1, i * HISTORY_KEYS, (i + 1) * HISTORY_KEYS)
      if (forcedFlags[t] === 1) {
        for (let y = 1; y < L; y++) em[i * L + y] = FORCED_OUT
        continue
      }
      for (let f = tokenFeatStart[t]!; f < tokenFeatStart[t + 1]!; f++) {
        const r = featRows[f]! * L
        for (let y = 0; y < L; y++) em[i * L + y]! += weights[r + y]!
      }
      if (!useHistory || (neighbours[t]! & 1) === 0) continue
      const hist = history.majority(lowerHash[t]!)
      if (hist < 0) continue
      const count = writeHistoryKeys(keyBuffer, 0, hist, neighbours[t]!)
      for (let k = 0; k < count; k++) {
        const r = rowOf.get(keyBuffer[k]!)!
        histRows[i * HISTORY_KEYS + k] = r
        for (let y = 0; y < L; y++) em[i * L + y]! += weights[r * L + y]!
      }
    }
    viterbi(n, em, currentTransitions, pred, delta, back, forcedFlags.subarray(first, first + n))
  }
  const recordPredictions = (s: number): void => {
    const first = sentenceStart[s]!
    const n = sentenceStart[s + 1]! - first
    for (let i = 0; i < n; i++) if ((neighbours[first + i]! & 1) !== 0) history.record(lowerHash[first + i]!, pred[i]!)
  }

  const update = (row: number, g: number, p: number): void => {
    const r = row * L
    w[r + g]! += 1
    u[r + g]! += c
    w[r + p]! -= 1
    u[r + p]! -= c
  }

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = nDocs - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      const t = order[i]!
      order[i] = order[j]!
      order[j] = t
    }
    let errors = 0
    for (let o = 0; o < nDocs; o++) {
      const d = order[o]!
      history.clear()
      useHistory = random() >= HISTORY_DROPOUT
      for (let s = docStart[d]!; s < docStart[d + 1]!; s++) {
        const first = sentenceStart[s]!
        const n = sentenceStart[s + 1]! - first
        emissions(s, w)
        for (let i = 0; i < n; i++) {
          const g = gold[first + i]!
          const p = pred[i]!
          const pg = i === 0 ? L : gold[first + i - 1]!
          const pp = i === 0 ? L : pred[i - 1]!
          if (g !== p) {
            errors++
            for (let f = tokenFeatStart[first + i]!; f < tokenFeatStart[first + i + 1]!; f++) update(featRows[f]!, g, p)
            for (let k = 0; k < HISTORY_KEYS; k++) {
              const r = histRows[i * HISTORY_KEYS + k]!
              if (r >= 0) update(r, g, p)
            }
          }
          if (g !== p || pg !== pp) {
            tr[pg * L + g]! += 1
            tu[pg * L + g]! += c
            tr[pp * L + p]! -= 1
            tu[pp * L + p]! -= c
          }
        }
        recordPredictions(s)
        c++
      }
    }
    options.onEpoch?.(epoch, errors, gold.length)
  }

  // Averaged weights, quantized to 16 bits (the largest magnitude maps to 32767); keep only rows that moved.
  const avg = new Float64Array(nRows * L)
  for (let k = 0; k < avg.length; k++) avg[k] = w[k]! - u[k]! / c
  let maxAbs = 1e-9
  for (let k = 0; k < avg.length; k++) maxAbs = Math.max(maxAbs, Math.abs(avg[k]!))
  const weightScale = Math.fround(maxAbs / 32767)
  const keptKeys: number[] = []
  const quantized: number[] = []
  for (let r = 0; r < nRows; r++) {
    let moved = false
    for (let y = 0; y < L; y++) {
      const q = Math.max(-32767, Math.min(32767, Math.round(avg[r * L + y]! / weightScale)))
      avg[r * L + y] = q * weightScale
      if (q !== 0) moved = true
    }
    if (!moved) continue
    keptKeys.push(rowKeys[r]!)
    for (let y = 0; y < L; y++) quantized.push(Math.round(avg[r * L + y]! / weightScale))
  }
  const transitions = new Float32Array((L + 1) * L)
  for (let k = 0; k < transitions.length; k++) transitions[k] = tr[k]! < -1e29 ? 0 : tr[k]! - tu[k]! / c

  // Confidence scale: the median margin of entity tokens on the training data maps to 0.9.
  currentTransitions = constrainTransitions(transitions)
  const margins: number[] = []
  useHistory = true
  for (let d = 0; d < nDocs; d++) {
    history.clear()
    for (let s = docStart[d]!; s < docStart[d + 1]!; s++) {
      const n = sentenceStart[s + 1]! - sentenceStart[s]!
      emissions(s, avg)
      for (let i = 0; i < n; i++) {
        const y = pred[i]!
        if (y === 0) continue
        const prev = i === 0 ? L : pred[i - 1]!
        let other = -Infinity
        for (let z = 0; z < L; z++) if (z !== y) other = Math.max(other, em[i * L + z]! + currentTransitions[prev * L + z]!)
        margins.push(em[i * L + y]! + currentTransitions[prev * L + y]! - other)
      }
      recordPredictions(s)
    }
  }
  margins.sort((a, b) => a - b)
  const median = margins.length > 0 ? margins[margins.length >> 1]! : 1
  const confidenceScale = Math.fround(Math.log(9) / Math.max(median, 1e-6))
  return { featureKeys: Int32Array.from(keptKeys), weights: Int16Array.from(quantized), weightScale, transitions, confidenceScale }
}
