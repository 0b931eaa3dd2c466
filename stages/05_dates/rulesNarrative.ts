import { dayNumber, daysInMonth, formatDay, formatMonth, fromDayNumber } from "./calendar.js"
import { pickDayYear } from "./pick.js"
import { fixed, fromDct, textAfter, textBefore, type Rule } from "./Rule.js"
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

const pad2 = (n: number): string => (n < 10 ? "0" : "") + String(n)

/** The month and year closing a range after the expression: " to 6 a.m. Feb. 10, 2014" → Feb., 2014. */
const RANGE_END_YEAR = new RegExp(`^,? (?:to|through|until|till|and|-|–) [^.;]{0,25}?(${MONTH}) \\d{1,2}(?:st|nd|rd|th)?,? ((?:19|20)\\d\\d)(?![\\w])`)

/**
 * "6:00am February 10, 2014", "midnight Jan. 29": a clock time written before the date it falls
 * on (chrono reads "7 to 6:00am" in "midnight February 7 to 6:00am February 10" as a range of
 * hours). A date without a year takes the year that closes its range, else the nearest one.
 * Midnight that opens a period ("from midnight Feb. 7") is the start of that day.
 */
export const clockBeforeDayRule: Rule = {
  name: "clock_before_day",
  triggers: T.MONTH,
  requires: T.CLOCK,
  priority: 7,
  pattern: new RegExp(
    `(?<![\\w:.])(?:(\\d{1,2})(?:[:.](\\d{2}))? ?([AaPp])\\.? ?[Mm]\\.?|(${cap("noon")}|${cap("midnight")})) (?:on )?(${MONTH}) (\\d{1,2})(?:st|nd|rd|th)?(?:,? ((?:19|20)\\d\\d))?(?![\\w])`,
    "g"
  ),
  resolve: (m, ctx) => {
    let hour: number
    let minute = 0
    if (m[1] !== undefined) {
      if (Number(m[1]) > 12 || Number(m[1]) === 0) return null
      hour = (Number(m[1]) % 12) + (m[3]!.toLowerCase() === "p" ? 12 : 0)
      minute = m[2] === undefined ? 0 : Number(m[2])
      if (minute > 59) return null
    } else {
      const opens = /\b(?:[Ff]rom|[Ss]ince|[Ss]tarting|[Bb]eginning|[Aa]fter)\s+$/.test(textBefore(ctx, 12))
      hour = m[4]!.toLowerCase() === "noon" ? 12 : opens ? 0 : 24
    }
    const month = monthNumber(m[5]!)
    const day = Number(m[6])
    if (day < 1 || day > 31) return null
    const clock = `T${pad2(hour)}:${pad2(minute)}`
    const end = m[7] === undefined ? RANGE_END_YEAR.exec(textAfter(ctx)) : null
    // A range that closes in a later month of fewer number ("Dec. 31 to Jan. 2, 2014") began the year before.
    const named = m[7] !== undefined ? Number(m[7]) : end !== null ? Number(end[2]) - (monthNumber(end[1]!) < month ? 1 : 0) : undefined
    if (named !== undefined) {
      const year = named
      return fixed("TIME", formatDay(dayNumber(year, month, Math.min(day, daysInMonth(year, month)))) + clock, m[7] === undefined ? 0.75 : 0.9)
    }
    if (ctx.dct === null) return fixed("TIME", `XXXX-${pad2(month)}-${pad2(day)}${clock}`, 0.4)
    const year = pickDayYear(ctx.dct, month, day, ctx.tense)
    return fromDct("TIME", formatDay(dayNumber(year, month, Math.min(day, daysInMonth(year, month)))) + clock, 0.8)
  }
}
