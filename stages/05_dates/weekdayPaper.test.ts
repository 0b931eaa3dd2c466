import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences (not copied from any corpus).

describe("a weekday naming a newspaper", () => {
  it("is no date in 'the Sunday tabloid' or 'a Saturday paper'", () => {
    expect(readTimexes(["He once edited a Sunday tabloid."], "2016-05-04")).toEqual([])
    expect(readTimexes(["The claim appeared in the Saturday paper."], "2016-05-04")).toEqual([])
  })
  it("still dates the weekday elsewhere in the sentence", () => {
    expect(readTimexes(["The Sunday newspaper printed its last issue on Sunday."], "2016-05-04")).toEqual(["Sunday → DATE 2016-05-01"])
  })
})
