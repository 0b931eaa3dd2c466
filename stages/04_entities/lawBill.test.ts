import { describe, expect, it } from "vitest"
import { mentionTypes, runStub } from "./testing/runStub.js"


describe("'Bill' as legislation, not a first name", () => {
  it("reads a capitalized word before Bill as the law's name, tagged or not", () => {
    const r = runStub("MPs debated the Mental Capacity Bill on Monday.\nThe Organised Crime and Police Bill passed.", {
      Bill: "PER",
      "Organised Crime and Police": "ORG"
    })
    expect(mentionTypes(r)).toEqual([["Mental Capacity Bill", "MISC"], ["Organised Crime and Police Bill", "MISC"]])
  })

  it("reads a numbered bill and 'Bill of' a name as laws, and drops a bare 'the Bill'", () => {
    const r = runStub("Quebec passed Bill 21 last year.\nThe Bill of Rights applies.\nCritics say the Bill goes too far.", { Bill: "PER", Quebec: "LOC" })
    expect(mentionTypes(r)).toEqual([["Quebec", "GPE"], ["Bill 21", "MISC"], ["Bill of Rights", "MISC"]])
  })

  it("keeps Bill the first name after a role or in a full name", () => {
    const r = runStub("President Bill spoke.\nMeanwhile Bill Clinton left.\nFans of Bill cheered.", { Bill: "PER", "Bill Clinton": "PER" })
    expect(mentionTypes(r)).toEqual([["Bill", "PERSON"], ["Bill Clinton", "PERSON"], ["Bill", "PERSON"]])
  })
})
