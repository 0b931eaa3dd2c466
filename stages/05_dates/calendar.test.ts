import { describe, expect, it } from "vitest"
import { dayNumber, formatWeek, isoWeekday } from "./calendar.js"
import { valueRange } from "./valueRange.js"

describe("calendar", () => {
  it("numbers ISO weeks across year ends", () => {
    expect(formatWeek(dayNumber(2019, 12, 9))).toBe("2019-W50")
    expect(formatWeek(dayNumber(2021, 1, 1))).toBe("2020-W53")
    expect(formatWeek(dayNumber(2018, 12, 31))).toBe("2019-W01")
    expect(isoWeekday(dayNumber(2021, 3, 17))).toBe(3)
  })
})

describe("valueRange", () => {
  it("gives the inclusive day range and granularity a value covers", () => {
    expect(valueRange("2019-W50")).toEqual({ dateStart: "2019-12-09", dateEnd: "2019-12-15", granularity: "week" })
    expect(valueRange("2020-02")).toEqual({ dateStart: "2020-02-01", dateEnd: "2020-02-29", granularity: "month" })
    expect(valueRange("2019-Q3")).toEqual({ dateStart: "2019-07-01", dateEnd: "2019-09-30", granularity: "quarter" })
    expect(valueRange("2019-WI")).toEqual({ dateStart: "2019-12-01", dateEnd: "2020-02-29", granularity: "season" })
    expect(valueRange("199")).toEqual({ dateStart: "1990-01-01", dateEnd: "1999-12-31", granularity: "decade" })
    expect(valueRange("2019-12-27T19:20")).toEqual({ dateStart: "2019-12-27", dateEnd: "2019-12-27", granularity: "minute" })
  })
  it("gives no range for references and unresolved values", () => {
    expect(valueRange("PRESENT_REF")).toEqual({ dateStart: null, dateEnd: null, granularity: "reference" })
    expect(valueRange("XXXX-WXX-1")).toEqual({ dateStart: null, dateEnd: null, granularity: "day" })
  })
})
