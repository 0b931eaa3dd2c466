import { describe, expect, it, beforeAll } from "vitest"
import { extractHtml, loadHtmlSupport, readHtml } from "./html.js"

const paragraph = (n: number) =>
  `Paragraph ${n} of the report describes how the river rose through the night and how crews worked to hold the levee, according to officials who spoke at the scene.`

const page = `<!doctype html><html><head>
<title>River rises | Valley Post</title>
<meta property="og:title" content="River rises overnight">
<meta property="og:site_name" content="Valley Post">
<link rel="canonical" href="https://valley.example/river">
<meta property="article:published_time" content="2021-03-04T05:06:07+01:00">
<script>var secret = "tracking-script-text";</script>
<style>.x { color: red }</style>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | Menu-nav-text</nav>
<article>
<h1>River rises overnight</h1>
<p>${paragraph(1)}</p>
<figure><img src="a.jpg"><figcaption>Crews on the levee at dawn</figcaption></figure>
<p>${paragraph(2)}<br>A second line of the same paragraph.</p>
<p>${paragraph(3)}</p>
<script>document.write("inline-script-text")</script>
</article>
<footer>Footer-text © Valley Post. Cookie policy</footer>
</body></html>`

beforeAll(loadHtmlSupport)

describe("extractHtml", () => {
  it("returns article paragraphs without script, style, nav or footer text", () => {
    const { text } = extractHtml(page)
    expect(text).not.toMatch(/tracking-script-text|inline-script-text|Menu-nav-text|Footer-text|color: red/)
    const paragraphs = text.split("\n\n")
    expect(paragraphs).toContain(paragraph(1))
    expect(paragraphs).toContain(`${paragraph(2)}\nA second line of the same paragraph.`)
    expect(paragraphs).toContain(paragraph(3))
  })

  it("sets figure captions aside", () => {
    const article = extractHtml(page)
    expect(article.text).not.toContain("Crews on the levee")
    expect(article.captions).toEqual(["Crews on the levee at dawn"])
  })

  it("reads metadata from meta tags: og:title over <title>, site name, canonical url, published time", () => {
    expect(extractHtml(page).meta).toEqual({
      title: "River rises overnight",
      source: "Valley Post",
      url: "https://valley.example/river",
      publishedAt: "2021-03-04T05:06:07+01:00"
    })
  })

  it("reads a page without article markup, leaving out header, nav, aside and footer", () => {
    const bare = "<html><head><title>Short note</title></head><body><header>Site-header</header><nav>Nav-text</nav><div>Ferry service resumes on Monday.</div><aside>Aside-text</aside><footer>Foot</footer></body></html>"
    const article = extractHtml(bare)
    expect(article.text).toBe("Ferry service resumes on Monday.")
    expect(article.meta.title).toBe("Short note")
  })

  it("keeps a page wrapped in a <form> (ASP.NET) and returns no text for a page of chrome only", () => {
    const aspnet = `<html><body><form id="aspnetForm"><div><p>${paragraph(1)}</p><p>${paragraph(2)}</p></div></form></body></html>`
    expect(extractHtml(aspnet).text).toBe(`${paragraph(1)}\n\n${paragraph(2)}`)
    expect(extractHtml("<html><body><nav>Menu</nav><footer>Foot</footer></body></html>").text).toBe("")
  })

  it("reads fragments without <html> or <body>, which the parser leaves outside the body", () => {
    expect(extractHtml("<p>Hello world. The ferry resumed.</p>").text).toBe("Hello world. The ferry resumed.")
    expect(extractHtml("<!DOCTYPE html><p>Doctype then p.</p>").text).toBe("Doctype then p.")
    const headOnly = extractHtml("<html><head><title>T</title></head><p>Head then p without body.</p></html>")
    expect(headOnly).toEqual({ meta: expect.objectContaining({ title: "T" }), text: "Head then p without body.", captions: [] })
    expect(extractHtml("<body><p>Body tag only.</p></body>").text).toBe("Body tag only.")
  })

  it("reads an .html file holding plain text as plain text, paragraphs kept", () => {
    expect(extractHtml("Plain text, no tags.\n\nA second paragraph.")).toEqual({
      meta: { title: null, source: null, url: null, publishedAt: null },
      text: "Plain text, no tags.\n\nA second paragraph.",
      captions: []
    })
  })
})

describe("extractHtml on pathological pages", () => {
  it("reads a page of 8,000 unclosed <font> tags (Readability is skipped: it would overflow the stack)", () => {
    const html = `<html><body>${Array.from({ length: 8000 }, (_, i) => `<font size=2>Line ${i}. `).join("")}</body></html>`
    const { text } = extractHtml(html)
    expect(text.startsWith("Line 0. Line 1.")).toBe(true)
    expect(text.endsWith("Line 7999.")).toBe(true)
  })
})

describe("readHtml", () => {
  it("falls back to the text without tags when extraction throws, and says so", () => {
    const broken = () => {
      throw new Error("parser exploded")
    }
    const reading = readHtml("<html><head><title>T</title></head><body><p>First &amp; only.</p><p>Second.</p></body></html>", broken)
    expect(reading).toEqual({
      meta: { title: null, source: null, url: null, publishedAt: null },
      text: expect.stringMatching(/^\n?First & only\.\n\nSecond\.\n*$/),
      captions: [],
      problem: "HTML could not be parsed (parser exploded); its text was read with the tags removed and its metadata ignored"
    })
  })

  it("passes a page that extracts normally through, without a problem", () => {
    expect(readHtml("<p>Fine.</p>").problem).toBeNull()
  })
})
