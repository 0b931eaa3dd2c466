import { dayNumber, daysInMonth, formatDay, formatMonth, fromDayNumber } from "./calendar.js"
import { pickDayYear } from "./pick.js"
import { fixed, fromDct, type Rule } from "./Rule.js"
import * as T from "./triggers.js"
import { MONTH, cap, monthNumber } from "./vocabulary.js"

/**
 * Dates local and wire news write that take their year from the story rather than from the
 * publication date: "Sept. 21 of that year", and wire datelines "(01-14) 18:58 PST".
 */

/** "Sept. 21 of that year", "March 3 that same year": the day in the year the narrative last named. */
export const dayOfThatYearRule: Rule = {
  name: "day_of_that_year",
  triggers: T.MONTH,
  requires: T.ANCHOR,
  priority: 7,
  pattern: new RegExp(`(?<![\\w-])(${MONTH}) (\\d{1,2})(?:st|nd|rd|th)?,? (?:of )?(?:that|the same|that same) year(?![\\w-])`, "g"),
  resolve: (m, ctx) => {
    const month = monthNumber(m[1]!)
    const day = Number(m[2])
    if (day < 1 || day > 31) return null
    const p = ctx.previousPeriod
    if (p === null) return fixed("DATE", `XXXX-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, 0.4)
    const n = dayNumber(p.year, month, Math.min(day, daysInMonth(p.year, month)))
    return { type: "DATE", value: formatDay(n), anchor: "previous", anchorStart: p.start, confidence: 0.7 }
  }
}

/**
 * "(01-14) 18:58 PST": the month and day of a wire dateline, in parentheses before the clock
 * time. The year is the nearest one to publication; the time after it then takes this day.
 */
export const datelineDayRule: Rule = {
  name: "dateline_day",
  triggers: T.NUMERIC_DATE,
  requires: T.CLOCK,
  priority: 7,
  pattern: /(?<=^\s*\()(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=\) \d{1,2}:\d\d\b)/g,
  resolve: (m, ctx) => {
    const month = Number(m[1])
    const day = Number(m[2])
    if (ctx.dct === null) return fixed("DATE", `XXXX-${m[1]}-${m[2]}`, 0.4)
    const year = pickDayYear(ctx.dct, month, day, "none")
    if (day > daysInMonth(year, month)) return null
    return fromDct("DATE", formatDay(dayNumber(year, month, day)), 0.8)
  }
}

/**
 * "this time last year", "the same time last year": the publication's month a year before,
 * which is what a year-on-year comparison in news points at.
 */
export const thisTimeLastYearRule: Rule = {
  name: "this_time_last_year",
  triggers: T.YEAR,
  requires: T.RELATIVE | T.SHIFT,
  priority: 7,
  pattern: new RegExp(`(?<![\\w-])(?:${cap("this")}|${cap("the")} same|${cap("that")}) time (?:last year|a year (?:ago|earlier))(?![\\w-])`, "g"),
  resolve: (_m, ctx) => {
    if (ctx.dct === null) return fixed("DATE", "XXXX-XX", 0.4)
    const { year, month } = fromDayNumber(ctx.dct)
    return fromDct("DATE", formatMonth(year - 1, month), 0.7)
  }
}
