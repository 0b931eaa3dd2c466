import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences (not copied from any corpus).

describe("wire copy's 'end-' before a month or a year", () => {
  it("reads 'end-September' and 'end-2012' as the month and the year, like 'mid-2010'", () => {
    expect(readTimexes(["Reserves fell to $80 billion as of end-September."], "2013-11-20")).toEqual(["end-September → DATE 2013-09"])
    expect(readTimexes(["The bank expects the rate to reach 5 percent by end-2014."], "2013-11-20")).toEqual(["end-2014 → DATE 2014"])
    expect(readTimexes(["Loans stood at 9 billion at end-June 2009."], null)).toEqual(["end-June 2009 → DATE 2009-06"])
  })
  it("leaves other 'end-' compounds alone", () => {
    expect(readTimexes(["The end-user price rose."], "2013-11-20")).toEqual([])
  })
})
