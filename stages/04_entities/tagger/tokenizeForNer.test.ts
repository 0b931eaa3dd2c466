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
    expect(words("Ofc. Ann Lee and Dep. Tom Roe met Atty. Al Poe.")).toEqual(["Ofc.", "Ann", "Lee", "and", "Dep.", "Tom", "Roe", "met", "Atty.", "Al", "Poe", "."])
  })

  it("keeps numbers, hyphenated words and addresses whole", () => {
    expect(words("It rose 1,200.5 points in a well-known index, see www.example.com.")).toEqual(
      ["It", "rose", "1,200.5", "points", "in", "a", "well-known", "index", ",", "see", "www.example.com", "."])
  })

  it("splits possessives, negations, quotes and currency signs", () => {
    expect(words("\"Britain's rules don't help,\" she said of the players' $5m fund.")).toEqual(
      ["\"", "Britain", "'s", "rules", "do", "n't", "help", ",", "\"", "she", "said", "of", "the", "players", "'", "$", "5m", "fund", "."])
  })

  it("gives the tagger straight quotes for typographic ones, with offsets still into the original", () => {
    const text = "“Paris’s mayor” didn’t call O’Hara‘s aide ‘today’."
    const tokens = tokenizeForNer(text)
    expect(tokens.map((t) => t.text)).toEqual(
      ["\"", "Paris", "'s", "mayor", "\"", "did", "n't", "call", "O'Hara", "'s", "aide", "'", "today", "'", "."])
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(
      ["“", "Paris", "’s", "mayor", "”", "did", "n’t", "call", "O’Hara", "‘s", "aide", "‘", "today", "’", "."])
    // Straight and typographic apostrophes mixed; the chunk after one with a quote is untouched.
    expect(words("O’Hara's “x” y")).toEqual(["O'Hara", "'s", "\"", "x", "\"", "y"])
    expect(words("”Humboldt County” said")).toEqual(["\"", "Humboldt", "County", "\"", "said"])
    expect(words("the ‘96 and ’97 seasons")).toEqual(["the", "'96", "and", "'97", "seasons"])
  })

  it("splits an opening bracket glued to the end of a word", () => {
    expect(words("Dorvane Corp.( DVM.N ) and Pell[ 2 ]")).toEqual(["Dorvane", "Corp.", "(", "DVM.N", ")", "and", "Pell", "[", "2", "]"])
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
