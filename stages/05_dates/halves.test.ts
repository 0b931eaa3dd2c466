import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences (not copied from any corpus).

describe("halves", () => {
  it("counts 'half a century ago' and 'half a decade ago' in years", () => {
    expect(readTimexes(["The plant opened half a century ago."], "2012-06-15")).toEqual(["half a century ago → DATE 1962"])
    expect(readTimexes(["The rules changed half a decade ago."], "2012-06-15")).toEqual(["half a decade ago → DATE 2007"])
  })
  it("reads 'half an hour' and 'half a year' as stretches of time", () => {
    expect(readTimexes(["The vote took half an hour."], "2012-06-15")).toEqual(["half an hour → DURATION PT30M"])
  })
  it("gives 'the first half of the year' its half", () => {
    expect(readTimexes(["Sales slowed in the first half of the year."], "2012-06-15")).toEqual(["the first half of the year → DATE 2012-H1"])
    expect(readTimexes(["Sales slowed in the first half of the year."], null)).toEqual(["the first half of the year → DATE XXXX-H1"])
  })
})
