/** Month forms of wire copy the calendar grammar leaves out: days in words, month ranges, "January 1 this year", dates in capitals. */
import { dayNumber, daysInMonth, formatDay, fromDayNumber } from "./calendar.js"
import { pickDayYear, pickMonthYear, pickNearestMonthYear } from "./pick.js"
import { monthDayResolution } from "./monthDay.js"
import { fixed, fromDct, textAfter, textBefore, type Rule } from "./Rule.js"
import * as T from "./triggers.js"
import { MONTH, cap, countValue, monthNumber } from "./vocabulary.js"

const UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
const TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
/** One to thirty-one in words: "One", "nineteen", "Twenty-one", "thirty one". */
const DAY_WORD = `(?:(?:${cap("twenty")}|${cap("thirty")})(?:[- ](?:${UNITS.join("|")}))?|${[...UNITS, ...TEENS].map(cap).join("|")})`

/**
 * "payable July One", "record August Three", "as of November two, the company said": wire copy
 * of the 1980s wrote the day of the month in words. Only where the number ends the phrase (a
 * comma, the end, "to", "and"…), since "in May two banks failed" counts banks.
 */
/** How sure a day written in words is (see monthDayResolution). */
const SPELLED_DAY = { written: 0.85, unknownYear: 0.4, fromPublication: 0.8 }

export const spelledDayRule: Rule = {
  triggers: T.MONTH,
  name: "spelled_day",
  priority: 6,
  pattern: new RegExp(
    `(?<![\\w-])(${MONTH}) (${DAY_WORD})(?:,? ((?:19|20)\\d\\d))?(?=\\s*(?:[,.;:)]|$)|\\s+(?:to|and|through|until|from|for|with|or)\\b)`,
    "g"
  ),
  resolve: (m, ctx) => {
    const day = countValue(m[2]!)
    return day === null ? null : monthDayResolution(monthNumber(m[1]!), day, m[3], ctx, SPELLED_DAY)
  }
}

/** Month names and the wire's undotted abbreviations ("Jan-Feb", "Oct-Dec"), which only a range makes safe to read as months. */
const RANGE_MONTH = `(?:${MONTH}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)`

/** What joins the two months of a range: "April-June", "October–December", "April-to-October", "July/August". */
const RANGE_JOIN = "(?:-|–|/|-to-)"

/** A year after the closing month, which the whole range takes: "April-June 2020", "Jan-Feb this year", "May-June of last year". */
const RANGE_YEAR = "(?:,? (?:of )?(last|this|next) year|,? ((?:1[89]|20)\\d\\d))(?![\\w])"

/** Year of a range's closing month from its year words, or null when it names none. */
const closingYear = (relative: string | undefined, written: string | undefined, dct: number | null): number | null => {
  if (written !== undefined) return Number(written)
  if (relative === undefined || dct === null) return null
  return fromDayNumber(dct).year + (relative === "last" ? -1 : relative === "next" ? 1 : 0)
}

const monthValue = (year: number, month: number): string => `${year}-${String(month).padStart(2, "0")}`

/**
 * "April-June 2020", "Jan-Feb this year": the month opening a range whose closing month carries
 * the year. It takes that year, or the one before when it comes later in the calendar
 * ("Nov-Jan 2021"). Without a year after the range it reads like any month named alone.
 */
const RANGE_CLOSING_AFTER = new RegExp(`^${RANGE_JOIN}(${RANGE_MONTH})(?![\\w-])(?:${RANGE_YEAR})?`)

export const monthRangeOpeningRule: Rule = {
  triggers: T.MONTH,
  name: "month",
  priority: 5,
  // The first lookahead is a cheap test (a capitalised word right before a hyphen or slash) that spares the month alternation at most positions.
  pattern: new RegExp(`(?<![\\w-])(?=[A-Z][a-z]{2,8}\\.?[-–/])(${RANGE_MONTH})(?=${RANGE_JOIN}${RANGE_MONTH}(?![\\w-]))`, "g"),
  resolve: (m, ctx) => {
    const month = monthNumber(m[1]!)
    const closing = RANGE_CLOSING_AFTER.exec(textAfter(ctx, 32))
    if (closing === null) return null
    const year = closingYear(closing[2], closing[3], ctx.dct)
    if (year !== null) {
      const value = monthValue(month <= monthNumber(closing[1]!) ? year : year - 1, month)
      return closing[3] !== undefined ? fixed("DATE", value, 0.85) : fromDct("DATE", value, 0.85)
    }
    if (ctx.dct === null) return fixed("DATE", `XXXX-${String(month).padStart(2, "0")}`, 0.5)
    // "Sep/Nov  1-1/2 under", a row of a spreads table (columns set apart by runs of spaces): two futures months, both
    // still to expire.
    if (/^\/[A-Z][a-z]{2,3} {2,}(?:\d|even\b|no quote)/.test(textAfter(ctx, 16))) {
      return fromDct("DATE", monthValue(pickMonthYear(ctx.dct, month, "on-or-after"), month), 0.7)
    }
    return fromDct("DATE", monthValue(pickNearestMonthYear(ctx.dct, month, ctx.tense), month), 0.75)
  }
}

/**
 * "April-June", "October–December", "the April-to-October period", "July/August": the month
 * closing a range, which the month grammar (a month after a hyphen is a compound) leaves out,
 * with the year written after it. Without one it takes the year of the month opening the range,
 * or the next one when it comes earlier in the calendar ("November-January").
 */
const RANGE_OPENING = new RegExp(`(?<![\\w-])${RANGE_MONTH}${RANGE_JOIN}$`)

export const monthRangeEndRule: Rule = {
  triggers: T.MONTH,
  name: "month",
  priority: 4,
  pattern: new RegExp(`(?<=[-–/])(${RANGE_MONTH})(?![\\w-])(?:${RANGE_YEAR})?`, "g"),
  resolve: (m, ctx) => {
    if (!RANGE_OPENING.test(textBefore(ctx, 16))) return null
    const month = monthNumber(m[1]!)
    const written = closingYear(m[2], m[3], ctx.dct)
    if (written !== null) return m[3] !== undefined ? fixed("DATE", monthValue(written, month), 0.85) : fromDct("DATE", monthValue(written, month), 0.85)
    const opening = ctx.previousPeriod
    // With no publication date the opening month has no year either ("in April-July" of an undated page): the closing
    // one is as open as it.
    if (ctx.dct === null) return fixed("DATE", `XXXX-${String(month).padStart(2, "0")}`, 0.5)
    // The opening month was resolved just before, as the narrative's last period.
    if (opening === null || opening.month === null) return null
    const year = month >= opening.month ? opening.year : opening.year + 1
    return { type: "DATE", value: monthValue(year, month), anchor: "previous", anchorStart: opening.start, confidence: 0.7 }
  }
}

/** "January 1 this year", "Oct. 3 last year": a day whose year is named relative to publication. */
export const dayOfRelativeYearRule: Rule = {
  triggers: T.MONTH,
  requires: T.RELATIVE,
  name: "chrono_date",
  priority: 6,
  pattern: new RegExp(`(?<![\\w-])(${MONTH}) (\\d{1,2})(?:st|nd|rd|th)?,? (?:of )?(last|this|next) year(?![\\w-])`, "g"),
  resolve: (m, ctx) => {
    const month = monthNumber(m[1]!)
    const day = Number(m[2])
    if (ctx.dct === null) return fixed("DATE", `XXXX-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, 0.4)
    const year = fromDayNumber(ctx.dct).year + (m[3] === "last" ? -1 : m[3] === "next" ? 1 : 0)
    if (day < 1 || day > daysInMonth(year, month)) return null
    return fromDct("DATE", formatDay(dayNumber(year, month, day)), 0.9)
  }
}

const CAPITAL_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

/** "LONDON EURO DEPOSITS - APRIL 7", "COTTON INDICES - APR 7": the date of a headline or table line set in capitals. */
export const capitalsDayRule: Rule = {
  triggers: T.MONTH,
  requires: T.DIGIT,
  name: "chrono_date",
  priority: 6,
  pattern: /(?<![\w])(JANUARY|JAN|FEBRUARY|FEB|MARCH|MAR|APRIL|APR|MAY|JUNE|JUN|JULY|JUL|AUGUST|AUG|SEPTEMBER|SEPT|SEP|OCTOBER|OCT|NOVEMBER|NOV|DECEMBER|DEC)\.? (\d{1,2})(?![\w.,:/-]?\d)(?![\w%])(?! (?:PCT|PERCENT|PER|MLN|BLN|MILLION|BILLION|DLRS|CTS|TONNES|SHARES)\b)/g,
  resolve: (m, ctx) => {
    // Only in a line set in capitals up to the date, where capitals are the style rather than a name.
    if (/[a-z]/.test(ctx.sentence.slice(0, ctx.index + ctx.length))) return null
    const month = CAPITAL_MONTHS.indexOf(m[1]!.slice(0, 3)) + 1
    const day = Number(m[2])
    if (ctx.dct === null) return fixed("DATE", `XXXX-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, 0.4)
    const year = pickDayYear(ctx.dct, month, day, "none")
    if (day < 1 || day > daysInMonth(year, month)) return null
    return fromDct("DATE", formatDay(dayNumber(year, month, day)), 0.8)
  }
}
