import { describe, expect, it } from "vitest"
import { parseReportSql } from "./readReportSql.js"
import { ReportFailed } from "./ReportFailed.js"

const failure = (text: string): ReportFailed => {
  try {
    parseReportSql("reports/x.sql", text)
  } catch (error) {
    if (error instanceof ReportFailed) return error
    throw error
  }
  throw new Error("expected ReportFailed")
}

describe("parseReportSql", () => {
  it("reads purpose, grain, chart and layout, and titles the report from its file name", () => {
    const report = parseReportSql(
      "reports/02_documents_by_month.sql",
      [
        "-- purpose: Stories per month,",
        "--   to spot gaps.",
        "-- grain: one row per month",
        "-- chart: bar x=month y=stories",
        "-- a free comment is not part of the grain",
        "--   nor is this indented one, after a free comment",
        "select 1"
      ].join("\n")
    )
    expect(report).toMatchObject({
      name: "02_documents_by_month",
      title: "Documents by month",
      purpose: "Stories per month, to spot gaps.",
      grain: "one row per month",
      chart: { kind: "bar", x: "month", y: "stories" },
      layout: "table"
    })
  })

  it("treats a missing chart and `none` alike, and reads the transposed layout", () => {
    const base = "-- purpose: p\r\n-- grain: g\r\n"
    expect(parseReportSql("a.sql", `${base}select 1`).chart).toBeNull()
    expect(parseReportSql("a.sql", `${base}-- chart: none\nselect 1`).chart).toBeNull()
    expect(parseReportSql("a.sql", `${base}-- layout: transposed\nselect 1`).layout).toBe("transposed")
    expect(parseReportSql("a.sql", `${base}-- chart: line y=b x=a\nselect 1`).chart).toEqual({ kind: "line", x: "a", y: "b" })
  })

  it("only reads the header: key lines after the query are ignored", () => {
    const report = parseReportSql("a.sql", "-- purpose: p\n-- grain: g\nselect 1\n-- chart: bar x=a y=b\n")
    expect(report.chart).toBeNull()
  })

  it("names the file and the fix when the header is incomplete or wrong", () => {
    expect(failure("-- grain: g\nselect 1").cause).toContain('"-- purpose: …"')
    expect(failure("-- purpose: p\nselect 1").cause).toContain("grain")
    expect(failure("-- purpose: p\n-- grain: g\n-- chart: pie x=a y=b\nselect 1").cause).toContain("unknown chart")
    expect(failure("-- purpose: p\n-- grain: g\n-- chart: bar x=a\nselect 1").cause).toContain("needs both x= and y=")
    expect(failure("-- purpose: p\n-- grain: g\n-- layout: wide\nselect 1").cause).toContain("unknown layout")
    expect(failure("-- purpose: p\n-- purpose: q\n-- grain: g\nselect 1").cause).toContain("twice")
    expect(failure("select 1").file).toBe("reports/x.sql")
  })
})
