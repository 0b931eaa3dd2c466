import { describe, expect, it } from "vitest"
import { mentionTypes, runStub } from "./testing/runStub.js"

describe("conditions named after a person", () => {
  it("are MISC with their 's, alone or before a condition's noun, whatever the tagger said", () => {
    const r = runStub("Cases of Alzheimer's are rising.\nA test for Hodgkin's lymphoma helps Parkinson's patients.", {
      "Alzheimer 's": "ORG",
      Hodgkin: "PER",
      Parkinson: "PER"
    })
    expect(mentionTypes(r)).toEqual([["Alzheimer's", "MISC"], ["Hodgkin's", "MISC"], ["Parkinson's", "MISC"]])
  })

  it("reads any name before 's disease as a condition, and cuts it off a drug's name glued before it", () => {
    const r = runStub("Tellon's disease is rare.\nThe drug Varixa Tellon's was approved.\nTellon's shares fell.", { Tellon: "PER", "Varixa Tellon": "PER" })
    expect(mentionTypes(r)).toEqual([["Tellon's", "MISC"], ["Varixa", "PERSON"], ["Tellon's", "MISC"], ["Tellon", "PERSON"]])
  })

  it("leaves a company's or a named person's possessive alone", () => {
    const r = runStub("Huntington's shares rose.\nAnn Parkinson said so.\nParkinson's show ended.", { Huntington: "ORG", "Ann Parkinson": "PER", Parkinson: "PER" })
    expect(mentionTypes(r)).toEqual([["Huntington", "ORG"], ["Ann Parkinson", "PERSON"], ["Parkinson", "PERSON"]])
  })
})
