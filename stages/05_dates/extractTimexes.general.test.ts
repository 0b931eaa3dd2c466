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

describe("the new year and awards", () => {
  it("reads 'the new year' as the coming year late in a year, the current one early in it", () => {
    expect(readTimexes(["The plan will go to the council early in the new year."], "2021-11-20")).toEqual(["the new year → DATE 2022"])
    expect(readTimexes(["Sales picked up in the New Year."], "2021-02-03")).toEqual(["the New Year → DATE 2021"])
    expect(readTimexes(["The plan will go to the council in the new year."], null)).toEqual(["the new year → DATE XXXX"])
  })
  it("leaves the holiday to its own rule", () => {
    expect(readTimexes(["They met on New Year's Eve."], null)[0]).not.toMatch(/^the New Year/)
  })
  it("does not date an award named for the year", () => {
    expect(readTimexes(["The band won album of the year."], null)).toEqual([])
    expect(readTimexes(["The judge was knighted in the New Year Honours."], null)).toEqual([])
    expect(readTimexes(["She was named coach of the year."], "2021-05-01")).toEqual([])
    expect(readTimexes(["Profits rose over the year."], null)).toEqual(["the year → DATE XXXX"])
  })
})

describe("recurrences", () => {
  it("does not read the reciprocal 'each other' as a recurrence", () => {
    // Published on a Saturday.
    expect(readTimexes(["Two men shot each other Thursday."], "2021-04-10")).toEqual(["Thursday → DATE 2021-04-08"])
    expect(readTimexes(["The club meets every other Thursday."], "2021-04-10")[0]).toMatch(/^every other Thursday → SET /)
  })
})

describe("months named alone in past text", () => {
  it("lets a past verb govern a month across its event phrase ('said at his rally in March')", () => {
    expect(readTimexes(["The mayor spoke at a town hall in March about the budget."], "2018-01-15")).toEqual(["March → DATE 2017-03"])
    expect(readTimexes(["The governor said at her rally in April that taxes would fall."], "2018-01-15")).toEqual(["April → DATE 2017-04"])
  })
  it("keeps the month just gone, and reaches forward in future text", () => {
    expect(readTimexes(["Sales rose in December."], "2018-01-15")).toEqual(["December → DATE 2017-12"])
    expect(readTimexes(["The mayor will speak in March."], "2018-01-15")).toEqual(["March → DATE 2018-03"])
  })
  it("gives no tense to a date whose only past verb lies far back in another clause", () => {
    expect(readTimexes(["The tenants still had not signed a new lease with the owners of the building on the corner, who want a ruling when the case is heard in May."], "2018-03-20")).toEqual(["May → DATE 2018-05"])
  })
})

describe("charges for a past deed", () => {
  it("dates the deed a charge names to the day before publication, not the next one", () => {
    // Published on a Wednesday.
    expect(readTimexes(["A local man has been charged with murder in the fatal stabbing of his neighbor on Monday."], "2021-04-07")).toEqual([
      "Monday → DATE 2021-04-05"
    ])
    expect(readTimexes(["The city has invited him to a dinner on Friday."], "2021-04-07")).toEqual(["Friday → DATE 2021-04-09"])
  })
})

describe("ages", () => {
  it("reads the second of two ages as an age too", () => {
    expect(readTimexes(["The suspect is a man in his late 20s or early 30s."], "2021-04-07")).toEqual([])
    expect(readTimexes(["Prices last rose this fast in the 1970s."], "2021-04-07")).toEqual(["the 1970s → DATE 197"])
  })
})

describe("a firm or a person called May", () => {
  it("does not read what May owns as the month", () => {
    expect(readTimexes(["The talks sped up after May's chairman resigned."], null)).toEqual([])
    expect(readTimexes(["The buyer will take on most of May's debt."], null)).toEqual([])
    expect(readTimexes(["Sales fell after May's floods."], null)).toEqual(["May → DATE XXXX-05"])
  })
})

describe("a noun before a count", () => {
  it("reads 'the cup final two years ago' as a date two years back, not a final two years", () => {
    expect(readTimexes(["She lost the cup final two years ago."], null)).toEqual(["two years ago → DATE XXXX"])
    expect(readTimexes(["He spent his final two years at the club."], null)).toEqual(["final two years → DURATION P2Y"])
  })
})

describe("vague recurrences", () => {
  it("reads 'every few weeks' as a recurrence of an unknown number of weeks", () => {
    expect(readTimexes(["She checks the site every few weeks."], null)).toEqual(["every few weeks → SET PXW"])
    expect(readTimexes(["She checks the site every two weeks."], null)).toEqual(["every two weeks → SET P2W"])
  })
})

describe("weekend events", () => {
  it("dates 'a fatal weekend shooting' to the weekend, as it does 'a weekend shooting'", () => {
    // Published on a Tuesday.
    expect(readTimexes(["Police named the victim of a fatal weekend shooting."], "2021-04-06")).toEqual(["weekend → DATE 2021-W13-WE"])
    expect(readTimexes(["They had a quiet weekend at home."], "2021-04-06")).toEqual([])
  })
})

describe("hedges TIMEX3 leaves outside", () => {
  it("leaves 'just' and 'only' out of the expression, as TimeBank and MEANTIME do, but keeps 'about'", () => {
    expect(readTimexes(["Only a few years ago, few firms had a website."], null)).toEqual(["a few years ago → DATE PAST_REF"])
    expect(readTimexes(["The fire was out in just 20 minutes."], null)).toEqual(["20 minutes → DURATION PT20M"])
    expect(readTimexes(["The fire was out in about 20 minutes."], null)).toEqual(["about 20 minutes → DURATION PT20M"])
  })
})
