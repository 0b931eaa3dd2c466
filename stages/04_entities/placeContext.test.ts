import { describe, expect, it } from "vitest"
import { mentionTypes, runStub } from "./testing/runStub.js"

describe("a town the tagger took for an organization, a person or a product", () => {
  it("is a place when it names where people live", () => {
    const r = runStub("A Brackwater man and two Fenlow women were hurt.\nA 40-year-old Houston teen was not.", { Brackwater: "ORG", Fenlow: "PER", Houston: "PER" })
    expect(mentionTypes(r)).toEqual([["Brackwater", "GPE"], ["Fenlow", "GPE"], ["Houston", "GPE"]])
  })

  it("is a place before its police in lower case, when it is no acronym or people", () => {
    const r = runStub("Brackwater police and U.N. police came.\nFrederick police came too.\nVorsanger police came.", {
      Brackwater: "ORG",
      "U.N.": "ORG",
      Frederick: "PER",
      Vorsanger: "PER"
    })
    // "Vorsanger" may be a person whose police it is not; "Frederick" is a city the gazetteer knows.
    expect(mentionTypes(r)).toEqual([["Brackwater", "GPE"], ["U.N.", "ORG"], ["Frederick", "GPE"], ["Vorsanger", "PERSON"]])
  })

  it("is a place before a state, but an organization's office is not", () => {
    const r = runStub("He lives in Brackwater, Ohio.\nThe agent is Fenlow Savings Bank, Ohio.\nA man of Tarrow, WV, was held.", {
      Brackwater: "ORG",
      Ohio: "LOC",
      "Fenlow Savings Bank": "ORG",
      Tarrow: "PER"
    })
    expect(mentionTypes(r)).toEqual([["Brackwater", "GPE"], ["Ohio", "GPE"], ["Fenlow Savings Bank", "ORG"], ["Ohio", "GPE"], ["Tarrow", "GPE"]])
  })

  it("is a place after a direction, at a dateline, or in a police log's capitals", () => {
    const r = runStub("It happened in east Brackwater.\nHOUSTON (KXYZ) -- A man was hurt.\nIN FENLOW, Monday at 9 a.m., a theft was reported.\nThe eastern Tarrish town voted.", {
      Brackwater: "ORG",
      HOUSTON: "ORG",
      KXYZ: "ORG",
      FENLOW: "ORG",
      Tarrish: "MISC"
    })
    // An adjective after a direction stays MISC unless the gazetteer knows the place.
    expect(mentionTypes(r)).toEqual([["Brackwater", "GPE"], ["HOUSTON", "GPE"], ["KXYZ", "ORG"], ["FENLOW", "GPE"], ["Tarrish", "MISC"]])
  })

  it("is a place when it names a part of a known town", () => {
    const r = runStub("A man was shot in Uptown Houston.\nThe Eastern Brackwater league met.", { "Uptown Houston": "ORG", "Eastern Brackwater": "ORG" })
    expect(mentionTypes(r)).toEqual([["Uptown Houston", "GPE"], ["Eastern Brackwater", "ORG"]])
  })

  it("leaves a person named after a town a person without such a context", () => {
    const r = runStub("Frederick said the car was his.", { Frederick: "PER" })
    expect(mentionTypes(r)).toEqual([["Frederick", "PERSON"]])
  })

  it("is the town in the document's other unsure mentions of the name", () => {
    const r = runStub("Brackwater police said so.\nBrackwater has a new mayor.\nGo Fenlow Rovers.", { Brackwater: "ORG", "Fenlow Rovers": "ORG" }, undefined, { Brackwater: 0.6 })
    expect(mentionTypes(r)).toEqual([["Brackwater", "GPE"], ["Brackwater", "GPE"], ["Fenlow Rovers", "ORG"]])
    // A name the tagger was sure of keeps its type ("Chicago" the team beside "Chicago police").
    const sure = runStub("Brackwater police said so.\nBrackwater won the cup.", { Brackwater: "ORG" }, undefined, { Brackwater: 0.95 })
    expect(mentionTypes(sure)).toEqual([["Brackwater", "GPE"], ["Brackwater", "ORG"]])
  })
})
