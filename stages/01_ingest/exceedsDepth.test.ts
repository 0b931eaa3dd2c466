import { parseHTML } from "linkedom"
import { describe, expect, it } from "vitest"
import { exceedsDepth } from "./exceedsDepth.js"
import type { DomNode } from "./htmlToParagraphs.js"

const body = (html: string): DomNode =>
  (parseHTML(`<html><body>${html}</body></html>`).document as unknown as { body: DomNode }).body

describe("exceedsDepth", () => {
  it("measures element nesting below the root", () => {
    const nested = (n: number) => "<div>".repeat(n) + "x" + "</div>".repeat(n)
    expect(exceedsDepth(body(nested(3)), 3)).toBe(false)
    expect(exceedsDepth(body(nested(4)), 3)).toBe(true)
    expect(exceedsDepth(body(`<p>a</p>${nested(20_000)}`), 200)).toBe(true)
  })
})
