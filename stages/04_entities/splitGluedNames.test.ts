import { describe, expect, it } from "vitest"
import { splitGluedNames } from "./splitGluedNames.js"
import { entityGroups, mentionTypes, runStub } from "./testing/runStub.js"

const mentions = (r: ReturnType<typeof runStub>) => r.mentions.map((m) => `${m.type} ${m.text}`)

describe("splitGluedNames", () => {
  it("reads a place made an adjective before a name as its own word", () => {
    const r = runStub("The Oslo-based Nordbank AG said so.", { "Oslo-based Nordbank AG": "ORG" })
    expect(mentions(r)).toEqual(["NORP Oslo", "ORG Nordbank AG"])
  })

  it("drops a subheading's capitals from the name the paragraph after it starts with, not an acronym's", () => {
    const r = runStub(
      "MARKETS HOLD STEADY Orvale Mills Inc. rose.\nNEW RULES, TRADE Nordbank AG said so.\nShe told KTV News and ACME Holdings more.\nSALES FALL QX Orvale said so.\nRULES CHANGE TSXE Bourse said so.",
      {
        "STEADY Orvale Mills Inc.": "ORG",
        "TRADE Nordbank AG": "ORG",
        "KTV News": "ORG",
        "ACME Holdings": "ORG",
        "QX Orvale": "ORG",
        "TSXE Bourse": "ORG"
      },
      // How often news writes each word with a capital (6: mostly all capitals, an acronym).
      { markets: 1, hold: 0, steady: 0, new: 2, rules: 0, trade: 1, sales: 0, fall: 1, change: 0, ktv: 6, acme: 6, tsxe: 6 }
    )
    expect(mentions(r)).toEqual(["ORG Orvale Mills Inc.", "ORG Nordbank AG", "ORG KTV News", "ORG ACME Holdings", "ORG QX Orvale", "ORG TSXE Bourse"])
  })

  it("drops a caption's picture file name and what the tagger glued before it", () => {
    const r = runStub("Rosa Quill.jpg Rosa Quill, 31, was charged on Monday.", { "Rosa Quill.jpg Rosa Quill": "PER" })
    expect(mentions(r)).toEqual(["PERSON Rosa Quill"])
    expect(r.mentions[0]!.start).toBe(15)
  })

  it("splits a person's name that starts again, drops a caption's credit, but keeps a particle's repeat", () => {
    const r = runStub("Rosa Quill Rosa Ann Quill was charged.", { "Rosa Quill Rosa Ann Quill": "PER" })
    expect(mentions(r)).toEqual(["PERSON Rosa Quill", "PERSON Rosa Ann Quill"])
    expect(new Set(r.mentions.map((m) => m.entityId)).size).toBe(1)
    const caption = runStub("Rosa Quill Rosa Quill Photo by Staff.", { "Rosa Quill Rosa Quill Photo": "PER" })
    expect(mentions(caption)).toEqual(["PERSON Rosa Quill", "PERSON Rosa Quill"])
    const source = runStub("KXYZ Photo A man was hurt.", { "KXYZ Photo": "ORG" })
    expect(mentions(source)).toEqual(["ORG KXYZ"])
    const particle = runStub("Omar bin Omar spoke.", { "Omar bin Omar": "PER" })
    expect(mentions(particle)).toEqual(["PERSON Omar bin Omar"])
  })

  it("cuts a dateline's place off a person's name in the first sentence only", () => {
    const r = runStub("Rosa Quill FARMVILLE, Ohio (WZZZ) -- Police said more.\nThey named Hugh BARTON, 45, of Ohio.", {
      "Rosa Quill FARMVILLE": "PER",
      "Hugh BARTON": "PER",
      Ohio: "LOC"
    })
    expect(mentions(r)).toEqual(["PERSON Rosa Quill", "GPE FARMVILLE", "GPE Ohio", "PERSON Hugh BARTON", "GPE Ohio"])
    const headline = runStub("Shots in Dunmore FARMVILLE, Ohio — Police said more.", { "Dunmore FARMVILLE": "ORG" })
    expect(mentions(headline)).toEqual(["ORG Dunmore", "GPE FARMVILLE"])
    const suffix = runStub("Hugh Barton III, the mayor, spoke.", { "Hugh Barton III": "PER" })
    expect(mentions(suffix)).toEqual(["PERSON Hugh Barton III"])
  })

  it("takes a stock code off a company's name and links it", () => {
    const r = runStub("Shares of Dorvane Mills Inc. DVM.N rose, and Pell Corp. PLC.L fell.", { "Dorvane Mills Inc. DVM.N": "ORG", "Pell Corp.": "ORG" })
    expect(mentions(r)).toEqual(["ORG Dorvane Mills Inc.", "ORG DVM.N", "ORG Pell Corp.", "ORG PLC.L"])
    expect(entityGroups(r)).toEqual([["Dorvane Mills Inc.", "DVM.N"], ["Pell Corp.", "PLC.L"]])
    const two = runStub("Dorvane Mills DVMA.MX DVM.N rose.", { "Dorvane Mills DVMA.MX DVM.N": "ORG" })
    expect(mentions(two)).toEqual(["ORG Dorvane Mills", "ORG DVMA.MX", "ORG DVM.N"])
    expect(entityGroups(two)).toEqual([["Dorvane Mills", "DVMA.MX", "DVM.N"]])
    const bracketed = runStub("The maker Dorvane DORVANEX.MX ( DVM.N ) fell.", { Dorvane: "ORG" })
    expect(entityGroups(bracketed)).toEqual([["Dorvane", "DORVANEX.MX", "DVM.N"]])
  })

  it("drops a name made of an index or rate code, and such a code ending a name", () => {
    const words = ["The", "index", ".XYZ", "rose", "and", "EUR=", "fell", "at", "Pell", "Corp.", "PLC="]
    const tokens = words.map((text, i) => ({ text, start: i * 10, end: i * 10 + text.length }))
    const spans = [
      { startToken: 2, endToken: 3, type: "PER" as const, confidence: 0.9 },
      { startToken: 5, endToken: 6, type: "ORG" as const, confidence: 0.9 },
      { startToken: 8, endToken: 11, type: "ORG" as const, confidence: 0.9 }
    ]
    expect(splitGluedNames(tokens, spans, false)).toEqual([{ startToken: 8, endToken: 10, type: "ORG", confidence: 0.9 }])
    // Nothing glued: the very same array back.
    const clean = [{ startToken: 8, endToken: 10, type: "ORG" as const, confidence: 0.9 }]
    expect(splitGluedNames(tokens, clean, true)).toBe(clean)
  })

  it("splits a headline's word in capitals off the same name in the text", () => {
    const r = runStub("SHARES OF DORVANE Dorvane Mills Inc. rose.", { "DORVANE Dorvane Mills Inc.": "ORG" })
    expect(mentions(r)).toEqual(["ORG DORVANE", "ORG Dorvane Mills Inc."])
    const acronym = runStub("The HSBC Holdings Plc unit and ACME Group rose.", { "HSBC Holdings Plc": "ORG", "ACME Group": "ORG" })
    expect(mentions(acronym)).toEqual(["ORG HSBC Holdings Plc", "ORG ACME Group"])
  })

  it("takes a page's photo and video buttons and a dateline's dash out of a name", () => {
    const r = runStub("Buy Photo Police say it was Tarrow Video TARROW, Ohio.\nBRACKWATER — Police said Fenlow Photo chem Inc grew at the Orrin Gallery.", {
      "Buy Photo Police": "ORG",
      "Tarrow Video TARROW": "LOC",
      Ohio: "LOC",
      "BRACKWATER — Police": "ORG",
      "Fenlow Photo chem Inc": "ORG",
      "Orrin Gallery": "ORG"
    })
    expect(mentionTypes(r)).toEqual([["Tarrow", "GPE"], ["TARROW", "GPE"], ["Ohio", "GPE"], ["BRACKWATER", "ORG"], ["Fenlow Photo chem Inc", "ORG"], ["Orrin Gallery", "ORG"]])
  })

  it("splits two names run together over 'and', but not one name with 'and' inside", () => {
    const r = runStub("Traffic on Red Hill Avenue and Interstate 5 stopped.\nThe Vale Police Department and Orrin County Sheriff's Office came.\nThe Securities and Exchange Commission said so.", {
      "Red Hill Avenue and Interstate 5": "LOC",
      "Vale Police Department and Orrin County Sheriff's Office": "ORG",
      "Securities and Exchange Commission": "ORG"
    })
    expect(mentionTypes(r)).toEqual([
      ["Red Hill Avenue", "FAC"],
      ["Interstate 5", "FAC"],
      ["Vale Police Department", "ORG"],
      ["Orrin County Sheriff's Office", "ORG"],
      ["Securities and Exchange Commission", "ORG"]
    ])
  })
})
