import * as T from "./triggers.js"
import { addMonths, formatMonth, formatWeek, fromDayNumber } from "./calendar.js"
import { fixed, textBefore, type Rule } from "./Rule.js"
import { cap } from "./vocabulary.js"

/**
 * "the month before", "the week earlier", ending their clause: the month or week next to the one
 * the narrative last named ("fell to 49.5 in November from 51.7 the month before" is October), else
 * next to the publication's, as "the year before" is; after "last month" or "next week" in its
 * sentence it counts from that one ("down 10 percent last week, after a drop the week before"). "the
 * month before the vote" is left alone: its date is the vote's.
 */
export const unitBeforeRule: Rule = {
  name: "unit_before",
  triggers: T.UNIT,
  requires: T.SHIFT,
  priority: 2,
  pattern: new RegExp(`(?<![\\w-])${cap("the")} (month|week) (before|after|earlier|later|prior)(?= *[,.;:!?)]| *$)`, "g"),
  resolve: (m, ctx) => {
    const forward = m[2] === "after" || m[2] === "later"
    // "last week ... the week before", "next week or the week after": one more step from publication.
    const chained = new RegExp(`\\b${forward ? "next" : "last"} ${m[1]}\\b`, "i").test(textBefore(ctx, ctx.index))
    const step = (forward ? 1 : -1) * (chained ? 2 : 1)
    const p = ctx.previousPeriod
    if (m[1] === "month") {
      if (p !== null && p.month !== null) {
        // The month named ("last month" among them) is the one to count from: a single step.
        const t = addMonths(p.year, p.month, forward ? 1 : -1)
        return { type: "DATE", value: formatMonth(t.year, t.month), anchor: "previous", anchorStart: p.start, confidence: 0.5 }
      }
      const base = chained ? ctx.dct : ctx.previous?.day ?? ctx.dct
      if (base === null) return fixed("DATE", "XXXX-XX", 0.3)
      const { year, month } = fromDayNumber(base)
      const t = addMonths(year, month, step)
      return { type: "DATE", value: formatMonth(t.year, t.month), anchor: chained || ctx.previous === null ? "published_at" : "previous", confidence: 0.5 }
    }
    const base = chained ? ctx.dct : ctx.previous?.day ?? ctx.dct
    if (base === null) return fixed("DATE", "XXXX-WXX", 0.3)
    return { type: "DATE", value: formatWeek(base + 7 * step), anchor: chained || ctx.previous === null ? "published_at" : "previous", confidence: 0.5 }
  }
}
