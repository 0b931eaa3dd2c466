import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences (not copied from any corpus): words of time that name no time.

const read = (sentences: ReadonlyArray<string>): string[] => readTimexes(sentences, "2021-03-17")

describe("words of time inside names and trades", () => {
  it("reads no date in a paper's title", () => {
    expect(read(["Oslo's Sunday Telegraph printed the letter.", "The Monday Night Football crew flew home."])).toEqual([])
    expect(read(["The letter ran on Sunday."])).toEqual(["Sunday → DATE 2021-03-14"])
  })
  it("reads no length of time in 'after hours trading' or 'a day trader'", () => {
    expect(read(["The stock slipped in after hours trading.", "A day trader sold the stock."])).toEqual([])
    expect(read(["The talks ended after hours of haggling."])).toEqual(["hours → DURATION PTXH"])
  })
  it("reads 'his last year in office' as his final year, not the year before publication", () => {
    expect(read(["The mayor built the bridge in his last year in office."])).toEqual([])
    expect(read(["The firm lost money in its last fiscal year."])).toEqual(["last fiscal year → DATE 2020"])
  })
})

describe("four-digit clocks", () => {
  it("reads no year in a clock restated in another zone", () => {
    expect(read(["Copper traded at $9,100 at 3:10 p.m. EDT (1910 GMT)."])).toEqual(["3:10 p.m. EDT → TIME 2021-03-17T15:10"])
    expect(read(["The mill opened in 1910."])).toEqual(["1910 → DATE 1910"])
  })
})

describe("a month before a count", () => {
  it("reads 'In August, 14 months after the flood' as the month and a count, not August 14", () => {
    expect(read(["In August, 14 months after the flood, the mill reopened."])).toEqual(["August → DATE 2020-08", "14 months → DURATION P14M"])
    expect(read(["The mill reopened on August 14 after the flood."])).toEqual(["August 14 → DATE 2020-08-14"])
  })
})
