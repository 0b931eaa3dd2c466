/**
 * MinHash signatures over word 5-shingles, for finding syndicated copies of one story.
 * Plain typed-array code: it runs once per document in the hot loop.
 */

export const SIGNATURE_SIZE = 64
export const BANDS = 16
export const ROWS_PER_BAND = SIGNATURE_SIZE / BANDS
const SHINGLE_WORDS = 5

/**
 * The SIGNATURE_SIZE hash functions are x ↦ a·x + b (mod 2^32) with odd a: each is a bijection of
 * 32-bit values, one multiply and one add per function, applied to a well-mixed shingle hash.
 * Fixed multipliers and offsets make signatures identical on every run and machine.
 */
const MULTIPLIERS = new Int32Array(SIGNATURE_SIZE)
const OFFSETS = new Int32Array(SIGNATURE_SIZE)
{
  let x = 0x9e3779b9
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    x = mix32((x + 0x6d2b79f5) >>> 0)
    MULTIPLIERS[i] = x | 1
    x = mix32((x + 0x6d2b79f5) >>> 0)
    OFFSETS[i] = x
  }
}

/** A 32-bit finalizer (murmur3 fmix): spreads bits so that xor-seeding acts as a permutation. */
function mix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 0xc0

/** FNV-1a hashes of the lower-cased words of a text, punctuation ignored. */
export function wordHashes(text: string): Uint32Array {
  const out: number[] = []
  let h = 0x811c9dc5
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i)
    if (isWordChar(c)) {
      if (c >= 65 && c <= 90) c += 32
      h = Math.imul(h ^ c, 0x01000193)
      inWord = true
    } else if (inWord) {
      out.push(h >>> 0)
      h = 0x811c9dc5
      inWord = false
    }
  }
  if (inWord) out.push(h >>> 0)
  return Uint32Array.from(out)
}

/**
 * The signature: for each of SIGNATURE_SIZE seeded hash functions, the minimum over all shingles.
 * Texts shorter than one shingle use the whole text as their only shingle.
 */
export function minhashSignature(text: string): Uint32Array {
  const words = wordHashes(text)
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff)
  const n = Math.max(1, words.length - SHINGLE_WORDS + 1)
  for (let s = 0; s < n; s++) {
    let shingle = 0x2545f491
    const end = Math.min(words.length, s + SHINGLE_WORDS)
    for (let w = s; w < end; w++) shingle = mix32((shingle ^ words[w]!) + w - s)
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = (Math.imul(shingle, MULTIPLIERS[k]!) + OFFSETS[k]!) >>> 0
      if (v < sig[k]!) sig[k] = v
    }
  }
  return sig
}

/** One bucket key per band: documents sharing any bucket are candidate duplicates. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = []
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b
    for (let r = 0; r < ROWS_PER_BAND; r++) h = mix32(h ^ sig[b * ROWS_PER_BAND + r]!)
    keys.push(`${b}:${h.toString(16)}`)
  }
  return keys
}

/** Estimated Jaccard similarity: the share of signature positions that agree. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++
  return same / SIGNATURE_SIZE
}

export const signatureToHex = (sig: Uint32Array): string => {
  let s = ""
  for (let k = 0; k < sig.length; k++) s += sig[k]!.toString(16).padStart(8, "0")
  return s
}

export const signatureFromHex = (hex: string): Uint32Array => {
  const sig = new Uint32Array(hex.length / 8)
  for (let k = 0; k < sig.length; k++) sig[k] = parseInt(hex.slice(k * 8, k * 8 + 8), 16)
  return sig
}
