import { describe, expect, it } from "vitest"
import { dctDay, newNarrative, timexesOfSentence } from "./extractTimexes.js"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences; the publication date is Wednesday 2021-03-17 (ISO week 2021-W11).
const PUBLISHED = "2021-03-17"

/** "text → TYPE value" for each expression of one or more sentences read in order. */
const read = (sentences: ReadonlyArray<string>, published: string | null = PUBLISHED): string[] => readTimexes(sentences, published)

describe("tense around a date", () => {
  it("takes irregular past forms for past verbs", () => {
    // Without "tore" or "threw" as past forms, the modal "could" would make the weekday the next one.
    expect(read(["The roof tore off Friday, and the classes could resume soon."])).toEqual(["Friday → DATE 2021-03-12"])
    expect(read(["The pitcher threw on Sunday, and the team could trade him."])).toEqual(["Sunday → DATE 2021-03-14"])
  })
  it("does not take nouns that look like past forms ('bid', 'fed funds') for past verbs", () => {
    expect(read(["The rival bid expires on Friday, and the board will meet."])).toEqual(["Friday → DATE 2021-03-19"])
  })
  it("does not take a participle after 'will be' or 'should be' for a past verb", () => {
    expect(read(["The new ferry will be launched in October."])).toEqual(["October → DATE 2021-10"])
    expect(read(["The merger should be completed in August."])).toEqual(["August → DATE 2021-08"])
    // ... but a past participle elsewhere still reads as past.
    expect(read(["The bridge was completed in October."])).toEqual(["October → DATE 2020-10"])
  })
})

describe("possessive weekdays", () => {
  it("reads 'Monday's vote' as the latest such day, whatever the clause's tense", () => {
    expect(read(["Opponents say they will challenge Monday's vote in court."])).toEqual(["Monday → DATE 2021-03-15"])
    expect(read(["Lawyers would study Tuesday night's ruling."])).toEqual(["Tuesday night → TIME 2021-03-16TNI"])
  })
  it("keeps an explicit 'next' before a possessive weekday", () => {
    expect(read(["Both parties will campaign before next Sunday's election."])).toEqual(["next Sunday → DATE 2021-03-21"])
  })
})

describe("spelled-out years of months and seasons", () => {
  it("reads a month or a season with a spelled year as one date", () => {
    expect(read(["The plant closed in March nineteen eighty-two."])).toEqual(["March nineteen eighty-two → DATE 1982-03"])
    expect(read(["Prices last fell this low in the summer of nineteen ninety-nine."])).toEqual(["the summer of nineteen ninety-nine → DATE 1999-SU"])
    expect(read(["It opened in October, two thousand and one."])).toEqual(["October, two thousand and one → DATE 2001-10"])
  })
})

describe("recurring months", () => {
  it("reads 'each July' and 'every March' as SETs of that month", () => {
    expect(read(["The fair opens each July."])).toEqual(["each July → SET XXXX-07"])
    expect(read(["Tenants renew their leases every March."])).toEqual(["every March → SET XXXX-03"])
  })
  it("leaves 'every decade' a period", () => {
    expect(read(["The census is taken every decade."])).toEqual(["every decade → SET P10Y"])
  })
})

describe("weekdays counted from the narrative", () => {
  it("reads 'the previous Friday' as the Friday before the day the narrative is on", () => {
    // The narrative is on Friday 2021-03-12; the previous Friday is a week earlier.
    expect(read(["Stocks fell on Friday.", "The index was 2% below its close of the previous Friday."])).toEqual([
      "Friday → DATE 2021-03-12",
      "the previous Friday → DATE 2021-03-05"
    ])
    expect(read(["The talks began on March 3.", "They collapsed the following Monday."])).toEqual(["March 3 → DATE 2021-03-03", "the following Monday → DATE 2021-03-08"])
  })
})

describe("deadlines in the past perfect", () => {
  it("reads 'had ... by Wednesday' as a day before publication", () => {
    expect(read(["Most members had filed their reports by Monday."])).toEqual(["Monday → DATE 2021-03-15"])
    // A deadline alone still looks ahead.
    expect(read(["Members must file their reports by Monday."])).toEqual(["Monday → DATE 2021-03-22"])
  })
})

describe("more durations and decades", () => {
  it("reads spelled decades: 'the nineties', 'the sixties'", () => {
    expect(read(["Crime fell through the nineties."])).toEqual(["the nineties → DATE 199"])
    expect(read(["The hall was built in the sixties."])).toEqual(["the sixties → DATE 196"])
  })
  it("reads 'the next couple of years' and 'an additional year'", () => {
    expect(read(["Rates will stay low for the next couple of years."])).toEqual(["the next couple of years → DURATION P2Y"])
    expect(read(["The lease runs for an additional year."])).toEqual(["an additional year → DURATION P1Y"])
  })
  it("reads 'day-long' and 'decades-long' adjectives, vague decades in years", () => {
    expect(read(["A day-long strike ended a decades-long truce."])).toEqual(["day-long → DURATION P1D", "decades-long → DURATION PXY"])
    expect(read(["The feud lasted for decades."])).toEqual(["decades → DURATION PXY"])
  })
})

describe("offsets of a week or two", () => {
  it("lands 'a week ago' and 'two weeks later' on a day, 'six weeks ago' on its week", () => {
    expect(read(["The plant closed a week ago."])).toEqual(["a week ago → DATE 2021-03-10"])
    expect(read(["The strike began on March 1.", "Two weeks later, it ended."])).toEqual(["March 1 → DATE 2021-03-01", "Two weeks later → DATE 2021-03-15"])
    expect(read(["The plant closed six weeks ago."])).toEqual(["six weeks ago → DATE 2021-W05"])
  })
  it("reads 'a week or so ago' as one offset", () => {
    expect(read(["Then, a week or so ago, the talks resumed."])).toEqual(["a week or so ago → DATE 2021-03-10"])
    expect(read(["The firm was sold two years or so ago."])).toEqual(["two years or so ago → DATE 2019"])
  })
})

describe("years and months of the narrative", () => {
  it("reads 'that year' and 'later that year' as the year the narrative last named", () => {
    expect(read(["The mill opened in 1987.", "Later that year, it hired 200 people."])).toEqual(["1987 → DATE 1987", "Later that year → DATE 1987"])
    expect(read(["Sales fell in March 2019.", "Imports rose that year."])).toEqual(["March 2019 → DATE 2019-03", "that year → DATE 2019"])
  })
  it("reads 'the following month' from a month named alone, and 'the same month a year ago'", () => {
    expect(read(["The plan was drafted in May 2018.", "The following month, it was dropped."])).toEqual(["May 2018 → DATE 2018-05", "The following month → DATE 2018-06"])
    expect(read(["Car sales fell 20% in January 2020 from the same month a year ago."])).toEqual(["January 2020 → DATE 2020-01", "the same month a year ago → DATE 2019-01"])
  })
  it("anchors the row to the expression that named the period", () => {
    const narrative = newNarrative()
    timexesOfSentence("The mill opened in 1987.", dctDay(PUBLISHED), narrative)
    const [that] = timexesOfSentence("Later that year, it closed.", dctDay(PUBLISHED), narrative)
    expect(that?.anchor).toBe("previous")
    expect(that?.anchorStart).toBe(19)
  })
  it("leaves 'that year' unresolved when no year came before", () => {
    expect(read(["Nobody knew what happened that year."])).toEqual(["that year → DATE XXXX"])
  })
})

describe("hyphenated edges and prefixes, clock times with a part of the day", () => {
  it("reads 'late-November' as the month and 'post-1959' as the year", () => {
    expect(read(["The trial opened in late-November."])).toEqual(["late-November → DATE 2020-11"])
    expect(read(["The post-1989 order took shape slowly."])).toEqual(["post-1989 → DATE 1989"])
  })
  it("reads '4 in the morning' and '10:30 in the evening' as clock times of the sentence's day", () => {
    expect(read(["Shots rang out at 10:30 in the evening on March 9."])).toEqual(["10:30 in the evening on March 9 → TIME 2021-03-09T22:30"])
    expect(read(["The ferry left at 4 in the morning."])).toEqual(["4 in the morning → TIME 2021-03-17T04:00"])
  })
})

describe("tense inside quotations", () => {
  it("lets the quoted words, not the reporting verb, set the tense", () => {
    expect(read(["``The ship will sail Friday,'' the captain said."])).toEqual(["Friday → DATE 2021-03-19"])
    expect(read(['"The ship will sail Friday," the captain said.'])).toEqual(["Friday → DATE 2021-03-19"])
    expect(read(["“We will sign on Friday,” she said."])).toEqual(["Friday → DATE 2021-03-19"])
  })
  it("reads a quotation that opened in an earlier sentence up to its closing mark", () => {
    expect(read(["The talks will resume after the holiday, on Friday,'' he said."])).toEqual(["Friday → DATE 2021-03-19"])
  })
  it("does not let a clause that follows the date set its tense", () => {
    expect(read(["Moscow issued stern warnings on Thursday that strikes could harm ties."])).toEqual(["Thursday → DATE 2021-03-11"])
    expect(read(["Investors rushed in after the vote on Monday, which would lift prices."])).toEqual(["Monday → DATE 2021-03-15"])
  })
  it("leaves dates outside the quotation to the reporting verb", () => {
    expect(read(['The captain said on Monday, "The ship will sail soon."'])).toEqual(["Monday → DATE 2021-03-15"])
  })
})

describe("halves and fractions", () => {
  it("reads 'a minute and a half' as one duration", () => {
    expect(read(["The blast came a minute and a half later than planned."])).toEqual(["a minute and a half → DURATION PT1M30S"])
    expect(read(["The talks lasted two years and a half."])).toEqual(["two years and a half → DURATION P2Y6M"])
  })
  it("does not read 'a quarter of the market' as a period", () => {
    expect(read(["The firm holds more than a quarter of the market."])).toEqual([])
    expect(read(["Three quarters of voters agreed."])).toEqual([])
    expect(read(["Profit doubled in a quarter."])).toEqual(["a quarter → DURATION P1Q"])
  })
})

describe("fiscal quarters", () => {
  it("reads 'the fiscal-first quarter' and compares 'a year earlier' with it", () => {
    expect(read(["Net rose 5% in the fiscal-first quarter ended Sept. 30 from a year earlier."], "2021-10-20")).toEqual([
      "the fiscal-first quarter → DATE 2021-Q1",
      "Sept. 30 → DATE 2021-09-30",
      "a year earlier → DATE 2020-Q1"
    ])
  })
  it("counts a span of many years back from the publication, not from the quarter named before", () => {
    expect(read(["Profit rose in the third quarter.", "The firm was founded half a century ago."], "2021-10-20")).toEqual([
      "the third quarter → DATE 2021-Q3",
      "half a century ago → DATE 1971"
    ])
  })
  it("keeps the determiner out of the adjective 'third-quarter'", () => {
    expect(read(["The third-quarter profit fell."], "2021-10-20")).toEqual(["third-quarter → DATE 2021-Q3"])
  })
})

describe("quarters named by the month they ended", () => {
  it("takes the calendar quarter holding most of the three months", () => {
    expect(read(["Sales rose in the quarter ended Sept. 30."], "2021-10-20")).toEqual(["the quarter → DATE 2021-Q3", "Sept. 30 → DATE 2021-09-30"])
    expect(read(["Sales rose in the quarter ended July 31."], "2021-10-20")).toEqual(["the quarter → DATE 2021-Q2", "July 31 → DATE 2021-07-31"])
    expect(read(["Sales rose in the quarter ended Jan. 31."], "2021-03-10")).toEqual(["the quarter → DATE 2020-Q4", "Jan. 31 → DATE 2021-01-31"])
  })
})

describe("the quarter a report is about", () => {
  it("keeps a fiscal quarter named in publication's own calendar quarter", () => {
    // Published in November: a fiscal fourth quarter that ended Sept. 30 is compared, not clamped to Q3.
    expect(read(["Fourth-quarter profit fell 9%.", "Sales in the latest period rose from a year earlier."], "2021-11-03")).toEqual([
      "Fourth-quarter → DATE 2021-Q4",
      "the latest period → DATE 2021-Q4",
      "a year earlier → DATE 2020-Q4"
    ])
  })
  it("falls back to the last completed quarter after a forecast of a later one", () => {
    expect(read(["Profit will rise in the first quarter of 2022.", "Sales in the latest period rose from a year earlier."], "2021-11-03")).toEqual([
      "the first quarter of 2022 → DATE 2022-Q1",
      "the latest period → DATE 2021-Q3",
      "a year earlier → DATE 2020-Q3"
    ])
  })
})

describe("holiday weeks", () => {
  it("reads 'Easter week' and 'Christmas week' as the ISO week holding the holiday", () => {
    expect(read(["Crowds are expected during Easter week."])).toEqual(["Easter week → DATE 2021-W13"])
    expect(read(["Stores were busy in Christmas week."], "2021-12-28")).toEqual(["Christmas week → DATE 2021-W51"])
  })
})

describe("times in UTC", () => {
  it("marks a UTC time read with its date by Z", () => {
    expect(read(["He spoke at 16:15 UTC, March 1."])).toEqual(["16:15 UTC, March 1 → TIME 2021-03-01T16:15Z"])
  })
  it("reads wire-service four-digit times before the zone", () => {
    expect(read(["At 0800 UTC, the banks acted."])).toEqual(["0800 UTC → TIME 2021-03-17T08:00Z"])
    expect(read(["The blast came at 0530 local time.", "Trading stopped at 1600 EST."])).toEqual([
      "0530 local time → TIME 2021-03-17T05:30",
      "1600 EST → TIME 2021-03-17T16:00"
    ])
    expect(read(["In 1950 local elections were held."])).toEqual(["1950 → DATE 1950"])
  })
  it("leaves a conversion in parentheses to the time it restates", () => {
    expect(read(["The blast came at 10:35 a.m. (0735 GMT)."])).toEqual(["10:35 a.m. → TIME 2021-03-17T10:35"])
  })
})

describe("'last year' in quarterly results", () => {
  it("compares a figure of last year with the reported quarter a year before", () => {
    expect(read(["Third-quarter net was $5 million, compared with a loss of $3 million last year."], "2021-10-20")).toEqual([
      "Third-quarter → DATE 2021-Q3",
      "last year → DATE 2020-Q3"
    ])
  })
  it("keeps the whole year when the reported quarter lies in last year (results published in January)", () => {
    expect(read(["For the fourth quarter of 2020, profit was $8 million.", "Costs fell to $118 billion last year."], "2021-01-28")).toEqual([
      "the fourth quarter of 2020 → DATE 2020-Q4",
      "last year → DATE 2020"
    ])
  })
  it("keeps the year without a money figure", () => {
    expect(read(["Third-quarter net rose.", "The company was founded last year."], "2021-10-20")).toEqual(["Third-quarter → DATE 2021-Q3", "last year → DATE 2020"])
  })
})

describe("year-ago spans", () => {
  it("reads 'the year-earlier nine months' as one span", () => {
    expect(read(["Net for the year-earlier nine months included a gain."], "2021-10-20")).toEqual(["the year-earlier nine months → DURATION P9M"])
  })
})

describe("headline comparisons without an article", () => {
  it("reads 'from year ago' and 'vs year earlier' as the year-ago period", () => {
    expect(read(["Widget maker's net up 7 pct from year ago"], "2021-03-10")).toEqual(["year ago → DATE 2020"])
    expect(read(["Second-quarter sales down 2 pct vs year earlier"], "2021-08-04")).toEqual(["Second-quarter → DATE 2021-Q2", "year earlier → DATE 2020-Q2"])
  })
  it("leaves a year with no comparison word alone", () => {
    expect(read(["Year ago rules no longer apply."], "2021-03-10")).toEqual([])
  })
})

describe("clock times beside a zone in parentheses", () => {
  it("keeps a closing parenthesis out of a time whose opening one comes before it", () => {
    expect(read(["The polls close at 8 p.m. (1 a.m. GMT), officials said."])).toEqual(["8 p.m. → TIME 2021-03-17T20:00", "1 a.m. GMT → TIME 2021-03-17T01:00Z"])
    expect(read(["The polls will close on Friday evening (3 p.m. EDT)."])).toEqual(["Friday evening → TIME 2021-03-19TEV", "3 p.m. EDT → TIME 2021-03-19T15:00"])
  })
  it("still takes a zone in its own parentheses", () => {
    expect(read(["The polls close at 8 p.m. (EDT) today."])).toEqual(["8 p.m. (EDT) today → TIME 2021-03-17T20:00"])
  })
})

describe("a shift compared with a plan", () => {
  it("dates 'a week later than planned' by the day just named, and keeps a shift after a clock apart from it", () => {
    expect(read(["The museum will reopen on Friday at 10 a.m., a week later than planned."])).toEqual([
      "Friday at 10 a.m. → TIME 2021-03-19T10:00",
      "a week later → DATE 2021-03-19"
    ])
  })
  it("leaves a comparison with no day before it to the duration rule", () => {
    expect(read(["The ferry ran two hours later than planned."])).toEqual(["two hours → DURATION PT2H"])
  })
})

describe("a month compared with a year earlier", () => {
  it("takes the month the figure is for, even in a story about quarters", () => {
    expect(read(["Steel output may slow in the second quarter.", "It rose 4 percent in May from a year earlier."], "2021-06-14")).toEqual([
      "the second quarter → DATE 2021-Q2",
      "May → DATE 2021-05",
      "a year earlier → DATE 2020-05"
    ])
  })
  it("does not take a month that only ends a quarter", () => {
    expect(read(["Profit fell in the quarter ended in June from a year earlier."], "2021-07-28")).toEqual([
      "the quarter → DATE 2021-Q2",
      "June → DATE 2021-06",
      "a year earlier → DATE 2020"
    ])
  })
})
