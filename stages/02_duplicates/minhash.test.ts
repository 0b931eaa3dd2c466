import { describe, expect, it } from "vitest"
import { estimatedJaccard, minhashSignature, signatureFromHex, signatureToHex } from "./minhash.js"

const story =
  "The council voted on Tuesday to close the old bridge after inspectors found cracks in two of its " +
  "supports. Repairs are expected to take at least eight months and cost about four million dollars, " +
  "the mayor said, adding that a ferry service would run in the meantime for commuters and schools."

describe("minhashSignature", () => {
  it("gives identical texts identical signatures and is case/punctuation blind", () => {
    expect(signatureToHex(minhashSignature(story))).toBe(signatureToHex(minhashSignature(story.toUpperCase().replace(/,/g, ""))))
  })

  it("scores a lightly edited copy as near-duplicate and an unrelated text as distinct", () => {
    const edited = story.replace("Tuesday", "Wednesday") + " Reporting by a wire agency."
    const other =
      "Shares in the carmaker rose sharply after it reported record quarterly deliveries and raised " +
      "its forecast for the year, citing strong demand for electric models in Europe and China."
    const a = minhashSignature(story)
    expect(estimatedJaccard(a, minhashSignature(edited))).toBeGreaterThan(0.6)
    expect(estimatedJaccard(a, minhashSignature(other))).toBeLessThan(0.1)
  })

  it("round-trips through hex", () => {
    const sig = minhashSignature("short text")
    expect(signatureFromHex(signatureToHex(sig))).toEqual(sig)
  })
})

describe("minhash edge cases", () => {
  it("keeps texts without letters or digits apart", () => {
    expect(estimatedJaccard(minhashSignature("* * *"), minhashSignature("???"))).toBeLessThan(0.5)
  })

  it("treats typographic and straight quotes alike", () => {
    const curly = "The minister said “we will not yield” and the crowd’s mood — tense all day — eased after the speech in the square."
    const straight = 'The minister said "we will not yield" and the crowd\'s mood - tense all day - eased after the speech in the square.'
    expect(estimatedJaccard(minhashSignature(curly), minhashSignature(straight))).toBeGreaterThan(0.9)
  })

  it("lower-cases every script, not only ASCII", () => {
    expect(signatureToHex(minhashSignature("ÉTÉ À PARIS ÖL"))).toBe(signatureToHex(minhashSignature("été à paris öl")))
  })
})
