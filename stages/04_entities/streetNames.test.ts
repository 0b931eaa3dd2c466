import { describe, expect, it } from "vitest"
import { mentionTypes, runStub } from "./testing/runStub.js"

describe("streets the tagger named only in part", () => {
  it("takes in the street word after a name, and a direction after it", () => {
    const r = runStub("Shots were fired on Tarrow Avenue.\nIt was at 5620 Fenlow Avenue NW.", { Tarrow: "LOC", Fenlow: "PER", NW: "ORG" })
    expect(mentionTypes(r)).toEqual([["Tarrow Avenue", "FAC"], ["Fenlow Avenue NW", "FAC"]])
  })

  it("takes in Place or Way only in an address", () => {
    const r = runStub("A bike was stolen in the 100 block of Orrin Place.\nHe met Orrin Place, the singer.", { Orrin: "LOC" })
    expect(mentionTypes(r)).toEqual([["Orrin Place", "FAC"], ["Orrin", "GPE"]])
  })

  it("types names before a plural street word as streets", () => {
    const r = runStub("It happened at Eagle and Brackwater streets.", { Eagle: "ORG", Brackwater: "LOC" })
    expect(mentionTypes(r)).toEqual([["Eagle", "FAC"], ["Brackwater", "FAC"]])
  })
})
