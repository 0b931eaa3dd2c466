import { isBegin, labelType, N_LABELS } from "./labels.js"

/**
 * Whether label `to` may follow label `from` in BIO (from = N_LABELS is the sentence start):
 * I-type only after B- or I- of the same type.
 */
export const allowedTransition = (from: number, to: number): boolean => {
  if (to === 0 || isBegin(to)) return true
  return from !== N_LABELS && from !== 0 && labelType(from) === labelType(to)
}

const NEG = -1e30
/** The transition matrix with forbidden moves folded in as a large negative score. */
export const constrainTransitions = (transitions: ArrayLike<number>): Float64Array => {
  const out = new Float64Array((N_LABELS + 1) * N_LABELS)
  for (let from = 0; from <= N_LABELS; from++)
    for (let to = 0; to < N_LABELS; to++)
      out[from * N_LABELS + to] = allowedTransition(from, to) ? transitions[from * N_LABELS + to]! : NEG

  return out
}

/**
 * Best label sequence under first-order scores: `emissions` is n × N_LABELS, `transitions` the
 * constrained (N_LABELS + 1) × N_LABELS matrix. Writes labels into `out`; `delta`/`back` are scratch
 * buffers of at least n × N_LABELS. Tokens flagged in `forcedOutside` can only be O.
 */
export const viterbi = (
  n: number, emissions: ArrayLike<number>, transitions: Float64Array, out: Uint8Array,
  delta: Float64Array, back: Uint8Array, forcedOutside?: Uint8Array
): void => {
  if (n === 0) return
  const L = N_LABELS
  for (let y = 0; y < L; y++) delta[y] = emissions[y]! + transitions[L * L + y]!
  for (let i = 1; i < n; i++) {
    const base = i * L, prev = base - L
    if (forcedOutside !== undefined && forcedOutside[i] === 1) {
      // Only O is possible here: one column instead of all N_LABELS.
      let best = NEG * 4, arg = 0
      for (let p = 0; p < L; p++) {
        const s = delta[prev + p]! + transitions[p * L]!
        if (s > best) { best = s; arg = p }
      }
      delta[base] = best + emissions[base]!
      back[base] = arg
      for (let y = 1; y < L; y++) { delta[base + y] = NEG * 2; back[base + y] = 0 }
      continue
    }
    for (let y = 0; y < L; y++) {
      let best = NEG * 4, arg = 0
      if (y !== 0 && !isBegin(y)) {
        // I-type follows only B-type (y - 1) or I-type (y): the other moves score NEG, and a
        // state reached only through NEG is never on the best path (the all-O path beats it), so
        // its value need not match the full loop's. The two real moves are compared in the
        // same order as there, so every reachable state's score and back pointer are unchanged.
        const sb = delta[prev + y - 1]! + transitions[(y - 1) * L + y]!
        if (sb > best) { best = sb; arg = y - 1 }
        const si = delta[prev + y]! + transitions[y * L + y]!
        if (si > best) { best = si; arg = y }
      } else {
        for (let p = 0; p < L; p++) {
          const s = delta[prev + p]! + transitions[p * L + y]!
          if (s > best) { best = s; arg = p }
        }
      }
      delta[base + y] = best + emissions[base + y]!
      back[base + y] = arg
    }
  }
  let best = NEG * 4, arg = 0
  const last = (n - 1) * L
  for (let y = 0; y < L; y++) if (delta[last + y]! > best) { best = delta[last + y]!; arg = y }
  out[n - 1] = arg
  for (let i = n - 1; i > 0; i--) {
    arg = back[i * L + arg]!
    out[i - 1] = arg
  }
}
