import { describe, expect, it } from "vitest"
import { acronymFits, isTicker } from "./acronymFits.js"

describe("acronymFits", () => {
  it("fits an acronym made of the name's initials, skipping small words", () => {
    expect(acronymFits("NFU", ["National", "Farmers", "Union"])).toBe(true)
    expect(acronymFits("CFB", ["the", "Coastal", "Fishing", "Board"])).toBe(true)
    expect(acronymFits("LRA", ["Lake", "Region", "of", "the", "Andes"])).toBe(true)
    expect(acronymFits("TCF", ["the", "Coastal", "Fund"])).toBe(true)
    expect(acronymFits("FRA", ["U.S.", "Federal", "Rail", "Agency"])).toBe(true)
  })

  it("fits an acronym taking more than one letter from a word, lower-case letters and hyphenated parts", () => {
    expect(acronymFits("NORAS", ["North", "Range", "Society"])).toBe(true)
    expect(acronymFits("PfB", ["Party", "for", "Bees"])).toBe(true)
    expect(acronymFits("NPT", ["Nuclear", "Non-Proliferation", "Treaty"])).toBe(true)
  })

  it("does not fit a station, agency or other capitals after a place in a dateline", () => {
    expect(acronymFits("CBS", ["PHILADELPHIA"])).toBe(false)
    expect(acronymFits("WXYZ", ["Detroit"])).toBe(false)
    expect(acronymFits("AP", ["ATLANTA"])).toBe(false)
    expect(acronymFits("KTVB", ["BOISE", ",", "Idaho"])).toBe(false)
    expect(acronymFits("NFU", ["Union", "of", "Farmers"])).toBe(false)
  })

  it("answers at once for a long name of like words", () => {
    const words = Array.from({ length: 400 }, () => "Aaa")
    expect(acronymFits("AAAAAAAAB", words)).toBe(false)
    expect(acronymFits("AAAAAAAAA", words)).toBe(true)
  })

  it("knows a stock code by its shape", () => {
    expect(isTicker("ABCD.N")).toBe(true)
    expect(isTicker("XY.DE")).toBe(true)
    expect(isTicker("WXYb.TO")).toBe(true)
    expect(isTicker("WXYZ.RTS")).toBe(true)
    expect(isTicker("ABCDEFGH.MX")).toBe(true)
    expect(isTicker("NATO")).toBe(false)
  })
})
