import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences (not copied from any corpus).

describe("earlier or later in the week, month or year", () => {
  it("is publication's week, month or year when the sentence names no day", () => {
    expect(readTimexes(["The council voted earlier in the week to close the pool."], "2016-05-13")).toEqual(["earlier in the week → DATE 2016-W19"])
    expect(readTimexes(["A ruling is due later in the month."], "2016-05-13")).toEqual(["later in the month → DATE 2016-05"])
    expect(readTimexes(["Earlier in the year, the mill shut."], "2016-05-13")).toEqual(["Earlier in the year → DATE 2016"])
  })
  it("is the week of a day named before it in the sentence", () => {
    expect(readTimexes(["The plant reopened on Friday after a fire earlier in the week."], "2016-05-16")).toEqual(["Friday → DATE 2016-05-13", "earlier in the week → DATE 2016-W19"])
  })
  it("leaves the day unmarked", () => {
    expect(readTimexes(["Bonds rallied earlier in the day."], "2016-05-13")).toEqual([])
  })
})

describe("earlier or later in the week after two days", () => {
  it("takes the week of the last day named before it", () => {
    expect(readTimexes(["The vote set for June 30 was expected on Tuesday, but may slip until later in the week."], "2016-05-16")).toEqual([
      "June 30 → DATE 2016-06-30",
      "Tuesday → DATE 2016-05-10",
      "later in the week → DATE 2016-W19"
    ])
  })
})
