import { describe, expect, it } from "vitest"
import { WeightTable } from "./WeightTable.js"

describe("WeightTable", () => {
  it("finds every feature's nine weights and misses absent keys", () => {
    const keys = Int32Array.from({ length: 500 }, (_, i) => Math.imul(i + 1, 0x9e3779b1))
    const weights = Int16Array.from({ length: keys.length * 9 }, (_, j) => (j * 7919) % 65536 - 32768)
    const table = new WeightTable(keys, weights, 9)
    keys.forEach((key, i) => {
      const at = table.find(key)
      expect(at).toBeGreaterThanOrEqual(0)
      expect(Array.from(table.cells.subarray(at, at + 9))).toEqual(Array.from(weights.subarray(i * 9, i * 9 + 9)))
    })
    expect(table.find(12345)).toBe(-1)
  })

  it("stores a zero key as 1, as HashIndex does", () => {
    const table = new WeightTable(Int32Array.of(0), Int16Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9), 9)
    expect(table.find(0)).toBe(table.find(1))
    expect(table.cells[table.find(0) + 8]).toBe(9)
  })
})
