import { describe, expect, it } from "vitest"
import { markdownToText } from "./markdownToText.js"

describe("markdownToText", () => {
  it("keeps the words of headings, links, emphasis and quotes, without the markup", () => {
    const md = [
      "# Bridge closed after *crash* #",
      "",
      "The [transport agency](https://example.org/a) said the **north** span was _damaged_.",
      "",
      "> \"We will reopen it,\" the mayor said.",
      "",
      "- first point",
      "* second point",
      "",
      "---",
      "Costs: \\*estimated\\* at `$2m`; see [the report][r].",
      "",
      "[r]: https://example.org/report"
    ].join("\n")
    expect(markdownToText(md).text).toBe(
      [
        "Bridge closed after crash",
        "",
        "The transport agency said the north span was damaged.",
        "",
        "\"We will reopen it,\" the mayor said.",
        "",
        "first point",
        "second point",
        "",
        "",
        "Costs: *estimated* at $2m; see the report.",
        "",
        ""
      ].join("\n")
    )
  })

  it("takes images out and returns their alt text as captions", () => {
    const result = markdownToText("Crowds gathered. ![Protesters outside parliament](img/p.jpg)\n")
    expect(result).toEqual({ text: "Crowds gathered. \n", captions: ["Protesters outside parliament"] })
  })

  it("leaves ordinary punctuation and snake_case words alone", () => {
    const text = "Shares rose 5% * 2 in the file_name_here case, and 3 * 4 = 12."
    expect(markdownToText(text).text).toBe(text)
  })
})
