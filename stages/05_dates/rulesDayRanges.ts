import * as T from "./triggers.js"
import { dayNumber, daysInMonth, formatDay, fromDayNumber } from "./calendar.js"
import { monthDayResolution } from "./monthDay.js"
import type { Resolution, ResolveContext, Rule } from "./Rule.js"
import { MONTH, monthNumber } from "./vocabulary.js"

/**
 * Ranges of days that share one month name: "6 to 9 January", "5-6 March", "between 13 and 15
 * March" (day first, as British and most non-US copy writes), and "April 24 and 25", "March 5-9"
 * (month first). TIMEX3 marks each end as its own date ("April 24" and "25"); the bare day takes
 * the month (and year) written at the other end. A pair written with a slash ("the night of 19/20 February",
 * "March 24/25") is such a range too. A range runs forward, so "October 18 - 12-month bills"
 * (a list) is none.
 */
const JOIN = `\\s*(?:-|–|to|and|until|till|through)\\s*`
const ORDINAL = "(?:st|nd|rd|th)?"
const YEAR = "(?:,? ((?:19|20)\\d\\d))?"

/** How sure a day read from a range is (see monthDayResolution). */
const RANGE_DAY = { written: 0.85, unknownYear: 0.5, fromPublication: 0.75 }

/** A day of `month`, in `year` when written, else the year the tense picks, else unresolved. */
const dayOf = (day: number, month: number, yearText: string | undefined, ctx: ResolveContext): Resolution | null =>
  monthDayResolution(month, day, yearText, ctx, RANGE_DAY)

/** The bare first day of "6 to 9 January" or "5-6 March". */
export const rangeOpeningDayRule: Rule = {
  triggers: T.MONTH,
  requires: T.DIGIT,
  name: "day_range",
  priority: 5,
  pattern: new RegExp(`(?<![\\w.,:$£€/-])(\\d{1,2})${ORDINAL}(?=(?:${JOIN}|/)(\\d{1,2})${ORDINAL} (${MONTH})${YEAR}(?![\\w]))`, "g"),
  resolve: (m, ctx) => (Number(m[1]) < Number(m[2]) ? dayOf(Number(m[1]), monthNumber(m[3]!), m[4], ctx) : null)
}

/** The second day with its month, "9 January" in "from 6 to 9 January" or "6 January to 9 February". */
export const rangeClosingDayMonthRule: Rule = {
  triggers: T.MONTH,
  requires: T.DIGIT,
  name: "day_range",
  priority: 5,
  pattern: new RegExp(`(?:(?<=\\d${ORDINAL}(?: (?:${MONTH}))?${JOIN})|(?<=(?<![\\w.,:/-])\\d{1,2}/))(\\d{1,2})${ORDINAL} (${MONTH})${YEAR}(?![\\w])`, "g"),
  resolve: (m, ctx) => dayOf(Number(m[1]), monthNumber(m[2]!), m[3], ctx)
}

/**
 * The bare second day of "April 24 and 25" or "March 5-9", when punctuation or a small word follows it:
 * "on March 5 and 6 officers came" counts officers.
 */
export const rangeClosingDayRule: Rule = {
  triggers: T.MONTH,
  requires: T.DIGIT,
  name: "day_range",
  priority: 5,
  pattern: new RegExp(`(?<=(?<![\\w-])(${MONTH}) (\\d{1,2})${ORDINAL}${JOIN})(\\d{1,2})${ORDINAL}${YEAR}(?=[.,;:)!?]?$|[.,;:)!?](?!\\d)| (?:in|at|on|for|from|with|when|while|and|or|but|as|to|of|this|next|last)\\b)`, "g"),
  resolve: (m, ctx) => closingDay(m[1]!, Number(m[2]), Number(m[3]), m[4], ctx)
}

/**
 * The bare second day of "March 24/25" or "Dec 8/9, 2011": after a slash the number can only be the
 * pair's other day, whatever follows it ("May 4/5 - strike", "a March 24/25 summit").
 */
export const slashClosingDayRule: Rule = {
  triggers: T.MONTH,
  requires: T.DIGIT,
  name: "day_range",
  priority: 5,
  // Wire copy abbreviates months without a dot ("Dec 6/7"), which the slash makes safe to read.
  pattern: new RegExp(`(?<=(?<![\\w-])((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6})\\.? (\\d{1,2})/)(\\d{1,2})${YEAR}(?![\\d/])`, "g"),
  resolve: (m, ctx) => closingDay(m[1]!, Number(m[2]), Number(m[3]), m[4], ctx)
}

/** The second day of a month-first pair: in the year the first was read in, else as a day of that month alone. */
const closingDay = (monthName: string, first: number, second: number, yearText: string | undefined, ctx: ResolveContext): Resolution | null => {
  if (first >= second) return null
  const month = monthNumber(monthName)
  // "April 24 and 25": the second day is in the year the first was read in, whatever the tense
  // nearest to it says (the first was read just before it, so it is the narrative's last day).
  const opening = ctx.previous === null ? null : fromDayNumber(ctx.previous.day)
  if (yearText === undefined && opening !== null && opening.month === month && opening.day === first) {
    if (second > daysInMonth(opening.year, month)) return null
    return { type: "DATE", value: formatDay(dayNumber(opening.year, month, second)), anchor: "previous", confidence: RANGE_DAY.written }
  }
  return dayOf(second, month, yearText, ctx)
}
