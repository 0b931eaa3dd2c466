import { describe, expect, it } from "vitest"
import type { SpanTagger, TaggedSpan } from "./nerContract.js"
import { recognizeDocument } from "./recognizeDocument.js"
import { entityGroups, mentionTypes, runStub, stubSentences } from "./testing/runStub.js"


describe("linking people within a document", () => {
  it("never joins two full names whose given names differ, even through a shared surname", () => {
    const r = runStub("Nora Pell met Owen Pell at the farm.\nPell said the gate was open.\nOwen Pell denied it, and Pell left.", {
      "Nora Pell": "PER",
      "Owen Pell": "PER",
      Pell: "PER"
    })
    // Each bare "Pell" goes to the closest full name before it.
    expect(entityGroups(r)).toEqual([["Nora Pell"], ["Owen Pell", "Pell", "Owen Pell", "Pell"]])
    expect(r.entities.map((e) => e.aliases).sort()).toEqual([["Nora Pell"], ["Owen Pell", "Pell"]])
  })

  it("keeps an ambiguous surname said before any full name as its own entity", () => {
    const r = runStub("Pell was arrested.\nNora Pell and Owen Pell were questioned.", { "Nora Pell": "PER", "Owen Pell": "PER", Pell: "PER" })
    expect(entityGroups(r)).toEqual([["Pell"], ["Nora Pell"], ["Owen Pell"]])
  })

  it("still joins forms of one person: an initial, a short given name, a middle name", () => {
    const r = runStub("Christopher J. Dane spoke.\nC. Dane agreed.\nChris Dane left.\nDane returned.", {
      "Christopher J. Dane": "PER",
      "C. Dane": "PER",
      "Chris Dane": "PER",
      Dane: "PER"
    })
    expect(entityGroups(r)).toEqual([["Christopher J. Dane", "C. Dane", "Chris Dane", "Dane"]])
  })

  it("tells apart two people whose second given names differ", () => {
    const r = runStub("Mary Ann Tolle spoke.\nMary Beth Tolle agreed.\nTolle left.", { "Mary Ann Tolle": "PER", "Mary Beth Tolle": "PER", Tolle: "PER" })
    expect(entityGroups(r)).toEqual([["Mary Ann Tolle"], ["Mary Beth Tolle", "Tolle"]])
  })
})

describe("bracketed acronyms", () => {
  it("does not take the source after a dateline for another name of the place", () => {
    const r = runStub("DENVER (KXYZ) — Police said a man was hurt.\nDenver police said more.", { DENVER: "LOC", Denver: "LOC" })
    expect(r.mentions.map((m) => m.text)).toEqual(["DENVER", "Denver"])
    const tagged = runStub("DENVER (KXYZ) — Police said a man was hurt.", { DENVER: "LOC", KXYZ: "ORG" })
    expect(entityGroups(tagged)).toEqual([["DENVER"], ["KXYZ"]])
  })

  it("links an acronym that fits the name, and a company's stock code", () => {
    const r = runStub("The Coastal Fishing Board (CFB) met.\nShares of Dorvane Mills Inc. (DVM.N) fell.", { "Coastal Fishing Board": "ORG", "Dorvane Mills Inc.": "ORG" })
    expect(entityGroups(r)).toEqual([["Coastal Fishing Board", "CFB"], ["Dorvane Mills Inc.", "DVM.N"]])
  })

  it("makes a name the tagger read as a person or MISC a company when its stock code follows", () => {
    const r = runStub("Dorra Mae (DRM.N) said profit rose.\nBrevik (BRV.OL) shares fell.", { "Dorra Mae": "PER", Brevik: "MISC" })
    expect(mentionTypes(r)).toEqual([
      ["Dorra Mae", "ORG"],
      ["DRM.N", "ORG"],
      ["Brevik", "ORG"],
      ["BRV.OL", "ORG"]
    ])
    expect(entityGroups(r)).toEqual([["Dorra Mae", "DRM.N"], ["Brevik", "BRV.OL"]])
  })

  it("reads a word shared by two countries' names as the one the document names", () => {
    const r = runStub("South Korea's exports rose.\nKorea and Korean carmakers gained.", { "South Korea": "LOC", Korea: "LOC", Korean: "MISC" })
    expect(r.mentions.map((m) => [m.text, m.entityId])).toEqual([
      ["South Korea", "KOR"],
      ["Korea", "KOR"],
      ["Korean", "KOR"]
    ])
    const both = runStub("South Korea and North Korea met.\nKorea was the topic.", { "South Korea": "LOC", "North Korea": "LOC", Korea: "LOC" })
    expect(both.mentions.map((m) => m.entityId).slice(2)).not.toContain("KOR")
  })

  it("reads a sea, strait or island named by a place as one place", () => {
    const r = runStub("Rigs in the Gulf of Tarnia shut.\nTankers crossed the Strait of Vale.\nThe Bay fell quiet.", {
      Gulf: "LOC",
      Tarnia: "LOC",
      "Strait of Vale": "ORG",
      Bay: "LOC"
    })
    expect(mentionTypes(r).slice(0, 2)).toEqual([
      ["Gulf of Tarnia", "LOC"],
      ["Strait of Vale", "LOC"]
    ])
    // A head word alone stays as it was.
    expect(r.mentions.map((m) => m.text)).toEqual(["Gulf of Tarnia", "Strait of Vale", "Bay"])
  })

  it("reads a market index cut at its number as one name", () => {
    const r = runStub("The Tarn Exchange 250 Index fell.\nIts 40 Index rose.\nThe Vale & Hart's 300 Index rose.", { "Tarn Exchange": "ORG", Index: "ORG", "Vale & Hart": "ORG" })
    expect(mentionTypes(r)).toEqual([
      ["Tarn Exchange 250 Index", "MISC"],
      ["Vale & Hart's 300 Index", "MISC"]
    ])
  })

  it("joins an index and a sea in one sentence", () => {
    const r = runStub("The Tarn Exchange 250 Index fell as rigs in the Gulf of Tarnia shut.", { "Tarn Exchange": "ORG", Index: "ORG", Gulf: "LOC", Tarnia: "LOC" })
    expect(mentionTypes(r)).toEqual([
      ["Tarn Exchange 250 Index", "MISC"],
      ["Gulf of Tarnia", "LOC"]
    ])
  })

  it("makes a company named like a town a company, but not the town where shares trade", () => {
    const r = runStub("Miner Tarnow Vale (TVL.L) rose.\nIts shares rose in Frankfurt (TVLX.F) too.", { "Tarnow Vale": "LOC", Frankfurt: "LOC" })
    expect(mentionTypes(r)).toEqual([
      ["Tarnow Vale", "ORG"],
      ["TVL.L", "ORG"],
      ["Frankfurt", "GPE"]
    ])
  })

  it("links a stock code after a possessive, makes a name with a stock code a company, and a code alone no place", () => {
    const r = runStub("Harlow Corp's (HRL.N) offer stood.\nShares of Brennick (BRK.L) fell.\nKVL.N rose in the U.S", { "Harlow Corp": "ORG", Brennick: "PER", "KVL.N": "LOC", "U.S": "LOC" })
    expect(entityGroups(r)).toEqual([["Harlow Corp", "HRL.N"], ["Brennick", "BRK.L"], ["KVL.N"], ["U.S"]])
    expect(r.mentions.map((m) => m.type)).toEqual(["ORG", "ORG", "ORG", "ORG", "ORG", "GPE"])
  })

  it("links a company's acronym that leaves out its legal form", () => {
    const r = runStub("Northern Rail Freight Corp grew.\nNRF said so.", { "Northern Rail Freight Corp": "ORG", NRF: "ORG" })
    expect(entityGroups(r)).toEqual([["Northern Rail Freight Corp", "NRF"]])
  })

  it("links a stock code in angle brackets, tagged or not, but not a person's bracketed words", () => {
    const r = runStub("Harwell Foods Corp <HWF> and Tessin Group <TSG.L> agreed.\nAnn Rowe <ANN> wrote.", { "Harwell Foods Corp": "ORG", "Tessin Group": "ORG", TSG: "ORG", "Ann Rowe": "PER" })
    expect(entityGroups(r)).toEqual([["Harwell Foods Corp", "HWF"], ["Tessin Group", "TSG.L"], ["Ann Rowe"]])
  })
})

describe("an entity's type", () => {
  /** Tags "Robert Lane" as PER, "Lane" as PER in the second sentence only and as ORG elsewhere, and "Lane Bank" as ORG. */
  const run = (text: string) => {
    const sentences = stubSentences(text)
    const tagger: SpanTagger = {
      tag: () => [],
      tagDocument: (words) =>
        words.map((w, k) => {
          const spans: TaggedSpan[] = []
          for (let i = 0; i < w.length; i++) {
            if (w[i] === "Robert" && w[i + 1] === "Lane") spans.push({ startToken: i, endToken: ++i + 1, type: "PER", confidence: 0.9 })
            else if (w[i] === "Lane" && w[i + 1] === "Bank") spans.push({ startToken: i, endToken: ++i + 1, type: "ORG", confidence: 0.9 })
            else if (w[i] === "Lane") spans.push({ startToken: i, endToken: i + 1, type: k === 1 ? "PER" : "ORG", confidence: 0.9 })
          }
          return spans
        })
    }
    return recognizeDocument(text, sentences, tagger)
  }

  it("is a person's when a full name is stated and the rest are its shorter forms, however the tagger typed them", () => {
    const r = run("Robert Lane spoke.\nLane said no.\nLane left.\nLane agreed.\nLane went home.")
    expect(r.entities.map((e) => [e.name, e.type])).toEqual([["Robert Lane", "PERSON"]])
    // Without a person's full name the tagger's majority decides.
    const bare = run("Lane Bank spoke.\nLane said no.\nLane left.\nLane agreed.")
    expect(bare.entities.map((e) => [e.name, e.type])).toEqual([["Lane Bank", "ORG"], ["Lane", "ORG"]])
  })
})

describe("a person called by the given name", () => {
  it("joins the one full name it starts, but not when two full names share it or it is a surname", () => {
    const r = runStub("Orla Benn and Kit Marsh were hurt.\nOrla said so.\nAnn Dale and Ann Rowe came.\nAnn left.\nMarsh stayed.", {
      "Orla Benn": "PER",
      "Kit Marsh": "PER",
      Orla: "PER",
      "Ann Dale": "PER",
      "Ann Rowe": "PER",
      Ann: "PER",
      Marsh: "PER"
    })
    expect(entityGroups(r)).toEqual([["Orla Benn", "Orla"], ["Kit Marsh", "Marsh"], ["Ann Dale"], ["Ann Rowe"], ["Ann"]])
  })
})

describe("stock codes after another company's name", () => {
  it("keeps a code with the name it follows most, not with a name sharing no word that it also follows", () => {
    const r = runStub("Shares of Dorvane Mills Inc. (DVM.N) rose.\nIts partner Kestrel Works (DVM.N) fell.", { "Dorvane Mills Inc.": "ORG", "Kestrel Works": "ORG" })
    expect(entityGroups(r)).toEqual([["Dorvane Mills Inc.", "DVM.N", "DVM.N"], ["Kestrel Works"]])
  })

  it("still joins the company's short or clipped names and initials written with the same code", () => {
    const r = runStub("Shares of Societe Marine (SMR.PA) rose.\nSocMar (SMR.PA) said so.\nSM (SMR.PA) agreed.", { "Societe Marine": "ORG", SocMar: "ORG", SM: "ORG" })
    expect(entityGroups(r)).toHaveLength(1)
  })

  it("still joins the company's shorter name written with the same code", () => {
    const r = runStub("Shares of Dorvane Mills Inc. (DVM.N) rose.\nDorvane (DVM.N) said so.", { "Dorvane Mills Inc.": "ORG", Dorvane: "ORG" })
    expect(entityGroups(r)).toEqual([["Dorvane Mills Inc.", "DVM.N", "Dorvane", "DVM.N"]])
  })
})
