import { describe, expect, it } from "vitest"
import { deriveTitle } from "./title.js"

describe("deriveTitle", () => {
  it("prefers the metadata title, whitespace tidied", () => {
    expect(deriveTitle("  Storm  hits\ncoast ", "Something else entirely.")).toBe("Storm hits coast")
  })

  it("takes a short first line without final punctuation as the headline", () => {
    expect(deriveTitle(null, "Storm hits the coast\n\nWinds of 120 km/h were recorded.")).toBe("Storm hits the coast")
  })

  it("does not take a first paragraph that is a sentence as a headline", () => {
    expect(deriveTitle(null, "Winds of 120 km/h were recorded. Roads closed.\n\nMore later.")).toBe(
      "Winds of 120 km/h were recorded."
    )
  })

  it("falls back to the first sentence, skipping abbreviations and initials", () => {
    const text = "U.S. officials met Mr. Tanaka and J. Smith in Tokyo on Monday. They agreed on a plan."
    expect(deriveTitle(null, text)).toBe("U.S. officials met Mr. Tanaka and J. Smith in Tokyo on Monday.")
  })

  it("finds the sentence end when a scraper dropped the space after the period", () => {
    expect(deriveTitle(null, "Two men were hurt on Tuesday.Police said the driver fled. More.")).toBe("Two men were hurt on Tuesday.")
  })

  it("caps a title with no sentence end at 300 characters, cut at a space", () => {
    const title = deriveTitle(null, "word ".repeat(200))
    expect(title!.length).toBeLessThanOrEqual(300)
    expect(title!.endsWith("word")).toBe(true)
  })

  it("is null for empty text without metadata", () => {
    expect(deriveTitle(null, "")).toBeNull()
    expect(deriveTitle("", "")).toBeNull()
  })
})
