import { describe, expect, it } from "vitest"
import { mentionTypes, runStub } from "./testing/runStub.js"

describe("a company named with 'and' that the tagger cut in two", () => {
  it("is one organization when the first name is no organization or country of its own", () => {
    const r = runStub("Marlow and Fenn Inc said sales rose.\nGulf and Western Corp agreed.", { Marlow: "PER", "Fenn Inc": "ORG", Gulf: "LOC", "Western Corp": "ORG" })
    expect(mentionTypes(r)).toEqual([["Marlow and Fenn Inc", "ORG"], ["Gulf and Western Corp", "ORG"]])
  })

  it("leaves two companies, or a country and a company, apart", () => {
    const r = runStub("Tessin and Brandt Motors Corp agreed.\nGermany and Harwell AG agreed.\nMorvan Keane and Dorne Capital Corp agreed.", {
      Tessin: "ORG",
      "Brandt Motors Corp": "ORG",
      Germany: "LOC",
      "Harwell AG": "ORG",
      "Morvan Keane": "LOC",
      "Dorne Capital Corp": "ORG"
    })
    // A company the tagger took for a place the gazetteer does not know is a company of its own.
    expect(mentionTypes(r)).toEqual([["Tessin", "ORG"], ["Brandt Motors Corp", "ORG"], ["Germany", "GPE"], ["Harwell AG", "ORG"], ["Morvan Keane", "GPE"], ["Dorne Capital Corp", "ORG"]])
  })

  it("takes in a partnership's 'and Co'", () => {
    const r = runStub("The auditor is Ann Marlow and Co, it said.", { "Ann Marlow": "PER" })
    expect(mentionTypes(r)).toEqual([["Ann Marlow and Co", "ORG"]])
  })
})
