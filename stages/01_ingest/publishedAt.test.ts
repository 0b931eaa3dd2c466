import { describe, expect, it } from "vitest"
import { normalizePublishedAt } from "./publishedAt.js"

describe("normalizePublishedAt", () => {
  it("keeps a calendar date as YYYY-MM-DD", () => {
    expect(normalizePublishedAt(" 2019-12-09 ")).toEqual({ value: "2019-12-09", reason: null })
  })

  it("adds seconds to a date-time and keeps the offset as given", () => {
    expect(normalizePublishedAt("2013-11-20T15:04Z").value).toBe("2013-11-20T15:04:00Z")
    expect(normalizePublishedAt("2007-06-06 11:25:00-04:00").value).toBe("2007-06-06T11:25:00-04:00")
    expect(normalizePublishedAt("2019-12-09T20:00:00.250+0530").value).toBe("2019-12-09T20:00:00.250+05:30")
    expect(normalizePublishedAt("1987-02-26T15:01:01").value).toBe("1987-02-26T15:01:01")
  })

  it("refuses impossible dates and says which part is wrong", () => {
    const bad = normalizePublishedAt("2019-13-45")
    expect(bad.value).toBeNull()
    expect(bad.reason).toContain('"2019-13-45"')
    expect(bad.reason).toContain("month 13")
    expect(normalizePublishedAt("2019-02-29").value).toBeNull()
    expect(normalizePublishedAt("2020-02-29").value).toBe("2020-02-29")
    expect(normalizePublishedAt("2019-04-31").reason).toContain("day 31")
    expect(normalizePublishedAt("2019-12-09T24:00").reason).toContain("hour 24")
  })

  it("refuses formats it does not know rather than guessing", () => {
    expect(normalizePublishedAt("Dec 9, 2019").value).toBeNull()
    expect(normalizePublishedAt("09/12/2019").reason).toContain("not in a supported format")
    expect(normalizePublishedAt("").value).toBeNull()
  })

  it("refuses placeholder years outside 1800-2200 and says so", () => {
    for (const raw of ["0001-01-01", "9999-12-31", "1799-12-31T23:00:00Z"]) {
      const r = normalizePublishedAt(raw)
      expect(r.value).toBeNull()
      expect(r.reason).toContain("outside 1800-2200")
    }
    expect(normalizePublishedAt("1800-01-01").value).toBe("1800-01-01")
    expect(normalizePublishedAt("2200-12-31").value).toBe("2200-12-31")
  })
})
