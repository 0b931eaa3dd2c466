import { dayNumber, daysInMonth, formatDay } from "./calendar.js"
import { pickDayYear } from "./pick.js"
import { fixed, fromDct, type Resolution, type ResolveContext } from "./Rule.js"

/** How sure a rule is of a day it reads: with its year written, with no publication date, with the year taken from it. */
export interface DayConfidence {
  readonly written: number
  readonly unknownYear: number
  readonly fromPublication: number
}

/**
 * A day of a month, with its year as written, else the year the publication date and the tense
 * give it, else an unknown year (`XXXX-MM-DD`); null for a day the month does not have.
 */
export const monthDayResolution = (
  month: number,
  day: number,
  yearText: string | undefined,
  ctx: ResolveContext,
  confidence: DayConfidence
): Resolution | null => {
  if (day < 1 || day > 31) return null
  if (yearText !== undefined) {
    const year = Number(yearText)
    return day > daysInMonth(year, month) ? null : fixed("DATE", formatDay(dayNumber(year, month, day)), confidence.written)
  }
  if (ctx.dct === null) return fixed("DATE", `XXXX-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, confidence.unknownYear)
  const year = pickDayYear(ctx.dct, month, day, ctx.tense)
  return day > daysInMonth(year, month) ? null : fromDct("DATE", formatDay(dayNumber(year, month, day)), confidence.fromPublication)
}
