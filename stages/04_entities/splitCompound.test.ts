import { describe, expect, it } from "vitest"
import { gazetteer } from "./gazetteer/Gazetteer.js"
import { mentionTypes, runStub } from "./testing/runStub.js"
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
    expect(mentionTypes(r)).toEqual([
      ["Frente Azul", "ORG"],
      ["FRAZ", "ORG"],
      ["FRAZ", "ORG"],
      ["Chilean", "NORP"]
    ])
    expect(new Set(r.mentions.slice(0, 3).map((m) => m.entityId)).size).toBe(1)
  })

  it("reads a country, nationality or known place before a participle as an adjective (NORP) of it, and keeps other such words whole", () => {
    const r = runStub("A Peru-based miner, a Lima-based bank and a Zorblat-based fund hired Chilean-born staff.\nLima grew.", {
      "Peru-based": "MISC",
      "Lima-based": "MISC",
      "Zorblat-based": "MISC",
      "Chilean-born": "MISC",
      Lima: "LOC"
    })
    expect(mentionTypes(r)).toEqual([
      ["Peru", "NORP"],
      ["Lima", "NORP"],
      ["Zorblat-based", "MISC"],
      ["Chilean", "NORP"],
      ["Lima", "GPE"]
    ])
    expect(r.mentions.map((m) => m.entityId.slice(0, 4))).toEqual(["PER", "gpe_", "misc", "CHL", "gpe_"])
    // The adjective joins the place's entity and leaves its type to the place's own mentions.
    expect(r.mentions[1]!.entityId).toBe(r.mentions[4]!.entityId)
    expect(r.entities.find((e) => e.entityId === r.mentions[1]!.entityId)).toMatchObject({ type: "GPE", countryCode: "PER", nMentions: 2 })
  })

  it("keeps a hyphenated name whole when its parts are not all places or peoples", () => {
    const gaz = gazetteer()
    expect(splitCompound("Rolls-Royce", "ORG", gaz)).toBeNull()
    expect(splitCompound("Chile-Quanta", "ORG", gaz)).toBeNull()
    expect(splitCompound("al-Qaeda", "ORG", gaz)).toBeNull()
    expect(splitCompound("X-rated", "MISC", gaz)).toBeNull()
    expect(splitCompound("Peru-era", "MISC", gaz)).toEqual([{ from: 0, to: 4, type: "NORP", country: gaz.countryByName("Peru"), inherited: false, adjectival: false }])
  })
})
