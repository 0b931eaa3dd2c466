import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences (not copied from any corpus); published on Wednesday 2021-06-02.
const PUBLISHED = "2021-06-02"

describe("holiday weekends", () => {
  it("reads a holiday's weekend as one date: the weekend before a Monday holiday, after a Thursday one", () => {
    expect(readTimexes(["Beaches filled up over the Memorial Day weekend."], PUBLISHED)).toEqual(["the Memorial Day weekend → DATE 2021-W21-WE"])
    expect(readTimexes(["Fares will rise for Labor Day weekend."], PUBLISHED)).toEqual(["Labor Day weekend → DATE 2021-W35-WE"])
    expect(readTimexes(["Retailers did well over Thanksgiving weekend."], PUBLISHED)).toEqual(["Thanksgiving weekend → DATE 2020-W48-WE"])
  })
  it("keeps the placeholder without a publication date", () => {
    expect(readTimexes(["Retailers did well over Thanksgiving weekend."], null)).toEqual(["Thanksgiving weekend → DATE XXXX-WXX-WE"])
  })
  it("dates the American Monday holidays alone, but not a Labour Day held in May", () => {
    expect(readTimexes(["The parade is held on Memorial Day."], PUBLISHED)).toEqual(["Memorial Day → DATE 2021-05-31"])
    expect(readTimexes(["Unions rallied on the May 1 Labor Day holiday."], PUBLISHED)).toEqual(["May 1 → DATE 2021-05-01"])
  })
  it("leaves the article to a longer phrase that is not a holiday's weekend", () => {
    expect(readTimexes(["The Christmas shopping weekend was slow."], PUBLISHED)).toEqual(["Christmas → DATE 2020-12-25"])
  })
})

describe("the shopping days after Thanksgiving", () => {
  it("dates Black Friday and Cyber Monday from the fourth Thursday of November", () => {
    // Published on Tuesday 2021-11-23; Thanksgiving 2021 fell on November 25.
    expect(readTimexes(["Stores will open at 5 a.m. on Black Friday.", "Online shops will cut prices on Cyber Monday."], "2021-11-23")).toEqual([
      "5 a.m. on Black Friday → TIME 2021-11-26T05:00",
      "Cyber Monday → DATE 2021-11-29"
    ])
  })
})
