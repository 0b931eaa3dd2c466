import { describe, expect, it } from "vitest"
import { mentionTypes, runStub } from "./testing/runStub.js"

describe("a company named with 'and' that the tagger cut in two", () => {
  it("is one organization when the first name is no organization or country of its own", () => {
    const r = runStub("Marlow and Fenn Inc said sales rose.\nOakridge and Western Corp agreed.", { Marlow: "PER", "Fenn Inc": "ORG", Oakridge: "LOC", "Western Corp": "ORG" })
    expect(mentionTypes(r)).toEqual([["Marlow and Fenn Inc", "ORG"], ["Oakridge and Western Corp", "ORG"]])
  })

  it("leaves two companies, or a country and a company, apart", () => {
    const r = runStub("Tessin and Brandt Motors Corp agreed.\nGermany and Harwell AG agreed.", { Tessin: "ORG", "Brandt Motors Corp": "ORG", Germany: "LOC", "Harwell AG": "ORG" })
    expect(mentionTypes(r)).toEqual([["Tessin", "ORG"], ["Brandt Motors Corp", "ORG"], ["Germany", "GPE"], ["Harwell AG", "ORG"]])
  })

  it("takes in a partnership's 'and Co'", () => {
    const r = runStub("The auditor is Ann Marlow and Co, it said.", { "Ann Marlow": "PER" })
    expect(mentionTypes(r)).toEqual([["Ann Marlow and Co", "ORG"]])
  })
})
