import { describe, expect, it } from "vitest"
import { gazetteer } from "./gazetteer/Gazetteer.js"
import { runStub } from "./testing/runStub.js"
import { splitCompound } from "./splitCompound.js"

describe("names inside hyphenated words", () => {
  it("splits names of countries and nationalities joined by hyphens, with their own offsets and entities", () => {
    const text = "Talks on Chile-Peru trade and a Franco-Spanish pact went on."
    const r = runStub(text, { "Chile-Peru": "MISC", "Franco-Spanish": "MISC" })
    expect(r.mentions.map((m) => [m.text, m.type, m.entityId, text.slice(m.start, m.end)])).toEqual([
      ["Chile", "GPE", "CHL", "Chile"],
      ["Peru", "GPE", "PER", "Peru"],
      ["Franco", "NORP", "FRA", "Franco"],
      ["Spanish", "NORP", "ESP", "Spanish"]
    ])
  })

  it("takes the name after an English prefix, and links it to the document's other mentions", () => {
    const r = runStub("The Frente Azul (FRAZ) rallied.\nAn anti-FRAZ march and non-Chilean voters followed.", { "Frente Azul": "ORG", "anti-FRAZ": "MISC", "non-Chilean": "MISC" })
    expect(r.mentions.map((m) => [m.text, m.type])).toEqual([
      ["Frente Azul", "ORG"],
      ["FRAZ", "ORG"],
      ["FRAZ", "ORG"],
      ["Chilean", "NORP"]
    ])
    expect(new Set(r.mentions.slice(0, 3).map((m) => m.entityId)).size).toBe(1)
  })

  it("reads a country or nationality before a participle as NORP of that country, and keeps other such words whole", () => {
    const r = runStub("A Peru-based miner and a Lima-based bank hired Chilean-born staff.", { "Peru-based": "MISC", "Lima-based": "MISC", "Chilean-born": "MISC" })
    expect(r.mentions.map((m) => [m.text, m.type, m.entityId])).toEqual([
      ["Peru", "NORP", "PER"],
      ["Lima-based", "MISC", expect.stringMatching(/^misc_/)],
      ["Chilean", "NORP", "CHL"]
    ])
  })

  it("keeps a hyphenated name whole when its parts are not all places or peoples", () => {
    const gaz = gazetteer()
    expect(splitCompound("Rolls-Royce", "ORG", gaz)).toBeNull()
    expect(splitCompound("Chile-Quanta", "ORG", gaz)).toBeNull()
    expect(splitCompound("al-Qaeda", "ORG", gaz)).toBeNull()
    expect(splitCompound("X-rated", "MISC", gaz)).toBeNull()
    expect(splitCompound("Peru-era", "MISC", gaz)).toEqual([{ from: 0, to: 4, type: "NORP", country: gaz.countryByName("Peru"), inherited: false }])
  })
})
