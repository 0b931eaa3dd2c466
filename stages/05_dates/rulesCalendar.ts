import * as T from "./triggers.js"
import { addMonths, dayNumber, daysInMonth, formatMonth, formatWeek, formatYear, fromDayNumber, isoWeekday } from "./calendar.js"
import { pickDayYear, pickMonthYear, pickNearestMonthYear, pickSeasonYear, type Direction } from "./pick.js"
import { fixed, fromDct, textAfter, textBefore, type Resolution, type ResolveContext, type Rule } from "./Rule.js"
import { MONTH, SEASONS, WEEKEND_EVENT_AFTER, cap, monthNumber } from "./vocabulary.js"
import { reportedQuarter } from "./rulesPeriods.js"

// "end-2012", "end-September": wire copy's short form of "the end of".
const EDGE = `(?:${cap("early")}|${cap("late")}|${cap("mid")}-|${cap("end")}-|${cap("mid")}|${cap("earlier")}|${cap("later")}|${cap("the")} (?:end|beginning|start|middle|rest|remainder) of|${cap("the")} (?:first|second|last|latter) half of|${cap("around")} the (?:end|start) of)`

export const quarterValue = (index: number): string => `${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`
export const quarterIndexOf = (day: number): number => {
  const { year, month } = fromDayNumber(day)
  return year * 4 + Math.floor((month - 1) / 3)
}
const halfSuffix = (edge: string | undefined): string => {
  if (edge === undefined) return ""
  if (/first half/i.test(edge)) return "-H1"
  if (/(second|last|latter) half/i.test(edge)) return "-H2"
  return ""
}

/** Whether "last year" qualifies a quarter or period: "last year's quarter", "the comparable period last year". */
const quarterOfLastYear = (ctx: ResolveContext): boolean =>
  /^'s (?:fiscal )?(?:quarter|period)\b/.test(textAfter(ctx, 20)) ||
  /\b(?:quarter|period) (?:of |in )?$/.test(textBefore(ctx, 12))

/** A money figure right before "last year" or after "last year's": "$3 million last year", "last year's $1.5 billion". */
const figureOfLastYear = (ctx: ResolveContext): boolean =>
  /^'s [$£€]/.test(textAfter(ctx, 4)) ||
  /[$£€][\d.,]+(?: (?:million|billion))? $/.test(textBefore(ctx, 24))

/** "last week", "this year", "next month", "earlier this month", "the end of this year", "this weekend", "last summer". */
export const relativeUnitRule: Rule = {
  triggers: T.UNIT | T.SEASON,
  requires: T.RELATIVE,
  name: "relative_unit",
  priority: 5,
  pattern: new RegExp(
    `(?<![\\w-])(?:(${EDGE}) )?(${cap("last")}|${cap("this past")}|${cap("this coming")}|${cap("this")}|${cap("next")}|${cap("the")} current|${cap("the")} coming|${cap("the")} previous|${cap("the")} preceding|${cap("the")} past|${cap("the")} last|${cap("the")} latest|${cap("the")} following) (week|fortnight|month|year|fiscal year|quarter|fiscal quarter|weekend|spring|summer|autumn|fall|winter|decade|century)(?![\\w-])`,
    "g"
  ),
  resolve: (m, ctx) => {
    const which = m[2]!.toLowerCase().replace(/^the /, "")
    const unit = m[3]!.replace("fiscal ", "")
    // "the past fortnight", "over the next fortnight": two weeks, which no calendar value names.
    if (unit === "fortnight") return fixed("DURATION", "P2W", 0.6)
    // "the last year of the pact", "the past week of its run": a part of something else, not the year before publication.
    if (/^[Tt]he /.test(m[2]!) && m[1] === undefined && /^ of (?:the|its|his|her|their|a|an)\b/.test(textAfter(ctx, 10))) return null
    // "during his last year in office", "her last week as chief": the final one of something, not the one before
    // publication ("its last fiscal year", "in its last quarter" are the latest ones, and stay).
    if (which === "last" && m[3] === unit && /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our)\s+$/.test(textBefore(ctx, 7)) && /^ (?:in|as|at|on|with)\b/.test(textAfter(ctx, 6))) return null
    // "the past decade" is a stretch of ten years, not the 2010s.
    if ((unit === "decade" || unit === "century") && /^(?:past|last|previous)$/.test(which) && /^[Tt]he /.test(m[2]!)) {
      return fixed("DURATION", unit === "decade" ? "P10Y" : "P100Y", 0.8)
    }
    // "the following week" needs the narrative's date, not publication; "the following month" or
    // "year" only its month or year, which a month or year named alone ("in March 1988") gives too.
    const anchored = which === "following"
    if (anchored && (unit === "month" || unit === "year") && ctx.previousPeriod !== null && (unit === "year" || ctx.previousPeriod.month !== null)) {
      const p = ctx.previousPeriod
      const value = unit === "year" ? formatYear(p.year + 1) : formatMonth(addMonths(p.year, p.month!, 1).year, addMonths(p.year, p.month!, 1).month)
      return { type: "DATE", value, anchor: "previous", anchorStart: p.start, confidence: 0.6 }
    }
    // "the previous year", "the previous summer" in a story told in an earlier year count back from that year
    // ("2013 ... below the previous year's rates" is 2012).
    const p = ctx.previousPeriod
    if ((which === "previous" || which === "preceding") && p !== null && ctx.dct !== null && p.year < fromDayNumber(ctx.dct).year && (unit === "year" || unit in SEASONS)) {
      const value = unit === "year" ? formatYear(p.year - 1) : `${formatYear(pickSeasonYear(dayNumber(p.year, p.month ?? 12, 1), SEASONS[unit]!, "last"))}-${SEASONS[unit]}`
      return { type: "DATE", value, anchor: "previous", anchorStart: p.start, confidence: 0.5 }
    }
    const base = anchored ? (ctx.previous?.day ?? null) : ctx.dct
    const step = which === "last" || which === "previous" || which === "preceding" || which === "past" || which === "latest" || which === "this past" ? -1 : which === "next" || which === "coming" || which === "following" || which === "this coming" ? 1 : 0
    if (base === null) return fixed("DATE", unresolvedUnit(unit), 0.4)
    const anchor = anchored ? "previous" : "published_at"
    const r = (value: string, confidence: number): Resolution => ({ type: "DATE", value, anchor, confidence })
    const { year, month } = fromDayNumber(base)
    switch (unit) {
      case "week":
        return r(formatWeek(base + 7 * step), 0.9)
      case "weekend": {
        // "this weekend" is the one of the publication's ISO week, "last weekend" the one before.
        return r(`${formatWeek(base + 7 * step)}-WE`, 0.85)
      }
      case "month": {
        const t = addMonths(year, month, step)
        return r(formatMonth(t.year, t.month), 0.9)
      }
      case "quarter":
        // "fell in the fourth quarter from the previous quarter": the one before the quarter being discussed.
        if (which === "previous" && ctx.previousQuarter !== null) return { type: "DATE", value: quarterValue(ctx.previousQuarter - 1), anchor: "previous", confidence: 0.6 }
        return r(quarterValue(quarterIndexOf(base) + step), 0.8)
      case "year":
        // "last year's quarter", "the same period last year": the reported quarter a year before.
        if (step === -1 && m[1] === undefined && ctx.previousQuarter !== null && !anchored && quarterOfLastYear(ctx)) {
          return { type: "DATE", value: quarterValue(reportedQuarter(ctx.previousQuarter, base, ctx.previousQuarterEnded) - 4), anchor: "previous", confidence: 0.6 }
        }
        // "a loss of $3 million last year" set against a quarter of this year compares that quarter a
        // year before; when the reported quarter lies in last year itself (results published in
        // January), "last year" is that whole year.
        if (step === -1 && m[1] === undefined && ctx.previousQuarter !== null && !anchored && figureOfLastYear(ctx)) {
          const reported = reportedQuarter(ctx.previousQuarter, base, ctx.previousQuarterEnded)
          if (Math.floor(reported / 4) === year) return { type: "DATE", value: quarterValue(reported - 4), anchor: "previous", confidence: 0.5 }
        }
        return r(formatYear(year + step) + halfSuffix(m[1]), 0.9)
      case "decade":
        return r(String(Math.floor(year / 10) + step), 0.8)
      case "century":
        return r(String(Math.floor(year / 100) + step).padStart(2, "0"), 0.8)
      default: {
        const code = SEASONS[unit] ?? "SU"
        const season = pickSeasonYear(base, code, step < 0 ? "last" : step > 0 ? "next" : "this")
        return r(`${formatYear(season)}-${code}`, 0.8)
      }
    }
  }
}

const unresolvedUnit = (unit: string): string => {
  switch (unit) {
    case "week": return "XXXX-WXX"
    case "weekend": return "XXXX-WXX-WE"
    case "month": return "XXXX-XX"
    case "quarter": return "XXXX-QX"
    case "decade": return "XXX"
    case "century": return "XX"
    case "year": return "XXXX"
    default: return `XXXX-${SEASONS[unit] ?? "XX"}`
  }
}

const MONTH_MODIFIERS: Readonly<Record<string, Direction>> = {
  last: "before", "this past": "before", past: "before", next: "after", "this coming": "after", coming: "after"
}

/** "In October", "last November", "early December", "late-November", "March 1998", "June last year". */
export const monthRule: Rule = {
  triggers: T.MONTH,
  name: "month",
  priority: 4,
  pattern: new RegExp(
    `(?<![\\w-])(?:(${EDGE}) |${cap("mid")}-|${cap("end")}-|${cap("early")}-|${cap("late")}-)?(?:(${cap("last")}|${cap("this past")}|${cap("this coming")}|${cap("this")}|${cap("next")}) )?(${MONTH})(?:,? (?:of )?(last|this|next) year|,? (?:of )?((?:1[89]|20)\\d\\d)(?![\\w])|,? '(\\d\\d)(?![\\w]))?(?![\\w])`,
    "g"
  ),
  resolve: (m, ctx) => {
    const month = monthNumber(m[3]!)
    // "last Oct. 23" names a day: leave it to the day grammar rather than cover it with a month.
    if (m[2] !== undefined && m[4] === undefined && m[5] === undefined && m[6] === undefined && /^\.? ?\d{1,2}(?![\d:])/.test(textAfter(ctx, 4))) return null
    // "the March for Life", "the annual March of Dimes": a march, not the month.
    if (m[3] === "March" && m[1] === undefined && m[2] === undefined && m[4] === undefined && m[5] === undefined && m[6] === undefined &&
      /\b(?:the|an?|annual)\s+[`'"“‘]*$/i.test(textBefore(ctx, 12)) &&
      /^[`'"”’]* (?:for|of|on|against|to|through|from)\b/.test(textAfter(ctx, 12))) return null
    // "March Lane", "May Avenue": a street named for a month.
    if (m[1] === undefined && m[2] === undefined && m[4] === undefined && m[5] === undefined && m[6] === undefined && STREET_AFTER.test(textAfter(ctx, 12))) return null
    if (m[3] === "May" && m[1] === undefined && m[2] === undefined && m[4] === undefined && m[5] === undefined && !likelyMonthMay(ctx)) return null
    // "May's chairman", "of May's debt": a firm or a person called May; a month has no chairman.
    if (m[3] === "May" && m[1] === undefined && m[2] === undefined && OWNED_BY_NAME.test(textAfter(ctx, 32))) return null
    if (m[5] !== undefined) return fixed("DATE", formatMonth(Number(m[5]), month), 0.95)
    if (m[6] !== undefined) {
      const yy = Number(m[6])
      return fixed("DATE", formatMonth(yy < 50 ? 2000 + yy : 1900 + yy, month), 0.9)
    }
    // "a June show in 2014", "the March vote of 2010": a month used as an adjective takes the year its phrase names.
    if (m[1] === undefined && m[2] === undefined && m[4] === undefined && /\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+$/.test(textBefore(ctx, 8))) {
      const year = YEAR_OF_PHRASE.exec(textAfter(ctx, 48))
      if (year !== null) return fixed("DATE", formatMonth(Number(year[1]), month), 0.8)
    }
    if (ctx.dct === null) return fixed("DATE", `XXXX-${String(month).padStart(2, "0")}`, 0.5)
    // "June share price index futures opened lower", "September rose to 85.32": a futures contract, which expires ahead.
    if (m[1] === undefined && m[2] === undefined && m[4] === undefined && isContractMonth(ctx)) {
      return fromDct("DATE", formatMonth(pickMonthYear(ctx.dct, month, "on-or-after"), month), 0.7)
    }
    const dctYear = fromDayNumber(ctx.dct).year
    if (m[4] !== undefined) {
      const shift = m[4] === "last" ? -1 : m[4] === "next" ? 1 : 0
      return fromDct("DATE", formatMonth(dctYear + shift, month), 0.9)
    }
    const modifier = m[2]?.toLowerCase()
    // "this December", written in past text early the next year, is the one just gone.
    if (modifier === "this") {
      // Only a month most of a year ahead: "this September" in June past text is still to come.
      const gone = month - fromDayNumber(ctx.dct).month >= 9 && (ctx.tense === "past" || ctx.tense === "past_adjacent")
      return fromDct("DATE", formatMonth(gone ? dctYear - 1 : dctYear, month), 0.85)
    }
    // "the lowest since late February": a month after "since" has passed, whatever the clause's tense.
    if (modifier === undefined && /\b[Ss]ince\s+$/.test(textBefore(ctx, 8))) return fromDct("DATE", formatMonth(pickMonthYear(ctx.dct, month, "on-or-before"), month), 0.8)
    const direction = modifier === undefined ? undefined : MONTH_MODIFIERS[modifier]
    if (direction === undefined) return fromDct("DATE", formatMonth(pickNearestMonthYear(ctx.dct, month, ctx.tense), month), 0.75)
    // "last February", written in March: the month just gone would be "last month", so this one is a year
    // earlier (in Reuters stories, 12 of 13 such months checked against the events were). "This past
    // February" is the one just gone, and "the last March week" the final week of the month.
    if (modifier === "last" && month === fromDayNumber(ctx.dct).month - 1 && !/\b[Tt]he\s+$/.test(textBefore(ctx, 5))) return fromDct("DATE", formatMonth(dctYear - 1, month), 0.8)
    return fromDct("DATE", formatMonth(pickMonthYear(ctx.dct, month, direction), month), 0.85)
  }
}

/** A month that opens its sentence as a contract traded ("June futures", "September rose to 85.32 from 85.25"). */
const isContractMonth = (ctx: ResolveContext): boolean =>
  /^\s*$/.test(textBefore(ctx, 4)) &&
  (/^ (?:[A-Za-z-]+ ){0,4}(?:futures|contracts?|options)\b/.test(textAfter(ctx, 48)) ||
    /^ (?:was|were|rose|fell|eased|firmed|gained|lost|slipped|dropped|ended|closed|finished|stood|traded)\b(?: [a-z]+){0,3} (?:at|to|from) \d/.test(textAfter(ctx, 40)))

const STREET_AFTER = /^ (?:Lane|Ln|Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Court|Ct|Place|Pl|Way|Circle|Terrace|Parkway)\b/

/** One or two lower-case nouns, then "in" or "of" and a year: " show in 2014", " tax bill of 1998". */
export const YEAR_OF_PHRASE = /^ (?!(?:that|which|who|and|or|but|when|while|as|to|was|were|is|are|said|says|would|will|had|has|have|for|with|after|before|since|than|from|at|on|by|the|a|an)\b)[a-z][\w-]*(?: [a-z][\w-]*)? (?:in|of) ((?:1[89]|20)\d\d)(?![\w])/

/** What a firm or a person owns and a month cannot: "'s chairman", "'s debt", "'s government". */
const OWNED_BY_NAME = /^['’]s (?:(?:former|new|own|current|outgoing) )?(?:chairman|chairwoman|chair|chief|executives?|board|shares|stock|shareholders|debt|debts|founder|owner|boss|spokesman|spokeswoman|government|cabinet|party|leadership|takeover|bid|lawyers?|stores?|brand|headquarters)\b/

/** "May" is a month only after a preposition that takes dates ("in May", "since May"). */
const likelyMonthMay = (ctx: ResolveContext): boolean =>
  /(?:\b(?:in|since|until|till|by|during|from|to|through|of|before|after|between|and|last|this|next|early|late)\s+|mid-)$/i.test(textBefore(ctx, 12))

/**
 * What follows a house or block number in an address ("the 1900 block of Elm Avenue", "1848
 * Maple Street", "2000 N. Oak Dr."), which local crime news writes in almost every report; after a
 * preposition of time ("In 1995 Main Street flooded") the number stays a year.
 */
const ADDRESS_AFTER = /^ (?:blocks? of\b|(?:[NSEW]\. |(?:North|South|East|West) )?(?:[A-Z][\w'-]*\.? ){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Court|Ct|Place|Circle|Highway|Hwy|Parkway|Pkwy|Terrace|Trail)\b)/

/**
 * A line of at least three figures, no lower-case word and contract codes glued to figures
 * ("MAY7", "1920H"): a row of a price table. A header row of years ("1986 1985 1986 1985")
 * has no such codes and keeps its years.
 */
const isTableRow = (sentence: string): boolean =>
  !/[a-z]/.test(sentence) && (sentence.match(/\S*\d\S*/g)?.length ?? 0) >= 3 && /\b(?:[A-Z]+\d+|\d+[A-Z])\b/.test(sentence)

/** "2014", "fiscal 1998", "early 2019", "the end of 1998", "the first half of 2019", "post-1959". */
/** What a sentence about a market index names. */
const INDEX_WORDS = /\b(?:[Ii]ndex|[Ii]ndexes|[Ii]ndices|Dow|Nasdaq|Nikkei|FTSE|DAX|CAC|Hang Seng|S&P|[Aa]verage|points)\b/

export const yearRule: Rule = {
  triggers: T.YEARLIKE,
  name: "year",
  priority: 3,
  pattern: new RegExp(`(?<![\\w$£€.,/-])(?:(${EDGE}|${cap("fiscal")}(?: year)?|FY) ?|(?:[Pp]re|[Pp]ost)-)?((?:1[89]|20)\\d\\d)(?![\\w%]|[.,/-]\\d| ?(?:percent|per cent))`, "g"),
  resolve: (m, ctx) => {
    // "MAY7 1920H 1920L 1907": a row of a price table, all figures and no words.
    if (isTableRow(ctx.sentence)) return null
    const after = textAfter(ctx, 24)
    if (/^ (?:million|billion|trillion|people|men|women|persons|troops|soldiers|police|officers|workers|jobs|employees|members|votes|seats|points|times|cars|vehicles|homes|houses|units|shares|tons|tonnes|metres|meters|feet|miles|kilometres|km|acres|pounds|dollars|euros|yen|calories|words|pages|delegates|children|students|candidates|cases|deaths|refugees|prisoners|residents|copies)\b/.test(after)) return null
    // "touched the 1840 level", "broke the 2000 mark": an index figure in a story about indexes, not a year ("back to
    // 1990 levels" of emissions stays one).
    if (/^ (?:level|mark|barrier|threshold|resistance|support)\b/.test(after) && /\bthe\s+$/.test(textBefore(ctx, 5)) && INDEX_WORDS.test(ctx.sentence)) return null
    // "(2008 GMT)", "1930 local time": a clock written as four digits before its zone, not a year.
    if (m[1] === undefined && /^ ?(?:GMT|UTC|BST|CET|[ECMP][SD]T|ET|local time)\b/.test(after)) return null
    const before = textBefore(ctx, 12)
    // "in the area of 1802 South Beech", "the intersection of 1400 Elm": a place, whatever follows.
    if (/\b(?:area|vicinity|intersection|corner|address) of\s*$/.test(textBefore(ctx, 16))) return null
    if (ADDRESS_AFTER.test(after) && !/\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ff]rom|[Bb]efore|[Aa]fter)\s*$/.test(before)) return null
    // Numbered roads: "Route 1960", "FM 1960" (a Texas farm-to-market road), "County Road 1850", "Loop 1604".
    if (/(?:\bNo\.|\bnumber|\bpage|\bRoom|\broom|\bflight|\bFlight|\broute|\bRoute|\bHighway|\bHwy\.?|\bFM|\b[SC]R|\bRoad|\bLoop|\bInterstate|\bversion|\bmodel|\bSection|\barticle|\bArticle|[$£€]\d*)\s*$/.test(before)) return null
    // "the Russell 2000", "the Russel 2000 Index", "Windows 2000": a stock index or a product named by a number, not a year.
    if (m[1] === undefined && (/^ [Ii]ndex\b/.test(after) || /\b(?:Russell?|Windows|Office)\s$/.test(before))) return null
    // "the 1988 quarter", "the 1989 period" in earnings news: that year's instance of the quarter being reported.
    if (m[1] === undefined && ctx.previousQuarter !== null && /^ (?:fiscal )?(?:quarter|period)\b/.test(after)) {
      const quarter = ctx.dct === null ? ctx.previousQuarter : reportedQuarter(ctx.previousQuarter, ctx.dct, ctx.previousQuarterEnded)
      return { type: "DATE", value: `${m[2]}-Q${(quarter % 4) + 1}`, anchor: "previous", confidence: 0.6 }
    }
    return fixed("DATE", m[2]! + halfSuffix(m[1]), 0.9)
  }
}

/** "the 1990s", "the mid-1980s", "the '90s"; "the 20th century". */
export const decadeRule: Rule = {
  triggers: T.DECADE | T.CENTURY,
  name: "decade",
  priority: 5,
  pattern: new RegExp(
    `(?<![\\w-])(?:${cap("the")} )?(?:(?:early|late|mid)-? ?)?(?:(1[5-9]|20)(\\d)0'?s|['’]?([2-9])0s)(?![\\w])|(?<![\\w-])(?:${cap("the")} )?(?:(?:early|late|mid)-? ?)?(\\d{1,2})(?:st|nd|rd|th) century(?![\\w])|(?<![\\w-])(?:${cap("the")} )?(nineteenth|twentieth|twenty-first|21st|20th|19th) century(?![\\w])`,
    "g"
  ),
  resolve: (m, ctx) => {
    if (m[1] !== undefined) return fixed("DATE", m[1] + m[2]!, 0.95)
    // "in his 30s" is an age, not the 1930s.
    // So are "late teens to early 20s" and "aged 20s to 30s".
    if (m[3] !== undefined && /\b(?:(?:his|her|their|my|your|our|its)\s+(?:early |mid-?|late )?|teens\s+(?:to|and|or)\s+|aged?\s+|ages\s+)$/i.test(textBefore(ctx, 16))) return null
    // ... and so is the second of two ages: "in his late 20s or early 30s".
    if (m[3] !== undefined && /\b(?:his|her|their|my|your|our|its)\s+(?:early |mid-?|late )?\d0s\s+(?:to|and|or)\s+$/i.test(textBefore(ctx, 40))) return null
    if (m[3] !== undefined) return fixed("DATE", (Number(m[3]) >= 2 ? "19" : "20") + m[3], 0.85)
    const ordinal = m[4] !== undefined ? Number(m[4]) : ({ nineteenth: 19, twentieth: 20, "twenty-first": 21 } as Record<string, number>)[m[5]!.toLowerCase()] ?? 20
    return fixed("DATE", String(ordinal - 1).padStart(2, "0"), 0.9)
  }
}

/** "summer", "the winter of 1994": a season named alone takes the one nearest in the tense. */
export const seasonRule: Rule = {
  triggers: T.SEASON,
  name: "season",
  priority: 3,
  pattern: new RegExp(`(?<![\\w-])(?:(?:${EDGE}) )?(?:${cap("the")} )?(${cap("spring")}|${cap("summer")}|${cap("autumn")}|${cap("winter")})(?: of ((?:1[89]|20)\\d\\d)|,? ((?:1[89]|20)\\d\\d))?(?![\\w-])`, "g"),
  resolve: (m, ctx) => {
    const code = SEASONS[m[1]!.toLowerCase()] ?? "SU"
    const explicit = m[2] ?? m[3]
    if (explicit !== undefined) return fixed("DATE", `${explicit}-${code}`, 0.9)
    // "in Spring Arbor Township", "on Summer Street": a capitalised season before a capitalised word names a place.
    if (/^[A-Z]/.test(m[1]!) && /^ [A-Z][a-z]/.test(textAfter(ctx, 3))) return null
    // A season named alone is only a date after a preposition ("in summer"), not in "summer camp".
    if (!/\b(?:in|during|since|until|by|this|last|next|early|late|the)\s+$/i.test(textBefore(ctx, 10)) && !/^(?:[Tt]he) /.test(m[0])) return null
    if (ctx.dct === null) return fixed("DATE", `XXXX-${code}`, 0.4)
    return fromDct("DATE", `${formatYear(pickSeasonYear(ctx.dct, code, ctx.tense === "future" ? "next" : "this"))}-${code}`, 0.6)
  }
}

/** The noun of an award named for a year: "album of the year", "player of the year". */
const AWARD_OF = /\b(?:album|song|single|record|player|coach|manager|team|blog|book|novel|film|movie|car|athlete|footballer|sportsman|sportswoman|personality|artist|act|newcomer|goal|person|journalist|photographer|designer|writer|word|teacher|volunteer|officer|citizen)s? of $/i

/**
 * "the year", "the new year", "the full year", "the end of the year", "year-end": the publication's year, which
 * news means when it names the year without saying which. "the year ended Sept. 30" is a
 * twelve-month period instead.
 */
export const theYearRule: Rule = {
  name: "the_year",
  triggers: T.YEAR,
  priority: 2,
  pattern: new RegExp(`(?<![\\w-])(?:(?:${EDGE}) )?(?:(${cap("the")} [Nn]ew [Yy]ear(?!['’-]))|${cap("the")} (?:full |whole |entire |fiscal |calendar )?year(?!-)(?: (before|after|earlier|later|prior)(?= *[,.;:!?)]| *$))?|(?:${cap("around")} |${cap("at")} )?[Yy]ear[- ]end|[Yy]ear's end)(?![\\w-])`, "g"),
  resolve: (m, ctx) => {
    // "early in the new year": the year after publication late in the year, the publication's own year early in it.
    if (m[1] !== undefined) {
      // "the New Year Honours" is a list of awards, not a date.
      if (/^ [Hh]onours?\b/.test(textAfter(ctx, 8))) return null
      if (ctx.dct === null) return fixed("DATE", "XXXX", 0.3)
      const { year, month } = fromDayNumber(ctx.dct)
      return fromDct("DATE", formatYear(month >= 7 ? year + 1 : year), 0.5)
    }
    // "album of the year", "player of the year": an award's title, not a date.
    if (AWARD_OF.test(textBefore(ctx, 16)) && /^[Tt]he year$/.test(m[0])) return null
    // "the year before", "the year prior" count from the narrative's year when there is one, else publication's.
    if (m[2] !== undefined) {
      const base = ctx.previous?.day ?? ctx.dct
      if (base === null && ctx.previousPeriod === null) return fixed("DATE", "XXXX", 0.3)
      const year = ctx.previousPeriod?.year ?? fromDayNumber(base!).year
      const shift = m[2] === "before" || m[2] === "earlier" || m[2] === "prior" ? -1 : 1
      return { type: "DATE", value: formatYear(year + shift), anchor: ctx.previous === null && ctx.previousPeriod === null ? "published_at" : "previous", confidence: 0.5 }
    }
    // "since 1983, the year they took hold": the year just named.
    const apposed = /\b((?:1[89]|20)\d\d),\s*$/.exec(textBefore(ctx, 8))
    if (apposed !== null && /^[Tt]he year$/.test(m[0])) return { type: "DATE", value: apposed[1]!, anchor: "previous", confidence: 0.6 }
    // "In 2013, the city took 45 minutes to record its first homicide of the year": the year the sentence opened with.
    const framed = /^\s*In ((?:1[89]|20)\d\d),/.exec(ctx.sentence)
    if (framed !== null && framed.index + framed[0].length <= ctx.index && /^[Tt]he year$/.test(m[0])) return { type: "DATE", value: framed[1]!, anchor: "previous", confidence: 0.6 }
    const after = textAfter(ctx, 12)
    if (/^,? (?:ended|ending|to|through)\b/.test(after)) return fixed("DURATION", "P1Y", 0.7)
    // "the year 1998" and "the year two thousand" are years the next rules read.
    if (/^ (?:\d|two|nineteen)/.test(after)) return null
    // "the first half of the year": that half of the publication's year (`2009-H1`).
    const half = halfSuffix(m[0])
    if (ctx.dct === null) return fixed("DATE", "XXXX" + half, 0.3)
    return fromDct("DATE", formatYear(fromDayNumber(ctx.dct).year) + half, 0.5)
  }
}

/** "the weekend", "over the weekend", "a weekend shooting", "a fatal weekend stabbing": the latest weekend in past text, the coming one in future text. */
export const theWeekendRule: Rule = {
  name: "the_weekend",
  triggers: T.WEEKEND,
  priority: 2,
  pattern: new RegExp(`(?<![\\w-])[Tt]he weekend(?![\\w-])|(?<=\\b(?:[Aa]n?|[Tt]he) (?:[a-z]+ )?)weekend${WEEKEND_EVENT_AFTER}`, "g"),
  resolve: (_m, ctx) => {
    if (ctx.dct === null) return fixed("DATE", "XXXX-WXX-WE", 0.3)
    const weekday = isoWeekday(ctx.dct)
    const monday = ctx.dct - weekday + 1
    const onWeekend = weekday >= 6
    const shift = onWeekend ? 0 : ctx.tense === "future" ? 0 : -7
    return fromDct("DATE", `${formatWeek(monday + shift)}-WE`, 0.6)
  }
}

const ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
const TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
const TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

/** Years and decades as broadcasts spell them: "nineteen ninety-six", "the year two thousand", "the nineties". */
export const spelledYearRule: Rule = {
  name: "spelled_year",
  triggers: T.SPELLED,
  priority: 4,
  pattern: new RegExp(
    `(?<![\\w-])(?:${cap("nineteen")} (?:(${TENS_WORDS.join("|")})(?:[- ](${ONES.join("|")}))?|(${TEENS.join("|")})|oh[- ](${ONES.join("|")}))|${cap("the")} year two thousand(?: and (${ONES.join("|")}))?|${cap("the")} (${TENS_WORDS.slice(1).map((w) => w.slice(0, -1)).join("|")})ies|${cap("the")} (twenties))(?![\\w-])`,
    "g"
  ),
  resolve: (m) => {
    if (m[6] !== undefined || m[7] !== undefined) {
      const decade = TENS_WORDS.indexOf(m[6] !== undefined ? `${m[6]}y` : "twenty") + 2
      return fixed("DATE", `19${decade}`, 0.7)
    }
    if (m[0].toLowerCase().startsWith("the year two thousand")) return fixed("DATE", String(2000 + (m[5] === undefined ? 0 : ONES.indexOf(m[5]) + 1)), 0.8)
    const tens = m[1] !== undefined ? (TENS_WORDS.indexOf(m[1]) + 2) * 10 : 0
    const ones = m[2] !== undefined ? ONES.indexOf(m[2]) + 1 : m[4] !== undefined ? ONES.indexOf(m[4]) + 1 : 0
    const teen = m[3] !== undefined ? TEENS.indexOf(m[3]) + 10 : 0
    return fixed("DATE", String(1900 + tens + ones + teen), 0.8)
  }
}

const SPELLED_YEAR = `${cap("nineteen")} (?:(?:${TENS_WORDS.join("|")})(?:[- ](?:${ONES.join("|")}))?|${TEENS.join("|")}|oh[- ](?:${ONES.join("|")}))|${cap("two")} thousand(?:(?: and)? (?:${ONES.join("|")}|${TEENS.join("|")}))?`

/** The year of a spelled-out year ("nineteen ninety-four", "two thousand and one"). */
export const spelledYear = (text: string): number => {
  const words = text.toLowerCase().replace(/-/g, " ").split(" ").filter((w) => w !== "and" && w !== "oh")
  let year = words[0] === "two" ? 2000 : 1900
  for (const w of words.slice(words[0] === "two" ? 2 : 1)) {
    const tens = TENS_WORDS.indexOf(w)
    const teen = TEENS.indexOf(w)
    const one = ONES.indexOf(w)
    year += tens >= 0 ? (tens + 2) * 10 : teen >= 0 ? teen + 10 : one + 1
  }
  return year
}

/** "January nineteen ninety-seven", "the winter of nineteen ninety-four": broadcasts spell the year of a month or season too. */
export const spelledMonthYearRule: Rule = {
  name: "spelled_month_year",
  triggers: T.SPELLED,
  requires: T.MONTH | T.SEASON,
  priority: 5,
  pattern: new RegExp(`(?<![\\w-])(?:(${MONTH}),?|(?:${cap("the")} )?(${cap("spring")}|${cap("summer")}|${cap("autumn")}|${cap("fall")}|${cap("winter")}) of) (${SPELLED_YEAR})(?![\\w-])`, "g"),
  resolve: (m) => {
    const year = formatYear(spelledYear(m[3]!))
    if (m[1] !== undefined) return fixed("DATE", formatMonth(Number(year), monthNumber(m[1])), 0.85)
    return fixed("DATE", `${year}-${SEASONS[m[2]!.toLowerCase()] ?? "SU"}`, 0.85)
  }
}

/** "that year", "later that month", "the same month a year ago": the year or month the narrative last named. */
export const thatPeriodRule: Rule = {
  name: "that_period",
  triggers: T.UNIT,
  requires: T.ANCHOR,
  priority: 6,
  pattern: new RegExp(`(?<![\\w-])(?:(?:${cap("earlier")}|${cap("later")}) )?(?:${cap("that")}|${cap("the")} same) (year|month)( (?:a|one) year (?:ago|earlier|before)| (?:of )?last year)?(?![\\w-])`, "g"),
  resolve: (m, ctx) => {
    const p = ctx.previousPeriod
    const month = m[1] === "month"
    if (p === null || (month && p.month === null)) return fixed("DATE", month ? "XXXX-XX" : "XXXX", 0.3)
    // "the same month a year ago", "the same month last year": that month of the year before.
    const year = p.year - (m[2] === undefined ? 0 : 1)
    return { type: "DATE", value: month ? formatMonth(year, p.month!) : formatYear(year), anchor: "previous", anchorStart: p.start, confidence: 0.6 }
  }
}

/**
 * "the end of the month", "the start of the week", "the end of the decade": the publication's month,
 * week, decade ("201" for the 2010s) or century ("20" for the 2000s), as "this decade" is.
 */
export const edgeOfUnitRule: Rule = {
  name: "edge_of_unit",
  triggers: T.UNIT,
  requires: T.EDGE,
  priority: 2,
  pattern: new RegExp(`(?<![\\w-])${cap("the")} (end|beginning|start|middle|rest|remainder) of the (month|week|decade|century)(?![\\w-])`, "g"),
  resolve: (m, ctx) => {
    const unit = m[2]!
    if (ctx.dct === null) return fixed("DATE", unresolvedUnit(unit), 0.3)
    const { year, month } = fromDayNumber(ctx.dct)
    switch (unit) {
      case "month": return fromDct("DATE", formatMonth(year, month), 0.6)
      case "week": return fromDct("DATE", formatWeek(ctx.dct), 0.6)
      case "decade": {
        // "a bull run that began at the start of the decade", written in a decade's first two years,
        // looks back on the decade just ended.
        const lookingBack = (m[1] === "start" || m[1] === "beginning") && year % 10 <= 1 && (ctx.tense === "past" || ctx.tense === "past_adjacent")
        return fromDct("DATE", String(Math.floor(year / 10) - (lookingBack ? 1 : 0)), 0.6)
      }
      default: return fromDct("DATE", String(Math.floor(year / 100)).padStart(2, "0"), 0.6)
    }
  }
}

/** "since '82", "the class of '99": a year written with an apostrophe and two digits. */
export const shortYearRule: Rule = {
  name: "short_year",
  triggers: T.SHORT_YEAR,
  priority: 3,
  pattern: /(?<=\b(?:[Ss]ince|[Ii]n|[Oo]f|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]o|[Cc]lass of|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter) )['’](\d\d)(?![\w'’])/g,
  resolve: (m) => {
    const yy = Number(m[1])
    // Two-digit years in news point back at most a few decades and forward a few years.
    return fixed("DATE", String(yy < 30 ? 2000 + yy : 1900 + yy), 0.7)
  }
}

/** "the week of March 6": the ISO week holding that day. */
export const weekOfRule: Rule = {
  triggers: T.MONTH,
  requires: T.UNIT,
  name: "week_of",
  priority: 6,
  pattern: new RegExp(`(?<![\\w-])(?:${cap("the")} )?${cap("week")} of (${MONTH}) (\\d{1,2})(?:,? ((?:19|20)\\d\\d))?(?![\\w:])`, "g"),
  resolve: (m, ctx) => {
    const month = monthNumber(m[1]!)
    const day = Number(m[2])
    if (day < 1 || day > 31) return null
    if (m[3] !== undefined) return fixed("DATE", formatWeek(dayNumber(Number(m[3]), month, Math.min(day, daysInMonth(Number(m[3]), month)))), 0.9)
    if (ctx.dct === null) return fixed("DATE", "XXXX-WXX", 0.4)
    const year = pickDayYear(ctx.dct, month, day, ctx.tense)
    return fromDct("DATE", formatWeek(dayNumber(year, month, Math.min(day, daysInMonth(year, month)))), 0.85)
  }
}

/**
 * "earlier in the week", "later in the month", "earlier in the year": the week, month or year of the last day the
 * sentence named before it ("on Friday ... earlier in the week"), else publication's. ("earlier in the day"
 * is left unmarked, as TimeBank leaves it.)
 */
export const earlierInTheUnitRule: Rule = {
  name: "relative_unit",
  triggers: T.UNIT,
  requires: T.SHIFT,
  priority: 3,
  pattern: new RegExp(`(?<![\\w-])(?:${cap("earlier")}|${cap("later")}) in the (week|month|year)(?![\\w-])`, "g"),
  resolve: (m, ctx) => {
    // The sentence's latest day before the phrase is the narrative's last one ("the December 21 meeting had been
    // expected on Tuesday, but could slip until later in the week" is Tuesday's week).
    const base = ctx.sentenceDay === null ? ctx.dct : (ctx.previous?.day ?? ctx.sentenceDay)
    const unit = m[1]!
    if (base === null) return fixed("DATE", unresolvedUnit(unit), 0.3)
    const { year, month } = fromDayNumber(base)
    const value = unit === "week" ? formatWeek(base) : unit === "month" ? formatMonth(year, month) : formatYear(year)
    return ctx.sentenceDay === null ? fromDct("DATE", value, 0.7) : { type: "DATE", value, anchor: "previous", confidence: 0.7 }
  }
}
