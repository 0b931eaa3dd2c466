import type { DocumentHistory } from "./DocumentHistory.js"
import { combine, fmix, FNV_OFFSET, fnvStep, lowerDigitCode } from "./hashing.js"
import {
  GAZ_MAX_TOKENS, GAZ_PREFIX, GAZ_TYPE_MASK, gazetteerNext, gazetteerStart, wordCapBin, wordClass1, wordClass2,
  type NerLexicon
} from "./NerLexicon.js"

/** Token flag bits. */
const F_INIT_UPPER = 1
const F_ALL_UPPER = 2
const F_DIGIT = 4
const F_LOWER = 8
const F_NO_ALNUM = 16
/** Starts with an ASCII lower-case letter and has no capital anywhere, or has no cased letter at all. */
const F_PLAIN = 32

/** Most keys writeHistoryKeys adds. */
export const HISTORY_KEYS = 2

/**
 * The document-history features of a token whose word the history labels `hist` (see
 * DocumentHistory), in the context `neighbours` (SentenceFeatures.capitalizedNeighbours). Apart
 * from the rest because training computes them as it goes, from its own predictions.
 */
export const writeHistoryKeys = (out: Int32Array, k: number, hist: number, neighbours: number): number => {
  out[k++] = combine(36, hist)
  out[k++] = combine(combine(37, hist), neighbours)
  return k
}

/** Values standing for the tokens before the sentence and after it. */
const BOS = 0x2f1b3a7
const EOS = 0x6c0ffee

/** Most feature keys one token can produce (the buffer size callers pass to keys()). */
export const MAX_KEYS = 48

/**
 * Feature extraction for one sentence at a time. `load` computes each token's values once (hashes
 * of the word, its lower-cased form, shapes, affixes, lexicon and gazetteer facts) into reused
 * typed arrays; `keys` then writes token i's feature keys, each a mix of a template number and
 * those values. The same code serves training and tagging, so they cannot drift apart.
 */
export class SentenceFeatures {
  n = 0
  allCaps = false
  private cap = 0
  W = new Int32Array(0)
  L = new Int32Array(0)
  SH = new Int32Array(0)
  SS = new Int32Array(0)
  P1 = new Int32Array(0)
  P2 = new Int32Array(0)
  P3 = new Int32Array(0)
  X1 = new Int32Array(0)
  X2 = new Int32Array(0)
  X3 = new Int32Array(0)
  X4 = new Int32Array(0)
  LEX = new Int32Array(0)
  GAZ = new Int32Array(0)
  FL = new Int32Array(0)
  /** Per token: the label the document history gives its word, or -1 (see DocumentHistory). */
  HIST = new Int32Array(0)
  /** The current document's history, or null when tagging sentences on their own. */
  history: DocumentHistory | null = null

  constructor(private readonly lexicon: NerLexicon | null) {}

  private grow(n: number): void {
    if (n <= this.cap) return
    let cap = Math.max(64, this.cap)
    while (cap < n) cap *= 2
    this.cap = cap
    this.W = new Int32Array(cap); this.L = new Int32Array(cap); this.SH = new Int32Array(cap); this.SS = new Int32Array(cap)
    this.P1 = new Int32Array(cap); this.P2 = new Int32Array(cap); this.P3 = new Int32Array(cap)
    this.X1 = new Int32Array(cap); this.X2 = new Int32Array(cap); this.X3 = new Int32Array(cap); this.X4 = new Int32Array(cap)
    this.LEX = new Int32Array(cap); this.GAZ = new Int32Array(cap); this.FL = new Int32Array(cap); this.HIST = new Int32Array(cap)
  }

  /** Computes the per-token values of a sentence. Only L (a lexicon key) gets the final mix; the other hashes are mixed again when combined into keys. */
  load(tokens: ReadonlyArray<string>): void {
    const n = tokens.length
    this.grow(n)
    this.n = n
    let anyLower = false
    let anyUpper = false
    for (let i = 0; i < n; i++) {
      const word = tokens[i]!
      const len = word.length
      let w = FNV_OFFSET, l = FNV_OFFSET, sh = FNV_OFFSET, ss = FNV_OFFSET
      let prevClass = -1, run = 0, flags = 0, upper = 0, lower = 0, alnum = 0
      // Defaults for an empty token, so nothing is left over from an earlier sentence.
      this.P1[i] = FNV_OFFSET
      this.X1[i] = FNV_OFFSET
      for (let k = 0; k < len; k++) {
        const c = word.charCodeAt(k)
        w = fnvStep(w, c)
        const lc = lowerDigitCode(c)
        l = fnvStep(l, lc)
        if (k === 0) this.P1[i] = l
        else if (k === 1) this.P2[i] = l
        else if (k === 2) this.P3[i] = l
        // Shape classes: X upper, x lower, d digit, anything else itself.
        let cls: number
        if (lc === 48 && c !== lc) { cls = 100; alnum++ }
        else if (c === 48) { cls = 100; alnum++ }
        else if (lc !== c) { cls = 88; upper++; alnum++ }
        else if ((c >= 97 && c <= 122) || (c >= 0xdf && c < 0x2000 && String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c))) { cls = 120; lower++; alnum++ }
        else cls = c
        if (cls === prevClass) run++
        else {
          run = 1
          ss = fnvStep(ss, cls)
        }
        if (run <= 4) sh = fnvStep(sh, cls)
        prevClass = cls
        if (k === 0 && cls === 88) flags |= F_INIT_UPPER
        if (cls === 100) flags |= F_DIGIT
      }
      if (len < 2) this.P2[i] = this.P1[i]!
      if (len < 3) this.P3[i] = this.P2[i]!
      if (upper > 0 && lower === 0) flags |= F_ALL_UPPER
      if (lower > 0) flags |= F_LOWER
      if (alnum === 0) flags |= F_NO_ALNUM
      const c0 = word.charCodeAt(0)
      if (upper === 0 && ((c0 >= 97 && c0 <= 122) || lower === 0)) flags |= F_PLAIN
      if (lower > 0) anyLower = true
      if (upper > 0) anyUpper = true
      // Suffixes of the lower-cased form, 1 to 4 characters.
      let x = FNV_OFFSET
      for (let k = len - 1, m = 1; k >= 0 && m <= 4; k--, m++) {
        x = fnvStep(x, lowerDigitCode(word.charCodeAt(k)))
        const h = x
        if (m === 1) this.X1[i] = h
        else if (m === 2) this.X2[i] = h
        else if (m === 3) this.X3[i] = h
        else this.X4[i] = h
      }
      if (len < 2) this.X2[i] = this.X1[i]!
      if (len < 3) this.X3[i] = this.X2[i]!
      if (len < 4) this.X4[i] = this.X3[i]!
      this.W[i] = w
      const lh = fmix(l)
      this.L[i] = lh
      this.SH[i] = sh
      this.SS[i] = ss
      this.FL[i] = flags
      this.LEX[i] = this.lexicon === null ? 0 : this.lexicon.words.get(lh, 0)
      this.GAZ[i] = 0
      this.HIST[i] = this.history !== null && (flags & F_INIT_UPPER) !== 0 ? this.history.majority(lh) : -1
    }
    this.allCaps = anyUpper && !anyLower
    if (this.lexicon !== null) this.markGazetteer()
  }

  /** Whether token i is capitalized (1), and its neighbours (2: left, 4: right): the history features' context. */
  capitalizedNeighbours(i: number): number {
    const FL = this.FL
    return ((FL[i]! & F_INIT_UPPER) !== 0 ? 1 : 0) | (i > 0 && (FL[i - 1]! & F_INIT_UPPER) !== 0 ? 2 : 0) |
      (i + 1 < this.n && (FL[i + 1]! & F_INIT_UPPER) !== 0 ? 4 : 0)
  }

  /** Adds the sentence's labels of capitalized tokens to the document history. */
  recordLabels(labels: ArrayLike<number>): void {
    const history = this.history
    if (history === null) return
    for (let i = 0; i < this.n; i++) if ((this.FL[i]! & F_INIT_UPPER) !== 0) history.record(this.L[i]!, labels[i]!)
  }

  /**
   * Whether token i is plainly outside any entity: a lower-case word, a number or a punctuation
   * mark whose neighbours do not start with a capital. On CoNLL eng.train 56% of tokens are such
   * and 27 of them (0.08% of entity tokens) are inside an entity ("interior ministry"), so the
   * tagger labels them O without scoring them.
   */
  isPlainOutside(i: number): boolean {
    const FL = this.FL
    if ((FL[i]! & F_PLAIN) === 0) return false
    if (i > 0 && (FL[i - 1]! & F_INIT_UPPER) !== 0) return false
    return !(i + 1 < this.n && (FL[i + 1]! & F_INIT_UPPER) !== 0)
  }

  /** Marks tokens covered by gazetteer entries starting at a capitalized token: type bits, shifted by 8 inside an entry. */
  private markGazetteer(): void {
    const gaz = this.lexicon!.gazetteer
    const n = this.n
    for (let i = 0; i < n; i++) {
      if ((this.FL[i]! & F_INIT_UPPER) === 0) continue
      let key = gazetteerStart(this.L[i]!)
      for (let len = 1; len <= GAZ_MAX_TOKENS && i + len <= n; len++) {
        if (len > 1) key = gazetteerNext(key, this.L[i + len - 1]!)
        const v = gaz.get(key, 0)
        if (v === 0) break
        const types = v & GAZ_TYPE_MASK
        if (types !== 0) {
          this.GAZ[i] = this.GAZ[i]! | types | (len > 1 ? 1 << 16 : 0)
          for (let k = i + 1; k < i + len; k++) this.GAZ[k] = this.GAZ[k]! | (types << 8)
        }
        if ((v & GAZ_PREFIX) === 0) break
      }
    }
  }

  /**
   * Writes the feature keys of token i into `out` from index 0; returns how many. Template numbers
   * are part of the keys, so they stay fixed; gaps are templates dropped after ablation on
   * eng.testa (prefix of 2, shape of each neighbour alone, previous-word bigram: within noise,
   * 11% of the lookups).
   */
  keys(i: number, out: Int32Array): number {
    const n = this.n
    const L = this.L, SS = this.SS
    const lm1 = i > 0 ? L[i - 1]! : BOS
    const lm2 = i > 1 ? L[i - 2]! : BOS
    const lp1 = i + 1 < n ? L[i + 1]! : EOS
    const lp2 = i + 2 < n ? L[i + 2]! : EOS
    const sm1 = i > 0 ? SS[i - 1]! : BOS
    const sp1 = i + 1 < n ? SS[i + 1]! : EOS
    const ss = SS[i]!
    const li = L[i]!
    const lex = this.LEX[i]!
    const c1 = wordClass1(lex), c2 = wordClass2(lex), cap = wordCapBin(lex)
    const lexm1 = i > 0 ? this.LEX[i - 1]! : -1
    const lexp1 = i + 1 < n ? this.LEX[i + 1]! : -2
    const ctx = (i === 0 ? 1 : 0) | (this.allCaps ? 2 : 0) | (n <= 4 ? 4 : 0)
    const flags = this.FL[i]!
    const gaz = this.GAZ[i]!
    let k = 0
    out[k++] = combine(1, 0)
    out[k++] = combine(2, this.W[i]!)
    out[k++] = combine(3, li)
    out[k++] = combine(4, this.SH[i]!)
    out[k++] = combine(5, ss)
    out[k++] = combine(6, this.P1[i]!)
    out[k++] = combine(8, this.P3[i]!)
    out[k++] = combine(9, this.X1[i]!)
    out[k++] = combine(10, this.X2[i]!)
    out[k++] = combine(11, this.X3[i]!)
    out[k++] = combine(12, this.X4[i]!)
    out[k++] = combine(13, lm1)
    out[k++] = combine(14, lp1)
    out[k++] = combine(15, lm2)
    out[k++] = combine(16, lp2)
    out[k++] = combine(combine(19, sm1), combine(ss, sp1))
    out[k++] = combine(combine(21, li), lp1)
    out[k++] = combine(combine(22, ctx), ss)
    out[k++] = combine(combine(23, ctx), li)
    out[k++] = combine(24, flags | (ctx << 8))
    if (lex !== 0) {
      out[k++] = combine(25, c1)
      out[k++] = combine(26, c2)
      out[k++] = combine(combine(27, c1), ss)
      out[k++] = combine(combine(28, cap), flags | (ctx << 8))
    } else {
      out[k++] = combine(29, ss)
    }
    out[k++] = combine(30, lexm1 === 0 ? -3 : lexm1 < 0 ? lexm1 : wordClass1(lexm1))
    out[k++] = combine(31, lexp1 === 0 ? -3 : lexp1 < 0 ? lexp1 : wordClass1(lexp1))
    out[k++] = combine(32, lexm1 <= 0 ? lexm1 : wordClass2(lexm1))
    out[k++] = combine(33, lexp1 <= 0 ? lexp1 : wordClass2(lexp1))
    const hist = this.HIST[i]!
    if (hist >= 0) k = writeHistoryKeys(out, k, hist, this.capitalizedNeighbours(i))
    if (gaz !== 0) {
      out[k++] = combine(34, gaz)
      out[k++] = combine(combine(35, gaz), ss)
    }
    return k
  }
}
