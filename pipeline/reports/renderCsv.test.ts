import { parse } from "csv-parse/sync"
import { describe, expect, it } from "vitest"
import { renderCsv } from "./renderCsv.js"
import type { ReportColumn } from "./ReportResult.js"

const columns: ReadonlyArray<ReportColumn> = [
  { name: "text", type: "VARCHAR", isNumeric: false },
  { name: "n", type: "BIGINT", isNumeric: true }
]

describe("renderCsv", () => {
  it("writes RFC 4180: header, CRLF, quotes around commas, quotes and line breaks", () => {
    const csv = renderCsv(columns, [
      ["a, b", 1n],
      ['say "hi"', 2n],
      ["two\nlines", null],
      ["cr\ronly", 12345678901234567890n]
    ])
    expect(csv).toBe('text,n\r\n"a, b",1\r\n"say ""hi""",2\r\n"two\nlines",\r\n"cr\ronly",12345678901234567890\r\n')
    expect(parse(csv, { columns: true })).toHaveLength(4)
  })

  it("guards text that a spreadsheet would run as a formula, but not plain numbers", () => {
    const rows = ["=cmd|' /C calc'!A0", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx", "-12.5", "+3", "1e5", "ok"].map((t) => [t, null])
    const texts = (parse(renderCsv(columns, rows), { columns: true }) as Array<{ text: string }>).map((r) => r.text)
    expect(texts).toEqual(["'=cmd|' /C calc'!A0", "'+1+2", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx", "-12.5", "+3", "1e5", "ok"])
  })

  it("writes numbers raw: negative numbers are not guarded and have no separators", () => {
    expect(renderCsv(columns, [["x", -1234567]])).toBe("text,n\r\nx,-1234567\r\n")
  })
})
