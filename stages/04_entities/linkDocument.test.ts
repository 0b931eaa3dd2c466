import { describe, expect, it } from "vitest"
import { runStub } from "./testing/runStub.js"

/** The mentions' texts grouped by entity, in order of first mention. */
const groups = (r: ReturnType<typeof runStub>): string[][] => {
  const byId = new Map<string, string[]>()
  for (const m of r.mentions) byId.set(m.entityId, [...(byId.get(m.entityId) ?? []), m.text])
  return [...byId.values()]
}

describe("linking people within a document", () => {
  it("never joins two full names whose given names differ, even through a shared surname", () => {
    const r = runStub("Nora Pell met Owen Pell at the farm.\nPell said the gate was open.\nOwen Pell denied it, and Pell left.", {
      "Nora Pell": "PER",
      "Owen Pell": "PER",
      Pell: "PER"
    })
    // Each bare "Pell" goes to the closest full name before it.
    expect(groups(r)).toEqual([["Nora Pell"], ["Owen Pell", "Pell", "Owen Pell", "Pell"]])
    expect(r.entities.map((e) => e.aliases).sort()).toEqual([["Nora Pell"], ["Owen Pell", "Pell"]])
  })

  it("keeps an ambiguous surname said before any full name as its own entity", () => {
    const r = runStub("Pell was arrested.\nNora Pell and Owen Pell were questioned.", { "Nora Pell": "PER", "Owen Pell": "PER", Pell: "PER" })
    expect(groups(r)).toEqual([["Pell"], ["Nora Pell"], ["Owen Pell"]])
  })

  it("still joins forms of one person: an initial, a short given name, a middle name", () => {
    const r = runStub("Christopher J. Dane spoke.\nC. Dane agreed.\nChris Dane left.\nDane returned.", {
      "Christopher J. Dane": "PER",
      "C. Dane": "PER",
      "Chris Dane": "PER",
      Dane: "PER"
    })
    expect(groups(r)).toEqual([["Christopher J. Dane", "C. Dane", "Chris Dane", "Dane"]])
  })

  it("tells apart two people whose second given names differ", () => {
    const r = runStub("Mary Ann Tolle spoke.\nMary Beth Tolle agreed.\nTolle left.", { "Mary Ann Tolle": "PER", "Mary Beth Tolle": "PER", Tolle: "PER" })
    expect(groups(r)).toEqual([["Mary Ann Tolle"], ["Mary Beth Tolle", "Tolle"]])
  })
})

describe("bracketed acronyms", () => {
  it("does not take the source after a dateline for another name of the place", () => {
    const r = runStub("DENVER (KXYZ) — Police said a man was hurt.\nDenver police said more.", { DENVER: "LOC", Denver: "LOC" })
    expect(r.mentions.map((m) => m.text)).toEqual(["DENVER", "Denver"])
    const tagged = runStub("DENVER (KXYZ) — Police said a man was hurt.", { DENVER: "LOC", KXYZ: "ORG" })
    expect(groups(tagged)).toEqual([["DENVER"], ["KXYZ"]])
  })

  it("links an acronym that fits the name, and a company's stock code", () => {
    const r = runStub("The Coastal Fishing Board (CFB) met.\nShares of Dorvane Mills Inc. (DVM.N) fell.", { "Coastal Fishing Board": "ORG", "Dorvane Mills Inc.": "ORG" })
    expect(groups(r)).toEqual([["Coastal Fishing Board", "CFB"], ["Dorvane Mills Inc.", "DVM.N"]])
  })
})
