import { describe, expect, it } from "vitest"
import { mentionTypes, runStub } from "./testing/runStub.js"

describe("places and schools named after a person", () => {
  it("take in the rest of their name, tagged or not", () => {
    const r = runStub("He was taken to Ada Korver Medical Center.\nClasses at Orla Benn Elementary School stopped.\nShe went to Kit Marsh, Jr. Hospital of Vale County.", {
      "Ada Korver": "PER",
      "Orla Benn": "PER",
      "Kit Marsh": "PER",
      "Hospital of Vale County": "ORG"
    })
    expect(mentionTypes(r)).toEqual([
      ["Ada Korver Medical Center", "FAC"],
      ["Orla Benn Elementary School", "ORG"],
      ["Kit Marsh, Jr. Hospital of Vale County", "FAC"]
    ])
  })

  it("leave a person followed by other capitalized words a person", () => {
    const r = runStub("Ada Korver Tuesday said the Center was closed.", { "Ada Korver": "PER" })
    expect(mentionTypes(r)).toEqual([["Ada Korver", "PERSON"]])
  })
})
