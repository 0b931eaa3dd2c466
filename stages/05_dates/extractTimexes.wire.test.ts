import { describe, expect, it } from "vitest"
import { splitSentences } from "../03_sentences/splitSentences.js"
import { extractTimexes } from "./extractTimexes.js"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences in the manner of wire copy (not copied from any corpus or article).

const read = (sentences: ReadonlyArray<string>, published: string): string[] => readTimexes(sentences, published)

describe("rates per unit after a quantity", () => {
  it("reads 'a day' after an amount of goods as a recurrence", () => {
    expect(read(["The field pumped 120,000 barrels of light crude a day in June."], "2015-08-03")).toEqual(["a day → SET P1D", "June → DATE 2015-06"])
    expect(read(["The mill will make four mln tonnes (net) a year."], "2015-08-03")).toEqual(["a year → SET P1Y"])
  })
  it("keeps 'a day after' and 'in a day' as stretches of time", () => {
    expect(read(["The shares rose 4 percent to $31.20 a day after the results."], "2015-08-03")).toEqual(["a day → DURATION P1D"])
    expect(read(["Prices fell 3 percent in a day."], "2015-08-03")).toEqual(["a day → DURATION P1D"])
  })
})

describe("schedules that point a weekday ahead", () => {
  // Published on a Wednesday.
  const wednesday = "2015-08-05"
  it("reads 'ahead of', 'prior to', 'rescheduled for' and 'due' as the coming day, possessives too", () => {
    expect(read(["Bond prices slipped ahead of Friday's jobs data."], wednesday)).toEqual(["Friday → DATE 2015-08-07"])
    expect(read(["The leaders dined in Rome prior to Thursday's talks."], wednesday)).toEqual(["Thursday → DATE 2015-08-06"])
    expect(read(["The hearing has been rescheduled for Monday, a clerk said."], wednesday)).toEqual(["Monday → DATE 2015-08-10"])
    expect(read(["The magazine, which was due to appear in print on Saturday, said the plan had stalled."], wednesday)).toEqual(["Saturday → DATE 2015-08-08"])
  })
  it("keeps 'had been due' and plain possessives in the past", () => {
    expect(read(["The permit had been due to lapse Monday."], wednesday)).toEqual(["Monday → DATE 2015-08-03"])
    expect(read(["Investors digested Monday's ruling."], wednesday)).toEqual(["Monday → DATE 2015-08-03"])
  })
  it("reads a scheduling verb in the present as the coming day", () => {
    expect(read(["Rival councils claimed victory, and the formal count starts on Saturday."], wednesday)).toEqual(["Saturday → DATE 2015-08-08"])
    expect(read(["Critics called it a show trial, but hearings resume on Monday."], wednesday)).toEqual(["Monday → DATE 2015-08-10"])
  })
})

describe("days of the month in words", () => {
  it("reads 'June Two' and 'record May Nine' as days", () => {
    expect(read(["The dividend is payable June Two, to holders of record May Nine."], "1988-04-12")).toEqual([
      "June Two → DATE 1988-06-02",
      "May Nine → DATE 1988-05-09"
    ])
    expect(read(["Record October Twenty-one"], "1988-10-02")).toEqual(["October Twenty-one → DATE 1988-10-21"])
  })
  it("leaves a month followed by a count of things alone", () => {
    expect(read(["In May two banks failed."], "1988-10-02")).toEqual(["May → DATE 1988-05"])
  })
})

describe("stories filed from an Asian bureau", () => {
  it("resolves against the bureau's day, not the wire's evening stamp", () => {
    // Stamped Tuesday 21:00 in New York: Wednesday 10:00 in Tokyo.
    const text = "TOKYO (Reuters) - Machinery orders fell, data showed on Wednesday. Traders expect a rebound tomorrow."
    const rows = extractTimexes("d1", "2014-05-06T21:00:00-04:00", splitSentences("d1", text))
    expect(rows.map((r) => `${r.text} → ${r.value}`)).toEqual(["Wednesday → 2014-05-07", "tomorrow → 2014-05-08"])
  })
})

describe("the day of a clock time", () => {
  it("does not take a possessive day ('yesterday's close') nor a date far after it", () => {
    expect(read(["The franc stood at 4.10 at midday, against yesterday's close of 4.12."], "2015-08-05")).toEqual([
      "midday → TIME 2015-08-05T12:00",
      "yesterday → DATE 2015-08-04"
    ])
    expect(read(["By 0930 GMT the index was up 1 percent, in line with the forecast the bank gave on July 28."], "2015-08-05")).toEqual([
      "0930 GMT → TIME 2015-08-05T09:30Z",
      "July 28 → DATE 2015-07-28"
    ])
  })
  it("still takes the day named just before it", () => {
    expect(read(["The vote ended on Monday, and polls closed at 8 p.m."], "2015-08-05")).toEqual(["Monday → DATE 2015-08-03", "8 p.m. → TIME 2015-08-03T20:00"])
  })
})

describe("past verbs next to the date", () => {
  it("reads 'in March predicted' (date between subject and verb) as past", () => {
    expect(read(["The ministry in March predicted a surplus."], "2015-12-08")).toEqual(["March → DATE 2015-03"])
    // Without a past verb after it, future text still looks ahead.
    expect(read(["The ministry will publish its forecast in March."], "2015-12-08")).toEqual(["March → DATE 2016-03"])
  })
  it("reads 'saying on Monday he would' as the Monday gone", () => {
    // Published on a Thursday.
    expect(read(["Rivals pledged help, with the premier saying on Monday he would consider loans."], "2015-12-10")).toEqual([
      "Monday → DATE 2015-12-07"
    ])
  })
})

describe("'this' before a weekday", () => {
  it("is the coming one, unless a past verb governs it", () => {
    // Published on a Sunday.
    expect(read(["Ministers said the fund could be ready this Thursday if talks had gone well."], "2015-12-13")).toEqual(["this Thursday → DATE 2015-12-17"])
    expect(read(["The board took this Tuesday a decision to sell."], "2015-12-10")).toEqual(["this Tuesday → DATE 2015-12-08"])
  })
})

describe("the previous quarter", () => {
  it("is the one before the quarter being discussed", () => {
    expect(read(["Output fell 1 percent in the third quarter from the previous quarter."], "2015-12-08")).toEqual([
      "the third quarter → DATE 2015-Q3",
      "the previous quarter → DATE 2015-Q2"
    ])
  })
})

describe("'the year' naming a year just given", () => {
  it("reads 'since 1994, the year ...' and 'the year prior' from the year named", () => {
    expect(read(["Sales have tripled since 1994, the year the chain went public."], "2015-12-08")).toEqual(["1994 → DATE 1994", "the year → DATE 1994"])
    expect(read(["The firm earned $2 million in 2013, flat from the year prior."], "2015-12-08")).toEqual(["2013 → DATE 2013", "the year prior → DATE 2012"])
  })
})

describe("price tables", () => {
  it("reads no years in a row of figures", () => {
    expect(read(["SEP8 1875B 1862L 1990"], "1988-04-12")).toEqual([])
    // A headline in capitals and a header row of years still name their years.
    expect(read(["EXPORTS ROSE IN 1987"], "1988-04-12")).toEqual(["1987 → DATE 1987"])
    expect(read(["1987 1986 CHILE 22 8"], "1988-04-12")).toEqual(["1987 → DATE 1987", "1986 → DATE 1986"])
  })
})

describe("'two months later' after a month or year", () => {
  it("counts from the month or year named last", () => {
    expect(read(["The bank sold shares last September.", "Two months later it cut its forecast."], "2015-06-08")).toEqual([
      "last September → DATE 2014-09",
      "Two months later → DATE 2014-11"
    ])
    expect(read(["He lost the 2009 election and quit two months later."], "2015-06-08")).toEqual(["2009 → DATE 2009", "two months later → DATE 2009"])
  })
})

describe("month ranges", () => {
  it("reads the closing month of 'April-June' and 'November-January' with the opening month's year", () => {
    expect(read(["Profit rose in April-June."], "2015-08-03")).toEqual(["April → DATE 2015-04", "June → DATE 2015-06"])
    expect(read(["Sales fell in November-January, the firm said."], "2015-03-03")).toEqual(["November → DATE 2014-11", "January → DATE 2015-01"])
  })
})

describe("'starting', 'effective' and 'expected to'", () => {
  it("look ahead", () => {
    // Published on a Thursday.
    expect(read(["The plant was preparing to close for two weeks, starting Friday, as orders fell."], "2015-12-10")).toEqual([
      "two weeks → DURATION P2W",
      "Friday → DATE 2015-12-11"
    ])
    expect(read(["Hiring is now expected to slow in the second quarter."], "2015-02-12")).toEqual(["now → DATE PRESENT_REF", "the second quarter → DATE 2015-Q2"])
  })
})

describe("a reporting tail", () => {
  it("does not set the tense of the statement before it", () => {
    // Published on a Wednesday.
    expect(read(["The council will vote on the budget on Friday, a spokeswoman for the mayor said."], "2015-12-09")).toEqual(["Friday → DATE 2015-12-11"])
    expect(read(["Orders fell in March, the company said."], "2015-02-09")).toEqual(["March → DATE 2014-03"])
  })
})

describe("a present perfect before a weekday", () => {
  it("leaves the day to what is planned, but not after a reporting verb", () => {
    // Published on a Monday.
    expect(read(["The premier has invited his rival to a lunch on Thursday."], "2015-12-07")).toEqual(["Thursday → DATE 2015-12-10"])
    expect(read(["The firm has said on Friday that it would cut jobs."], "2015-12-07")).toEqual(["Friday → DATE 2015-12-04"])
  })
})

describe("counts with a half written '14-1/2'", () => {
  it("reads the whole count", () => {
    expect(read(["Unemployment hit a 14-1/2 year high."], "2015-12-08")).toEqual(["14-1/2 year → DURATION P14Y6M"])
    expect(read(["Police charged 40 people in a 3-1/2-month probe."], "2015-12-08")).toEqual(["3-1/2-month → DURATION P3.5M"])
  })
})

describe("names that are not dates", () => {
  it("leaves a programme called \"Today\" and 'the last year of the pact' alone", () => {
    expect(read(["He spoke on NBC's \"Today\" program."], "2015-12-08")).toEqual([])
    expect(read(["It may not pay its share in the last year of the pact."], "2015-12-08")).toEqual([])
    expect(read(["Sales rose in the last year."], "2015-12-08")).toEqual(["the last year → DATE 2014"])
  })
})

describe("'the quarter' with none named yet", () => {
  it("is the quarter under way in future text, the last completed one otherwise", () => {
    expect(read(["Banks will write down the loans at the end of the quarter."], "2015-03-20")).toEqual(["the quarter → DATE 2015-Q1"])
    expect(read(["Banks wrote down the loans in the quarter."], "2015-03-20")).toEqual(["the quarter → DATE 2014-Q4"])
  })
})

describe("quarters of a story's history", () => {
  it("gives 'its second-quarter report in 2008' that year, and 'a year ago' after it counts from now", () => {
    expect(read(["She leaked its second-quarter earnings report in 2008.", "She left the firm about a year ago."], "2010-12-29")).toEqual([
      "second-quarter → DATE 2008-Q2",
      "2008 → DATE 2008",
      "about a year ago → DATE 2009"
    ])
  })
})

describe("comparisons a year apart", () => {
  it("reads 'the same month last year' as one date and '10 years from now' as a year", () => {
    expect(read(["Revenue for March rose 8 pct from the same month last year."], "2015-04-20")).toEqual([
      "March → DATE 2015-03",
      "the same month last year → DATE 2014-03"
    ])
    expect(read(["Net income in the first quarter rose.", "Nobody knows what happens 10 years from now."], "2015-04-20")).toEqual([
      "the first quarter → DATE 2015-Q1",
      "10 years from now → DATE 2025"
    ])
  })
})

describe("a day with a relative year", () => {
  it("reads 'January 1 this year' as one date of that year", () => {
    expect(read(["The rule has applied from January 1 this year."], "2015-11-04")).toEqual(["January 1 this year → DATE 2015-01-01"])
    expect(read(["The tax rose on Oct. 3 last year."], "2015-11-04")).toEqual(["Oct. 3 last year → DATE 2014-10-03"])
  })
})

describe("day ranges within a month", () => {
  it("reads both days of 'April 9-10', as TimeBank marks 'April 24' and '25'", () => {
    expect(read(["Analysts meet the board on April 9-10."], "2015-04-02")).toEqual(["April 9 → DATE 2015-04-09", "10 → DATE 2015-04-10"])
  })
})

describe("futures contracts named by month", () => {
  it("reads the month opening a price line as the contract ahead", () => {
    expect(read(["March bank bill futures opened firmer.", "December rose to 91.20 from 91.05."], "2015-02-10")).toEqual([
      "March → DATE 2015-03",
      "December → DATE 2015-12"
    ])
    // A month that opens an ordinary past sentence stays the one gone.
    expect(read(["December was a weak month for retailers."], "2015-02-10")).toEqual(["December → DATE 2014-12"])
  })
})

describe("passive infinitives and 'likely to'", () => {
  it("look ahead", () => {
    expect(read(["Any bill will likely be left to the new Congress to be seated in January."], "2015-09-17")).toEqual(["January → DATE 2016-01"])
    expect(read(["The sale is most likely to happen after mid-May, once the firm has filed its report, sources have said."], "2015-01-13")).toEqual([
      "mid-May → DATE 2015-05"
    ])
  })
})

describe("dates in lines set in capitals", () => {
  it("reads 'APRIL 7' in a capitals headline, but not 'MAY 5 PCT'", () => {
    expect(read(["LONDON GRAIN FREIGHTS - APRIL 7"], "1988-04-07")).toEqual(["APRIL 7 → DATE 1988-04-07"])
    expect(read(["PROFITS MAY 5 PCT HIGHER"], "1988-04-07")).toEqual([])
    expect(read(["The APRIL 7 figure was revised."], "1988-04-07")).toEqual([])
  })
})

describe("possessives of scheduled events in future text", () => {
  it("look ahead to the coming day", () => {
    // Published on a Tuesday.
    expect(read(["The survey should lift hopes for Friday's jobs report."], "2015-12-08")).toEqual(["Friday → DATE 2015-12-11"])
    expect(read(["The survey lifted hopes after Friday's jobs report."], "2015-12-08")).toEqual(["Friday → DATE 2015-12-04"])
  })
})
