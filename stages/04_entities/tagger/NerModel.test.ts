import { describe, expect, it } from "vitest"
import { N_LABELS } from "./labels.js"
import { decodeNerModel, encodeNerModel, type NerModel } from "./NerModel.js"

const tiny: NerModel = {
  featureKeys: Int32Array.from([7, -3, 11]),
  weights: Int16Array.from({ length: 3 * N_LABELS }, (_, k) => k - 13),
  weightScale: 0.5,
  transitions: Float32Array.from({ length: (N_LABELS + 1) * N_LABELS }, (_, k) => k / 4),
  confidenceScale: 0.25,
  wordKeys: Int32Array.from([1, 2]),
  wordValues: Int32Array.from([3, 4]),
  gazetteerKeys: Int32Array.from([5]),
  gazetteerValues: Int32Array.from([6])
}

describe("NerModel file format", () => {
  it("decodes what it encodes, including an odd-length 16-bit section", () => {
    const back = decodeNerModel(encodeNerModel(tiny), "tiny")
    expect(back).toEqual(tiny)
  })

  it("refuses a file that is not a model, naming the fix", () => {
    expect(() => decodeNerModel(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), "x.bin")).toThrow(/x.bin is not a sitrep NER model.*make train-ner/)
  })
})
