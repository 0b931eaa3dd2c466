import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences (not copied from any corpus).

describe("a quarter named by its last month", () => {
  it("reads 'the September quarter' as the calendar quarter ending in that month", () => {
    expect(readTimexes(["Output rose in the September quarter."], "2013-11-05")).toEqual(["the September quarter → DATE 2013-Q3"])
    expect(readTimexes(["Sales fell in the June quarter, 2010."], null)).toEqual(["the June quarter, 2010 → DATE 2010-Q2"])
  })
  it("takes last year's quarter when this year's has yet to close, and keeps a placeholder without a date", () => {
    expect(readTimexes(["Profit doubled in the December quarter."], "2013-02-12")).toEqual(["the December quarter → DATE 2012-Q4"])
    expect(readTimexes(["Profit doubled in the December quarter."], null)).toEqual(["the December quarter → DATE XXXX-QX"])
  })
})

describe("the previous quarter", () => {
  it("is the one before the quarter just named", () => {
    expect(readTimexes(["The toymaker sees a weak fourth quarter after a strong previous quarter."], "2013-10-15")).toEqual([
      "fourth quarter → DATE 2013-Q4",
      "previous quarter → DATE 2013-Q3"
    ])
  })
})
