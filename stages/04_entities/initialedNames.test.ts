import { describe, expect, it } from "vitest"
import { mentionTypes, runStub } from "./testing/runStub.js"

describe("names by an initial and a surname", () => {
  it("are people in a team sheet that names two or more such people", () => {
    const r = runStub("Replacements: T Varley, R Okafor, D Brenn, KP Hollis, G Mattan Cole.", {
      "T Varley": "PER",
      "R Okafor": "PER",
      "D Brenn": "ORG",
      "KP Hollis": "ORG",
      "G Mattan Cole": "MISC"
    })
    expect(mentionTypes(r)).toEqual([["T Varley", "PERSON"], ["R Okafor", "PERSON"], ["D Brenn", "PERSON"], ["KP Hollis", "PERSON"], ["G Mattan Cole", "PERSON"]])
  })

  it("stay as the tagger typed them beside fewer such people", () => {
    const r = runStub("T Varley joined J Salter and GE Capital.", { "T Varley": "PER", "J Salter": "ORG", "GE Capital": "ORG" })
    expect(mentionTypes(r)).toEqual([["T Varley", "PERSON"], ["J Salter", "ORG"], ["GE Capital", "ORG"]])
    // A region after an initial is a place: "J Okoro (S Africa)".
    const sheet = runStub("T Varley, R Okafor, J Okoro (S Africa).", { "T Varley": "PER", "R Okafor": "PER", "J Okoro": "PER", "S Africa": "LOC" })
    expect(mentionTypes(sheet)[3]).toEqual(["S Africa", "GPE"])
  })
})
