import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences (not copied from any corpus) for general rules found on British features and US local news.

describe("a weekend as a length of time", () => {
  it("reads 'a weekend' as two days, not a week", () => {
    expect(readTimexes(["The storm capped a weekend of floods."], "2021-04-06")).toEqual(["a weekend → DURATION P2D"])
    expect(readTimexes(["They spent two weekends at the lake."], "2021-04-06")).toEqual(["two weekends → DURATION P4D"])
  })
})

describe("edges and names", () => {
  it("leaves 'by' out of 'by the end of the year'", () => {
    expect(readTimexes(["The shop should reopen by the end of the year."], null)).toEqual(["the end of the year → DATE XXXX"])
  })
  it("reads a capitalised 'Today' inside a sentence as a programme, not a date", () => {
    expect(readTimexes(["The minister told the radio's Today programme he was sorry."], null)).toEqual([])
    expect(readTimexes(["She spoke to BBC Today on Monday."], null)).toEqual(["Monday → DATE XXXX-WXX-1"])
    expect(readTimexes(["Today the council will vote."], null)).toEqual(["Today → DATE XXXX-XX-XX"])
  })
  it("reads a capitalised 'Noon' after a name as a surname", () => {
    expect(readTimexes(["Coach picked Sam Noon at centre."], null)).toEqual([])
    expect(readTimexes(["The vote is at noon."], null)).toEqual(["noon → TIME XXXX-XX-XXT12:00"])
  })
})
