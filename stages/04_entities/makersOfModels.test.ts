import { describe, expect, it } from "vitest"
import { mentionTypes, runStub } from "./testing/runStub.js"

describe("makers of numbered models", () => {
  it("makes a MISC name that starts a numbered model a company where it stands alone", () => {
    const r = runStub("The Vexa V410 flew.\nVexa said orders rose.", { "Vexa V410": "MISC", Vexa: "MISC" })
    expect(mentionTypes(r)).toEqual([["Vexa V410", "MISC"], ["Vexa", "ORG"]])
  })

  it("does not read an edition's year or a version number as a model", () => {
    const r = runStub("Tarnball 2024 opens.\nTarnball fans queued.\nThe Vexa 7 shipped.\nVexa sold well.", { "Tarnball 2024": "MISC", Tarnball: "MISC", "Vexa 7": "MISC", Vexa: "MISC" })
    expect(mentionTypes(r).filter(([, t]) => t === "ORG")).toEqual([])
  })

  it("leaves a product line named in words, and a document without models, alone", () => {
    const r = runStub("The Tunebox Mini sold well.\nTunebox fans queued.", { "Tunebox Mini": "MISC", Tunebox: "MISC" })
    expect(mentionTypes(r)).toEqual([["Tunebox Mini", "MISC"], ["Tunebox", "MISC"]])
  })

  it("reads a word said alone after a determiner as often as not as the model, not its maker", () => {
    const r = runStub("Orders for its Skyliner 200 jet grew.\nThe Skyliner flies soon.\nThe new Skyliner is quiet.", { "Skyliner 200": "MISC", Skyliner: "MISC" })
    expect(mentionTypes(r).filter(([, t]) => t === "ORG")).toEqual([])
    const s = runStub("The Vexa V410 flew.\nVexa said orders rose.\nThe Vexa landed.\nVexa hired staff.", { "Vexa V410": "MISC", Vexa: "MISC" })
    expect(mentionTypes(s)).toEqual([["Vexa V410", "MISC"], ["Vexa", "ORG"], ["Vexa", "ORG"], ["Vexa", "ORG"]])
  })
})
