import { describe, expect, it } from "vitest"
import { runStub } from "./testing/runStub.js"

const texts = (r: ReturnType<typeof runStub>) => r.mentions.map((m) => `${m.text}/${m.type}`)

describe("capitalized common nouns the tagger called names", () => {
  it("drops a plural acronym: a class of things, not one", () => {
    const r = runStub("Sales of HDDs and SSDs rose at Maxtel.", { HDDs: "MISC", SSDs: "ORG", Maxtel: "ORG" })
    expect(texts(r)).toEqual(["Maxtel/ORG"])
  })

  it("drops a common abbreviation alone, not a name holding it", () => {
    const r = runStub("The CFO bought a PC and a DVD for Zentel.\nPC World opened.", { CFO: "ORG", PC: "ORG", DVD: "MISC", Zentel: "ORG", "PC World": "ORG" })
    expect(texts(r)).toEqual(["Zentel/ORG", "PC World/ORG"])
  })

  it("drops an all-capital MISC word after a number (a unit), not elsewhere", () => {
    const r = runStub("The vote closes at 2200 CET in Brno.\nThe CET board met.", { CET: "MISC", Brno: "LOC" })
    expect(texts(r)).toEqual(["Brno/GPE", "CET/MISC"])
  })

  it("drops a MISC word that news rarely capitalizes, unless the document names it inside a longer name", () => {
    const caps = { harvest: 1, festival: 0, zorbex: 5 }
    const dropped = runStub("Farmers fear the Harvest will be late.\nThe Zorbex is sold out.", { Harvest: "MISC", Zorbex: "MISC" }, caps)
    expect(texts(dropped)).toEqual(["Zorbex/MISC"])
    const kept = runStub("The Harvest Festival opens in May.\nThe Harvest draws crowds.", { "Harvest Festival": "MISC", Harvest: "MISC" }, caps)
    expect(texts(kept)).toEqual(["Harvest Festival/MISC", "Harvest/MISC"])
  })

  it("keeps every name when the tagger has no capitalization statistics", () => {
    expect(texts(runStub("Farmers fear the Harvest will be late.", { Harvest: "MISC" }))).toEqual(["Harvest/MISC"])
  })
})
