import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences in the manner of British and wire news (not copied from any corpus).

describe("a weekday's event in the possessive", () => {
  it("looks ahead for a fixture a side is picked for, whatever the verb", () => {
    // Published on a Wednesday: the trip is the coming Saturday.
    expect(readTimexes(["The coach has made three changes for Saturday's trip to Cardiff."], "2021-03-10")).toEqual(["Saturday → DATE 2021-03-13"])
  })
  it("looks back when the verb blames the player for the fixture", () => {
    expect(readTimexes(["The striker was fined for Saturday's clash with the referee."], "2021-03-10")).toEqual(["Saturday → DATE 2021-03-06"])
  })
  it("looks ahead when a future verb goes to the event", () => {
    expect(readTimexes(["Ministers will press for a deal at Thursday's summit."], "2021-03-10")).toEqual(["Thursday → DATE 2021-03-11"])
  })
  it("looks back when the future verb is not the one that takes the day", () => {
    expect(readTimexes(["The defeat in Sunday's poll may cost the mayor his seat."], "2021-03-10")).toEqual(["Sunday → DATE 2021-03-07"])
  })
  it("leaves out a weekday inside a programme title", () => {
    expect(readTimexes(["She once hosted Friday Night Quiz for the channel."], "2021-03-10")).toEqual([])
  })
})

describe("spans and periods of undated and dated pages", () => {
  it("reads the closing month of a range with no publication date", () => {
    expect(readTimexes(["Exports in March-June rose by a third."], null)).toEqual(["March → DATE XXXX-03", "June → DATE XXXX-06"])
  })
  it("dates 'the year-ago period' by the month named last when no quarter was", () => {
    expect(readTimexes(["Van sales for May 11 to 20 fell to 900 from 1,100 in the year-ago period."], "2021-05-25")).toEqual([
      "May 11 → DATE 2021-05-11",
      "the year-ago period → DATE 2020-05"
    ])
  })
  it("keeps 'the same period' of a named year in that year", () => {
    expect(readTimexes(["Imports in October rose from 40 tonnes in the same period of 2018."], "2021-11-20")).toEqual([
      "October → DATE 2021-10",
      "the same period → DATE 2018-10",
      "2018 → DATE 2018"
    ])
  })
})

describe("words that look like periods but are not", () => {
  it("does not count months from the second half of a split year", () => {
    expect(readTimexes(["Output in the first seven 2019/20 months was flat."], "2020-03-02")).not.toContain("20 months → DURATION P20M")
  })
  it("leaves out 'in some quarters' (circles of opinion)", () => {
    expect(readTimexes(["The plan was greeted with dismay in some quarters."], "2021-03-10")).toEqual([])
  })
  it("leaves out 'a minute' used as the adjective", () => {
    expect(readTimexes(["The water held a minute amount of lead."], "2021-03-10")).toEqual([])
    expect(readTimexes(["Only a minute fraction of the cells survived."], "2021-03-10")).toEqual([])
    expect(readTimexes(["The kettle boiled in a minute."], "2021-03-10")).toEqual(["a minute → DURATION PT1M"])
  })
})

describe("results tables' abbreviations", () => {
  it("reads 'qtr' as a quarter and 'mths' as months", () => {
    expect(readTimexes(["NOTE: 2019 2nd qtr and six mths net include a tax credit."], "2020-02-11")).toEqual([
      "2019 2nd qtr → DATE 2019-Q2",
      "six mths → DURATION P6M"
    ])
  })
  it("gives a fiscal quarter that ended the year it ended in, keeping its own number", () => {
    // The fiscal third quarter ended in January: the January before publication.
    expect(readTimexes(["Profit for the third qtr ended Jan 31 rose."], "2021-03-04")).toEqual(["the third qtr → DATE 2021-Q3", "Jan 31 → DATE 2021-01-31"])
  })
  it("reads a spreads table's months as contracts still to expire", () => {
    // Published in April: a September/November spread trades this year's contracts, a November/January one runs into next year.
    expect(readTimexes(["Sep/Nov  1-1/4  under  1-3/4  under\nNov/Jan  2      over   even"], "2021-04-07")).toEqual([
      "Sep → DATE 2021-09",
      "Nov → DATE 2021-11",
      "Nov → DATE 2021-11",
      "Jan → DATE 2022-01"
    ])
  })
  it("compares later figures with that fiscal quarter, not with the calendar's last one", () => {
    expect(readTimexes(["The chain earned $5 million in the fourth quarter that ended June 30, up from $4 million a year earlier."], "2021-07-22")).toEqual([
      "the fourth quarter → DATE 2021-Q4",
      "June 30 → DATE 2021-06-30",
      "a year earlier → DATE 2020-Q4"
    ])
  })
})

describe("British news wording", () => {
  it("reads 'the past fortnight' as two weeks and a hyphenated half in a count", () => {
    expect(readTimexes(["Prices have climbed over the past fortnight."], "2021-03-10")).toEqual(["the past fortnight → DURATION P2W"])
    expect(readTimexes(["He ran the club for four-and-a-half years."], "2021-03-10")).toEqual(["four-and-a-half years → DURATION P4Y6M"])
  })
  it("reads 'these days' as the present", () => {
    expect(readTimexes(["These days the ferry hardly ever runs late."], "2021-03-10")).toEqual(["These days → DATE PRESENT_REF"])
  })
})

describe("figures and compounds that are no times", () => {
  it("leaves out an index level written like a year, but not a year's level of something else", () => {
    expect(readTimexes(["The index slid back to the 1930 level before noon."], "2021-03-10")).toEqual(["noon → TIME 2021-03-10T12:00"])
    expect(readTimexes(["Output must return to the 1930 level of the old mills."], "2021-03-10")).toEqual(["1930 → DATE 1930"])
  })
  it("leaves out 'short term' used as an adjective, keeping it after a preposition of time", () => {
    expect(readTimexes(["The firm wants access to the short term paper market."], "2021-03-10")).toEqual([])
    expect(readTimexes(["Rents may fall in the short term."], "2021-03-10")).toEqual(["the short term → DATE FUTURE_REF"])
  })
})

describe("wire clock ranges", () => {
  it("reads the opening clock of a range with the zone written after the closing one", () => {
    expect(readTimexes(["Dealing will run from 0800 to 1630 GMT on the new platform."], "2021-03-10")).toEqual([
      "0800 → TIME 2021-03-10T08:00Z",
      "1630 GMT → TIME 2021-03-10T16:30Z"
    ])
  })
})
