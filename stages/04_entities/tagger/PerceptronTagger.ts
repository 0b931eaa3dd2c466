import { HashIndex } from "./HashIndex.js"
import { labelType, N_LABELS, NER_TYPES } from "./labels.js"
import type { NerModel } from "./NerModel.js"
import type { NerSpan, NerTagger } from "./NerTypes.js"
import { MAX_KEYS, SentenceFeatures } from "./SentenceFeatures.js"
import { constrainTransitions, viterbi } from "./viterbi.js"

/**
 * Tags sentences with a trained averaged-perceptron model: emission scores from hashed features,
 * then Viterbi over BIO labels. Not re-entrant (scratch buffers are reused): one per thread.
 */
export class PerceptronTagger implements NerTagger {
  private readonly index: HashIndex
  private readonly weights: Float32Array
  private readonly transitions: Float64Array
  private readonly features: SentenceFeatures
  private readonly keyBuffer = new Int32Array(MAX_KEYS)
  private scores = new Float64Array(0)
  private delta = new Float64Array(0)
  private back = new Uint8Array(0)
  private labels = new Uint8Array(0)

  constructor(private readonly model: NerModel) {
    this.index = new HashIndex(model.featureKeys, Int32Array.from({ length: model.featureKeys.length }, (_, i) => i))
    this.weights = model.weights
    this.transitions = constrainTransitions(model.transitions)
    this.features = new SentenceFeatures({
      words: new HashIndex(model.wordKeys, model.wordValues),
      gazetteer: new HashIndex(model.gazetteerKeys, model.gazetteerValues)
    })
  }

  /** Best BIO label indices of a sentence (a view valid until the next call). */
  labelSentence(tokens: ReadonlyArray<string>): Uint8Array {
    const n = tokens.length
    const L = N_LABELS
    if (this.scores.length < n * L) {
      const cap = Math.max(n, 128) * 2
      this.scores = new Float64Array(cap * L)
      this.delta = new Float64Array(cap * L)
      this.back = new Uint8Array(cap * L)
      this.labels = new Uint8Array(cap)
    }
    const f = this.features
    f.load(tokens)
    const scores = this.scores, weights = this.weights, index = this.index, keys = this.keyBuffer
    scores.fill(0, 0, n * L)
    for (let i = 0; i < n; i++) {
      const count = f.keys(i, keys)
      const base = i * L
      for (let k = 0; k < count; k++) {
        const row = index.get(keys[k]!, -1)
        if (row < 0) continue
        const w = row * L
        for (let y = 0; y < L; y++) scores[base + y]! += weights[w + y]!
      }
    }
    viterbi(n, scores, this.transitions, this.labels, this.delta, this.back)
    return this.labels.subarray(0, n)
  }

  tag(tokens: ReadonlyArray<string>): NerSpan[] {
    const n = tokens.length
    if (n === 0) return []
    const labels = this.labelSentence(tokens)
    const spans: NerSpan[] = []
    const L = N_LABELS
    let i = 0
    while (i < n) {
      const y = labels[i]!
      if (y === 0) { i++; continue }
      const t = labelType(y)
      let end = i + 1
      const inside = 2 + 2 * t
      while (end < n && labels[end] === inside) end++
      // Confidence: the weakest token's margin between its label and the best other label.
      let margin = Infinity
      for (let k = i; k < end; k++) {
        const base = k * L
        const prev = k === 0 ? L : labels[k - 1]!
        const chosen = labels[k]!
        const own = this.scores[base + chosen]! + this.transitions[prev * L + chosen]!
        let other = -Infinity
        for (let z = 0; z < L; z++) {
          if (z === chosen) continue
          const s = this.scores[base + z]! + this.transitions[prev * L + z]!
          if (s > other) other = s
        }
        if (own - other < margin) margin = own - other
      }
      const confidence = 1 / (1 + Math.exp(-margin * this.model.confidenceScale))
      spans.push({ startToken: i, endToken: end, type: NER_TYPES[t]!, confidence })
      i = end
    }
    return spans
  }
}
