import { describe, expect, it } from "vitest"
import { countWords } from "./countWords.js"

describe("countWords", () => {
  it("counts whitespace-separated tokens, Unicode spaces included", () => {
    expect(countWords("")).toBe(0)
    expect(countWords("   ")).toBe(0)
    expect(countWords("one")).toBe(1)
    expect(countWords("  two  words\n\nand\tmore ")).toBe(4)
    expect(countWords("non\u00a0breaking\u2009thin")).toBe(3)
    expect(countWords("4,000-7,000 troops")).toBe(2)
  })

  it("agrees with splitting on \\s+", () => {
    const text = "The US  military\n strongly believes\u3000Iranian-backed groups… “quoted” \u2028 end"
    expect(countWords(text)).toBe(text.split(/\s+/).filter((w) => w !== "").length)
  })
})
