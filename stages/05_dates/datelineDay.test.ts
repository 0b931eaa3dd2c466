import { describe, expect, it } from "vitest"
import { dayNumber } from "./calendar.js"
import { datelineDay } from "./datelineDay.js"
import { readTimexes } from "./testing/readTimexes.js"
import { extractTimexes } from "./extractTimexes.js"

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
  it("moves a western bureau's day only when the lead names the next day and not the stamp's", () => {
    // 21:10 in New York (UTC-4) on Sunday 2014-05-04 is 02:10 on Monday in London.
    expect(datelineDay("2014-05-04T21:10:00-04:00", "LONDON (Reuters) - The tile maker will cut 300 jobs, a weekly paper said on Monday.")).toBe(dayNumber(2014, 5, 5))
    expect(datelineDay("2014-05-04T21:10:00-04:00", "LONDON (Reuters) - The tile maker said on Sunday it would cut jobs on Monday.")).toBeNull()
    expect(datelineDay("2014-05-04T21:10:00-04:00", "LONDON (Reuters) - The tile maker will cut 300 jobs.")).toBeNull()
    // A stamp in the same London day moves nothing.
    expect(datelineDay("2014-05-04T15:10:00-04:00", "LONDON (Reuters) - The tile maker will cut jobs, a paper said on Monday.")).toBeNull()
  })
})

describe("a story a western bureau wrote overnight", () => {
  const sentence = (text: string, sentence_id: number, start: number) => ({ doc_id: "d", sentence_id, paragraph_id: 0, start, end: start + text.length, text })
  it("reads the lead's weekday from the bureau's day, and quoted 'tonight' from the stamp's", () => {
    const lead = "PARIS (Reuters) - Farm ministers agreed on Tuesday to cap milk output."
    const quote = '"We found a deal tonight," one minister said.'
    // Stamped 20:40 on Monday 2014-05-05 in New York: 02:40 on Tuesday in Paris.
    const rows = extractTimexes("d", "2014-05-05T20:40:00-04:00", [sentence(lead, 0, 0), sentence(quote, 1, lead.length + 1)])
    expect(rows.map((r) => `${r.text} → ${r.value}`)).toEqual(["Tuesday → 2014-05-06", "tonight → 2014-05-05TNI"])
    // Without a dateline, the stamp's day is publication's: the Tuesday before.
    expect(readTimexes(["Farm ministers agreed on Tuesday to cap milk output."], "2014-05-05")).toEqual(["Tuesday → DATE 2014-04-29"])
  })
})
