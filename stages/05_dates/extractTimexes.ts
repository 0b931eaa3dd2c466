import { CodePointIndex } from "../../pipeline/text/codePoints.js"
import type { SentenceRow } from "../03_sentences/schema.js"
import { dayNumber, pad2 } from "./calendar.js"
import { CHRONO_TRIGGER, chronoCandidates } from "./chronoDates.js"
import { isComparedDay, isMarketQuote } from "./comparisonDay.js"
import { datelineDay, isLeadDatedBureau } from "./datelineDay.js"
import { RULES } from "./rules.js"
import type { Resolution, ResolveContext } from "./Rule.js"
import type { TimexRow } from "./schema.js"
import { tenseAt } from "./tense.js"
import { DIGIT, MONTH, NUMERIC_DATE, triggerMask } from "./triggers.js"
import { periodGranularity, valueRange } from "./valueRange.js"
import { alignPossessiveWeekdays, type SentenceTimex } from "./weekdayAgreement.js"

interface Candidate {
  readonly start: number
  readonly end: number
  readonly priority: number
  readonly rule: string
  readonly resolve: (ctx: ResolveContext) => Resolution | null
}

/**
 * A day the story named: where (code points), whether as a possessive ("yesterday's close") or a point of
 * comparison ("a premium to the price on Thursday"), which times of day do not take, in which sentence (counted from 1), and whether a clock time was read on it.
 */
export interface NarrativeDay {
  readonly day: number
  readonly start: number
  readonly byName: boolean
  readonly sentence: number
  readonly clocked: boolean
}

/**
 * What the document said so far. `base` and `index` turn an offset in the current sentence
 * (UTF-16) into a document offset: base + the code-point offset within the sentence.
 */
export interface Narrative {
  /** Last day-precise date. */
  previous: NarrativeDay | null
  /** The story's first day-precise date that names no thing: the day its lead is about. */
  lead: NarrativeDay | null
  /** Sentences read so far. */
  sentence: number
  previousQuarter: number | null
  /** Where that quarter was named (code points), the anchor of what is resolved from it. */
  previousQuarterStart: number | null
  /** Whether that quarter was named as ended ("the quarter ended May 31"), see ResolveContext.previousQuarterEnded. */
  previousQuarterEnded: boolean
  /** Last year or month the narrative named (from any dated expression), for "that year", "the following month". */
  previousPeriod: NarrativePeriod | null
  /**
   * The period before a year this sentence only compared with (see isComparedPeriod): the next sentence goes back
   * to it. Undefined when the last period named was no comparison.
   */
  periodBeforeComparison: NarrativePeriod | null | undefined
  base: number
  index: CodePointIndex | null
  /** The stamp's own day when the dateline moved publication to the next one by its lead (see ResolveContext.spokenDay), else null. */
  spokenDay: number | null
  /** The stamp's own day when an Asian bureau's dateline moved publication to its next day, else null. */
  stampDay: number | null
}

/** A year, or a month of a year, and where it was named (code points). */
export interface NarrativePeriod {
  readonly year: number
  readonly month: number | null
  readonly start: number
}

export const newNarrative = (): Narrative => ({
  previous: null, lead: null, sentence: 0, previousQuarter: null, previousQuarterStart: null, previousQuarterEnded: false, previousPeriod: null,
  periodBeforeComparison: undefined, base: 0, index: null, spokenDay: null, stampDay: null
})

const documentOffset = (narrative: Narrative, utf16: number): number =>
  narrative.base + (narrative.index === null ? utf16 : narrative.index.toCodePoint(utf16))

/** Day number of a publication date "YYYY-MM-DD[…]", or null. */
export const dctDay = (publishedAt: string | null | undefined): number | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt ?? "")
  return m === null ? null : dayNumber(Number(m[1]), Number(m[2]), Number(m[3]))
}

/** One expression found in a sentence (UTF-16 offsets in it), before it becomes a table row; the evaluation scores these. */
export interface TextTimex {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly type: string
  readonly value: string
  readonly rule: string
  readonly anchorStart: number | null
  readonly anchor: "published_at" | "previous" | "none"
  readonly confidence: number
}

// The rules' gates as flat arrays: the loop below runs for every sentence, and the rule objects
// differ in shape, so reading their fields there would go through slow polymorphic lookups.
const RULE_COUNT = RULES.length
const RULE_TRIGGERS = Int32Array.from(RULES, (r) => r.triggers)
const RULE_REQUIRES = Int32Array.from(RULES, (r) => r.requires ?? -1)
const RULE_PATTERNS: ReadonlyArray<RegExp> = RULES.map((r) => r.pattern)

/** Timexes of one sentence, in order; `narrative` carries the previous date across sentences. */
export const timexesOfSentence = (original: string, dct: number | null, narrative: Narrative, useChrono = true): TextTimex[] => {
  // Hard-wrapped wire copy breaks lines inside a sentence ("retroactive to September\n2."): the
  // grammar reads any line break or tab as a space, which keeps every offset, and the rows keep the original text.
  narrative.sentence++
  if (narrative.periodBeforeComparison !== undefined) {
    narrative.previousPeriod = narrative.periodBeforeComparison
    narrative.periodBeforeComparison = undefined
  }
  const wrapped = LINE_BREAK.test(original)
  const sentence = wrapped ? original.replace(LINE_BREAKS, " ") : original
  const found = timexesOfText(sentence, dct, narrative, useChrono)
  return wrapped ? found.map((t) => ({ ...t, text: original.slice(t.start, t.end) })) : found
}

const LINE_BREAK = /[\r\n\t]/
const LINE_BREAKS = /[\r\n\t]/g

const timexesOfText = (sentence: string, dct: number | null, narrative: Narrative, useChrono: boolean): TextTimex[] => {
  const mask = triggerMask(sentence)
  if (mask === 0) return []
  const candidates: Candidate[] = []
  for (let r = 0; r < RULE_COUNT; r++) {
    if ((RULE_TRIGGERS[r]! & mask) === 0 || (RULE_REQUIRES[r]! & mask) === 0) continue
    const rule = RULES[r]!
    const pattern = RULE_PATTERNS[r]!
    pattern.lastIndex = 0
    for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
      if (m[0].length === 0) {
        pattern.lastIndex++
        continue
      }
      const match = m
      candidates.push({ start: m.index, end: m.index + m[0].length, priority: rule.priority, rule: rule.name, resolve: (ctx) => rule.resolve(match, ctx) })
    }
  }
  if (useChrono && ((mask & (DIGIT | MONTH)) === (DIGIT | MONTH) || (mask & NUMERIC_DATE) !== 0) && CHRONO_TRIGGER.test(sentence)) {
    for (const c of chronoCandidates(sentence)) candidates.push({ start: c.start, end: c.end, priority: 1, rule: "chrono_date", resolve: c.resolve })
  }
  if (candidates.length === 0) return []
  // A longer match that its rule then refuses ("two days before the vote" is no offset) must not
  // hide the shorter ones it overlapped ("two days"): choose again without it, from the same
  // narrative. Refusals are rare, so this loop almost always runs once.
  // The whole narrative is kept, so that a field added to it is restored without being listed here.
  const before: Narrative = { ...narrative }
  let pool = candidates
  for (;;) {
    const refused: Candidate[] = []
    const found = resolveSentence(sentence, dct, narrative, choose(pool), refused)
    if (refused.length === 0) return found
    Object.assign(narrative, before)
    pool = pool.filter((c) => !refused.includes(c))
  }
}

/** Longest match first, then higher priority, then earlier; overlapping losers are dropped. */
const choose = (pool: ReadonlyArray<Candidate>): Candidate[] => {
  const candidates = [...pool]
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start)
  const kept: Candidate[] = []
  for (const c of candidates) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c)
  }
  return kept.sort((a, b) => a.start - b.start)
}

const SURROGATE = /[\uD800-\uDFFF]/

const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})/
/** A time with a clock reading ("2014-01-06T21:30"), not a part of a day. */
const CLOCK_VALUE = /T\d/
const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/
/** A year, a month or a day ("1988", "1988-04", "1988-04-12T…"), not a week, quarter or season. */
const PERIOD_VALUE = /^(\d{4})(?:-(\d{2})(?:-\d{2}(?:T.*)?)?)?$/

/** A day-precise date of the sentence, where it is, and whether it names a thing ("yesterday's close") or a compared day. */
interface SentenceDay {
  readonly day: number
  readonly start: number
  readonly end: number
  readonly byName: boolean
  /** A shift from another date ("a week later"), which says when something else happened, not what day a clock time is on. */
  readonly shift: boolean
}

/** How far after a clock time its day may come in the sentence ("at 9 a.m., as planned on Monday"). */
const DAY_AFTER_TIME = 40

/**
 * The day a clock time at [start, end) is on: the last date before it in the sentence, else one
 * shortly after it; never a possessive ("0.3 above the 1100 GMT level, unchanged from
 * yesterday's close" is today's 11:00).
 */
const dayForTime = (sentence: string, days: ReadonlyArray<SentenceDay>, start: number, end: number): number | null => {
  let before: number | null = null
  for (const d of days) {
    // "compared with yesterday midday", "yesterday's 1100 GMT fixing": a day written right before the time is its own,
    // even a possessive or a compared one.
    if (d.end <= start && start - d.end <= 6 && DAY_BEFORE_TIME.test(sentence.slice(d.end, start))) {
      before = d.day
      continue
    }
    if (d.byName || (d.shift && d.start >= end)) continue
    // "police said early today that about 10:30 p.m. Monday a man …": the day written right after the time is its own.
    if (d.start >= end && ADJACENT_DAY.test(sentence.slice(end, d.start))) return d.day
    if (d.end <= start) before = d.day
    else if (d.start >= end && before === null && d.start - end <= DAY_AFTER_TIME) return d.day
  }
  return before
}

const POSSESSIVE_AFTER = /^['’]s\b/

/** An opening parenthesis just before a date, perhaps with a short label: "(", "(DOB ", "(B/M ". */
const IN_PARENTHESES = /\((?:[A-Za-z/.]{1,5}:? )?$/

/** What may stand between a day and a time on it: "Tuesday 9 a.m.", "Tuesday at 9 a.m.", "yesterday's 9 a.m. price". */
const DAY_BEFORE_TIME = /^(?:['’]s)?,? (?:at )?$/

/** What may stand between a time and the day it is on: "9 a.m. Tuesday", "9 a.m., Tuesday", "9 a.m. on Tuesday". */
const ADJACENT_DAY = /^,? (?:on )?$/

/** Dates first (so times of day can take the sentence's day), then times; each updates the narrative. */
const resolveSentence = (sentence: string, dct: number | null, narrative: Narrative, chosen: Candidate[], refused: Candidate[]): TextTimex[] => {
  const resolved: Array<TextTimex | null> = chosen.map(() => null)
  let sentenceDay: number | null = null
  const days: SentenceDay[] = []
  // Times fall back on the narrative as it stood before this sentence, not on a date later in it ... unless that
  // day was named two or more sentences back, before the lead's day (itself not after publication), and no clock
  // time was read on it: a date the story looked back to ("stolen March 25", "said on February 19 it would ...")
  // is not the day a later clock time is on, while a day that times were told on ("Calls Saturday: 10:35 p.m., ...") is.
  const prior = narrative.previous?.byName === true ? null : narrative.previous
  const lead = narrative.lead
  const background = prior !== null && lead !== null && !prior.clocked && prior.sentence < narrative.sentence - 2 && prior.day < lead.day && (dct === null || lead.day <= dct)
  const narrativeDay = background ? lead : prior
  // A clock in a market quote with no day of its own is on publication's day (the bureau's, see datelineDay), not on
  // one an earlier sentence looked back to. Asked only when the sentence has a clock time.
  let clockDay: NarrativeDay | null | undefined
  const storyDay = (): NarrativeDay | null => {
    if (clockDay === undefined) clockDay = dct !== null && narrativeDay !== null && isMarketQuote(sentence) ? null : narrativeDay
    return clockDay
  }
  for (const pass of [0, 1]) {
    for (let i = 0; i < chosen.length; i++) {
      const c = chosen[i]!
      if ((c.rule === "time_of_day") !== (pass === 1)) continue
      // A time of day takes a day of its own sentence, else the narrative's (not a possessive's), else publication's.
      const previous = pass === 1 ? storyDay() : narrative.previous
      const ctx: ResolveContext = {
        dct,
        spokenDay: narrative.spokenDay ?? dct,
        stampDay: narrative.stampDay ?? dct,
        // Tense costs two scans of the sentence; only date rules that pick a direction ask for it.
        get tense() {
          return tenseAt(sentence, c.start, c.end - c.start)
        },
        previous,
        previousQuarter: narrative.previousQuarter,
        previousQuarterEnded: narrative.previousQuarterEnded,
        previousPeriod: narrative.previousPeriod,
        sentence,
        index: c.start,
        length: c.end - c.start,
        sentenceDay: pass === 1 ? dayForTime(sentence, days, c.start, c.end) : sentenceDay
      }
      const r = c.resolve(ctx)
      if (r === null) {
        refused.push(c)
        continue
      }
      resolved[i] = {
        start: c.start, end: c.end, text: sentence.slice(c.start, c.end), type: r.type, value: r.value, rule: c.rule,
        anchor: r.anchor, anchorStart: r.anchor === "previous" ? (r.anchorStart ?? previousAnchorStart(narrative, r.value)) : null, confidence: r.confidence
      }
      const period = r.type === "DATE" || r.type === "TIME" ? PERIOD_VALUE.exec(r.value) : null
      // A period set beside another ("from the same period a year earlier") does not move the story's time.
      if (period !== null && c.rule !== "quarter_reference") {
        // A year only compared with serves the rest of its sentence ("compared with 1.1 billion in 1986 and 0.4 billion
        // the previous year"), then the story's period comes back.
        if (!isComparedPeriod(narrative, sentence, c.start, r, period)) narrative.periodBeforeComparison = undefined
        else if (narrative.periodBeforeComparison === undefined) narrative.periodBeforeComparison = narrative.previousPeriod
        narrative.previousPeriod = { year: Number(period[1]), month: period[2] === undefined ? null : Number(period[2]), start: documentOffset(narrative, c.start) }
      }
      const day = DAY_VALUE.exec(r.value)
      if (day !== null && r.type !== "DURATION" && r.type !== "SET") {
        const n = dayNumber(Number(day[1]), Number(day[2]), Number(day[3]))
        if (sentenceDay === null) sentenceDay = n
        // A possessive ("yesterday's close") or a compared day ("a premium to the price on Thursday") is no day clocks are on.
        const byName = POSSESSIVE_AFTER.test(sentence.slice(c.end, c.end + 3)) || isComparedDay(sentence, c.start)
        days.push({ day: n, start: c.start, end: c.end, byName, shift: c.rule === "offset" })
        // "arrested Marco Cantu (8/23/1976)": a birth date in parentheses is no day of the story.
        if (!(dct !== null && n < dct - 366 && IN_PARENTHESES.test(sentence.slice(Math.max(0, c.start - 8), c.start)) && sentence.startsWith(")", c.end))) {
          const clocked = CLOCK_VALUE.test(r.value) || (narrative.previous !== null && narrative.previous.day === n && narrative.previous.clocked)
          narrative.previous = { day: n, start: documentOffset(narrative, c.start), byName, sentence: narrative.sentence, clocked }
          if (narrative.lead === null && !byName) narrative.lead = narrative.previous
        }
      }
      const quarter = QUARTER_VALUE.exec(r.value)
      // Only a quarter named for itself becomes the one later comparisons ("a year earlier") refer to.
      // A comparison resolved from that quarter ("last year's quarter") does not replace it.
      if (quarter !== null && (c.rule === "quarter" || c.rule === "relative_unit") && r.anchor !== "previous") {
        narrative.previousQuarter = Number(quarter[1]) * 4 + Number(quarter[2]) - 1
        narrative.previousQuarterStart = documentOffset(narrative, c.start)
        narrative.previousQuarterEnded = r.ended === true
      }
    }
  }
  return mergeTimeWithDay(sentence, resolved.filter((t): t is TextTimex => t !== null))
}

/**
 * A year the story only compares with, which later sentences do not count back from: one counted back from
 * the narrative's ("up 5 percent in 2012, after 9 percent the year before"), or one named as the point of
 * comparison ("16 days in 2012, compared with 54 days in 2011"). The year compared with stays the story's, so
 * a "the previous year" in a later sentence is the year before it, not two years back.
 */
const isComparedPeriod = (narrative: Narrative, sentence: string, start: number, r: Resolution, period: RegExpExecArray): boolean => {
  if (period[2] !== undefined || narrative.previousPeriod === null) return false
  if (r.anchor === "previous") return Number(period[1]) < narrative.previousPeriod.year
  return isComparedDay(sentence, start)
}

/**
 * What a value resolved from the narrative was counted from, when its rule did not say: a quarter
 * ("the previous quarter", "a year earlier" in earnings news) from the quarter named last, anything
 * else from the last day-precise date.
 */
const previousAnchorStart = (narrative: Narrative, value: string): number | null =>
  (QUARTER_VALUE.test(value) ? narrative.previousQuarterStart : null) ?? narrative.previous?.start ?? null

/** A day, or a part of one ("2014-01-06TMO"), that a clock time next to it makes precise. */
const DAY_OR_PART = /^\d{4}-\d{2}-\d{2}(?:T(?:MO|AF|EV|NI))?$/

/**
 * "9 a.m. Tuesday", "Friday at 7 p.m.", "1 a.m. Saturday morning": a time and an adjacent day are
 * one TIME expression; so are a bare clock figure and the part of a day after it ("about 4:30 Friday afternoon").
 */
const mergeTimeWithDay = (sentence: string, timexes: TextTimex[]): TextTimex[] => {
  const out: TextTimex[] = []
  for (let i = 0; i < timexes.length; i++) {
    const a = withBareClock(sentence, timexes[i]!)
    const b = timexes[i + 1]
    if (b !== undefined && /^,? (?:on |at )?$/.test(sentence.slice(a.end, b.start))) {
      const time = a.rule === "time_of_day" ? a : b.rule === "time_of_day" ? b : null
      const day = time === a ? b : a
      // "at 8:30 a.m., a week later than planned": a shift after the clock is no day it sits on.
      if (time !== null && day.rule !== "time_of_day" && !(day === b && day.rule === "offset") && DAY_OR_PART.test(day.value) && time.value.startsWith(day.value.slice(0, 10))) {
        out.push({ ...time, start: a.start, end: b.end, text: sentence.slice(a.start, b.end), anchor: day.anchor, anchorStart: day.anchorStart, confidence: Math.min(a.confidence, b.confidence) })
        i++
        continue
      }
    }
    out.push(a)
  }
  return out
}

/** "around 7:30 Monday morning": the clock figure, after a word that introduces a time, with the part of the day after it. */
const BARE_CLOCK_BEFORE = /\b(?:at|about|around|approximately|before|after|until|by) (\d{1,2})(?::([0-5]\d))? $/

/** A part of a day with a bare clock figure just before it becomes that time; the part says whether it is a.m. or p.m. */
const withBareClock = (sentence: string, t: TextTimex): TextTimex => {
  const part = t.type === "TIME" ? /^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)$/.exec(t.value) : null
  if (part === null) return t
  const m = BARE_CLOCK_BEFORE.exec(sentence.slice(Math.max(0, t.start - 20), t.start))
  if (m === null) return t
  const hour = Number(m[1])
  if (hour < 1 || hour > 12) return t
  // A night's "12:30" or "2" is past midnight, on the next day: left as it was.
  let h24: number
  if (part[2] === "MO") h24 = hour % 12
  else if (part[2] === "AF") h24 = hour === 12 ? 12 : hour + 12
  else if (hour >= 5 && hour <= 11) h24 = hour + 12
  else return t
  const start = t.start - m[0].length + m[0].indexOf(m[1]!)
  return { ...t, start, text: sentence.slice(start, t.end), value: `${part[1]}T${pad2(h24)}:${m[2] ?? "00"}`, rule: "time_of_day" }
}

/** One row of the `timexes` table for an expression found at [start, end) (code points) of a document. */
const timexRow = (docId: string, sentenceId: number, start: number, end: number, t: TextTimex): TimexRow => {
  const range = t.type === "DATE" || t.type === "TIME" ? valueRange(t.value) : { dateStart: null, dateEnd: null, granularity: periodGranularity(t.value) }
  return {
    doc_id: docId,
    sentence_id: sentenceId,
    start,
    end,
    text: t.text,
    type: t.type,
    value: t.value,
    date_start: range.dateStart,
    date_end: range.dateEnd,
    granularity: range.granularity,
    anchor: t.anchor === "previous" ? (t.anchorStart === null ? "none" : `timex@${t.anchorStart}`) : t.anchor,
    rule: t.rule,
    confidence: t.confidence
  }
}

/** Rows of the `timexes` table for one document, from its sentences. */
export const extractTimexes = (docId: string, publishedAt: string | null, sentences: ReadonlyArray<SentenceRow>): TimexRow[] => {
  // A story datelined in Tokyo and stamped in a New York evening is about the Tokyo day.
  const stampDay = dctDay(publishedAt)
  const movedDay = datelineDay(publishedAt, sentences[0]?.text)
  const dct = movedDay ?? stampDay
  const narrative = newNarrative()
  // A western bureau's story moved to its coming day speaks of that day's clock times too; an Asian one's quotes
  // western markets on the stamp's day (see onTheDay).
  if (movedDay !== null && isLeadDatedBureau(sentences[0]?.text)) narrative.spokenDay = stampDay
  else if (movedDay !== null) narrative.stampDay = stampDay
  const rows: TimexRow[] = []
  // Weekdays named by a possessive ("Thursday's vote") and the sentences around them, for the story-wide agreement below.
  const weekdays: SentenceTimex[] = []
  const weekdayRows: number[] = []
  let possessive = false
  for (const s of sentences) {
    // Sentence offsets are code points; the sentence text is UTF-16, so convert within it.
    narrative.base = s.start
    narrative.index = SURROGATE.test(s.text) ? new CodePointIndex(s.text) : null
    for (const t of timexesOfSentence(s.text, dct, narrative)) {
      if (t.rule === "weekday") {
        weekdays.push({ sentence: s.text, timex: t })
        weekdayRows.push(rows.length)
        const next = s.text.charCodeAt(t.end)
        if (next === 39 || next === 8217) possessive = true
      }
      rows.push(timexRow(docId, s.sentence_id, documentOffset(narrative, t.start), documentOffset(narrative, t.end), t))
    }
  }
  if (possessive && weekdays.length > 1) {
    const agreed = alignPossessiveWeekdays(weekdays, dct)
    for (let i = 0; i < agreed.length; i++) {
      const row = rows[weekdayRows[i]!]!
      if (agreed[i] !== weekdays[i]!.timex) rows[weekdayRows[i]!] = timexRow(docId, row.sentence_id, row.start, row.end, agreed[i]!)
    }
  }
  pointAnchorsAtStarts(rows)
  return rows
}

/**
 * A day that a clock time was joined to after later expressions were anchored on it ("Tuesday"
 * becoming "Tuesday at 9:52 a.m.") starts earlier than it did: point "timex@N" at the start of
 * the row that covers N, so that an anchor always names a row's start. Rows are in document order.
 */
const pointAnchorsAtStarts = (rows: TimexRow[]): void => {
  for (let i = 0; i < rows.length; i++) {
    const anchor = rows[i]!.anchor
    if (!anchor.startsWith("timex@")) continue
    const at = Number(anchor.slice(6))
    // The last earlier row starting at or before N (rows are in document order): a binary search,
    // as an article may hold tens of thousands of rows.
    let lo = 0
    let hi = i - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (rows[mid]!.start <= at) lo = mid
      else hi = mid - 1
    }
    const covering = i > 0 && rows[lo]!.start <= at && at < rows[lo]!.end ? rows[lo]! : undefined
    if (covering !== undefined && covering.start !== at) rows[i] = { ...rows[i]!, anchor: `timex@${covering.start}` }
  }
}
