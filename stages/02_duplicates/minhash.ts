/**
 * MinHash signatures over word 5-shingles, for finding syndicated copies of one story.
 * Plain typed-array code: it runs once per document in the hot loop.
 */

/**
 * 128 values: the share of equal values estimates Jaccard similarity with a standard error of
 * about 0.04 near the 0.8 threshold (64 gave 0.06, and short template texts such as dividend
 * notices crossed it). 32 bands of 4 values make a pair at 0.8 a candidate with probability ~1.
 */
export const SIGNATURE_SIZE = 128
export const BANDS = 32
export const ROWS_PER_BAND = SIGNATURE_SIZE / BANDS
const SHINGLE_WORDS = 5

/** A 32-bit finalizer (murmur3 fmix): spreads bits so that xor-seeding acts as a permutation. */
function mix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/**
 * Letters and digits: ASCII ones, and everything from U+00C0 except the punctuation and symbol
 * blocks, so that typographic quotes and dashes (’ “ ” —) separate words as ' " - do: a copy
 * whose quotes were straightened is still a copy.
 */
const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) ||
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xff0f))

/** FNV-1a hashes of the lower-cased words of a text, punctuation ignored. */
export function wordHashes(original: string): Uint32Array {
  // Lower-casing the whole text once is native and covers every script; ASCII alone would not.
  const text = original.toLowerCase()
  // A word takes at least one character and one separator, so this bound never overflows.
  const out = new Uint32Array((text.length >>> 1) + 1)
  let n = 0
  let h = 0x811c9dc5
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isWordChar(c)) {
      h = Math.imul(h ^ c, 0x01000193)
      inWord = true
    } else if (inWord) {
      out[n++] = h
      h = 0x811c9dc5
      inWord = false
    }
  }
  if (inWord) out[n++] = h
  return out.subarray(0, n)
}

const wholeTextHash = (text: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** The top log2(SIGNATURE_SIZE) bits of a shingle hash choose its bin; the other bits are the value kept per bin. */
const BIN_SHIFT = 32 - Math.log2(SIGNATURE_SIZE)
const VALUE_MASK = (1 << BIN_SHIFT) - 1
const EMPTY = 0xffffffff

/**
 * The signature, by one-permutation hashing: each shingle hash falls into one of SIGNATURE_SIZE
 * bins and each bin keeps its minimum. One operation per shingle instead of SIGNATURE_SIZE, with
 * the same estimator (the share of equal bins estimates Jaccard similarity). Empty bins, left by
 * short texts, borrow the value of the next filled bin to their right (rotation densification),
 * offset by the distance so that borrowed values stay distinguishable.
 * Texts shorter than one shingle use the whole text as their only shingle.
 */
export function minhashSignature(text: string): Uint32Array {
  let words = wordHashes(text)
  // A text without letters or digits ("* * *") is its own single shingle: otherwise every such
  // text would get the same signature and be taken for a copy of every other.
  if (words.length === 0) words = Uint32Array.of(wholeTextHash(text))
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY)
  const n = Math.max(1, words.length - SHINGLE_WORDS + 1)
  for (let s = 0; s < n; s++) {
    // Multiply-xor over the words keeps their order significant; one finalizer mixes the result.
    let shingle = 0x2545f491
    const end = Math.min(words.length, s + SHINGLE_WORDS)
    for (let w = s; w < end; w++) shingle = Math.imul(shingle ^ words[w]!, 0x9e3779b1)
    shingle = mix32(shingle >>> 0)
    const bin = shingle >>> BIN_SHIFT
    const value = shingle & VALUE_MASK
    if (value < sig[bin]!) sig[bin] = value
  }
  for (let b = 0; b < SIGNATURE_SIZE; b++) {
    if (sig[b] !== EMPTY) continue
    for (let d = 1; d < SIGNATURE_SIZE; d++) {
      const donor = sig[(b + d) % SIGNATURE_SIZE]!
      // A donor that was itself empty before this pass is skipped: values above VALUE_MASK are borrowed.
      if (donor !== EMPTY && donor <= VALUE_MASK) {
        sig[b] = (donor + (d << BIN_SHIFT)) >>> 0
        break
      }
    }
  }
  return sig
}

/** Estimated Jaccard similarity: the share of signature positions that agree. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++
  return same / SIGNATURE_SIZE
}

/** Two hex digits per byte value: a table lookup is several times faster than toString + padStart. */
const BYTE_HEX: ReadonlyArray<string> = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"))

export const signatureToHex = (sig: Uint32Array): string => {
  let s = ""
  for (let k = 0; k < sig.length; k++) {
    const v = sig[k]!
    s += BYTE_HEX[v >>> 24]! + BYTE_HEX[(v >>> 16) & 0xff]! + BYTE_HEX[(v >>> 8) & 0xff]! + BYTE_HEX[v & 0xff]!
  }
  return s
}

export const signatureFromHex = (hex: string): Uint32Array => {
  const sig = new Uint32Array(hex.length / 8)
  for (let k = 0; k < sig.length; k++) sig[k] = parseInt(hex.slice(k * 8, k * 8 + 8), 16)
  return sig
}
