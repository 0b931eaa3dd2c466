import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences (not copied from any corpus).

describe("ranges of years", () => {
  it("marks both ends of a range joined by a dash or a slash, widening a two-digit closing year", () => {
    expect(readTimexes(["Exports shrank in 1994-96."], "2021-03-17")).toEqual(["1994 → DATE 1994", "96 → DATE 1996"])
    expect(readTimexes(["She coached the side in the 2011/12 season."], null)).toEqual(["2011 → DATE 2011", "12 → DATE 2012"])
    expect(readTimexes(["The 2003-04 budget ran a surplus."], null)).toEqual(["2003 → DATE 2003", "04 → DATE 2004"])
    expect(readTimexes(["The pact covers 2015-2018."], null)).toEqual(["2015 → DATE 2015", "2018 → DATE 2018"])
  })
  it("carries a two-digit closing year over a century", () => {
    expect(readTimexes(["Rainfall was low in the 1999/00 season."], null)).toEqual(["1999 → DATE 1999", "00 → DATE 2000"])
  })
  it("leaves numeric dates, backward spans and far two-digit spans alone", () => {
    expect(readTimexes(["The memo is dated 2009-05-14."], null)).toEqual(["2009-05-14 → DATE 2009-05-14"])
    expect(readTimexes(["The vote went 1994-1990 in favour."], null)).toEqual([])
    expect(readTimexes(["Code 1990-45 was filed."], null)).toEqual([])
  })
})
