import { describe, expect, it } from "vitest"
import { mentionTypes, runStub } from "./testing/runStub.js"

describe("titles of works and bands", () => {
  it("types a title after a work noun as MISC, and its other unsure mentions", () => {
    const r = runStub("The film Sunset Harbour opens today.\nHer album Blue Lantern sold well.\nSunset Harbour cost little.", {
      "Sunset Harbour": "LOC",
      "Blue Lantern": "ORG"
    }, undefined, { "Sunset Harbour": 0.6 })
    expect(mentionTypes(r)).toEqual([["Sunset Harbour", "MISC"], ["Blue Lantern", "MISC"], ["Sunset Harbour", "MISC"]])
  })

  it("types every title of a list after a plural work noun, not a name after one title", () => {
    const r = runStub("He starred in films such as Red Fern, Tall Tale and Kestrel.\nIn the film Red Fern, Ann Lee plays a nurse.", {
      "Red Fern": "PER",
      "Tall Tale": "ORG",
      Kestrel: "LOC",
      "Ann Lee": "PER"
    })
    expect(mentionTypes(r)).toEqual([["Red Fern", "MISC"], ["Tall Tale", "MISC"], ["Kestrel", "MISC"], ["Red Fern", "MISC"], ["Ann Lee", "PERSON"]])
  })

  it("types a band as an organization, and leaves a verb's object and countries alone", () => {
    const r = runStub("The band Paper Kites toured.\nShe films Ann Lee in the film Australia.", { "Paper Kites": "PER", "Ann Lee": "PER", Australia: "LOC" })
    expect(mentionTypes(r)).toEqual([["Paper Kites", "ORG"], ["Ann Lee", "PERSON"], ["Australia", "GPE"]])
    // The owner of a work, and "a version of" something that is no work.
    const owners = runStub("It is a film version of Ann Lee's novel.\nIt is a version of Halden's bridge.\nIt is a series Ann Lee holds.\nSOAP OPERA Ann Lee spoke.\nIt is a remake of Halden classic Red Fern.", {
      "Ann Lee": "PER",
      Halden: "LOC",
      "Red Fern": "PER"
    })
    expect(mentionTypes(owners)).toEqual([["Ann Lee", "PERSON"], ["Halden", "GPE"], ["Ann Lee", "PERSON"], ["Ann Lee", "PERSON"], ["Halden", "GPE"], ["Red Fern", "PERSON"]])
  })
})
