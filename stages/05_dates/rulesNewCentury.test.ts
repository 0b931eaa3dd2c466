import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences (not copied from any corpus).

describe("the decade and the century", () => {
  it("reads the edge of the decade or century as the publication's one, with no guess without a date", () => {
    expect(readTimexes(["Demand should peak by the end of the decade."], "2012-04-10")).toEqual(["the end of the decade → DATE 201"])
    expect(readTimexes(["Demand should peak by the end of the decade."], null)).toEqual(["the end of the decade → DATE XXX"])
    expect(readTimexes(["Rents have doubled since the start of the century."], "2012-04-10")).toEqual(["the start of the century → DATE 20"])
  })
  it("reads a past start of the decade, written early in a decade, as the decade just ended", () => {
    expect(readTimexes(["The boom began at the start of the decade."], "2011-02-08")).toEqual(["the start of the decade → DATE 200"])
    expect(readTimexes(["The boom began at the start of the decade."], "2016-02-08")).toEqual(["the start of the decade → DATE 201"])
  })
  it("reads the new century as the current one, or the coming one in a century's last decade", () => {
    expect(readTimexes(["Trade grew fast in the new century."], "2007-09-12")).toEqual(["the new century → DATE 20"])
    expect(readTimexes(["Planners are getting ready for the new century."], "1997-09-12")).toEqual(["the new century → DATE 20"])
    expect(readTimexes(["Trade grew fast in the new millennium."], "2007-09-12")).toEqual(["the new millennium → DATE 2"])
    expect(readTimexes(["Trade grew fast in the new century."], null)).toEqual(["the new century → DATE XX"])
  })
})
