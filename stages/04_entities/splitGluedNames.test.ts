import { describe, expect, it } from "vitest"
import { runStub } from "./testing/runStub.js"

const mentions = (r: ReturnType<typeof runStub>) => r.mentions.map((m) => `${m.type} ${m.text}`)

describe("splitGluedNames", () => {
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
    const suffix = runStub("Hugh Barton III, the mayor, spoke.", { "Hugh Barton III": "PER" })
    expect(mentions(suffix)).toEqual(["PERSON Hugh Barton III"])
  })
})
