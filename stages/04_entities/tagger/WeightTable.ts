import { nonZeroKey } from "./HashIndex.js"

/** Int16 cells per slot: the key (two cells), the nine label weights, and padding to 32 bytes. */
const SLOT_CELLS = 16

/**
 * The emission weights keyed by feature hash, in one open-addressing table whose 32-byte slots
 * hold a key and its nine weights together: a feature that is found costs one cache line, where
 * a key index plus a separate weight matrix cost two misses. Built once, then only read.
 */
export class WeightTable {
  /** The slots as int16 cells: weights of a found feature start at `find(key)`. */
  readonly cells: Int16Array
  private readonly keys: Int32Array
  private readonly mask: number

  constructor(featureKeys: ArrayLike<number>, weights: Int16Array, labels: number) {
    if (labels > SLOT_CELLS - 2) throw new Error(`WeightTable holds at most ${SLOT_CELLS - 2} labels`)
    let size = 16
    while (size < featureKeys.length * 2) size <<= 1
    const buffer = new ArrayBuffer(size * SLOT_CELLS * 2)
    this.cells = new Int16Array(buffer)
    this.keys = new Int32Array(buffer)
    this.mask = size - 1
    const stride = SLOT_CELLS / 2
    for (let i = 0; i < featureKeys.length; i++) {
      const key = nonZeroKey(featureKeys[i]!)
      let slot = key & this.mask
      while (this.keys[slot * stride] !== 0 && this.keys[slot * stride] !== key) slot = (slot + 1) & this.mask
      this.keys[slot * stride] = key
      for (let y = 0; y < labels; y++) this.cells[slot * SLOT_CELLS + 2 + y] = weights[i * labels + y]!
    }
  }

  /** The cell index of the first weight of `key`, or -1 when the model has no such feature. */
  find(key: number): number {
    key = key === 0 ? 1 : key | 0
    const keys = this.keys
    const mask = this.mask
    let slot = key & mask
    for (;;) {
      const k = keys[slot << 3]!
      if (k === key) return (slot << 4) + 2
      if (k === 0) return -1
      slot = (slot + 1) & mask
    }
  }
}
