import * as T from "./triggers.js"
import { dayNumber, daysInMonth, formatWeek } from "./calendar.js"
import { pickNearestMonthYear } from "./pick.js"
import { fixed, fromDct, type Rule } from "./Rule.js"
import { MONTH, cap, monthNumber } from "./vocabulary.js"

/** Which day of the month an ordinal week is the ISO week of: the 4th for the first, so that most of that week lies in the month. */
const DAY_OF_WEEK: Readonly<Record<string, number>> = { first: 4, "1st": 4, second: 11, "2nd": 11, third: 18, "3rd": 18, fourth: 25, "4th": 25 }

/**
 * "the last week of March", "the first week of January 2009": an ordinal week of a month, the
 * ISO week most of whose days lie in it (the last: the week of the month's fourth-last day).
 * Without it, "the last week" would read as the week before publication and "March" apart.
 */
export const weekOfMonthRule: Rule = {
  triggers: T.MONTH,
  requires: T.UNIT,
  name: "week_of_month",
  priority: 6,
  pattern: new RegExp(
    `(?<![\\w-])(?:${cap("the")} )?(${cap("first")}|${cap("second")}|${cap("third")}|${cap("fourth")}|1st|2nd|3rd|4th|${cap("last")}|${cap("final")}) week of (${MONTH})(?:,? ((?:19|20)\\d\\d))?(?![\\w])`,
    "g"
  ),
  resolve: (m, ctx) => {
    const month = monthNumber(m[2]!)
    const which = m[1]!.toLowerCase()
    const dayIn = (year: number): number =>
      which === "last" || which === "final" ? dayNumber(year, month, daysInMonth(year, month) - 3) : dayNumber(year, month, DAY_OF_WEEK[which]!)
    if (m[3] !== undefined) return fixed("DATE", formatWeek(dayIn(Number(m[3]))), 0.9)
    if (ctx.dct === null) return fixed("DATE", "XXXX-WXX", 0.4)
    return fromDct("DATE", formatWeek(dayIn(pickNearestMonthYear(ctx.dct, month, ctx.tense))), 0.8)
  }
}
