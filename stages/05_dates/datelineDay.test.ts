import { describe, expect, it } from "vitest"
import { dayNumber } from "./calendar.js"
import { datelineDay } from "./datelineDay.js"

describe("datelineDay", () => {
  it("moves a New York evening stamp to the next day in an Asian bureau", () => {
    // 20:30 in New York (UTC-4) is 09:30 the next morning in Seoul.
    expect(datelineDay("2014-05-06T20:30:00-04:00", "SEOUL (Reuters) - Exports rose on Wednesday.")).toBe(dayNumber(2014, 5, 7))
    expect(datelineDay("2014-05-06T20:30:00-04:00", "HONG KONG/SINGAPORE (Reuters) - Shares fell.")).toBe(dayNumber(2014, 5, 7))
  })
  it("counts southern summer time", () => {
    // 09:10 UTC is 20:10 in Sydney in January (UTC+11), the same day.
    expect(datelineDay("2014-01-09T04:10:00-05:00", "SYDNEY (Reuters) - Miners rallied.")).toBeNull()
    // 14:00 UTC is 01:00 the next day in Sydney: filed late the evening before, so no move.
    expect(datelineDay("2014-01-09T09:00:00-05:00", "SYDNEY (Reuters) - Miners rallied.")).toBeNull()
  })
  it("leaves other bureaux, stamps without a zone and a late-night local time alone", () => {
    expect(datelineDay("2014-05-06T20:30:00-04:00", "LONDON (Reuters) - Shares fell.")).toBeNull()
    expect(datelineDay("1987-04-07T22:17:44", "TOKYO (Reuters) - Shares fell.")).toBeNull()
    // 13:00 New York (UTC-4) is 02:00 the next day in Tokyo.
    expect(datelineDay("2014-05-06T13:00:00-04:00", "TOKYO (Reuters) - Shares fell.")).toBeNull()
  })
})
