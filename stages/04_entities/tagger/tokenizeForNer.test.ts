import { describe, expect, it } from "vitest"
import { tokenizeForNer } from "./tokenizeForNer.js"

const words = (text: string): string[] => tokenizeForNer(text).map((t) => t.text)

describe("tokenizeForNer", () => {
  it("splits punctuation off words and keeps offsets into the text", () => {
    const text = "Hello, world (again)!"
    const tokens = tokenizeForNer(text)
    expect(tokens.map((t) => t.text)).toEqual(["Hello", ",", "world", "(", "again", ")", "!"])
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text)
  })

  it("keeps abbreviations, initials and dotted forms whole but splits a final period", () => {
    expect(words("Mr. Smith met Gen. Lee of the U.S. Army in Jan. 1997.")).toEqual(
      ["Mr.", "Smith", "met", "Gen.", "Lee", "of", "the", "U.S.", "Army", "in", "Jan.", "1997", "."])
    expect(words("John F. Kennedy left at 5 p.m. today.")).toEqual(["John", "F.", "Kennedy", "left", "at", "5", "p.m.", "today", "."])
  })

  it("keeps numbers, hyphenated words and addresses whole", () => {
    expect(words("It rose 1,200.5 points in a well-known index, see www.example.com.")).toEqual(
      ["It", "rose", "1,200.5", "points", "in", "a", "well-known", "index", ",", "see", "www.example.com", "."])
  })

  it("splits possessives, negations, quotes and currency signs", () => {
    expect(words("\"Britain's rules don't help,\" she said of the players' $5m fund.")).toEqual(
      ["\"", "Britain", "'s", "rules", "do", "n't", "help", ",", "\"", "she", "said", "of", "the", "players", "'", "$", "5m", "fund", "."])
    expect(words("“Paris’s mayor” spoke")).toEqual(["“", "Paris", "’s", "mayor", "”", "spoke"])
  })

  it("splits dashes between words and keeps an ellipsis together", () => {
    expect(words("Rome -- and Milan—waited...")).toEqual(["Rome", "--", "and", "Milan", "—", "waited", "..."])
  })

  it("tokenizes only the requested range, with offsets into the whole text", () => {
    const text = "First part. Second part here."
    const tokens = tokenizeForNer(text, 12, text.length)
    expect(tokens.map((t) => t.text)).toEqual(["Second", "part", "here", "."])
    expect(tokens[0]!.start).toBe(12)
  })

  it("returns nothing for blank text", () => {
    expect(tokenizeForNer("  \n\t ")).toEqual([])
  })
})
