import { parseHTML } from "linkedom"
import { describe, expect, it } from "vitest"
import { type DomNode, htmlToParagraphs } from "./htmlToParagraphs.js"

const body = (html: string): DomNode =>
  (parseHTML(`<html><body>${html}</body></html>`).document as unknown as { body: DomNode }).body

describe("htmlToParagraphs", () => {
  it("makes one paragraph per block, keeps <br> as a line break, collapses source whitespace", () => {
    const out = htmlToParagraphs(body("<div>First   block\n spread over\n source lines<p>Inner <b>bold</b> text<br>next line</p></div><ul><li>One</li><li>Two</li></ul>"))
    expect(out.text).toBe("First block spread over source lines\n\nInner bold text\nnext line\n\nOne\n\nTwo")
  })

  it("never turns scripts, styles, menus, forms controls or footers into text", () => {
    const out = htmlToParagraphs(
      body('<p>Kept.</p><script>var s = "script-text"</script><style>p{}</style><nav>nav-text</nav><button>button-text</button><footer>footer-text</footer><aside>aside-text</aside>')
    )
    expect(out.text).toBe("Kept.")
  })

  it("keeps only the headings of a header, and sets figure captions aside", () => {
    const out = htmlToParagraphs(
      body("<header><h1>The headline</h1><p>By Someone | 3 min read</p></header><figure><img><figcaption>A caption</figcaption></figure><p>Body.</p>")
    )
    expect(out).toEqual({ text: "The headline\n\nBody.", captions: ["A caption"] })
  })

  it("drops headers entirely when asked (page chrome in the fallback), and keeps <pre> line breaks", () => {
    const out = htmlToParagraphs(body("<header><h1>Site name</h1></header><pre>line one\nline two</pre>"), ["header"])
    expect(out.text).toBe("line one\nline two")
  })

  it("starts a new paragraph at two <br> in a row and at a blank line inside <pre>", () => {
    const out = htmlToParagraphs(body("<div>First line.<br>Second line.<br><br>New paragraph.<br>\n<br>Third.</div><pre>a\nb\n\n   \nc</pre>"))
    expect(out.text).toBe("First line.\nSecond line.\n\nNew paragraph.\n\nThird.\n\na\nb\n\nc")
  })

  it("walks very deeply nested markup without overflowing the stack", () => {
    const depth = 8000
    const html = Array.from({ length: depth }, (_, i) => `<font size=2>Line ${i}. `).join("")
    const out = htmlToParagraphs(body(html))
    expect(out.text.startsWith("Line 0. Line 1. Line 2.")).toBe(true)
    expect(out.text.endsWith(`Line ${depth - 1}.`)).toBe(true)
  })

  it("keeps only headings of a header, however deep they sit, in document order", () => {
    const out = htmlToParagraphs(body("<header><div><span>By Someone</span><div><h2>Deck</h2></div></div><h1>Headline</h1></header><p>Body.</p>"))
    expect(out.text).toBe("Deck\n\nHeadline\n\nBody.")
  })
})
