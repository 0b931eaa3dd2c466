import { describe, expect, it } from "vitest"
import { runStub } from "./testing/runStub.js"

const mentions = (r: ReturnType<typeof runStub>) => r.mentions.map((m) => `${m.type} ${m.text}`)

describe("splitNamesOverAnd", () => {
  it("splits two names run together over 'and' when the document names each alone", () => {
    const r = runStub("Orvale Mills and Quenby Trust agreed.\nOrvale Mills rose and Quenby Trust fell.", {
      "Orvale Mills and Quenby Trust": "ORG",
      "Orvale Mills": "ORG",
      "Quenby Trust": "ORG"
    })
    expect(mentions(r)).toEqual(["ORG Orvale Mills", "ORG Quenby Trust", "ORG Orvale Mills", "ORG Quenby Trust"])
    expect(r.mentions[1]!.start).toBe(17)
    expect(r.mentions[0]!.entityId).toBe(r.mentions[2]!.entityId)
  })

  it("splits when one side is named alone and the other is two or more capitalized words", () => {
    const r = runStub("Talmont and Brisk Lumber merged.\nTalmont said so.", { "Talmont and Brisk Lumber": "ORG", Talmont: "ORG" })
    expect(mentions(r)).toEqual(["ORG Talmont", "ORG Brisk Lumber", "ORG Talmont"])
  })

  it("splits a name off a company whose own name has '&' in it", () => {
    const r = runStub("Talmont and Brisk & Pell fell.\nTalmont said so. Brisk & Pell did too.", { "Talmont and Brisk & Pell": "ORG", Talmont: "ORG", "Brisk & Pell": "ORG" })
    expect(mentions(r)).toEqual(["ORG Talmont", "ORG Brisk & Pell", "ORG Talmont", "ORG Brisk & Pell"])
  })

  it("keeps names whose parts are not names alone, or whose other side is a body's or a firm's", () => {
    const r = runStub(
      "The Fisheries and Canals Commission met.\nTalmont and Quenby Gas Commission met.\nTalmont & Brisk Holdings rose.\nTalmont and Co Inc fell.\nTalmont said so.",
      { "Fisheries and Canals Commission": "ORG", "Talmont and Quenby Gas Commission": "ORG", "Talmont & Brisk Holdings": "ORG", "Talmont and Co Inc": "ORG", Talmont: "ORG" }
    )
    expect(mentions(r).slice(0, 4)).toEqual(["ORG Fisheries and Canals Commission", "ORG Talmont and Quenby Gas Commission", "ORG Talmont & Brisk Holdings", "ORG Talmont and Co Inc"])
  })

  it("keeps one name twice, two words over '&', a country's name and a nationality before 'and'", () => {
    const r = runStub(
      "Harwick & Harwick rose.\nDunmore & Pell rose.\nTrinidad and Tobago voted.\nThe Australian and New Zealand bank rose.\nHarwick, Dunmore, Pell, Trinidad, Tobago, Australian and New Zealand were named.",
      {
        "Harwick & Harwick": "ORG",
        "Dunmore & Pell": "ORG",
        "Trinidad and Tobago": "LOC",
        "Australian and New Zealand": "ORG",
        Harwick: "PER",
        Dunmore: "PER",
        Pell: "PER",
        Trinidad: "LOC",
        Tobago: "LOC",
        Australian: "MISC",
        "New Zealand": "LOC"
      }
    )
    expect(mentions(r).slice(0, 4).map((m) => m.split(" ").slice(1).join(" "))).toEqual([
      "Harwick & Harwick",
      "Dunmore & Pell",
      "Trinidad and Tobago",
      "Australian and New Zealand"
    ])
  })

  it("reads one word beside a name alone as a name only when the news mostly capitalizes it", () => {
    const r = runStub(
      "Talmont and Quenbyco fell.\nThe Talmont and Territory models sold.\nTalmont said so.",
      { "Talmont and Quenbyco": "ORG", "Talmont and Territory": "ORG", Talmont: "ORG" },
      // How often news writes each word with a capital: "territory" under 20%.
      { territory: 1 }
    )
    expect(mentions(r).slice(0, 3)).toEqual(["ORG Talmont", "ORG Quenbyco", "ORG Talmont and Territory"])
  })

  it("counts a name named alone with a legal form or a stock code glued after it", () => {
    const r = runStub("Talmont Corp and Quenby Inc agreed.\nQuenby rose and Talmont Corp TLM.N fell.", {
      "Talmont Corp and Quenby Inc": "ORG",
      Quenby: "ORG",
      "Talmont Corp TLM.N": "ORG"
    })
    expect(mentions(r).slice(0, 2)).toEqual(["ORG Talmont Corp", "ORG Quenby Inc"])
  })
})
