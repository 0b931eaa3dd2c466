import * as T from "./triggers.js"
import { formatDay, pad2 } from "./calendar.js"
import { directionOf, pickWeekday, type Direction } from "./pick.js"
import { fixed, fromDct, textAfter, textBefore, type Resolution, type ResolveContext, type Rule } from "./Rule.js"
import { perfectAhead, scheduledAhead } from "./tense.js"
import { PART, PART_OF_DAY, WEEKDAY, cap, weekdayNumber } from "./vocabulary.js"

const END = "(?![\\w])"

/** A day, optionally with a part of the day (TIME: 2019-12-09TMO). */
export const dayValue = (day: number | null, part: string | undefined, confidence: number, unresolved = "XXXX-XX-XX"): Resolution => {
  const code = part === undefined ? undefined : PART_OF_DAY[part.toLowerCase()]
  const base = day === null ? unresolved : formatDay(day)
  const value = code === undefined ? base : `${base}T${code}`
  const type = code === undefined ? "DATE" : "TIME"
  return day === null ? fixed(type, value, 0.4) : fromDct(type, value, confidence)
}

const WEEKDAY_MODIFIERS: Readonly<Record<string, Direction>> = {
  "this past": "before", past: "before", last: "before",
  "this coming": "after", coming: "after", next: "after"
}

/**
 * "Wednesday's ruling", "Sunday night's debate": news names an event by its weekday once it has
 * happened (TimeBank and AQUAINT resolve every such possessive on or before publication), so the
 * clause's tense, which belongs to another verb, does not decide.
 */
const isPossessive = (ctx: ResolveContext): boolean => /^['’]s\b/.test(textAfter(ctx, 3))

/** "ahead of Thursday's meeting", "prior to Friday's summit": a possessive the schedule points ahead. */
const possessiveDirection = (ctx: ResolveContext): Direction =>
  scheduledAhead(ctx.sentence, ctx.index) || fixtureAhead(ctx) || (ctx.tense === "future" && (SCHEDULED_EVENT_AFTER.test(textAfter(ctx, 28)) || GOING_TO_EVENT_BEFORE.test(textBefore(ctx, 48))))
    ? "on-or-after"
    : "on-or-before"

/**
 * "will meet at Thursday's summit", "will urge them to act at Wednesday's meeting": a future verb that goes to the
 * event itself looks ahead ("will challenge Monday's vote" looks back at one held; so does "a setback in Sunday's
 * elections may force", whose future verb is not the one that takes the day).
 */
const GOING_TO_EVENT_BEFORE = /\b(?:will|['’]ll|shall|would|to)\s+(?:[a-z]+\s+){1,4}(?:at|in|for|during|into)\s+$/

/**
 * "has made two changes for Saturday's trip to Paris", "was named in the side for Sunday's final": a fixture picked
 * for is still to come whatever the verb ... unless the verb blames or thanks ("was fined for Saturday's clash").
 */
const fixtureAhead = (ctx: ResolveContext): boolean =>
  /\bfor\s+$/.test(textBefore(ctx, 5)) && FIXTURE_AFTER.test(textAfter(ctx, 32)) && !FOR_CAUSE_BEFORE.test(textBefore(ctx, 48))

const FIXTURE_AFTER = /^['’]s (?:[A-Za-z-]+ ){0,2}(?:match|game|clash|tie|fixture|trip|visit|meeting|summit|talks|final|semi-final|race|derby|showdown|encounter|opener|contest|vote|ballot|election|debate|hearing)\b/
const FOR_CAUSE_BEFORE = /\b(?:fined|charged|punished|blamed|critici[sz]ed|apologi[sz]ed|praised|thanked|credited|booked|condemned|rebuked|sorry)\b/

/**
 * "Friday's jobs report", "Thursday's auction": releases set in advance, which future text looks
 * ahead to (not a vote or a ruling, which "will challenge Monday's vote" looks back on).
 */
const SCHEDULED_EVENT_AFTER = /^['’]s (?:[a-z-]+ ){0,2}(?:report|data|number|numbers|figures|auction|release|deadline)\b/

/** "for a", "awaiting a", perhaps with a clock time: what opens a court date still to come ("for a 9 a.m. Monday hearing"). */
const COURT_DATE_BEFORE = /\b(?:for|awaiting|awaits|await)\s+an?\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?\s+)?$/
const COURT_DATE_AFTER = /^ (?:court |bond |bail |detention |preliminary |probable cause )?(?:hearing|arraignment|appearance|trial|sentencing)\b/

/** "Monday", "last Friday", "this past Thursday", "the previous Friday", "that Sunday", "Wednesday night". */
/** What follows a weekday naming a newspaper: "Sunday tabloid", "Saturday paper" ("Sunday editions" may well be dated). */
const PAPER_AFTER = /^ (?:(?:daily|national|local|business|weekly|financial|popular|political) )?(?:tabloids?|(?:news)?papers?|broadsheets?)\b/

/**
 * "the Sunday Times", "Britain's Sunday Telegraph", "Monday Night Football", "a Saturday Night Takeaway host": a title
 * that names a weekday, no date (a capital after "Night" is a name's, as running text writes "Saturday night").
 */
const TITLE_AFTER = /^ (?:Times|Telegraph|Express|Mirror|Herald|Tribune|Independent|Observer|Business Post|Night [A-Z])/

export const weekdayRule: Rule = {
  triggers: T.WEEKDAY,
  name: "weekday",
  priority: 5,
  pattern: new RegExp(
    `(?<![\\w-])(?:(${cap("the")} (?:previous|preceding|following)|(?<=(?:\\b(?:[Oo]n|by|until|of|since|[ap]\\.?m\\.?|noon|midnight)|\\d) )that|${cap("this past")}|${cap("this coming")}|${cap("last")}|${cap("this")}|${cap("next")}|${cap("past")}|${cap("coming")}|${cap("early")}|${cap("late")}) )?(${WEEKDAY})(?: (${PART}))?(?![\\w])`,
    "g"
  ),
  resolve: (m, ctx) => {
    const weekday = weekdayNumber(m[2]!)
    const modifier = m[1]?.toLowerCase()
    // "the Sunday tabloid", "a Saturday newspaper": a paper that comes out on that day, no date.
    if (modifier === undefined && m[3] === undefined && (PAPER_AFTER.test(textAfter(ctx, 24)) || TITLE_AFTER.test(textAfter(ctx, 16)))) return null
    if (ctx.dct === null) return dayValue(null, m[3], 0, `XXXX-WXX-${weekday}`)
    // "the previous Friday", "the following Monday" count from the day the narrative is on.
    if (modifier !== undefined && modifier.startsWith("the ")) {
      const base = ctx.previous?.day ?? ctx.dct
      const resolved = dayValue(pickWeekday(base, weekday, modifier === "the following" ? "after" : "before"), m[3], 0.7)
      return ctx.previous === null ? resolved : { ...resolved, anchor: "previous" }
    }
    // "On Jan. 12 ... about 3 a.m. that Sunday": the one nearest the day the narrative is on.
    // (Only after a preposition or a clock time: "police said that Monday night a man …" is a conjunction.)
    if (modifier === "that") {
      if (ctx.previous === null) return dayValue(pickWeekday(ctx.dct, weekday, "on-or-before"), m[3], 0.5)
      const base = ctx.previous.day
      const before = pickWeekday(base, weekday, "on-or-before")
      const after = pickWeekday(base, weekday, "on-or-after")
      return { ...dayValue(base - before <= after - base ? before : after, m[3], 0.7), anchor: "previous" }
    }
    // "this Thursday" is the coming one ("meet in Vienna this Sunday", "this Friday's report"), unless a past verb governs it ("took this Tuesday").
    const thisWeekday = modifier === "this" ? (ctx.tense === "past_adjacent" ? "on-or-before" : "on-or-after") : undefined
    // "held in jail for a 9 a.m. Monday hearing": a court date the story waits for.
    if (modifier === undefined && COURT_DATE_BEFORE.test(textBefore(ctx, 24)) && COURT_DATE_AFTER.test(textAfter(ctx, 24))) {
      return dayValue(pickWeekday(ctx.dct, weekday, "on-or-after"), m[3], 0.7)
    }
    // "has invited him for a dinner on Wednesday": a present perfect leaves the day to what is planned.
    const planned = modifier === undefined && !isPossessive(ctx) && perfectAhead(ctx.sentence, ctx.index) ? "on-or-after" : undefined
    const direction = (modifier !== undefined ? WEEKDAY_MODIFIERS[modifier] : undefined) ?? thisWeekday ?? planned ?? (isPossessive(ctx) ? possessiveDirection(ctx) : directionOf(ctx.tense))
    return dayValue(pickWeekday(ctx.dct, weekday, direction), m[3], modifier !== undefined && modifier in WEEKDAY_MODIFIERS ? 0.9 : 0.8)
  }
}

/** Mid-sentence text before a word: a lower-case word, a figure, a comma, a possessive ("told the radio's") or an acronym ("BBC"). */
const TITLE_BEFORE = /(?:[a-z\d,]|['’]s|\b[A-Z]{2,}) $/

const GENERIC_TODAY = /^['’]s (?:[a-z]+ )?(?:world|youth|society|generation|young|children|teenagers|kids|standards)\b/

/** "yesterday", "today", "tomorrow morning", "tonight", "late yesterday", "mid-afternoon yesterday". */
export const relativeDayRule: Rule = {
  triggers: T.RELATIVE_DAY,
  name: "relative_day",
  priority: 5,
  pattern: new RegExp(
    `(?<![\\w-])(?:(?:${cap("early")}|${cap("late")}|${cap("earlier")}|${cap("later")}) |(?:(?:${cap("early")}|${cap("late")})[- ]|${cap("mid")}-?(?!night))?(${PART}) )?(${cap("yesterday")}|${cap("today")}|${cap("tomorrow")}|${cap("tonight")})(?: (${PART}))?${END}`,
    "g"
  ),
  resolve: (m, ctx) => {
    const word = m[2]!.toLowerCase()
    // "today's world", "today's youth": nowadays, not the publication day (TimeBank leaves these out).
    if (word === "today" && GENERIC_TODAY.test(textAfter(ctx, 24))) return null
    // NBC's "Today" program: a title in quotation marks.
    if (m[0] === "Today" && /["“]$/.test(textBefore(ctx, 1)) && /^["”]/.test(textAfter(ctx, 1))) return null
    // A capitalised "Today" inside a sentence is a programme or paper ("Radio 4's Today", "the Today show").
    if (m[0] === "Today" && (TITLE_BEFORE.test(textBefore(ctx, 3)) || /^ (?:programme|program|show)\b/.test(textAfter(ctx, 10)))) return null
    const offset = word === "yesterday" ? -1 : word === "tomorrow" ? 1 : 0
    // A part of the day before the day ("at mid-afternoon yesterday") counts as one after it does.
    const part = word === "tonight" ? "night" : (m[3] ?? m[1])
    return dayValue(ctx.spokenDay === null ? null : ctx.spokenDay + offset, part, 0.95)
  }
}

/** "this morning", "last night", "this evening". */
export const partOfDayRule: Rule = {
  triggers: T.PART_OF_DAY,
  requires: T.RELATIVE,
  name: "part_of_day",
  priority: 4,
  pattern: new RegExp(`(?<![\\w-])(?:(?:${cap("early")}|${cap("late")}|${cap("earlier")}|${cap("later")}) )?(${cap("this")}|${cap("last")}) (${PART})(?![\\w])`, "g"),
  resolve: (m, ctx) => {
    const last = m[1]!.toLowerCase() === "last"
    // "last night" is the night before publication; "last morning" is not idiomatic English.
    if (last && m[2] !== "night") return null
    return dayValue(ctx.spokenDay === null ? null : ctx.spokenDay - (last ? 1 : 0), m[2], 0.9)
  }
}

/** A capitalised word or initial right before, other than a preposition that could open a sentence ("At Noon"). */
const SURNAME_BEFORE = /(?<![\w.])(?!(?:At|By|Before|After|Around|About|Until|Till|From|Since|On|Near|Past|Until)\b)[A-Z][\w'’-]*\.? $/

/** Times of day: "7:20 p.m. local time", "9 a.m.", "14:30 GMT", "noon". The day comes from the sentence or publication. */
export const timeOfDayRule: Rule = {
  triggers: T.CLOCK,
  name: "time_of_day",
  priority: 6,
  pattern: new RegExp(
    `(?<![\\w:.])(?:(\\d{1,2})(?:[:.](\\d{2}))? ?([AaPp])\\.? ?[Mm]\\.?|(\\d{1,2}):(\\d{2})(?= ?(?:GMT|BST|UTC|[ECMP][SD]T|ET|local time|hours|hrs)\\b)|(${cap("noon")}|${cap("midnight")}|${cap("midday")})|(\\d{1,2}) o'clock)` +
      // A zone in its own parentheses belongs to the time ("9 a.m. (EDT)"); a parenthesis closing after a zone opens before the clock ("(1 p.m. EDT)").
      `(?: ?(?:\\((local time|GMT|BST|UTC|CET|[ECMP][SD]T|ET)\\)|(local time|GMT|BST|UTC|CET|[ECMP][SD]T|ET)))?(?![\\w])`,
    "g"
  ),
  resolve: (m, ctx) => {
    let hour: number
    let minute = 0
    if (m[1] !== undefined) {
      hour = Number(m[1]) % 12 + (m[3]!.toLowerCase() === "p" ? 12 : 0)
      minute = m[2] === undefined ? 0 : Number(m[2])
      if (Number(m[1]) > 12 || Number(m[1]) === 0) return null
    } else if (m[4] !== undefined) {
      hour = Number(m[4])
      minute = Number(m[5])
    } else if (m[6] !== undefined) {
      // "high noon" is an idiom (and a film), not twelve o'clock.
      if (/\bhigh\s+$/i.test(textBefore(ctx, 6))) return null
      // "Jamie Noon", "J Noon": a capitalised Noon after a name or an initial is a surname.
      if (m[6] === "Noon" && SURNAME_BEFORE.test(textBefore(ctx, 24))) return null
      hour = m[6].toLowerCase() === "midnight" ? midnightHour(ctx) : 12
    } else {
      hour = Number(m[7])
    }
    if (hour > 24 || minute > 59) return null
    // TIMEX3 marks a time given in UTC (or GMT) with Z; other zones are left as written.
    const zone = m[8] ?? m[9]
    const clock = `T${pad2(hour)}:${pad2(minute)}${zone === "UTC" || zone === "GMT" ? "Z" : ""}`
    return onTheDay(clock, ctx, zone, hour)
  }
}

/**
 * Midnight ends its day (T24:00: "expires at midnight Friday"), but "shortly after midnight" is the
 * start of the day it opens, and so is a midnight on the publication day that the story looks back
 * on ("was shot around midnight Wednesday", published that Wednesday).
 */
const midnightHour = (ctx: ResolveContext): number => {
  if (/\bafter\s+$/i.test(textBefore(ctx, 8))) return 0
  const day = ctx.sentenceDay ?? ctx.previous?.day ?? ctx.dct
  return day !== null && day === ctx.dct && ctx.tense !== "future" ? 0 : 24
}

/** Hours behind GMT of the western zones wire copy writes clock times in. */
const HOURS_BEHIND_GMT: Readonly<Record<string, number>> = {
  GMT: 0, UTC: 0, BST: -1, CET: -1, EST: 5, EDT: 4, ET: 5, CST: 6, CDT: 5, MST: 7, MDT: 6, PST: 8, PDT: 7
}

/**
 * A time without a day in its sentence belongs to the day the narrative is on, else publication's ... unless the
 * dateline moved publication to the bureau's next day (an Asian city's morning, see datelineDay) and the time is
 * written in a western zone at or after 08:00 GMT, when Asian markets have closed: "Rio shares in London were down
 * 3 percent by 1255 GMT" is on the stamp's own day.
 */
const onTheDay = (clock: string, ctx: ResolveContext, zone?: string, hour?: number): Resolution => {
  if (ctx.sentenceDay !== null) return fromDct("TIME", formatDay(ctx.sentenceDay) + clock, 0.85)
  if (ctx.previous !== null) return { type: "TIME", value: formatDay(ctx.previous.day) + clock, anchor: "previous", anchorStart: ctx.previous.start, confidence: 0.6 }
  if (ctx.dct === null) return fixed("TIME", `XXXX-XX-XX${clock}`, 0.5)
  const behind = zone === undefined ? undefined : HOURS_BEHIND_GMT[zone]
  if (ctx.stampDay !== null && ctx.stampDay < ctx.dct && behind !== undefined && hour !== undefined && hour + behind >= 8) {
    return fromDct("TIME", formatDay(ctx.stampDay) + clock, 0.6)
  }
  return fromDct("TIME", formatDay(ctx.dct) + clock, 0.7)
}

/** "0800 UTC", "1630 GMT", "0530 local time", "1600 EST": wire services write times as four digits before the zone. */
export const wireClockRule: Rule = {
  triggers: T.CLOCK,
  requires: T.DIGIT,
  // Resolved with the other times of day, after the sentence's dates.
  name: "time_of_day",
  priority: 6,
  pattern: /(?<![\w:.,$£€])([01]\d|2[0-3])([0-5]\d) ?(UTC|GMT|BST|CET|[ECMP][SD]T|ET|local time)(?![\w])/g,
  resolve: (m, ctx) => {
    // "10:35 a.m. (0735 GMT)" restates the time before it in another zone: that one is the expression.
    if (/(?:\d|[ap]\.?m\.?|[A-Z]{2,4})\s*\($/i.test(textBefore(ctx, 12))) return null
    // TIMEX3 marks a time given in UTC (or GMT) with Z; other zones are left as written.
    return onTheDay(`T${m[1]}:${m[2]}${m[3] === "UTC" || m[3] === "GMT" ? "Z" : ""}`, ctx, m[3], Number(m[1]))
  }
}

/**
 * "from 1700 to 2100 local time", "between 0900 and 1130 GMT": the wire clock opening a range, which takes the zone
 * written once after the closing one.
 */
export const wireClockRangeOpeningRule: Rule = {
  triggers: T.CLOCK,
  requires: T.DIGIT,
  // Resolved with the other times of day, after the sentence's dates.
  name: "time_of_day",
  priority: 6,
  pattern: /(?<=\b(?:[Ff]rom|[Bb]etween) )([01]\d|2[0-3])([0-5]\d)(?= (?:to|and|until) (?:[01]\d|2[0-3])[0-5]\d ?(UTC|GMT|BST|CET|[ECMP][SD]T|ET|local time)(?![\w]))/g,
  resolve: (m, ctx) => onTheDay(`T${m[1]}:${m[2]}${m[3] === "UTC" || m[3] === "GMT" ? "Z" : ""}`, ctx, m[3], Number(m[1]))
}

/** "4 in the morning", "10:30 in the evening": a clock time the part of the day puts before or after noon. */
export const clockInPartRule: Rule = {
  triggers: T.PART_OF_DAY,
  requires: T.DIGIT,
  // Resolved with the other times of day, after the sentence's dates.
  name: "time_of_day",
  priority: 6,
  pattern: /(?<![\w:.$£€])(\d{1,2})(?::(\d{2}))? (?:o'clock )?in the (morning|afternoon|evening)(?![\w])/g,
  resolve: (m, ctx) => {
    const hour = Number(m[1])
    const minute = m[2] === undefined ? 0 : Number(m[2])
    if (hour < 1 || hour > 12 || minute > 59) return null
    const h24 = (hour % 12) + (m[3] === "morning" ? 0 : 12)
    return onTheDay(`T${pad2(h24)}:${pad2(minute)}`, ctx)
  }
}
