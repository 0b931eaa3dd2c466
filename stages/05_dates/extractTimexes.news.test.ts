import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences in the manner of local and wire news (not copied from any corpus).

/** "text → TYPE value" for each expression of one or more sentences read in order. */
const read = (sentences: ReadonlyArray<string>, published: string): string[] => readTimexes(sentences, published)

describe("hard-wrapped wire copy", () => {
  it("reads a line break inside a date as a space and keeps the original text", () => {
    expect(read(["The refund will be paid back to April\n3 for all members."], "2021-03-17")).toEqual(["April\n3 → DATE 2021-04-03"])
  })
})

describe("tense next to the date", () => {
  it("lets 'said in May' stay past when a modal follows as close", () => {
    expect(read(["The bank said in May it would sell the unit."], "2021-12-10")).toEqual(["May → DATE 2021-05"])
  })
  it("lets an irregular past verb right before a month keep it behind publication", () => {
    // Published in January: the March spoken of is last year's.
    expect(read(["The mayor spoke in March about the new bridge."], "2021-01-20")).toEqual(["March → DATE 2020-03"])
    expect(read(["The auditor wrote in April that the books were sound."], "2021-02-05")).toEqual(["April → DATE 2020-04"])
    expect(read(["The mayor will speak in March about the new bridge."], "2021-01-20")).toEqual(["March → DATE 2021-03"])
  })
  it("lets a past passive with its particle right before a weekday keep it past", () => {
    // Published on a Saturday: the Friday the line was blown up is the day before, whatever follows.
    expect(read(["The mill, after its water main was blown up on Friday, is expected to close for a week."], "2021-03-13")).toEqual([
      "Friday → DATE 2021-03-12",
      "a week → DURATION P1W"
    ])
    expect(read(["The mill was expected to reopen on Friday."], "2021-03-13")).toEqual(["Friday → DATE 2021-03-19"])
  })
  it("leaves the verb 'last' out of a duration, but keeps the adjective", () => {
    expect(read(["The strike could last several more weeks."], "2021-03-13")).toEqual(["several more weeks → DURATION PXW"])
    expect(read(["The hearing is expected to last up to three days."], "2021-03-13")).toEqual(["up to three days → DURATION P3D"])
    expect(read(["Sales fell over the last three years."], "2021-03-13")).toEqual(["the last three years → DURATION P3Y"])
  })
  it("reads 'would have' and 'could have' as looking back, not ahead", () => {
    // Published in February: the October the counterfactual speaks of has gone.
    expect(read(["Officials said the harvest would have grown in October without the frost."], "2021-02-10")).toEqual(["October → DATE 2020-10"])
    expect(read(["Officials said the harvest would grow in October."], "2021-02-10")).toEqual(["October → DATE 2021-10"])
  })
  it("does not read a participle that is no past verb as a past marker", () => {
    // Published on a Tuesday.
    expect(read(["The ministry will publish the closely watched survey on Friday."], "2021-03-16")).toEqual(["Friday → DATE 2021-03-19"])
    expect(read(["The bonus would be paid on a still unnamed day in January."], "2021-10-26")).toEqual(["January → DATE 2022-01"])
    // "are both due to": a word between the verb and "due" still looks ahead.
    expect(read(["The miners are both due to report Pilbara ore sales on Tuesday."], "2021-03-14")).toEqual(["Tuesday → DATE 2021-03-16"])
    // A present passive, even with an adverb in it, and an event still to come.
    expect(read(["The loan is formally signed on March 24."], "2021-03-13")).toEqual(["March 24 → DATE 2021-03-24"])
    expect(read(["The bank is likely to keep rates unchanged at its next meeting on March 16."], "2021-03-13")).toEqual(["March 16 → DATE 2021-03-16"])
    expect(read(["The bridge will remain closed until at least noon (1700 GMT) on Friday, officials said on Tuesday."], "2021-03-16")).toEqual([
      "noon → TIME 2021-03-19T12:00",
      "Friday → DATE 2021-03-19",
      "Tuesday → DATE 2021-03-16"
    ])
    expect(read(["The merger terms could be announced Friday, people close to the talks said."], "2021-03-16")).toEqual(["Friday → DATE 2021-03-19"])
  })
  it("keeps 'could not be reached' and 'neither could be found' in the past", () => {
    expect(read(["The owner could not be reached for comment on Monday."], "2021-03-17")).toEqual(["Monday → DATE 2021-03-15"])
    expect(read(["Neither the owner nor his son could be found Monday at the farm."], "2021-03-17")).toEqual(["Monday → DATE 2021-03-15"])
  })
  it("reads a date after 'since' as gone, and 'unlikely to' as looking ahead", () => {
    expect(read(["The index is up 12 percent since January 4."], "2021-11-10")).toEqual(["January 4 → DATE 2021-01-04"])
    // Published on a Tuesday.
    expect(read(["The council is unlikely to vote on Thursday."], "2021-03-16")).toEqual(["Thursday → DATE 2021-03-18"])
  })
  it("gives results still to be reported the quarter just ended", () => {
    expect(read(["The bakery will report fourth-quarter results on February 9."], "2021-01-12")).toEqual(["fourth-quarter → DATE 2020-Q4", "February 9 → DATE 2021-02-09"])
    expect(read(["Sales should recover in the fourth quarter."], "2021-01-12")).toEqual(["the fourth quarter → DATE 2021-Q4"])
  })
  it("keeps 'said late on Friday' past when a future follows", () => {
    // Published on a Saturday.
    expect(read(["The brewer said late on Friday it will close two plants."], "2021-03-13")).toEqual(["Friday → DATE 2021-03-12"])
    expect(read(["The brewer will close two plants early on Monday."], "2021-03-13")).toEqual(["Monday → DATE 2021-03-15"])
  })
  it("reads a weekday after a present of the diary as still to come", () => {
    // Published on a Tuesday.
    expect(read(["The governor receives the trade envoys on Friday."], "2021-03-16")).toEqual(["Friday → DATE 2021-03-19"])
    expect(read(["The statistics office publishes its price index on Thursday."], "2021-03-16")).toEqual(["Thursday → DATE 2021-03-18"])
    expect(read(["A farmer faces a charge in the Sunday shooting."], "2021-03-16")).toEqual(["Sunday → DATE 2021-03-14"])
    expect(read(["The office publishes figures for March."], "2021-04-20")).toEqual(["March → DATE 2021-03"])
  })
  it("still reads 'expected in June' as ahead", () => {
    expect(read(["The sale, which is expected in June, needs approval."], "2021-11-10")).toEqual(["June → DATE 2022-06"])
  })
  it("reads 'may' as looking ahead, but not past a verb right before the date", () => {
    // Published on a Sunday.
    expect(read(["When the polls open on Tuesday, turnout may be low."], "2021-03-14")).toEqual(["Tuesday → DATE 2021-03-16"])
    expect(read(["The bridge, which the city reopened in May, may close again."], "2021-11-10")).toEqual(["May → DATE 2021-05"])
  })
  it("gives a following 'and we will' clause its own tense", () => {
    // Published on a Tuesday: the shooting was the Monday before, not the next one.
    expect(read(["A woman was hurt on Elm Road Monday night and we will post an update soon."], "2021-03-16")).toEqual([
      "Monday night → TIME 2021-03-15TNI"
    ])
  })
  it("reads 'expect to ... in the first quarter' late in the year as the coming first quarter", () => {
    expect(read(["Builders expect to hire more staff in the first quarter."], "2021-12-08")).toEqual(["the first quarter → DATE 2022-Q1"])
    expect(read(["Builders hired more staff in the first quarter."], "2021-12-08")).toEqual(["the first quarter → DATE 2021-Q1"])
  })
})

describe("years the story names", () => {
  it("gives 'Oct. 4 of that year' the year named before", () => {
    expect(read(["The mill closed in 2011.", "Its owner sold the land Oct. 4 of that year."], "2021-03-17")).toEqual([
      "2011 → DATE 2011",
      "Oct. 4 of that year → DATE 2011-10-04"
    ])
  })
  it("gives a month used as an adjective the year of its phrase", () => {
    expect(read(["The band recalled a July concert in 2015 at the fair."], "2021-03-17")).toEqual(["July → DATE 2015-07", "2015 → DATE 2015"])
    // ... but not a month followed by a clause of its own.
    expect(read(["In July the club said sales in 2015 fell."], "2021-03-17")).toEqual(["July → DATE 2020-07", "2015 → DATE 2015"])
  })
})

describe("numbers that name an index or a product", () => {
  it("does not read the Russell 2000 or a '2000 Index' as a year", () => {
    expect(read(["The Russell 2000 lost 2 percent, the Acme 2000 Index more, and sales in 2000 were flat."], "2021-03-17")).toEqual(["2000 → DATE 2000"])
  })
})

describe("wire datelines and comparisons", () => {
  it("reads '(03-16) 21:40 PDT' as that day and its time", () => {
    expect(read(["(03-16) 21:40 PDT OAKLAND -- A driver fled after a crash, police said."], "2021-03-17")).toEqual([
      "03-16 → DATE 2021-03-16",
      "21:40 PDT → TIME 2021-03-16T21:40"
    ])
  })
  it("reads 'this time last year' as the publication's month a year before", () => {
    expect(read(["Thefts are down from this time last year."], "2021-03-17")).toEqual(["this time last year → DATE 2020-03"])
    expect(read(["Arrests rose from the same time a year ago."], "2021-03-17")).toEqual(["the same time a year ago → DATE 2020-03"])
  })
})

describe("clock times written before their date", () => {
  it("reads a range of clock times on dates, the year closing the range, midnight opening it at the day's start", () => {
    expect(read(["The county logged 212 calls from midnight March 5 to 7:30am March 8, 2021."], "2021-03-09")).toEqual([
      "midnight March 5 → TIME 2021-03-05T00:00",
      "7:30am March 8, 2021 → TIME 2021-03-08T07:30"
    ])
  })
  it("puts the start of a range across New Year in the year before", () => {
    expect(read(["Crews worked from noon December 30 to 8 a.m. January 1, 2021."], "2021-01-02")).toEqual([
      "noon December 30 → TIME 2020-12-30T12:00",
      "8 a.m. January 1, 2021 → TIME 2021-01-01T08:00"
    ])
  })
  it("reads a lone '9 p.m. Oct. 2' as that evening", () => {
    expect(read(["The gate closes at 9 p.m. Oct. 2 for the season."], "2021-09-20")).toEqual(["9 p.m. Oct. 2 → TIME 2021-10-02T21:00"])
  })
})

describe("'one day' as some day", () => {
  it("reads 'will one day' as a future reference, 'lasted one day' as a duration", () => {
    expect(read(["Engineers say the ferry will one day cross in an hour."], "2021-03-17")).toEqual(["one day → DATE FUTURE_REF", "an hour → DURATION PT1H"])
    expect(read(["The walkout lasted one day."], "2021-03-17")).toEqual(["one day → DURATION P1D"])
  })
})

describe("newspapers called dailies", () => {
  it("does not read 'the financial daily' or 'a city daily, said' as a recurrence", () => {
    expect(read(["The financial daily quoted two bankers."], "2021-03-17")).toEqual([])
    expect(read(["A Lagos daily, said the port reopened."], "2021-03-17")).toEqual([])
    expect(read(["Ferries sail daily from the pier."], "2021-03-17")).toEqual(["daily → SET P1D"])
  })
})

describe("months in reports", () => {
  it("reads a participle after 'is' as present, not past", () => {
    // "is heard" would otherwise count as the past "heard".
    expect(read(["Lawyers hope to settle before the appeal is heard in June."], "2021-03-17")).toEqual(["June → DATE 2021-06"])
  })
  it("breaks a tie between two years toward the earlier one in reporting text", () => {
    // June lies three months either side of a March publication.
    expect(read(["The appeal was heard in June."], "2021-03-17")).toEqual(["June → DATE 2020-06"])
  })
  it("reads 'this December' in past text early in the year as the one just gone, and in June 'this September' as to come", () => {
    expect(read(["Heating bills were lower this December than a year before."], "2021-01-05")).toEqual(["this December → DATE 2020-12", "a year before → DATE 2020"])
    expect(read(["The party said it won seats this September."], "2021-06-10")).toEqual(["this September → DATE 2021-09"])
  })
  it("does not read a street named for a month as the month", () => {
    expect(read(["Officers closed March Lane after the crash."], "2021-03-17")).toEqual([])
  })
})
