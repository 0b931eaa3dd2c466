import { describe, expect, it } from "vitest"
import { formatCell, formatNumber } from "./formatCell.js"
import { truncateText } from "./truncateText.js"

const column = (name: string) => ({ name, type: "BIGINT", isNumeric: true })

describe("formatCell", () => {
  it("groups thousands for bigint and number, keeps small fractions readable", () => {
    expect(formatNumber(1234567n)).toBe("1,234,567")
    expect(formatNumber(12345678901234567890n)).toBe("12,345,678,901,234,567,890")
    expect(formatNumber(1234.5678)).toBe("1,234.57")
    expect(formatNumber(0.001234)).toBe("0.00123")
    expect(formatNumber(-42)).toBe("-42")
    expect(formatNumber(Number.NaN)).toBe("NaN")
  })

  it("leaves years and ids ungrouped, nulls empty, text untouched", () => {
    expect(formatCell(2013, column("year"))).toBe("2013")
    expect(formatCell(12345n, column("sentence_id"))).toBe("12345")
    expect(formatCell(12345n, column("words"))).toBe("12,345")
    expect(formatCell(null, column("words"))).toBe("")
    expect(formatCell("1843", { name: "source", type: "VARCHAR", isNumeric: false })).toBe("1843")
  })
})

describe("truncateText", () => {
  it("flattens whitespace and cuts on code points", () => {
    expect(truncateText("a\n\nb  c", 10)).toBe("a b c")
    expect(truncateText("abcdefghij", 5)).toBe("abcd…")
    expect(truncateText("😀😀😀😀😀😀", 3)).toBe("😀😀…")
  })
})
