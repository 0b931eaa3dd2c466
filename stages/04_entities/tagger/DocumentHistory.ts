import { N_LABELS } from "./labels.js"

/**
 * What the tagger said earlier in the same document about each capitalized word (keyed by its
 * lower-case hash): how often each label was given to it. A later mention of "Parnevik" or
 * "Washington" then leans towards the type of the first, clearer mention ("Jesper Parnevik"),
 * as in Ratinov & Roth's (2009) prediction history. Cleared at each document start.
 */
export class DocumentHistory {
  private readonly counts = new Map<number, Int32Array>()

  clear(): void {
    this.counts.clear()
  }

  /** The label most often given to the word so far (ties: the lower label), or -1 if never seen. */
  majority(lowerHash: number): number {
    const c = this.counts.get(lowerHash)
    if (c === undefined) return -1
    let best = 0
    for (let y = 1; y < N_LABELS; y++) if (c[y]! > c[best]!) best = y
    return best
  }

  record(lowerHash: number, label: number): void {
    let c = this.counts.get(lowerHash)
    if (c === undefined) this.counts.set(lowerHash, (c = new Int32Array(N_LABELS)))
    c[label]!++
  }
}
