import * as T from "./triggers.js"
import { fromDayNumber } from "./calendar.js"
import { fixed, fromDct, textAfter, type Rule } from "./Rule.js"
import { cap } from "./vocabulary.js"

/**
 * "the new century", "the new millennium": the one news is living in, or, written in its last
 * decade, the one about to begin (as "the new year" late in a year is the next). Values follow
 * TIMEX3's truncated years: "20" for the 2000s, "2" for the third millennium. Without a publication
 * date the value stays a placeholder.
 */
export const newCenturyRule: Rule = {
  name: "new_century",
  triggers: T.CENTURY,
  requires: T.FEAST,
  priority: 3,
  pattern: new RegExp(`(?<![\\w-])${cap("the")} new (century|millennium)(?![\\w-])`, "g"),
  resolve: (m, ctx) => {
    // "the New Century Fund": a name, not a date.
    if (/^ [A-Z]/.test(textAfter(ctx, 2))) return null
    const size = m[1] === "century" ? 100 : 1000
    if (ctx.dct === null) return fixed("DATE", size === 100 ? "XX" : "X", 0.3)
    const { year } = fromDayNumber(ctx.dct)
    const closing = year % size >= size - 10
    const value = Math.floor(year / size) + (closing ? 1 : 0)
    return fromDct("DATE", size === 100 ? String(value).padStart(2, "0") : String(value), 0.5)
  }
}
