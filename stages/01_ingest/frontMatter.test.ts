import { describe, expect, it } from "vitest"
import { splitFrontMatter } from "./frontMatter.js"

describe("splitFrontMatter", () => {
  it("reads title, source, url and published_at, and cuts the block off the body", () => {
    const text = "---\ntitle: Dam breaks after rain\nsource: River Times\nurl: https://example.org/a\npublished_at: 2020-05-01\n---\n\nThe dam broke at noon.\n"
    expect(splitFrontMatter(text)).toEqual({
      meta: { title: "Dam breaks after rain", source: "River Times", url: "https://example.org/a", publishedAt: "2020-05-01" },
      body: "\nThe dam broke at noon.\n",
      problems: []
    })
  })

  it("accepts `date` for the publication date", () => {
    expect(splitFrontMatter("---\ndate: 2020-05-02T10:00:00Z\n---\nBody.").meta.publishedAt).toBe("2020-05-02T10:00:00Z")
  })

  it("leaves text without front matter alone, and an unclosed --- is a horizontal rule", () => {
    expect(splitFrontMatter("Just text.\n").body).toBe("Just text.\n")
    const rule = "---\nA paragraph after a rule.\n"
    expect(splitFrontMatter(rule)).toEqual({ meta: expect.objectContaining({ title: null }), body: rule, problems: [] })
  })

  it("reports invalid YAML but still returns the body", () => {
    const result = splitFrontMatter("---\ntitle: [unclosed\n---\nThe body.")
    expect(result.body).toBe("The body.")
    expect(result.meta.title).toBeNull()
    expect(result.problems).toEqual([expect.stringMatching(/^front matter is not valid YAML/)])
  })

  it("reports a field that is not text, keeping the other fields", () => {
    const result = splitFrontMatter("---\ntitle: Kept\nsource: {a: 1}\n---\nBody.")
    expect(result.meta).toEqual({ title: "Kept", source: null, url: null, publishedAt: null })
    expect(result.problems).toEqual(['front matter: metadata field "source" is an object, not text; the field is ignored, the document is kept'])
  })
})
