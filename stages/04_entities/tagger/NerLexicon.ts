import { combine } from "./hashing.js"
import type { HashIndex } from "./HashIndex.js"

/**
 * Word knowledge learned or listed outside CoNLL, stored with the model.
 * - `words`: keyed by {@link hashLowerWord}; the value packs two distributional word classes and
 *   a capitalization bin learned from unlabeled news (see WORD_* below); 0 when unknown.
 * - `gazetteer`: keyed by a chain of lower-cased token hashes ({@link gazetteerKey}); the value
 *   holds GAZ_* type bits, plus GAZ_PREFIX when a longer entry continues with more tokens.
 */
export interface NerLexicon {
  readonly words: HashIndex
  readonly gazetteer: HashIndex
}

/** Packing of `words` values: class ids are stored plus one so that 0 means unknown. */
export const WORD_CLASS1_BITS = 12
export const packWordInfo = (class1: number, class2: number, capBin: number): number =>
  (class1 + 1) | ((class2 + 1) << 12) | ((capBin + 1) << 24)
export const wordClass1 = (v: number): number => v & 0xfff
export const wordClass2 = (v: number): number => (v >>> 12) & 0xfff
export const wordCapBin = (v: number): number => (v >>> 24) & 0xf

export const GAZ_COUNTRY = 1
export const GAZ_DEMONYM = 2
export const GAZ_CITY = 4
export const GAZ_BIG_CITY = 8
export const GAZ_FIRST_NAME = 16
export const GAZ_LAST_NAME = 32
export const GAZ_ORGANIZATION = 64
export const GAZ_REGION = 128
export const GAZ_PREFIX = 256
export const GAZ_TYPE_MASK = 255
/** Longest gazetteer entry in tokens. */
export const GAZ_MAX_TOKENS = 4

const GAZ_SEED = 0x5eed6a2
/** Key of a gazetteer entry's first token, given its lower-case hash. */
export const gazetteerStart = (lowerHash: number): number => combine(GAZ_SEED, lowerHash)
/** Key of an entry extended by one more token. */
export const gazetteerNext = (key: number, lowerHash: number): number => combine(key, lowerHash)
/** Key of a whole entry given its tokens' lower-case hashes. */
export const gazetteerKey = (lowerHashes: ReadonlyArray<number>): number => {
  let key = gazetteerStart(lowerHashes[0]!)
  for (let k = 1; k < lowerHashes.length; k++) key = gazetteerNext(key, lowerHashes[k]!)
  return key
}
