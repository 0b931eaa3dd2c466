import { describe, expect, it } from "vitest"
import { mentionTypes, runStub } from "./testing/runStub.js"


describe("company names ending in a possessive", () => {
  it("keeps 's in a name the document tags whole as an organization elsewhere", () => {
    const r = runStub("Police were called to a Wendy's restaurant.\nThe Wendy's Co. said staff were safe.", { Wendy: "PER", "Wendy's Co.": "ORG" })
    expect(mentionTypes(r)).toEqual([["Wendy's", "ORG"], ["Wendy's Co.", "ORG"]])
  })

  it("leaves ordinary possessives alone", () => {
    const r = runStub("Obama's plan met Britain's objections.\nNews Corp.'s shares rose after News Corp. said so.", {
      Obama: "PER",
      Britain: "LOC",
      "News Corp.'s": "ORG",
      "News Corp.": "ORG"
    })
    expect(mentionTypes(r)).toEqual([["Obama", "PERSON"], ["Britain", "GPE"], ["News Corp.'s", "ORG"], ["News Corp.", "ORG"]])
  })

  it("does not take a possessive when the document never writes the name whole", () => {
    const r = runStub("Wendy's car was found.\nThe Sheriff's Office said Sheriff's deputies came.", { Wendy: "PER", "Sheriff's Office": "ORG", Sheriff: "PER" })
    expect(mentionTypes(r)).toEqual([["Wendy", "PERSON"], ["Sheriff's Office", "ORG"], ["Sheriff", "PERSON"]])
  })
})

describe("a company's name after an article", () => {
  it("reads 'a Name's' as the company, whatever the tagger said", () => {
    const r = runStub("It happened at a Wendy's restaurant near Ann Lee's home.", { Wendy: "PER", "Ann Lee": "PER" })
    expect(mentionTypes(r)).toEqual([["Wendy's", "ORG"], ["Ann Lee", "PERSON"]])
  })
})

describe("possessives of names the document also writes alone", () => {
  it("keeps the possessive out when the name also stands without it", () => {
    const r = runStub("Microsoft's Xbox Live grew.\nMicrosoft said so.\nMicrosoft's shares rose.\nIt is an Englishman's home.", {
      "Microsoft's Xbox Live": "ORG",
      Microsoft: "ORG",
      Englishman: "MISC"
    })
    expect(mentionTypes(r)).toEqual([["Microsoft's Xbox Live", "ORG"], ["Microsoft", "ORG"], ["Microsoft", "ORG"], ["Englishman", "MISC"]])
  })
})

describe("a business's name with an 's that possesses nothing", () => {
  it("takes the 's in and reads an organization, unless the document also writes the name alone", () => {
    const r = runStub("Dalby's sales fell.\nShares of Dalby's, which sells shoes, rose.\nThe vote was Ann Reed's.\nAnn Reed said so.", {
      Dalby: "PER",
      "Ann Reed": "PER"
    })
    // The first "Dalby's" possesses its sales, but the second says the name is a business's.
    expect(mentionTypes(r)).toEqual([["Dalby's", "ORG"], ["Dalby's", "ORG"], ["Ann Reed", "PERSON"], ["Ann Reed", "PERSON"]])
  })

  it("leaves a possessive before what it possesses", () => {
    const r = runStub("Dalby's plan failed.", { Dalby: "PER" })
    expect(mentionTypes(r)).toEqual([["Dalby", "PERSON"]])
  })
})
