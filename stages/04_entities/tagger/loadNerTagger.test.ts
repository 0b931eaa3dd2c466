import { describe, expect, it } from "vitest"
import { loadNerTagger } from "./loadNerTagger.js"
import { tokenizeForNer } from "./tokenizeForNer.js"

const tagged = (text: string): string[] => {
  const tokens = tokenizeForNer(text).map((t) => t.text)
  return loadNerTagger().tag(tokens).map((s) => `${s.type}:${tokens.slice(s.startToken, s.endToken).join(" ")}`)
}

describe("loadNerTagger", () => {
  it("loads the committed model once and tags a hand-written sentence with plausible spans", () => {
    expect(loadNerTagger()).toBe(loadNerTagger())
    const spans = tagged("Angela Merkel met officials from the World Bank in Nairobi on Tuesday.")
    expect(spans).toContain("PER:Angela Merkel")
    expect(spans).toContain("ORG:World Bank")
    expect(spans).toContain("LOC:Nairobi")
    expect(spans.some((s) => s.includes("Tuesday"))).toBe(false)
  })

  it("finds nationalities as MISC and leaves plain lower-case text alone", () => {
    expect(tagged("The French government said prices would rise.")).toEqual(["MISC:French"])
    expect(tagged("it was raining all day and nobody came.")).toEqual([])
  })

  it("gives each span a confidence in [0, 1] and ordered token bounds", () => {
    const tokens = tokenizeForNer("Microsoft hired John Smith in Seattle.").map((t) => t.text)
    const spans = loadNerTagger().tag(tokens)
    expect(spans.length).toBeGreaterThan(0)
    for (const s of spans) {
      expect(s.confidence).toBeGreaterThanOrEqual(0)
      expect(s.confidence).toBeLessThanOrEqual(1)
      expect(s.startToken).toBeLessThan(s.endToken)
      expect(s.endToken).toBeLessThanOrEqual(tokens.length)
    }
    expect(loadNerTagger().tag([])).toEqual([])
  })
})

describe("tagDocument", () => {
  it("tags each sentence of a document, one span list per sentence, and forgets the document afterwards", () => {
    const tagger = loadNerTagger()
    const sentences = ["Jesper Parnevik won the Open in Sweden.", "Parnevik said he was pleased."].map((s) => tokenizeForNer(s).map((t) => t.text))
    const spans = tagger.tagDocument!(sentences)
    expect(spans).toHaveLength(2)
    expect(spans[0]!.map((s) => `${s.type}:${sentences[0]!.slice(s.startToken, s.endToken).join(" ")}`)).toContain("PER:Jesper Parnevik")
    expect(spans[1]!.map((s) => `${s.type}:${sentences[1]!.slice(s.startToken, s.endToken).join(" ")}`)).toEqual(["PER:Parnevik"])
    // The same sentence alone gives the same answer as the first sentence of a fresh document.
    expect(tagger.tag(sentences[1]!)).toEqual(tagger.tagDocument!([sentences[1]!])[0])
    expect(tagger.tagDocument!([])).toEqual([])
  })
})

describe("tag", () => {
  it("depends only on the sentence, not on what was tagged before, even with odd tokens", () => {
    const tagger = loadNerTagger()
    const sentence = ["", "Reuters", "reported", "from", "Paris", "", "."]
    const first = tagger.tag(sentence)
    tagger.tag(["The", "Extraordinarily", "Long", "Capitalized", "Headline", "About", "Berlin"])
    tagger.tagDocument!([["Paris", "Hilton"], ["Paris"]])
    expect(tagger.tag(sentence)).toEqual(first)
    expect(first.map((s) => s.type)).toContain("LOC")
  })
})
