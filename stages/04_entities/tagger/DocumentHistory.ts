import { N_LABELS } from "./labels.js"

/**
 * What the tagger said earlier in the same document about each capitalized word (keyed by its
 * lower-case hash): how often each label was given to it. A later mention of "Parnevik" or
 * "Washington" then leans towards the type of the first, clearer mention ("Jesper Parnevik"),
 * as in Ratinov & Roth's (2009) prediction history. Cleared at each document start.
 */
export class DocumentHistory {
  /** Word → offset of its N_LABELS counts in `counts` (one flat array: no typed array per word). */
  private readonly offsets = new Map<number, number>()
  private counts = new Int32Array(64 * N_LABELS)

  clear(): void {
    this.offsets.clear()
  }

  /** The label most often given to the word so far (ties: the lower label), or -1 if never seen. */
  majority(lowerHash: number): number {
    const o = this.offsets.get(lowerHash)
    if (o === undefined) return -1
    const c = this.counts
    let best = 0
    for (let y = 1; y < N_LABELS; y++) if (c[o + y]! > c[o + best]!) best = y
    return best
  }

  record(lowerHash: number, label: number): void {
    let o = this.offsets.get(lowerHash)
    if (o === undefined) {
      o = this.offsets.size * N_LABELS
      if (o + N_LABELS > this.counts.length) {
        const grown = new Int32Array(this.counts.length * 2)
        grown.set(this.counts)
        this.counts = grown
      }
      this.counts.fill(0, o, o + N_LABELS)
      this.offsets.set(lowerHash, o)
    }
    this.counts[o + label]!++
  }
}
