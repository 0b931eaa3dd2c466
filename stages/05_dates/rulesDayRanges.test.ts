import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences (not copied from any corpus).

describe("ranges of days under one month name", () => {
  it("dates both ends of a day-first range", () => {
    expect(readTimexes(["The fair ran from 6 to 9 January."], null)).toEqual(["6 → DATE XXXX-01-06", "9 January → DATE XXXX-01-09"])
    expect(readTimexes(["The finals are on 5-6 March."], null)).toEqual(["5 → DATE XXXX-03-05", "6 March → DATE XXXX-03-06"])
    expect(readTimexes(["Results come between 13 and 15 March 2005."], null)).toEqual(["13 → DATE 2005-03-13", "15 March 2005 → DATE 2005-03-15"])
  })
  it("keeps the second date of a range across months", () => {
    expect(readTimexes(["Talks run from 6 January to 9 February."], null)).toEqual(["6 January → DATE XXXX-01-06", "9 February → DATE XXXX-02-09"])
  })
  it("dates the bare second day of a month-first range", () => {
    expect(readTimexes(["Voting is set for April 24 and 25."], "2021-04-01")).toEqual(["April 24 → DATE 2021-04-24", "25 → DATE 2021-04-25"])
    // Read in the past, the first day is last year's; the second goes with it.
    expect(readTimexes(["Talks were held April 24 and 25."], "2021-03-10")).toEqual(["April 24 → DATE 2020-04-24", "25 → DATE 2020-04-25"])
  })
  it("leaves counts after a date alone", () => {
    expect(readTimexes(["On March 5 to 10 people marched."], "2021-04-01")).toEqual(["March 5 → DATE 2021-03-05"])
    expect(readTimexes(["Prices rose 5 to 6 percent in March."], "2021-04-01")).toEqual(["March → DATE 2021-03"])
  })
})

describe("counts after a month-first date", () => {
  it("does not take a count for a day", () => {
    expect(readTimexes(["On March 5 and 6 officers came."], "2021-04-01")).toEqual(["March 5 → DATE 2021-03-05"])
    expect(readTimexes(["The show runs March 5-9 in the park."], "2021-02-01")).toEqual(["March 5 → DATE 2021-03-05", "9 → DATE 2021-03-09"])
  })
})

describe("lists that look like ranges", () => {
  it("takes no range that runs backwards", () => {
    expect(readTimexes(["Sales: October 18 - 12, 6-month bills."], "2021-10-01")).toEqual(["October 18 → DATE 2021-10-18", "6-month → DURATION P6M"])
  })
})

describe("two days written with a slash", () => {
  it("dates both days of a day-first pair", () => {
    expect(readTimexes(["The raid came on the night of 11/12 June."], "2019-06-14")).toEqual(["11 → DATE 2019-06-11", "12 June → DATE 2019-06-12"])
  })
  it("reads the number after the slash as a second day, not a year", () => {
    expect(readTimexes(["Ministers gather on October 8/9 in Lisbon."], "2014-09-20")).toEqual(["October 8 → DATE 2014-10-08", "9 → DATE 2014-10-09"])
    expect(readTimexes(["Nov 2/3 - Farm ministers hold talks."], "2014-09-20")).toEqual(["Nov 2 → DATE 2014-11-02", "3 → DATE 2014-11-03"])
    expect(readTimexes(["July 6/7, 2003: the board met twice."], "2014-09-20")).toEqual(["July 6 → DATE 2003-07-06", "7, 2003 → DATE 2003-07-07"])
  })
  it("reads no year and no second day from a pair that runs backwards", () => {
    expect(readTimexes(["Ministers gather on October 9/8 in Lisbon."], "2014-09-20")).toEqual(["October → DATE 2014-10"])
  })
})
