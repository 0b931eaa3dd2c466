import * as T from "./triggers.js"
import { dayNumber, daysInMonth, fromDayNumber } from "./calendar.js"
import { YEAR_OF_PHRASE, quarterIndexOf, quarterValue } from "./rulesCalendar.js"
import { reportedQuarter } from "./rulesPeriods.js"
import { fixed, fromDct, textAfter, textBefore, type Rule } from "./Rule.js"
import { pickDayYear } from "./pick.js"
import { MONTH, ORDINAL_QUARTER, cap, monthNumber } from "./vocabulary.js"

/**
 * Fiscal and calendar quarters (a determiner is part of the noun "the third quarter", not of
 * the adjective in "third-quarter profit"), as earnings news writes them: "the third quarter",
 * "third-quarter", "the fiscal-first quarter", "the fourth quarter of 1998", "the latest quarter", "the year-ago quarter",
 * and results tables' "1987 3rd qtr".
 */
export const ordinalQuarterRule: Rule = {
  triggers: T.QUARTER,
  name: "quarter",
  priority: 6,
  pattern: new RegExp(
    `(?<![\\w-])(?:(?:${cap("the")}|${cap("this")} year's|${cap("last")} year's|${cap("next")} year's) (?=(?:[\\w'-]+ ){0,3}(?:quarter|qtr)\\b))?(?:(year-ago|year-earlier|((?:19|20)\\d\\d)) )?(?:(?:fiscal|calendar)[- ])?([Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th|[Ff]inal)[- ](?:fiscal[- ])?(?:quarter|qtr)(?:,? (?:of |in )?(?:(?:fiscal |calendar )?((?:19|20)\\d\\d)(?![\\w])|(?:last|this|next) year))?(?![\\w-])`,
    "g"
  ),
  resolve: (m, ctx) => {
    const quarter = ORDINAL_QUARTER[m[3]!.toLowerCase()] ?? 1
    const explicitYear = m[2] ?? m[4]
    if (explicitYear !== undefined) return fixed("DATE", `${explicitYear}-Q${quarter}`, 0.95)
    // "its second-quarter earnings report in 2008": a quarter used as an adjective takes the year its phrase names.
    const phraseYear = m[1] === undefined ? YEAR_OF_PHRASE.exec(textAfter(ctx, 48)) : null
    if (phraseYear !== null) return fixed("DATE", `${phraseYear[1]}-Q${quarter}`, 0.8)
    if (ctx.dct === null) return fixed("DATE", `XXXX-Q${quarter}`, 0.4)
    // "the second qtr ended Feb 28": a fiscal quarter keeps its own number and takes the year it ended in (the last
    // such month before publication), not the year a calendar quarter of that number would fall in.
    const ended = m[1] === undefined ? QUARTER_END.exec(textAfter(ctx, 24)) : null
    if (ended !== null) return { ...fromDct("DATE", `${pickDayYear(ctx.dct, monthNumber(ended[1]!), 28, "past")}-Q${quarter}`, 0.7), ended: true }
    const { year } = fromDayNumber(ctx.dct)
    const shift = /last year|last year's/i.test(m[0]) ? -1 : /next year/i.test(m[0]) ? 1 : 0
    if (m[1] !== undefined) {
      // "the year-ago third quarter": the same quarter a year before the one being reported.
      const reported = ctx.previousQuarter !== null && ctx.previousQuarter % 4 === quarter - 1 ? Math.floor(ctx.previousQuarter / 4) : year
      return fromDct("DATE", `${reported - 1}-Q${quarter}`, 0.7)
    }
    if (shift !== 0 || /this year/i.test(m[0])) return fromDct("DATE", `${year + shift}-Q${quarter}`, 0.9)
    // Results are reported after a quarter ends: a quarter later in the year than publication
    // is last year's in past text, this year's in future text.
    const current = (quarterIndexOf(ctx.dct) % 4) + 1
    // ... and results still to be reported are those of the quarter just ended ("will report fourth-quarter results"
    // in January is last year's fourth quarter).
    const previousQuarter = current === 1 ? 4 : current - 1
    if (ctx.tense === "future" && quarter === previousQuarter && RESULTS_AFTER.test(textAfter(ctx, 16))) return fromDct("DATE", `${current === 1 ? year - 1 : year}-Q${quarter}`, 0.8)
    // ... except that late in the year, the first quarter future text looks to is the coming one.
    const y = quarter === 1 && current === 4 && ctx.tense === "future" ? year + 1 : quarter <= current ? year : ctx.tense === "future" ? year : year - 1
    return fromDct("DATE", `${y}-Q${quarter}`, 0.8)
  }
}

const MONTH_NAMED = new RegExp(`(?:${MONTH}|\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b)`)
const SAME_PERIOD_YEAR = /^,? (?:of|in) ((?:19|20)\d\d)\b/
/** What sets a period beside another: "up from the same period", "compared with", "against". */
const COMPARED_BEFORE = /\b(?:from|with|than|against|versus|vs\.?|on)\s+$/

/** What a company reports about a quarter once it has ended: " results", " earnings", " profit". */
const RESULTS_AFTER = /^ (?:results|earnings|profits?|revenues?|sales|numbers|figures)\b/

/** ", ended Sept. 30", " ended Feb 28" (the wire's month abbreviations go without a stop as often as with one). */
const QUARTER_END = new RegExp(`^,? (?:ended|ending|that ended|through|to) (${MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![\\w.]))`)

/** "the quarter", "the latest quarter", "the year-ago quarter", "the year-earlier period". */
export const namedQuarterRule: Rule = {
  triggers: T.QUARTER,
  name: "quarter_reference",
  priority: 5,
  pattern: new RegExp(
    `(?<![\\w-])(?:${cap("the")} )?(latest|current|previous|past|recent|year-ago|year-earlier|year-before|comparable|same|just-ended|just-completed)? ?(quarter|period)(?: a year (?:ago|earlier))?(?![\\w-])`,
    "g"
  ),
  resolve: (m, ctx) => {
    const which = m[1]?.toLowerCase()
    const yearBack = /a year (ago|earlier)/.test(m[0])
    const yearAgo = which !== undefined && /^year-|comparable|same/.test(which) || yearBack
    // "period" is a quarter only when it is the year-ago comparison of earnings reports.
    if (m[2] === "period" && !yearAgo && which !== "latest") return null
    if (which === undefined && !/^[Tt]he /.test(m[0])) return null
    // "sales for March 21 to 31 ... against the year-ago period", "trade in April-July ... the same period": with no
    // quarter named, the period compared is the month named last, a year before.
    const month = ctx.previousPeriod
    // "the same period of 2003" names its year. A bare "in the same period" is the stretch just spoken of, often no
    // month at all ("the next four years ... during the same period"), unless it is compared with ("up from the same
    // period") or put a year back ("the same period last year").
    const named = m[2] === "period" ? SAME_PERIOD_YEAR.exec(textAfter(ctx, 12)) : null
    const comparison = which !== "same" || yearBack || named !== null || COMPARED_BEFORE.test(textBefore(ctx, 10)) || /^ (?:last|a) year\b/.test(textAfter(ctx, 10))
    // (Only a month named earlier in the same sentence: one from sentences back is seldom the period compared.)
    if (m[2] === "period" && yearAgo && comparison && ctx.previousQuarter === null && month !== null && month.month !== null && MONTH_NAMED.test(ctx.sentence.slice(0, ctx.index))) {
      const year = named !== null ? Number(named[1]) : month.year - 1
      return { type: "DATE", value: `${year}-${String(month.month).padStart(2, "0")}`, anchor: "previous", anchorStart: month.start, confidence: 0.5 }
    }
    if (ctx.dct === null) return fixed("DATE", "XXXX-QX", 0.4)
    // "the quarter ended Sept. 30" names its quarter by its last month: the three months up to it,
    // whose middle month lies in the calendar quarter holding most of them ("ended July 31" is Q2).
    const ended = QUARTER_END.exec(textAfter(ctx, 24))
    if (ended !== null && !yearAgo) {
      const month = monthNumber(ended[1]!)
      const year = pickDayYear(ctx.dct, month, 28, "past")
      const middleMonth = year * 12 + month - 2
      return fromDct("DATE", quarterValue(Math.floor(middleMonth / 3)), 0.8)
    }
    // With no quarter named yet, future text means the quarter under way ("will act at the end of the quarter").
    const underWay = which === "current" || (which === undefined && ctx.previousQuarter === null && ctx.tense === "future")
    const reported = underWay ? quarterIndexOf(ctx.dct) : reportedQuarter(ctx.previousQuarter, ctx.dct, ctx.previousQuarterEnded)
    // "the previous quarter" after a quarter was named is the one before it ("guidance for the fourth quarter ... off a
    // stronger previous quarter" is the third).
    const before = which === "previous" && ctx.previousQuarter !== null && !yearAgo ? 1 : 0
    return { ...fromDct("DATE", quarterValue(yearAgo ? reported - 4 : reported - before), 0.6), anchor: ctx.previousQuarter === null ? "published_at" : "previous" }
  }
}

/**
 * The year of a quarter ending in `month`, seen from `dct`: the publication's year, unless that
 * quarter ends more than three months ahead (then the year before, results being reported after the
 * quarter closes) or, in future text, ended more than nine months ago (then the year after).
 */
const quarterEndYear = (dct: number, month: number, future: boolean): number => {
  const { year } = fromDayNumber(dct)
  const ahead = dayNumber(year, month, daysInMonth(year, month)) - dct
  if (ahead > 92 && !future) return year - 1
  if (ahead < -275 && future) return year + 1
  return year
}

/**
 * "the September quarter", "the June quarter" (as Australian and Asian firms report): the three
 * months ending in that month, dated like "the quarter ended Sept. 30": the calendar quarter that
 * holds most of them.
 */
export const monthQuarterRule: Rule = {
  triggers: T.QUARTER,
  requires: T.MONTH,
  name: "quarter",
  priority: 6,
  pattern: new RegExp(`(?<![\\w-])${cap("the")} (${MONTH}) quarter(?:,? ((?:19|20)\\d\\d))?(?![\\w-])`, "g"),
  resolve: (m, ctx) => {
    const month = monthNumber(m[1]!)
    if (m[2] === undefined && ctx.dct === null) return fixed("DATE", "XXXX-QX", 0.4)
    const year = m[2] !== undefined ? Number(m[2]) : quarterEndYear(ctx.dct!, month, ctx.tense === "future")
    const middleMonth = year * 12 + month - 2
    const value = quarterValue(Math.floor(middleMonth / 3))
    return m[2] !== undefined ? fixed("DATE", value, 0.8) : fromDct("DATE", value, 0.7)
  }
}
