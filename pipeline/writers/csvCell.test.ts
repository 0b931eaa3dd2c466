import { describe, expect, it } from "vitest"
import { csvCell, guardCsvText, plainDecimal, unguardCsvCell } from "./csvCell.js"

describe("csvCell", () => {
  it("guards text a spreadsheet would run, and the guard comes off again", () => {
    for (const text of ["=1+1", "+1", "-x", "@SUM(A1)", "\tx", "\rx", "-5", "=", "-"]) {
      expect(guardCsvText(text)).toBe(`'${text}`)
      expect(unguardCsvCell(guardCsvText(text))).toBe(text)
    }
    for (const text of ["plain", "", "'quoted", "a=b", " =x", "[1]"]) {
      expect(guardCsvText(text)).toBe(text)
      expect(unguardCsvCell(text)).toBe(text)
    }
  })

  it("writes numbers as plain decimals that parse back to the same double", () => {
    const xs = [0, 1, -3.5, 0.1, 1e-7, -1e-7, 5e-324, 1e21, -1.234e25, 1.7976931348623157e308, 123456789.125]
    for (let i = 0; i < 2000; i++) xs.push((Math.random() - 0.5) * 10 ** Math.floor(Math.random() * 600 - 300))
    for (const x of xs) {
      const s = plainDecimal(x)
      expect(s).toMatch(/^-?\d+(\.\d+)?$/)
      expect(Number(s)).toBe(x)
    }
    expect(csvCell("float64", -1e-7)).toBe("-0.0000001")
    expect(csvCell("float64", Number.NEGATIVE_INFINITY)).toBe("'-Infinity")
    expect(csvCell("int32", -3)).toBe("-3")
    expect(csvCell("int64", -(2n ** 63n))).toBe("-9223372036854775808")
  })

  it("writes booleans, lists and nulls", () => {
    expect(csvCell("bool", false)).toBe("false")
    expect(csvCell("string_list", ["=a", 'b"c'])).toBe('["=a","b\\"c"]')
    expect(csvCell("string", null)).toBeNull()
  })
})
