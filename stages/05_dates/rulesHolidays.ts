import * as T from "./triggers.js"
import { dayNumber, formatDay, formatWeek, isoWeekday } from "./calendar.js"
import { pickDayYear } from "./pick.js"
import { fixed, fromDct, textBefore, type Rule } from "./Rule.js"

/** Fixed and computed holidays, resolved like a month and day without a year. */
const HOLIDAYS: ReadonlyArray<readonly [RegExp, (year: number) => number]> = [
  [/^Christmas Eve$/, (y) => dayNumber(y, 12, 24)],
  [/^Christmas( Day)?$/, (y) => dayNumber(y, 12, 25)],
  [/^Boxing Day$/, (y) => dayNumber(y, 12, 26)],
  [/^New Year's Eve$/, (y) => dayNumber(y, 12, 31)],
  [/^New Year's Day$/, (y) => dayNumber(y, 1, 1)],
  [/^Valentine's Day$/, (y) => dayNumber(y, 2, 14)],
  [/^Halloween$/, (y) => dayNumber(y, 10, 31)],
  [/^Independence Day$/, (y) => dayNumber(y, 7, 4)],
  [/^Thanksgiving( Day)?$/, (y) => nthWeekday(y, 11, 4, 4)],
  // The shopping days after American Thanksgiving.
  [/^Black Friday$/, (y) => nthWeekday(y, 11, 4, 4) + 1],
  [/^Cyber Monday$/, (y) => nthWeekday(y, 11, 4, 4) + 4],
  // United States federal holidays on Mondays: the last Monday of May, the first of September.
  [/^Memorial Day$/, (y) => nthWeekday(y, 6, 1, 1) - 7],
  [/^Labor Day$/, (y) => nthWeekday(y, 9, 1, 1)],
  [/^Easter( Sunday)?$/, (y) => easterSunday(y)],
  [/^Good Friday$/, (y) => easterSunday(y) - 2]
]

/** The `n`th `weekday` (1 = Monday) of a month. */
const nthWeekday = (year: number, month: number, weekday: number, n: number): number => {
  const first = dayNumber(year, month, 1)
  return first + ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1)
}

/**
 * The weekend a holiday belongs to: the Saturday nearest it, so that a Monday holiday ("Memorial
 * Day weekend") takes the weekend before it and a Thursday one ("Thanksgiving weekend") the one after.
 */
const weekendOf = (day: number): string => {
  let toSaturday = 6 - isoWeekday(day)
  if (toSaturday > 3) toSaturday -= 7
  return `${formatWeek(day + toSaturday)}-WE`
}

/** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
const easterSunday = (year: number): number => {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return dayNumber(year, month, day)
}

export const holidayRule: Rule = {
  triggers: T.HOLIDAY | T.FEAST,
  requires: T.HOLIDAY | T.YEAR | T.WEEKDAY,
  name: "holiday",
  priority: 4,
  // "the Memorial Day weekend" is one date, its article included as in "the weekend".
  pattern: /(?<![\w-])(?:([Tt]he) (?=[A-Z][\w'’]*(?: [A-Z][\w'’]*)* weekend\b))?(Christmas Eve|Christmas Day|Christmas|Boxing Day|New Year['’]s Eve|New Year['’]s Day|Valentine['’]s Day|Halloween|Independence Day|Thanksgiving Day|Thanksgiving|Black Friday|Cyber Monday|Easter Sunday|Easter|Good Friday|Memorial Day|Labor Day)(?: ((?:19|20)\d\d)|( week)|( weekend))?(?![\w])/g,
  resolve: (m, ctx) => {
    // "the Christmas shopping weekend": the article belongs to a longer phrase; let the bare holiday match instead.
    if (m[1] !== undefined && m[5] === undefined) return null
    const name = m[2]!.replace(/’/g, "'")
    // "the May 1 Labor Day holiday": Labour Day of the countries that keep it in May, not the American one.
    if (name === "Labor Day" && /\bMay\b/.test(textBefore(ctx, 16))) return null
    const holiday = HOLIDAYS.find(([pattern]) => pattern.test(name))
    if (holiday === undefined) return null
    const at = holiday[1]
    if (m[3] !== undefined) return fixed("DATE", formatDay(at(Number(m[3]))), 0.9)
    if (ctx.dct === null) return fixed("DATE", m[5] !== undefined ? "XXXX-WXX-WE" : m[4] === undefined ? "XXXX-XX-XX" : "XXXX-WXX", 0.3)
    // Reuse the month-day year choice with the holiday's date in the publication year.
    const probe = at(new Date(ctx.dct * 86_400_000).getUTCFullYear())
    const d = new Date(probe * 86_400_000)
    const year = pickDayYear(ctx.dct, d.getUTCMonth() + 1, d.getUTCDate(), ctx.tense)
    // "Easter week", "Christmas week": the ISO week holding the holiday.
    // "Thanksgiving weekend": the weekend the holiday belongs to.
    if (m[5] !== undefined) return fromDct("DATE", weekendOf(at(year)), 0.7)
    return fromDct("DATE", m[4] === undefined ? formatDay(at(year)) : formatWeek(at(year)), 0.7)
  }
}
