import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences (not copied from any corpus).

describe("'the month before', 'the week before'", () => {
  it("counts from the month the narrative last named, else from publication", () => {
    expect(readTimexes(["Orders rose to 8,000 in March from 7,500 the month before."], "2014-05-06")).toEqual(["March → DATE 2014-03", "the month before → DATE 2014-02"])
    expect(readTimexes(["Prices eased, after a jump the month before."], "2014-05-06")).toEqual(["the month before → DATE 2014-04"])
    expect(readTimexes(["Filings fell from 310,000 the week before."], "2014-05-06")).toEqual(["the week before → DATE 2014-W18"])
  })
  it("counts one more step after 'last week' or 'next week' in its sentence", () => {
    expect(readTimexes(["Shares fell 5 percent last week, after a 3 percent drop the week before."], "2014-05-06")).toEqual(["last week → DATE 2014-W18", "the week before → DATE 2014-W17"])
    expect(readTimexes(["Funds may run out next week or the week after."], "2014-05-06")).toEqual(["next week → DATE 2014-W20", "the week after → DATE 2014-W21"])
    expect(readTimexes(["Sales hit a low last month after a rebound the month before."], "2014-05-06")).toEqual(["last month → DATE 2014-04", "the month before → DATE 2014-03"])
  })
  it("keeps a placeholder without a date, and leaves 'the month before the vote' to the vote", () => {
    expect(readTimexes(["Prices eased, after a jump the month before."], null)).toEqual(["the month before → DATE XXXX-XX"])
    expect(readTimexes(["She resigned the month before the election."], "2014-05-06")).toEqual([])
  })
})
