import { DocumentHistory } from "./DocumentHistory.js"
import { HashIndex } from "./HashIndex.js"
import { WeightTable } from "./WeightTable.js"
import { hashLowerWord } from "./hashing.js"
import { labelType, N_LABELS, NER_TYPES } from "./labels.js"
import { wordCapBin } from "./NerLexicon.js"
import type { NerModel } from "./NerModel.js"
import type { NerSpan, NerTagger } from "./NerTypes.js"
import { MAX_KEYS, SentenceFeatures } from "./SentenceFeatures.js"
import { constrainTransitions, viterbi } from "./viterbi.js"

/** Emission score of the non-O labels of a token labelled O without scoring. */
export const FORCED_OUT = -1e9

/**
 * Tags sentences with a trained averaged-perceptron model: emission scores from hashed features,
 * then Viterbi over BIO labels. Not re-entrant (scratch buffers are reused): one per thread.
 */
export class PerceptronTagger implements NerTagger {
  private readonly table: WeightTable
  private readonly weightScale: number
  private readonly transitions: Float64Array
  private readonly features: SentenceFeatures
  private readonly keyBuffer = new Int32Array(MAX_KEYS)
  private scores = new Float64Array(0)
  private delta = new Float64Array(0)
  private back = new Uint8Array(0)
  private labels = new Uint8Array(0)
  private forced = new Uint8Array(0)
  private readonly history = new DocumentHistory()
  private readonly words: HashIndex

  constructor(private readonly model: NerModel) {
    this.table = new WeightTable(model.featureKeys, model.weights, N_LABELS)
    this.weightScale = model.weightScale
    this.transitions = constrainTransitions(model.transitions)
    this.words = new HashIndex(model.wordKeys, model.wordValues)
    this.features = new SentenceFeatures({
      words: this.words,
      gazetteer: new HashIndex(model.gazetteerKeys, model.gazetteerValues)
    })
  }

  /** Best BIO label indices of a sentence (a view valid until the next call). */
  labelSentence(tokens: ReadonlyArray<string>): Uint8Array {
    return this.label(tokens).subarray(0, tokens.length)
  }

  /** labelSentence into the whole label buffer (its first n cells), without a view per sentence. */
  private label(tokens: ReadonlyArray<string>): Uint8Array {
    const n = tokens.length
    const L = N_LABELS
    if (L !== 9) throw new Error("PerceptronTagger is unrolled for 9 labels")
    if (this.scores.length < n * L) {
      const cap = Math.max(n, 128) * 2
      this.scores = new Float64Array(cap * L)
      this.delta = new Float64Array(cap * L)
      this.back = new Uint8Array(cap * L)
      this.labels = new Uint8Array(cap)
      this.forced = new Uint8Array(cap)
    }
    const f = this.features
    f.load(tokens)
    const scores = this.scores, table = this.table, weights = table.cells, keys = this.keyBuffer
    const forced = this.forced
    for (let i = 0; i < n; i++) {
      const base = i * L
      if (f.isPlainOutside(i)) {
        forced[i] = 1
        scores[base] = 0
        for (let y = 1; y < L; y++) scores[base + y] = FORCED_OUT
        continue
      }
      forced[i] = 0
      const count = f.keys(i, keys)
      // Integer sums in locals (N_LABELS = 9, unrolled), scaled once per token.
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0
      for (let k = 0; k < count; k++) {
        const w = table.find(keys[k]!)
        if (w < 0) continue
        s0 += weights[w]!; s1 += weights[w + 1]!; s2 += weights[w + 2]!; s3 += weights[w + 3]!; s4 += weights[w + 4]!
        s5 += weights[w + 5]!; s6 += weights[w + 6]!; s7 += weights[w + 7]!; s8 += weights[w + 8]!
      }
      const q = this.weightScale
      scores[base] = s0 * q; scores[base + 1] = s1 * q; scores[base + 2] = s2 * q; scores[base + 3] = s3 * q; scores[base + 4] = s4 * q
      scores[base + 5] = s5 * q; scores[base + 6] = s6 * q; scores[base + 7] = s7 * q; scores[base + 8] = s8 * q
    }
    viterbi(n, scores, this.transitions, this.labels, this.delta, this.back, forced)
    return this.labels
  }

  /**
   * How often the word is capitalized away from a sentence start in the unlabeled news the
   * model's lexicon was learned from (see learnWordInfo): 0 under 2%, 1 under 20%, 2 under 50%,
   * 3 under 80%, 4 under 98%, 5 more, 6 mostly all capitals; -1 when the word is rare or unknown.
   */
  capitalizationBin(word: string): number {
    const v = this.words.get(hashLowerWord(word), 0)
    return v === 0 ? -1 : wordCapBin(v) - 1
  }

  tag(tokens: ReadonlyArray<string>): NerSpan[] {
    this.features.history = null
    return this.spansOf(tokens)
  }

  tagDocument(sentences: ReadonlyArray<ReadonlyArray<string>>): NerSpan[][] {
    const history = this.history
    history.clear()
    this.features.history = history
    try {
      return sentences.map((tokens) => this.spansOf(tokens))
    } finally {
      this.features.history = null
      history.clear()
    }
  }

  /** Labels a sentence (with the document history, if one is set), records them in it, and reads the spans. */
  private spansOf(tokens: ReadonlyArray<string>): NerSpan[] {
    const n = tokens.length
    if (n === 0) return []
    const labels = this.label(tokens)
    this.features.recordLabels(labels)
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
