import { describe, expect, it } from "vitest"
import { markIndentedParagraphs } from "./indentedParagraphs.js"

// Reuters-21578 layout: flush first paragraph, then paragraphs whose first line is indented.
const WIRE = [
  "The harbour authority said it would reopen the\nnorthern pier on Monday after repairs.",
  "    Repairs took three weeks and cost about two mln dlrs,\nthe authority said.",
  "    Fishing crews welcomed the news."
].join("\n")

describe("markIndentedParagraphs", () => {
  it("puts a blank line before each indented paragraph start", () => {
    expect(markIndentedParagraphs(WIRE)).toBe(
      [
        "The harbour authority said it would reopen the\nnorthern pier on Monday after repairs.",
        "",
        "    Repairs took three weeks and cost about two mln dlrs,\nthe authority said.",
        "",
        "    Fishing crews welcomed the news."
      ].join("\n")
    )
  })

  it("takes a single indented start when a flush continuation line follows it", () => {
    const two = "First paragraph ends here.\n    Second paragraph starts indented and\nwraps flush."
    expect(markIndentedParagraphs(two)).toBe("First paragraph ends here.\n\n    Second paragraph starts indented and\nwraps flush.")
  })

  it("keeps an indented table together: its rows do not end like sentences", () => {
    const table = "Shr 10 cts vs seven cts\n    Net 3,501,000 vs 2,420,000\n    Sales 332.7 mln vs 274.9 mln"
    expect(markIndentedParagraphs(table)).toBe(table)
  })

  it("leaves ordinary texts alone: blank-line paragraphs, hanging indents, a lone indented quote", () => {
    const blankLines = "First paragraph.\n\n    An indented quote.\n\nLast paragraph.\n\n    Another quote."
    expect(markIndentedParagraphs(blankLines)).toBe(blankLines)
    const hanging = "1. A list item that wraps\n   onto a second line\n2. Another item"
    expect(markIndentedParagraphs(hanging)).toBe(hanging)
    const quote = "The mayor said:\n    \"We will rebuild.\""
    expect(markIndentedParagraphs(quote)).toBe(quote)
  })
})
