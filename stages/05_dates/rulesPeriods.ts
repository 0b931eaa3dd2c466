import * as T from "./triggers.js"
import { addMonths, dayNumber, formatDay, formatMonth, formatWeek, formatYear, fromDayNumber, pad2 } from "./calendar.js"
import { quarterIndexOf, quarterValue } from "./rulesCalendar.js"
import { fixed, textAfter, textBefore, type Resolution, type Rule } from "./Rule.js"
import { COUNT, MONTH, UNIT, VAGUE, WEEKEND_EVENT_AFTER, cap, countValue, monthNumber, unitOf } from "./vocabulary.js"

const HEDGE = `(?:${cap("about")}|${cap("around")}|${cap("nearly")}|${cap("almost")}|${cap("more than")}|${cap("less than")}|${cap("fewer than")}|${cap("over")}|${cap("some")}|${cap("roughly")}|${cap("at least")}|${cap("at most")}|${cap("barely")}|${cap("exactly")}|${cap("up to")}|${cap("under")}|${cap("approximately")}|${cap("little more than")}|${cap("no more than")}|${cap("well over")})`

const UNIT_CODE: Readonly<Record<string, readonly [string, number]>> = {
  second: ["TS", 1], minute: ["TM", 1], hour: ["TH", 1], day: ["D", 1], week: ["W", 1], fortnight: ["W", 2],
  month: ["M", 1], quarter: ["Q", 1], year: ["Y", 1], decade: ["Y", 10], century: ["Y", 100], weekend: ["D", 2]
}

/** TIMEX3 period for a count of a unit: (5, week) → P5W, (24, hour) → PT24H, (null, year) → PXY. */
export const periodValue = (count: number | null, unit: string): string => {
  const [code, factor] = UNIT_CODE[unit] ?? ["D", 1]
  const time = code.startsWith("T")
  const letter = time ? code.slice(1) : code
  if (count === null) {
    // "decades" is an unknown number of years: TimeBank and MEANTIME both write PXY, as they write P20Y for "two decades".
    if (unit === "decade") return "PXY"
    if (unit === "century") return "PXCE"
    return `P${time ? "T" : ""}X${letter}`
  }
  const n = Math.round(count * factor * 100) / 100
  const whole = Math.floor(n)
  const part = (time ? SMALLER_TIME_UNIT : SMALLER_DATE_UNIT)[letter]
  // TIMEX3 writes fractions in the next smaller unit: "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M.
  if (whole !== n && part !== undefined) {
    const rest = Math.round((n - whole) * part[1] * 100) / 100
    if (Number.isInteger(rest)) return `P${time ? "T" : ""}${whole > 0 ? `${whole}${letter}` : ""}${part[0] === "H" && !time ? "T" : ""}${rest}${part[0]}`
  }
  return `P${time ? "T" : ""}${n}${letter}`
}

/** The next smaller unit of a period letter and how many of it make one (months are left whole). */
const SMALLER_DATE_UNIT: Readonly<Record<string, readonly [string, number]>> = { Y: ["M", 12], W: ["D", 7], D: ["H", 24] }
const SMALLER_TIME_UNIT: Readonly<Record<string, readonly [string, number]>> = { H: ["M", 60], M: ["S", 60] }

/** A date `count` units away from `day`, at the unit's granularity. */
export const shiftedValue = (day: number, count: number, unit: string, inQuarters: boolean): string => {
  const { year, month } = fromDayNumber(day)
  switch (unit) {
    case "day":
    case "hour":
    case "minute":
    case "second":
      return formatDay(day + (unit === "day" ? Math.round(count) : 0))
    case "week":
    case "weekend":
      return formatWeek(day + 7 * Math.round(count))
    case "fortnight":
      return formatWeek(day + 14 * Math.round(count))
    case "month": {
      const t = addMonths(year, month, Math.round(count))
      return formatMonth(t.year, t.month)
    }
    case "quarter":
      return quarterValue(quarterIndexOf(day) + Math.round(count))
    case "decade":
      return formatYear(year + 10 * Math.round(count))
    case "century":
      return formatYear(year + 100 * Math.round(count))
    default:
      return inQuarters ? quarterValue(quarterIndexOf(day) + 4 * Math.round(count)) : formatYear(year + Math.round(count))
  }
}

/** Spans of earnings reports longer than a quarter. */
const LONGER_THAN_QUARTER = /\b(?:nine|six) months\b|\bfirst half\b|\b(?:fiscal|full|whole|calendar) year\b|\byear ended\b/i

/** "three years ago", "two days later", "a year earlier", "a week or so ago", "five days after", "a week before". */
export const offsetRule: Rule = {
  triggers: T.UNIT,
  requires: T.SHIFT,
  name: "offset",
  priority: 7,
  pattern: new RegExp(`(?<![\\w-])(?:(${HEDGE}) )?(${COUNT}|${VAGUE}) (${UNIT})(?: or so)? (ago|earlier|later|before|after|from now|hence)(?![\\w])`, "g"),
  resolve: (m, ctx) => {
    const direction = m[4]!
    const rest = textAfter(ctx)
    // "two days before the vote" is a duration plus a preposition; only a free-standing offset is a date.
    if ((direction === "before" || direction === "after") && !/^\s*(?:[,.;:)!?'"”]|$|and\b|but\b)/.test(rest)) return null
    // "arrives on November 11, three days later than planned": a comparison whose date is the one just named, not one
    // shifted from it (MEANTIME marks it so); with no such date it is left to the duration rule.
    if ((direction === "later" || direction === "earlier") && /^\s+than\b/.test(rest)) {
      return ctx.previous === null ? null : { type: "DATE", value: formatDay(ctx.previous.day), anchor: "previous", confidence: 0.5 }
    }
    let count = countValue(m[2]!)
    let unit = unitOf(m[3]!)
    // "half a century ago", "a decade and a half ago": whole years, which the calendar can count.
    if (count !== null && !Number.isInteger(count) && (unit === "decade" || unit === "century")) {
      count = count * (unit === "decade" ? 10 : 100)
      unit = "year"
    }
    // "ten minutes later", "an hour earlier": TimeBank marks the stretch of time ("a minute and a half" later,
    // DURATION), which the duration rule reads once this refuses; a day would lose the clock it counts from.
    if (SUB_DAY.has(unit) && direction !== "ago" && direction !== "from now" && direction !== "hence") return null
    const sign = direction === "ago" || direction === "earlier" || direction === "before" ? -1 : 1
    const relativeToNow = direction === "ago" || direction === "from now" || direction === "hence"
    if (count === null) return fixed("DATE", sign < 0 ? "PAST_REF" : "FUTURE_REF", 0.6)
    // "output rose in May from a year earlier": a month named earlier in the sentence is the one compared, a year before
    // (even in a story about quarters).
    const named = ctx.previousPeriod
    if (unit === "year" && sign < 0 && !relativeToNow && named !== null && named.month !== null && MONTH_IN.test(textBefore(ctx, ctx.index))) {
      return { type: "DATE", value: formatMonth(named.year - Math.round(count), named.month), anchor: "previous", anchorStart: named.start, confidence: 0.6 }
    }
    // Earnings news compares quarters: once a quarter was named, "a year earlier" is that quarter a year before.
    const inQuarters = ctx.previousQuarter !== null
    // ... but "left the firm about a year ago" after a quarter of years back (a story's history) counts from now.
    const recentQuarter = inQuarters && ctx.dct !== null && (direction !== "ago" || reportedQuarter(ctx.previousQuarter, ctx.dct, ctx.previousQuarterEnded) >= quarterIndexOf(ctx.dct) - 4)
    // (Only for a year or two: "half a century ago" is a year, not a quarter.)
    if (recentQuarter && unit === "year" && count <= 2 && ctx.dct !== null && sign < 0) {
      const reported = reportedQuarter(ctx.previousQuarter, ctx.dct, ctx.previousQuarterEnded)
      // ... unless the sentence compares a longer span ("the first nine months ... a year earlier"): then the year.
      if (LONGER_THAN_QUARTER.test(ctx.sentence)) return { type: "DATE", value: formatYear(Math.floor(reported / 4) - count), anchor: "previous", confidence: 0.5 }
      return { type: "DATE", value: quarterValue(reported - 4 * count), anchor: "previous", confidence: 0.6 }
    }
    // "in 2007 ... He resigned two months later": a month or year named after the narrative's last day is the anchor
    // (only going forward: "a year earlier" repeated down a list of figures compares each with the report's own period).
    const period = ctx.previousPeriod
    if (sign > 0 && !relativeToNow && (unit === "month" || unit === "year") && period !== null && (ctx.previous === null || period.start > ctx.previous.start)) {
      const value = period.month === null ? formatYear(unit === "year" ? period.year + sign * Math.round(count) : period.year) : shiftedValue(dayNumber(period.year, period.month, 1), sign * count, unit, false)
      return { type: "DATE", value, anchor: "previous", anchorStart: period.start, confidence: 0.5 }
    }
    const anchorDay = relativeToNow ? ctx.dct : (ctx.previous?.day ?? (sign < 0 ? ctx.dct : null))
    if (anchorDay === null) return fixed("DATE", unresolvedShift(unit), 0.3)
    const anchor = relativeToNow || ctx.previous === null ? "published_at" : "previous"
    // "a week ago", "two weeks later" land on a day, as a reader counts them ("a week ago Friday");
    // "six weeks ago" only names its week.
    const value = unit === "week" && count <= 2 ? formatDay(anchorDay + sign * 7 * count) : shiftedValue(anchorDay, sign * count, unit, recentQuarter && !relativeToNow)
    const r: Resolution = { type: "DATE", value, anchor, confidence: anchor === "previous" ? 0.6 : 0.8 }
    return r
  }
}

const WEEKEND_EVENT = new RegExp(`^${WEEKEND_EVENT_AFTER}`)

/** A month a figure is for ("rose in May from a year earlier"), not a quarter's end ("the quarter ended in June") nor a day ("May 31"). */
const MONTH_IN = new RegExp(`(?<!\\b(?:ended|ending|ends|through) )\\b(?:[Ii]n|[Ff]or|[Dd]uring) ${MONTH}(?:,? (?:19|20)\\d\\d)?(?![\\w-]| \\d| quarter)`)

const SUB_DAY: ReadonlySet<string> = new Set(["second", "minute", "hour"])

const unresolvedShift = (unit: string): string =>
  unit === "year" || unit === "decade" || unit === "century" ? "XXXX" : unit === "month" || unit === "quarter" ? "XXXX-XX" : unit.startsWith("week") ? "XXXX-WXX" : "XXXX-XX-XX"

/**
 * "year-earlier" and "year-ago" used as adjectives ("year-earlier profit"), and the headline
 * comparison that drops the article ("up 5 pct from year ago", "vs year earlier"): the reported
 * period a year before — the quarter when the document reports quarters, else last year.
 */
export const yearAgoAdjectiveRule: Rule = {
  triggers: T.YEAR,
  requires: T.SHIFT,
  name: "year_ago_adjective",
  priority: 3,
  pattern: /(?<![\w-])(?:[Yy]ear-earlier|[Yy]ear-ago|(?<=\b(?:[Ff]rom|vs\.?|[Vv]ersus|than|over|against|with) )[Yy]ear (?:ago|earlier))(?![\w-])/g,
  resolve: (_m, ctx) => {
    if (ctx.dct === null) return fixed("DATE", "XXXX", 0.3)
    if (ctx.previousQuarter !== null) return { type: "DATE", value: quarterValue(reportedQuarter(ctx.previousQuarter, ctx.dct, ctx.previousQuarterEnded) - 4), anchor: "previous", confidence: 0.6 }
    return { type: "DATE", value: formatYear(fromDayNumber(ctx.dct).year - 1), anchor: "published_at", confidence: 0.6 }
  }
}

/**
 * The quarter a report is about: the one last named, unless that lies after publication's own
 * quarter (a forecast), in which case the last completed one. Publication's quarter itself stays:
 * a fiscal quarter can end before the calendar one does ("fourth-quarter" results in November).
 */
export const reportedQuarter = (previousQuarter: number | null, dct: number, ended = false): number => {
  const current = quarterIndexOf(dct)
  // A fiscal quarter named with its end has been reported, even when its number runs ahead of the calendar's.
  if (previousQuarter !== null && ended) return previousQuarter
  return previousQuarter === null || previousQuarter > current ? current - 1 : previousQuarter
}

/**
 * "last" as the adjective of "the last five weeks", not the verb of "could last several months"
 * or "expected to last three weeks", which is no part of the duration.
 */
const LAST_ADJECTIVE = String.raw`(?<!\b(?:will|would|could|can|may|might|must|should|shall|to|it|that|which|they|not|n't)\s)last`

/** "five weeks", "the last five weeks", "the next two years", "the year-earlier nine months", "24 hours", "several months", "recent weeks". */
export const durationRule: Rule = {
  triggers: T.UNIT,
  name: "duration",
  priority: 4,
  pattern: new RegExp(
    `(?<![\\w/-])(?:${cap("the")} )?(?:(?:past|${LAST_ADJECTIVE}|next|previous|first|coming|following|final|latest|remaining|same|initial|entire|whole|full|second|year-earlier|year-ago) )?(?:(${HEDGE}) )?(${COUNT}|${VAGUE}) (?:more |full |straight |consecutive |long |or so |trading |business |working |additional |extra )?(${UNIT})( and a half)?(?![\\w-])`,
    "g"
  ),
  resolve: (m, ctx) => {
    const unit = unitOf(m[3]!)
    const countText = m[2]!
    const whole = countValue(countText)
    // "a minute and a half", "two years and a half": half a unit more.
    const count = whole !== null && m[4] !== undefined ? whole + 0.5 : whole
    // "a quarter of the market", "three quarters of voters" are fractions, not periods ("a quarter of a century" is one).
    if (unit === "quarter" && /^(?:an?|one|three)$/i.test(countText) && /^ of (?!(?:an?|one|the) (?:century|year|decade|hour)\b)/.test(textAfter(ctx, 24))) return null
    // "a year" and "one day" read as durations; "some days" too, but not "the first day" (an ordinal).
    if (count === 0) return null
    // "a weekend shooting" dates the shooting (the weekend rule reads it); it does not last a weekend.
    if (/^weekend$/i.test(m[3]!) && /^an?$/i.test(countText) && WEEKEND_EVENT.test(textAfter(ctx, 16))) return null
    // "in some quarters" are circles of opinion, not spans of three months.
    if (unit === "quarter" && m[0].startsWith(countText) && /^(?:some|many|several|certain)$/i.test(countText) && /\b[Ii]n\s+$/.test(textBefore(ctx, 4))) return null
    // "a minute amount", "a minute chemical structure": the adjective (tiny), not sixty seconds.
    if (unit === "minute" && /^an?$/i.test(countText) && m[0].length === countText.length + 7 && TINY_AFTER.test(textAfter(ctx, 24))) return null
    // "a second attack" is an ordinal, far more often than a duration of one second.
    if (unit === "second" && /^(?:an?|one)$/i.test(countText)) return null
    // "the 1988 quarter" is a year, not 1,988 quarters.
    if (/^\d{4}$/.test(countText) && !/s$/.test(m[3]!)) return null
    // "a day trader", "day-trading": a kind of trading, no length of time.
    if (unit === "day" && /^ trad(?:er|ers|ing)\b/.test(textAfter(ctx, 9))) return null
    // "52 years old" is an age, which TIMEX3 does not mark.
    if (/^ old\b/.test(textAfter(ctx, 4))) return null
    if (/^(?:(?:the )?(?:first|second|last|final) )(?:an?|one) /i.test(m[0])) return null
    // "the Melbourne final two years ago": "final" is the match, and "two years ago" a date of its own.
    if (/^(?:first|second|final|initial|entire|whole|full) /i.test(m[0]) && /^ (?:ago|later|earlier|before)\b/.test(textAfter(ctx, 9))) return null
    // "will one day be free", "hopes to one day return": some day in the future (TIMEX3's FUTURE_REF), not a day long.
    if (/^one day$/i.test(m[0]) && /\b(?:will|would|could|might|may|can|should|must|to)\s+$/i.test(textBefore(ctx, 8))) return fixed("DATE", "FUTURE_REF", 0.7)
    return fixed("DURATION", periodValue(count, unit), count === null ? 0.6 : 0.8)
  }
}

/** What "a minute" as the adjective (tiny) qualifies: an amount, or a noun behind another adjective. */
const TINY_AFTER = /^ (?:(?:amounts?|fractions?|quantit(?:y|ies)|portions?|traces?|particles?|proportions?|percentages?|details?|doses?|pieces?|specks?|changes?)\b|[a-z]+(?:al|ic|ous|ive|ar) [a-z])/

/** "a five-year low", "24-hour", "day-long", "decades-long" (durations written as adjectives). */
export const adjectiveDurationRule: Rule = {
  triggers: T.UNIT,
  requires: T.DIGIT | T.NUMBER | T.LONG,
  name: "duration_adjective",
  priority: 4,
  pattern: new RegExp(`(?<![\\w-])(?:(${COUNT})-(second|minute|hour|day|week|month|year|decade|century)(?:-(old|long))?|(hour|day|week|month|year|decade)(s?)-long)(?![\\w-])`, "g"),
  resolve: (m, ctx) => {
    // "a day-long strike" lasts one unit, "a decades-long feud" an unknown number of them.
    if (m[4] !== undefined) return fixed("DURATION", periodValue(m[5] === "s" ? null : 1, m[4]), 0.7)
    // "a six-year-old" is an age, not a duration TIMEX3 marks; so is "an 18-year old", hyphen or not.
    if (m[3] === "old" || /^ old\b/.test(textAfter(ctx, 4))) return null
    const count = countValue(m[1]!.replace(/-/g, " "))
    if (count === null || count === 0) return null
    return fixed("DURATION", periodValue(count, m[2]!), 0.8)
  }
}

/** "for years", "in decades", "over months": a bare plural unit after a preposition is a vague duration. */
export const bareDurationRule: Rule = {
  triggers: T.PLURAL_UNIT,
  requires: T.PREPOSITION,
  name: "duration_vague",
  priority: 2,
  pattern: /(?<=\b(?:[Ff]or|[Ii]n|[Oo]ver|[Ww]ithin|[Aa]fter|[Tt]ook|[Tt]akes?|[Ll]asted|[Ll]ast) )(?:(?:many|several|some) )?(days|weeks|months|years|decades|centuries|hours|minutes)(?![\w-])/g,
  resolve: (m, ctx) => {
    // "in after hours trading": the session after the close, no stretch of hours.
    if (m[1] === "hours" && /[Aa]fter $/.test(textBefore(ctx, 6)) && /^ (?:trad|deal|session|market)/.test(textAfter(ctx, 9))) return null
    return fixed("DURATION", periodValue(null, unitOf(m[1]!)), 0.5)
  }
}

/** Recurrences TIMEX3 writes as SETs; the three rules below share this reading of their match. */
const setValue = (m: RegExpExecArray): ReturnType<Rule["resolve"]> => {
  const weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
  // The rate and repeated-unit rules fill the groups before theirs with empty matches: test for text, not undefined.
  if (m[2]) {
    const word = m[2].toLowerCase()
    const wd = weekdays.indexOf(word)
    if (wd >= 0) return fixed("SET", `XXXX-WXX-${wd + 1}`, 0.8)
    // "each July": a month that comes round every year.
    const month = monthNumber(m[2])
    if (month > 0 && /^[A-Z]/.test(m[2])) return fixed("SET", `XXXX-${pad2(month)}`, 0.8)
    // A sports or broadcast season comes round once a year.
    if (word.startsWith("season")) return fixed("SET", "P1Y", 0.6)
    if (word === "night" || word === "morning" || word === "evening") return fixed("SET", word === "night" ? "TNI" : word === "morning" ? "TMO" : "TEV", 0.7)
    if (word === "summer" || word === "winter" || word === "spring" || word === "autumn") return fixed("SET", `XXXX-${{ summer: "SU", winter: "WI", spring: "SP", autumn: "FA" }[word]}`, 0.7)
    // "every few weeks": a recurrence of an unknown number of weeks (PXW).
    if (m[1] === "few" || m[1] === "several") return fixed("SET", periodValue(null, unitOf(word)), 0.7)
    const count = m[1] === undefined ? 1 : countValue(m[1])
    return fixed("SET", periodValue(count ?? 1, unitOf(word)), 0.8)
  }
  if (m[3]) {
    const adverb = m[3].toLowerCase()
    const value = { daily: "P1D", weekly: "P1W", monthly: "P1M", yearly: "P1Y", hourly: "PT1H", nightly: "P1D", fortnightly: "P2W" }[adverb] ?? "P1D"
    return fixed("SET", value, 0.7)
  }
  if (m[4]) {
    const first = m[4].toLowerCase()
    if (first.endsWith("round")) return fixed("SET", "P1Y", 0.5)
    return fixed("SET", periodValue(1, unitOf(first)), 0.7)
  }
  return fixed("SET", periodValue(1, unitOf(m[5]!)), 0.7)
}

/** "every day", "each year", "every two weeks", "every Monday", "each July", "each season", "daily". */
export const setRule: Rule = {
  name: "set",
  triggers: T.RECURRENCE,
  priority: 8,
  pattern: new RegExp(
    `(?<![\\w-])(?:(?:${cap("every")}|${cap("each")}|per) (?:other )?(?:(${COUNT}|few|several) )?(second|minute|hour|day|week|fortnight|month|quarter|year|decade|season|seasons|night|morning|evening|summer|winter|spring|autumn|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)s?|(${cap("daily")}|${cap("weekly")}|${cap("monthly")}|${cap("yearly")}|${cap("hourly")}|${cap("nightly")}|${cap("fortnightly")}))(?![\\w-])`,
    "g"
  ),
  resolve: (m, ctx) => {
    // "shot near each other Thursday": the reciprocal "each other", then a date of its own.
    if (/^[Ee]ach other /.test(m[0])) return null
    // "the business daily Nikkei", "the Paris daily", "a weekly said": a newspaper, not a recurrence.
    if (m[3] !== undefined && (PUBLICATION_BEFORE.test(textBefore(ctx, 16)) || PUBLICATION_AFTER.test(textAfter(ctx, 12)))) return null
    // "the Philadelphia Daily News", "the Sebastian Daily newsletter": a capitalised word of a title.
    if (m[3] !== undefined && /^[A-Z]/.test(m[3]) && (/[A-Z][\w.&'’-]* $/.test(textBefore(ctx, 24)) || /^ [A-Z]/.test(textAfter(ctx, 2)))) return null
    return setValue(m)
  }
}

const PUBLICATION_BEFORE = /\b(?:business|financial|economic|tabloid|newspaper|national|regional|local|evening|morning|mass-circulation) $/
const PUBLICATION_AFTER = /^(?:,? (?:said|says|reported|reports|quoted|quotes|cited|wrote|newspaper)\b)/

/** "day-to-day", "day after day", "year-round": a unit repeated. */
export const repeatedUnitSetRule: Rule = {
  name: "set",
  triggers: T.UNIT,
  requires: T.REPEAT,
  priority: 8,
  pattern: new RegExp(
    `(?<![\\w-])()()()(${cap("day")}-to-day|${cap("day")} after day|${cap("year")} after year|${cap("week")} after week|${cap("month")} after month|${cap("year")}-on-year|${cap("year")}-round)(?![\\w-])`,
    "g"
  ),
  resolve: setValue
}

/**
 * A quantity just before "a day": a number or amount (not a year), then at most four words naming what is
 * counted ("barrels of crude oil", "mln dlrs", "tonnes (net)"), none of them a preposition or
 * verb that would make "a day" a stretch of time ("rose 5 percent in a day").
 */
const QUANTITY_BEFORE =
  /(?:(?<![\d.,])(?!(?:1[89]|20)\d\d\b)\d(?:[\d.,]*[\d%])?(?:m|bn|k)?|\b(?:times|once|twice|million|billion|trillion|mln|bln|thousands?|hundreds?|dozens?|scores|dollars|pounds|euros|hours|minutes))(?:\s+of\s+[a-z]+|\s+\([^()]{1,30}\)|\s+(?!(?:in|within|for|over|than|after|before|on|at|by|to|from|about|nearly|almost|only|just|the|that|this|which|and|or|but|is|are|was|were|be|been|since|until|ago|last|next|per|more|less|up|down)\b)[a-z]+){0,4}\s+$/i

/** "a day after", "a year earlier", "a day or two": a stretch of time or a point, not a rate. */
const NOT_A_RATE_AFTER = /^\s+(?:after|before|later|earlier|ago|from now|or two|or so|and a half|of\b)/

/** "$5m a year", "twice a day", "24 hours a day", "300,000 barrels of oil a day": a rate per unit. */
export const rateSetRule: Rule = {
  name: "set",
  triggers: T.UNIT,
  requires: T.DIGIT | T.RATE,
  priority: 8,
  pattern: /(?<![\w-])()()()()(?:a|an) (day|week|month|year|hour|night)(?![\w-])/g,
  resolve: (m, ctx) => (QUANTITY_BEFORE.test(textBefore(ctx, 80)) && !NOT_A_RATE_AFTER.test(textAfter(ctx, 12)) ? setValue(m) : null)
}
