import { describe, expect, it } from "vitest"
import { splitSentences } from "../03_sentences/splitSentences.js"
import { extractTimexes } from "./extractTimexes.js"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences; the publication date is Wednesday 2021-03-17 (ISO week 2021-W11).
const PUBLISHED = "2021-03-17"

/** "text → TYPE value" for each expression of one or more sentences read in order. */
const read = (sentences: ReadonlyArray<string>, published: string | null = PUBLISHED): string[] => readTimexes(sentences, published)

describe("weekdays", () => {
  it("reads a bare weekday in past-tense reporting as the latest such day on or before publication", () => {
    expect(read(["The mayor resigned on Monday."])).toEqual(["Monday → DATE 2021-03-15"])
    expect(read(["The council said Wednesday it had no money."])).toEqual(["Wednesday → DATE 2021-03-17"])
  })
  it("reads a weekday in future-tense text as the next such day", () => {
    expect(read(["The committee will vote on Friday."])).toEqual(["Friday → DATE 2021-03-19"])
  })
  it("reads 'this past', 'last' and 'next' weekdays strictly before or after publication", () => {
    expect(read(["The storm hit this past Wednesday."])).toEqual(["this past Wednesday → DATE 2021-03-10"])
    expect(read(["Prices fell last Tuesday."])).toEqual(["last Tuesday → DATE 2021-03-16"])
    expect(read(["The ferry sails next Monday."])).toEqual(["next Monday → DATE 2021-03-22"])
  })
  it("reads plans and schedules as looking ahead", () => {
    expect(read(["The union plans to strike on Friday."])).toEqual(["Friday → DATE 2021-03-19"])
    expect(read(["The board has scheduled a vote Thursday."])).toEqual(["Thursday → DATE 2021-03-18"])
    expect(read(["The sale is expected in December."])).toEqual(["December → DATE 2021-12"])
  })
  it("does not take present verbs in -eed or 'hundred' for past forms", () => {
    expect(read(["She will succeed the chairman Nov. 1."])).toEqual(["Nov. 1 → DATE 2021-11-01"])
    expect(read(["Three hundred staff will join on Monday."])).toEqual(["Monday → DATE 2021-03-22"])
  })
  it("reads 'were planning to' and 'ahead of' as looking ahead", () => {
    expect(read(["Fans rally on Saturday and were planning to march."])).toEqual(["Saturday → DATE 2021-03-20"])
    expect(read(["Traders had sold shares ahead of the weekend."])).toEqual(["the weekend → DATE 2021-W11-WE"])
  })
  it("lets a past verb right before the weekday win over a future marker elsewhere", () => {
    expect(read(["The ban was announced Monday, and the firms say they will appeal."])).toEqual(["Monday → DATE 2021-03-15"])
  })
  it("keeps a deadline that had been scheduled in the past", () => {
    expect(read(["The offer had been scheduled to expire Monday."])).toEqual(["Monday → DATE 2021-03-15"])
  })
  it("makes a weekday with a part of the day a TIME", () => {
    expect(read(["Fire broke out on Sunday night."])).toEqual(["Sunday night → TIME 2021-03-14TNI"])
  })
})

describe("calendar units relative to publication", () => {
  it("reads last/this/next week as ISO weeks", () => {
    expect(read(["Talks stalled last week and resume next week."])).toEqual(["last week → DATE 2021-W10", "next week → DATE 2021-W12"])
  })
  it("reads 'the week of' a day as that day's ISO week", () => {
    expect(read(["The hearing is set for the week of April 5."])).toEqual(["the week of April 5 → DATE 2021-W14"])
    expect(read(["Sales peaked in the week of Dec. 3, 2018."])).toEqual(["the week of Dec. 3, 2018 → DATE 2018-W49"])
  })
  it("reads last year, this month and earlier this month", () => {
    expect(read(["Sales doubled last year and rose again earlier this month."])).toEqual(["last year → DATE 2020", "earlier this month → DATE 2021-03"])
  })
  it("reads the end of the month as the publication's month", () => {
    expect(read(["The audit must be finished by the end of the month."])).toEqual(["the end of the month → DATE 2021-03"])
  })
  it("leaves out a generic 'today's world' but keeps 'today's vote'", () => {
    expect(read(["Pressures on today's youth are great."])).toEqual([])
    expect(read(["Today's vote was delayed."])).toEqual(["Today → DATE 2021-03-17"])
  })
  it("reads a part of the day before yesterday, today or tomorrow with it", () => {
    expect(read(["Shares were up at mid-afternoon yesterday and fell in the late morning today."])).toEqual([
      "mid-afternoon yesterday → TIME 2021-03-16TAF", "late morning today → TIME 2021-03-17TMO"
    ])
    expect(read(["The offer expired at midnight yesterday."])).toEqual(["midnight yesterday → TIME 2021-03-16T24:00"])
  })
  it("reads yesterday, today and tonight", () => {
    expect(read(["He left yesterday, returns today and speaks tonight."])).toEqual([
      "yesterday → DATE 2021-03-16", "today → DATE 2021-03-17", "tonight → TIME 2021-03-17TNI"
    ])
  })
})

describe("months and month-days without a year", () => {
  it("leaves a march named 'March' alone", () => {
    expect(read(["Thousands joined the annual March for Peace downtown."])).toEqual([])
    expect(read(["Talks resume in March for the third time."])).toEqual(["March → DATE 2021-03"])
  })
  it("reads 'last Nov. 5' as a day, not as last November", () => {
    expect(read(["The plant closed last Nov. 5 after a fire."])).toEqual(["Nov. 5 → DATE 2020-11-05"])
  })
  it("reads 'In October' as the most recent October not after publication", () => {
    expect(read(["In October, the plant closed."])).toEqual(["October → DATE 2020-10"])
  })
  it("reads 'last' and the month just before publication as that month a year earlier", () => {
    expect(read(["The mill shut last February and reopened in June."])).toEqual(["last February → DATE 2020-02", "June → DATE 2020-06"])
    expect(read(["The mill shut last January."])).toEqual(["last January → DATE 2021-01"])
    expect(read(["The mill shut this past February."])).toEqual(["this past February → DATE 2021-02"])
    expect(read(["The mill shut last February."], "2021-01-10")).toEqual(["last February → DATE 2020-02"])
    expect(read(["Stocks fell in the last February week."])).toEqual(["last February → DATE 2021-02"])
  })
  it("reads a coming month in future text as the next one", () => {
    expect(read(["The bridge will open in June."])).toEqual(["June → DATE 2021-06"])
  })
  it("infers the year of 'December 3' from the publication date and tense", () => {
    expect(read(["The fire started on December 3."])).toEqual(["December 3 → DATE 2020-12-03"])
    expect(read(["The hearing is scheduled for April 2."])).toEqual(["April 2 → DATE 2021-04-02"])
  })
  it("keeps a date governed by a past verb in the past even when it is days away", () => {
    expect(read(["The strike began on March 20 and is expected to end on March 24."])).toEqual(["March 20 → DATE 2020-03-20", "March 24 → DATE 2021-03-24"])
  })
  it("keeps an explicit year", () => {
    expect(read(["The firm was founded on 4 July 1998 in a garage."])).toEqual(["4 July 1998 → DATE 1998-07-04"])
  })
  it("does not take the modal 'may' or a name for a month", () => {
    expect(read(["Ministers may meet the unions."])).toEqual([])
  })
})

describe("the narrative anchor", () => {
  it("resolves 'two days later' against the previous date of the text, not publication", () => {
    expect(read(["The flood began on March 2.", "Two days later, the dam broke."])).toEqual([
      "March 2 → DATE 2021-03-02", "Two days later → DATE 2021-03-04"
    ])
  })
  it("resolves 'the next day' the same way", () => {
    expect(read(["Voting closed on Friday, March 12.", "The count finished the next day."])).toEqual([
      "Friday, March 12 → DATE 2021-03-12", "the next day → DATE 2021-03-13"
    ])
  })
  it("reads 'three years ago' against publication", () => {
    expect(read(["The law changed three years ago."])).toEqual(["three years ago → DATE 2018"])
  })
})

describe("durations, sets, decades, quarters and references", () => {
  it("writes durations as TIMEX3 periods", () => {
    expect(read(["The strike lasted five weeks.", "Over the last three months, 24 hours a day, prices rose."])).toEqual([
      "five weeks → DURATION P5W", "the last three months → DURATION P3M", "24 hours → DURATION PT24H", "a day → SET P1D"
    ])
  })
  it("falls back to the duration when a longer offset reading is refused", () => {
    expect(read(["The polls closed two days before the vote was counted."])).toEqual(["two days → DURATION P2D"])
  })
  it("writes vague durations with X", () => {
    expect(read(["In recent weeks the queues grew."])).toEqual(["recent weeks → DURATION PXW"])
  })
  it("reads recurrences as SETs", () => {
    expect(read(["The club reviews its squad each season and handles day-to-day matters weekly."])).toEqual([
      "each season → SET P1Y", "day-to-day → SET P1D", "weekly → SET P1W"
    ])
  })
  it("writes fractional periods in the next smaller unit", () => {
    expect(read(["The camp stood for 3 1/2 years; the flight took one and a half hours."])).toEqual([
      "3 1/2 years → DURATION P3Y6M", "one and a half hours → DURATION PT1H30M"
    ])
  })
  it("gives a rate or a repeated unit the period it names", () => {
    expect(read(["The plant costs $4 million a year and rent is $2,000 a month."])).toEqual(["a year → SET P1Y", "a month → SET P1M"])
    expect(read(["Rents rose year after year."])).toEqual(["year after year → SET P1Y"])
  })
  it("reads decades and centuries as TIMEX3 truncated years", () => {
    expect(read(["Trams ran in the 1950s and again in the 21st century."])).toEqual(["the 1950s → DATE 195", "the 21st century → DATE 20"])
  })
  it("reads 'the 2019 period' after a named quarter as that quarter of 2019", () => {
    expect(read(["Net income rose in the third quarter.", "In the 2019 period, the firm lost $2 million."])).toEqual([
      "the third quarter → DATE 2020-Q3", "2019 → DATE 2019-Q3"
    ])
    expect(read(["In the 2019 period, the firm lost $2 million."])).toEqual(["2019 → DATE 2019"])
  })
  it("compares a reported quarter with the same quarter a year before", () => {
    expect(read(["Profit rose in the fourth quarter.", "Sales for last year's quarter were $3 million, up from $2 million in the same period last year."])).toEqual([
      "the fourth quarter → DATE 2020-Q4", "last year → DATE 2019-Q4", "the same period → DATE 2019-Q4", "last year → DATE 2019-Q4"
    ])
    expect(read(["Profit rose in the fourth quarter.", "Net income was $4 million, against $3 million a year earlier."])).toEqual([
      "the fourth quarter → DATE 2020-Q4", "a year earlier → DATE 2019-Q4"
    ])
  })
  it("compares a span longer than a quarter with the year before", () => {
    expect(read(["Profit rose in the fourth quarter.", "For the first nine months, net rose 5% from a year earlier."])).toEqual([
      "the fourth quarter → DATE 2020-Q4", "the first nine months → DURATION P9M", "a year earlier → DATE 2019"
    ])
  })
  it("reads an ordinal quarter as the most recent such quarter in reporting", () => {
    expect(read(["Profit fell in the fourth quarter."])).toEqual(["the fourth quarter → DATE 2020-Q4"])
    expect(read(["Profit rose in the first quarter of 2019."])).toEqual(["the first quarter of 2019 → DATE 2019-Q1"])
  })
  it("reads now and recently as references, and leaves 'recent' and 'former' alone", () => {
    expect(read(["The former mayor, now retired, recently sold a recent painting."])).toEqual(["now → DATE PRESENT_REF", "recently → DATE PAST_REF"])
  })
  it("leaves house and block numbers of addresses out, not years", () => {
    expect(read(["Officers were called to the 1900 block of Elm Avenue.", "Shots hit a car parked at 2015 Maple Street.", "She lives at 1848 N. Harbor Drive."])).toEqual([])
    expect(read(["In 1995 Main Street flooded."])).toEqual(["1995 → DATE 1995"])
    expect(read(["The road was paved in 1995 and widened in 2010."])).toEqual(["1995 → DATE 1995", "2010 → DATE 2010"])
  })
  it("leaves ages out", () => {
    expect(read(["A 34-year-old man and his wife, 31 years old, were hurt.", "She moved abroad in her early 40s."])).toEqual([])
  })
})

describe("trading sessions", () => {
  it("reads 'ended the day' as the narrative's day, else publication", () => {
    expect(read(["The index ended the day 2% higher."])).toEqual(["the day → DATE 2021-03-17"])
    expect(read(["On Monday, shares closed the day lower."])).toEqual(["Monday → DATE 2021-03-15", "the day → DATE 2021-03-15"])
    expect(read(["The market closed the week at a record."])).toEqual(["the week → DATE 2021-W11"])
    expect(read(["For the day, the Nikkei fell 2%."])).toEqual(["the day → DATE 2021-03-17"])
    // A date still to come is no session that ended.
    expect(read(["Traders await the Fed meeting on March 30.", "For the week, the Dow fell 2%."])).toEqual(["March 30 → DATE 2021-03-30", "the week → DATE 2021-W11"])
    // ... but one that opens may lie ahead.
    expect(read(["A vote was set for next Monday, leaving markets to open the week unsure."], "2021-03-20")).toEqual(["next Monday → DATE 2021-03-22", "the week → DATE 2021-W12"])
  })
  it("leaves other uses of 'the day' alone", () => {
    expect(read(["It was the day the music died."])).toEqual([])
  })
})

describe("times of day", () => {
  it("puts a time on the sentence's date, keeping 'local time' in the extent", () => {
    expect(read(["The blast came at 7:20 p.m. local time on Friday."])).toEqual(["7:20 p.m. local time on Friday → TIME 2021-03-12T19:20"])
  })
  it("puts a time on the publication date when the sentence names no day", () => {
    expect(read(["Polls close at 9 p.m."])).toEqual(["9 p.m. → TIME 2021-03-17T21:00"])
  })
})

describe("without a publication date", () => {
  it("keeps each relative expression's type with an unresolved value, never a guess", () => {
    expect(read(["Officials said on Monday that last week and last year were worse, as was October.", "It rained on December 3 and yesterday."], null)).toEqual([
      "Monday → DATE XXXX-WXX-1", "last week → DATE XXXX-WXX", "last year → DATE XXXX", "October → DATE XXXX-10",
      "December 3 → DATE XXXX-12-03", "yesterday → DATE XXXX-XX-XX"
    ])
  })
  it("still resolves absolute dates", () => {
    expect(read(["The treaty was signed in March 1998."], null)).toEqual(["March 1998 → DATE 1998-03"])
  })
})

describe("extractTimexes rows", () => {
  it("gives code-point offsets into the document, ranges, granularity and anchors", () => {
    const text = "Storm 🌀 hits coast.\n\nThe storm hit on Monday. Two days later the power returned."
    const rows = extractTimexes("d1", PUBLISHED, splitSentences("d1", text))
    const chars = [...text]
    expect(rows.map((r) => chars.slice(r.start, r.end).join(""))).toEqual(["Monday", "Two days later"])
    expect(rows[0]).toMatchObject({ type: "DATE", value: "2021-03-15", date_start: "2021-03-15", date_end: "2021-03-15", granularity: "day", anchor: "published_at", rule: "weekday" })
    expect(rows[1]).toMatchObject({ value: "2021-03-17", anchor: `timex@${rows[0]!.start}`, rule: "offset" })
  })
  it("anchors a later clock time on the start of a day joined to its clock ('Monday at 5:23 a.m.')", () => {
    const rows = extractTimexes("d3", "2018-03-06", splitSentences("d3", "In Anson, Monday at 5:23 a.m., a theft was reported on Elm Road. 11:35 a.m., a fire was reported on Oak Lane."))
    expect(rows.map((r) => [r.text, r.value])).toEqual([["Monday at 5:23 a.m.", "2018-03-05T05:23"], ["11:35 a.m.", "2018-03-05T11:35"]])
    expect(rows[1]!.anchor).toBe(`timex@${rows[0]!.start}`)
  })
  it("anchors what is counted from a quarter on where that quarter was named", () => {
    const rows = extractTimexes("d4", "2019-11-10", splitSentences("d4", "Profit rose on Oct. 2 and in the third quarter. It fell in the previous quarter."))
    expect(rows.map((r) => [r.text, r.value])).toEqual([["Oct. 2", "2019-10-02"], ["the third quarter", "2019-Q3"], ["the previous quarter", "2019-Q2"]])
    expect(rows[2]!.anchor).toBe(`timex@${rows[1]!.start}`)
  })
  it("gives week and year ranges, and none for durations", () => {
    const rows = extractTimexes("d2", PUBLISHED, splitSentences("d2", "Last week was calm. The siege lasted five weeks in 2019."))
    expect(rows.map((r) => [r.text, r.date_start, r.date_end, r.granularity])).toEqual([
      ["Last week", "2021-03-08", "2021-03-14", "week"],
      ["five weeks", null, null, "week"],
      ["2019", "2019-01-01", "2019-12-31", "year"]
    ])
  })
})
