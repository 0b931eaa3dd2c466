/**
 * An open-addressing map from non-zero 32-bit keys to int32 values: built once from a key list,
 * then only read. Key and value sit side by side in one Int32Array, so a hit costs one cache miss.
 * Lookups do no allocation. Key 0 marks an empty slot; a zero key is stored as 1 (callers' keys are
 * hashes, so the merge is harmless).
 */
export class HashIndex {
  private readonly slots: Int32Array
  private readonly mask: number

  constructor(keys: ArrayLike<number>, values: ArrayLike<number>) {
    let size = 16
    while (size < keys.length * 2) size <<= 1
    this.slots = new Int32Array(size * 2)
    this.mask = size - 1
    for (let i = 0; i < keys.length; i++) {
      const key = nonZeroKey(keys[i]!)
      let slot = key & this.mask
      while (this.slots[2 * slot] !== 0 && this.slots[2 * slot] !== key) slot = (slot + 1) & this.mask
      this.slots[2 * slot] = key
      this.slots[2 * slot + 1] = values[i]!
    }
  }

  /** The value of `key`, or `missing` when absent. */
  get(key: number, missing: number): number {
    key = key === 0 ? 1 : key | 0
    const slots = this.slots
    const mask = this.mask
    let slot = key & mask
    for (;;) {
      const k = slots[2 * slot]!
      if (k === key) return slots[2 * slot + 1]!
      if (k === 0) return missing
      slot = (slot + 1) & mask
    }
  }
}

/** The key as stored: 0 is reserved for empty slots and becomes 1. */
export const nonZeroKey = (key: number): number => (key === 0 ? 1 : key | 0)
