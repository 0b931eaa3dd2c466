import { describe, expect, it } from "vitest"
import { CodePointIndex, codePointLength } from "./codePoints.js"

describe("CodePointIndex", () => {
  it("maps offsets one to one when there are no astral characters", () => {
    const idx = new CodePointIndex("Café in Baghdad")
    expect(idx.toCodePoint(5)).toBe(5)
    expect(codePointLength("Café")).toBe(4)
  })

  it("counts an emoji as one code point so Python slicing agrees", () => {
    const text = "A 🚀 hit B. Then 🚀🚀 C."
    const idx = new CodePointIndex(text)
    const u16 = text.indexOf("Then")
    expect(idx.toCodePoint(u16)).toBe([...text.slice(0, u16)].length)
    expect(idx.toCodePoint(text.length)).toBe(codePointLength(text))
    expect(codePointLength(text)).toBe([...text].length)
  })
})
