/**
 * 32-bit integer hashing for features: strings are hashed once per token (FNV-1a over UTF-16 code
 * units), and every feature key is a mix of a template number and such hashes, so no feature
 * string is ever built.
 */

/** murmur3's finalizer: spreads every input bit over the output. */
export const fmix = (h: number): number => {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h | 0
}

/** Mixes two 32-bit values into one key (order matters). */
export const combine = (a: number, b: number): number => fmix(Math.imul(a ^ 0x27d4eb2f, 0x9e3779b1) + b)

export const FNV_OFFSET = 0x811c9dc5 | 0
/** One FNV-1a step. */
export const fnvStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193)

/** Hash of a word lower-cased with ASCII digits mapped to "0", the form the lexicons are keyed by. */
export const hashLowerWord = (word: string): number => {
  let h = FNV_OFFSET
  for (let k = 0; k < word.length; k++) h = fnvStep(h, lowerDigitCode(word.charCodeAt(k)))
  return fmix(h)
}

/** Lower-cases one UTF-16 code unit (ASCII fast path) and maps digits to "0". */
export const lowerDigitCode = (c: number): number => {
  if (c < 128) {
    if (c >= 65 && c <= 90) return c | 32
    if (c >= 48 && c <= 57) return 48
    return c
  }
  if ((c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x391 && c <= 0x42f)) return String.fromCharCode(c).toLowerCase().charCodeAt(0)
  return c
}
