import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences (not copied from any corpus).

describe("a month after 'since'", () => {
  it("is the latest such month on or before publication, whatever the tense around it", () => {
    expect(readTimexes(["Orders fell to 2,100, the fewest since late April, the ministry said."], "2015-12-03")).toEqual(["late April → DATE 2015-04"])
    expect(readTimexes(["Fares have risen since October."], "2015-03-03")).toEqual(["October → DATE 2014-10"])
    expect(readTimexes(["She has led the firm since mid-January."], "2015-12-03")).toEqual(["mid-January → DATE 2015-01"])
  })
})
