import { describe, expect, it } from "vitest"
import { metadataText, readMetadataFields } from "./metadataText.js"

describe("metadataText", () => {
  it("takes strings (trimmed; empty means absent), finite numbers and dates", () => {
    expect(metadataText("title", "  A title ")).toEqual({ value: "A title", problem: null })
    expect(metadataText("title", "   ")).toEqual({ value: null, problem: null })
    expect(metadataText("title", 1984)).toEqual({ value: "1984", problem: null })
    expect(metadataText("published_at", new Date("2020-05-01T00:00:00Z"))).toEqual({ value: "2020-05-01T00:00:00.000Z", problem: null })
    expect(metadataText("url", null)).toEqual({ value: null, problem: null })
  })

  it("refuses objects, lists and booleans with a reason naming the field", () => {
    expect(metadataText("title", { en: "x" })).toEqual({
      value: null,
      problem: 'metadata field "title" is an object, not text; the field is ignored, the document is kept'
    })
    expect(metadataText("source", ["a", "b"]).problem).toContain('"source" is a list')
    expect(metadataText("url", true).problem).toContain('"url" is true')
  })
})

describe("readMetadataFields", () => {
  it("reads the known fields, falls back to date, and lists each ignored field", () => {
    expect(readMetadataFields({ title: { a: 1 }, source: "Wire", published_at: [1], date: "2020-01-02" })).toEqual({
      meta: { title: null, source: "Wire", url: null, publishedAt: "2020-01-02" },
      problems: [expect.stringContaining('"title" is an object'), expect.stringContaining('"published_at" is a list')]
    })
  })
})
