import * as chrono from "chrono-node/en"
import { dayNumber, daysInMonth, formatDay, formatMonth } from "./calendar.js"
import { pickDayYear } from "./pick.js"
import { fixed, fromDct, type Resolution, type ResolveContext } from "./Rule.js"

/**
 * chrono-node as the base grammar for written-out calendar dates: "December 3", "Dec. 27,
 * 2019", "3 March 2019", "Monday, Oct. 12", "2019-12-27", "12/27/2019". chrono's strict parser
 * reads the many spellings; this layer keeps only the components chrono was told (not the ones
 * it implied from the reference date) and picks a missing year by tense, the way TIMEX3 wants.
 * Relative words, durations and sets are left to the rules, which know TIMEX3's conventions.
 */

/** Sentences worth giving to chrono: a month name next to a number, or a numeric date. chrono is the slow part. */
export const CHRONO_TRIGGER = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,? \d|\d(?:st|nd|rd|th)? (?:of )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\d{4}-\d\d-\d\d|\d\d?\/\d\d?\/\d\d/

export interface ChronoCandidate {
  /** UTF-16 offsets in the sentence. */
  readonly start: number
  readonly end: number
  readonly resolve: (ctx: ResolveContext) => Resolution | null
}

/**
 * chrono's strict English parser without its relative-duration parsers ("within 18 months",
 * "3 days ago"): those are the rules' job, and skipping them makes each parse cheaper. (Matched by
 * class name; should a bundler rename them, they are merely kept and their results filtered below.)
 */
const DATES = chrono.strict.clone()
DATES.parsers = DATES.parsers.filter((p) => !/^ENTimeUnit/.test(p.constructor.name))

const LEAP_YEAR_REFERENCE = new Date(Date.UTC(2000, 5, 15, 12))

const LEADING = /^(?:(?:[Oo]n|[Ii]n|[Bb]y|[Ff]rom|[Ss]ince|[Uu]ntil|[Tt]ill|[Tt]he|[Aa]t|[Oo]f)\s+)+/
const TRAILING = /[\s,.;:]+$/

const CHRONO_TRIGGER_ALL = new RegExp(CHRONO_TRIGGER.source, "g")

/** A unit or count right after a parsed date's number: " months", " percent", " million". */
const COUNTED_AFTER = /^\s+(?:months?|years?|weeks?|days?|hours?|percent|pct|per cent|million|billion|people)\b/

/**
 * The stretches of a sentence around each date-like spot, widened to word boundaries and merged:
 * chrono's cost grows with the text it reads, and a written date is never long.
 */
const windows = (sentence: string): Array<readonly [number, number]> => {
  const out: Array<[number, number]> = []
  CHRONO_TRIGGER_ALL.lastIndex = 0
  for (let m = CHRONO_TRIGGER_ALL.exec(sentence); m !== null; m = CHRONO_TRIGGER_ALL.exec(sentence)) {
    let from = Math.max(0, m.index - 28)
    let to = Math.min(sentence.length, m.index + m[0].length + 36)
    while (from > 0 && sentence.charCodeAt(from - 1) !== 32) from--
    while (to < sentence.length && sentence.charCodeAt(to) !== 32) to++
    const last = out[out.length - 1]
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to)
    else out.push([from, to])
  }
  return out
}

export const chronoCandidates = (sentence: string): ChronoCandidate[] => {
  const out: ChronoCandidate[] = []
  for (const [from, to] of windows(sentence)) addWindow(sentence, sentence.slice(from, to), from, out)
  return out
}

const addWindow = (sentence: string, text: string, offset: number, out: ChronoCandidate[]): void => {
  // The reference only serves chrono's own validation; a leap year keeps "February 29" valid.
  for (const found of DATES.parse(text, LEAP_YEAR_REFERENCE)) {
    const result = { index: found.index + offset, text: found.text, start: found.start, end: found.end }
    const components = [{ c: result.start, text: result.end === null || result.end === undefined ? result.text : rangeStartText(result.text) }]
    for (const { c, text } of components) {
      if (text === null) continue
      const month = c.isCertain("month") ? c.get("month") : null
      const day = c.isCertain("day") ? c.get("day") : null
      const year = c.isCertain("year") ? c.get("year") : null
      // Month-only and weekday-only parses are the rules' job (they know tense and "May").
      // Only written calendar dates: a month name or a numeric date (chrono also reads "within 18 months").
      if (month === null || month === undefined || !/\d/.test(text) || !/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\d[/-]\d/.test(text)) continue
      // Slash dates without a year ("3/4") are more often fractions or scores than dates.
      if (year === null && /\d\/\d/.test(text)) continue
      const lead = LEADING.exec(text)?.[0].length ?? 0
      let trimmed = text.slice(lead).replace(TRAILING, "")
      if (trimmed === "") continue
      const start = result.index + lead
      let told = year ?? null
      // "March 24/25", "Dec 8/9, 2011": two days of one month, not March 24 of 2025. The first day is this
      // date (in the year written after the pair, if any); the rules read the second.
      // (chrono stops before a one-digit second day, "July 6/7": the pair is then read on in the sentence.)
      const pair = DAY_PAIR.exec(/^[A-Z][a-z]+\.? \d{1,2}$/.test(trimmed) ? sentence.slice(start, start + trimmed.length + 4) : trimmed)
      if (pair !== null) {
        if (Number(pair[3]) <= Number(pair[2])) continue
        trimmed = pair[1]!
        told = pairYear(sentence, start + pair[0].length)
      }
      // "In October, 18 months after the disaster": the number counts something, it is no day of the month.
      if (COUNTED_AFTER.test(sentence.slice(start + trimmed.length, start + trimmed.length + 12))) continue
      // A clock time only when one is written ("at 1,015 francs" is not one o'clock).
      const hour = c.isCertain("hour") && /\d[:.]\d\d|\d\s*[ap]\.?m\b|noon|midnight/i.test(text) ? (c.get("hour") ?? null) : null
      const minute = c.isCertain("minute") ? (c.get("minute") ?? 0) : 0
      // As for times alone, a time given in UTC or GMT gets TIMEX3's Z.
      const zone = hour !== null && /\d\s*(?:[ap]\.?m\.?\s*)?\(?(?:UTC|GMT)\b/.test(trimmed) ? "Z" : ""
      out.push({ start, end: start + trimmed.length, resolve: withTime(resolver(told, month, day ?? null), hour, minute, zone) })
    }
    if (result.end !== null && result.end !== undefined) {
      // The end of a range ("June 3 to June 5") is its own TIMEX3 when it names a month again.
      const second = /(?:\s+(?:to|through|until|and)\s+|\s*[-–]\s*)((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[\s\S]*)$/.exec(result.text)
      const c = result.end
      if (second !== null && c.isCertain("month") && c.isCertain("day")) {
        const secondText = second[1]!.replace(TRAILING, "")
        const start = result.index + result.text.length - second[1]!.length
        out.push({ start, end: start + secondText.length, resolve: resolver(c.isCertain("year") ? (c.get("year") ?? null) : null, c.get("month")!, c.get("day") ?? null) })
      }
    }
  }
}

/** A month name, a day, a slash and a later day of the same month: "March 24/25", "Dec. 8/9". */
const DAY_PAIR = /^([A-Z][a-z]+\.? (\d{1,2}))\/(\d{1,2})(?![\d/])/

/** The year written right after a day pair ("March 13/14, 2009"), else null. */
const pairYear = (sentence: string, end: number): number | null => {
  const m = /^,? ((?:19|20)\d\d)(?!\d)/.exec(sentence.slice(end, end + 6))
  return m === null ? null : Number(m[1])
}

/**
 * The first date of a range: "June 3 to June 5" → "June 3", "April 9-10" → "April 9"; null for
 * "3-5 May", which the month grammar reads as the month it names once.
 */
const rangeStartText = (text: string): string | null => {
  const cut = /\s+(?:to|through|until|and)\s+|\s*[-–]\s*(?=[A-Z])|(?<=^[A-Z][a-z]+\.? \d{1,2})\s*[-–]\s*(?=\d{1,2}\b)/.exec(text)
  return cut === null ? null : text.slice(0, cut.index)
}

const resolver = (year: number | null, month: number, day: number | null) => (ctx: ResolveContext): Resolution | null => {
  if (day !== null && (day < 1 || day > 31)) return null
  if (year !== null) {
    if (day === null) return fixed("DATE", formatMonth(year, month), 0.95)
    return fixed("DATE", formatDay(dayNumber(year, month, Math.min(day, daysInMonth(year, month)))), 0.95)
  }
  if (day === null) return null
  if (ctx.dct === null) return fixed("DATE", `XXXX-${pad(month)}-${pad(day)}`, 0.5)
  const y = pickDayYear(ctx.dct, month, day, ctx.tense)
  return fromDct("DATE", formatDay(dayNumber(y, month, Math.min(day, daysInMonth(y, month)))), 0.85)
}

/** "5 p.m. EST Nov. 9": chrono read a time with the date, so the whole is a TIME. */
const withTime = (resolve: (ctx: ResolveContext) => Resolution | null, hour: number | null, minute: number, zone: string) => (ctx: ResolveContext): Resolution | null => {
  const r = resolve(ctx)
  if (r === null || hour === null || !/^\d{4}-\d\d-\d\d$|^XXXX-\d\d-\d\d$/.test(r.value)) return r
  return { ...r, type: "TIME", value: `${r.value}T${pad(hour)}:${pad(minute)}${zone}` }
}

const pad = (n: number): string => (n < 10 ? "0" : "") + String(n)
