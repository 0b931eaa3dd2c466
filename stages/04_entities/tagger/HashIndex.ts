/**
 * An open-addressing map from non-zero 32-bit keys to int32 values in two typed arrays: built once
 * from a key list, then only read. Lookups do no allocation. Key 0 is the empty slot, so callers
 * map a zero key to another value first ({@link nonZeroKey}).
 */
export class HashIndex {
  private readonly keys: Int32Array
  private readonly values: Int32Array
  private readonly mask: number

  constructor(keys: ArrayLike<number>, values: ArrayLike<number>) {
    let size = 16
    while (size < keys.length * 2) size <<= 1
    this.keys = new Int32Array(size)
    this.values = new Int32Array(size)
    this.mask = size - 1
    for (let i = 0; i < keys.length; i++) {
      const key = nonZeroKey(keys[i]!)
      let slot = key & this.mask
      while (this.keys[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & this.mask
      this.keys[slot] = key
      this.values[slot] = values[i]!
    }
  }

  /** The value of `key`, or `missing` when absent. */
  get(key: number, missing: number): number {
    key = key === 0 ? 1 : key | 0
    const keys = this.keys
    const mask = this.mask
    let slot = key & mask
    for (;;) {
      const k = keys[slot]!
      if (k === key) return this.values[slot]!
      if (k === 0) return missing
      slot = (slot + 1) & mask
    }
  }
}

/** The key as stored: 0 is reserved for empty slots and becomes 1. */
export const nonZeroKey = (key: number): number => (key === 0 ? 1 : key | 0)
