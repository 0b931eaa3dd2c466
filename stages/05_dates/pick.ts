import { dayNumber, daysInMonth, fromDayNumber, isoWeekday } from "./calendar.js"
import type { Tense } from "./tense.js"

/**
 * Tense-aware choices a careful reader makes when a date names less than it means: which
 * Monday, which October, which year for "December 3".
 */

/** `on-or-before` for reporting ("said on Monday"), `after` for "next Monday", and so on. */
export type Direction = "on-or-before" | "before" | "on-or-after" | "after"

export const directionOf = (tense: Tense): Direction => (tense === "future" ? "on-or-after" : "on-or-before")

/** The weekday `weekday` (1 = Monday) nearest to `dct` in the given direction. */
export const pickWeekday = (dct: number, weekday: number, direction: Direction): number => {
  const today = isoWeekday(dct)
  switch (direction) {
    case "on-or-before":
      return dct - ((today - weekday + 7) % 7)
    case "before":
      return dct - (((today - weekday + 6) % 7) + 1)
    case "on-or-after":
      return dct + ((weekday - today + 7) % 7)
    case "after":
      return dct + (((weekday - today + 6) % 7) + 1)
  }
}

/** The year of a month named alone: the most recent one not after publication, or the next one in future text. */
export const pickMonthYear = (dct: number, month: number, direction: Direction): number => {
  const { year, month: current } = fromDayNumber(dct)
  switch (direction) {
    case "on-or-before":
      return month <= current ? year : year - 1
    case "before":
      return month < current ? year : year - 1
    case "on-or-after":
      return month >= current ? year : year + 1
    case "after":
      return month > current ? year : year + 1
  }
}

/**
 * How much further a reader would go in the direction the tense does not point: past text
 * reaches forward only for near dates ("payable Jan. 2", said in November), future text rarely
 * reaches back. Text without tense leans to the past, as news reports do.
 */
const FORWARD_COST: Readonly<Record<Tense, number>> = { past: 3, past_adjacent: 1000, none: 1.5, future: 1 }
const BACKWARD_COST: Readonly<Record<Tense, number>> = { past: 1, past_adjacent: 1, none: 1, future: 3 }

const cheapest = (candidates: ReadonlyArray<number>, distance: (candidate: number) => number, tense: Tense): number => {
  let best = candidates[0]!
  let bestCost = Infinity
  for (const c of candidates) {
    const d = distance(c)
    const cost = d >= 0 ? d * FORWARD_COST[tense] : -d * BACKWARD_COST[tense]
    // A tie (June, three months either side of a March publication) goes to the earlier one in text that reports.
    if (cost < bestCost || (cost === bestCost && tense !== "future" && c < best)) {
      best = c
      bestCost = cost
    }
  }
  return best
}

/** The year of a month and day without one: the nearest such date, weighed by tense. */
export const pickDayYear = (dct: number, month: number, day: number, tense: Tense): number => {
  const { year } = fromDayNumber(dct)
  const at = (y: number): number => dayNumber(y, month, Math.min(day, daysInMonth(y, month)))
  return cheapest([year, year - 1, year + 1], (y) => at(y) - dct, tense)
}

/** The year of a month named alone ("in January"): the nearest such month, weighed by tense. */
export const pickNearestMonthYear = (dct: number, month: number, tense: Tense): number => {
  const { year, month: current } = fromDayNumber(dct)
  return cheapest([year, year - 1, year + 1], (y) => (y - year) * 12 + month - current, tense)
}

/** Season codes in calendar order; winter belongs to the year of its December. */
const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 }

/** Year of the season `code` relative to publication ("last summer", "this winter"). */
export const pickSeasonYear = (dct: number, code: string, which: "last" | "this" | "next"): number => {
  const { year, month } = fromDayNumber(dct)
  // The season publication falls in, as a comparable number year*12 + start month.
  const currentStartMonth = month >= 12 ? 12 : month >= 9 ? 9 : month >= 6 ? 6 : month >= 3 ? 3 : 0
  const current = currentStartMonth === 0 ? (year - 1) * 12 + 12 : year * 12 + currentStartMonth
  const start = SEASON_START[code] ?? 6
  const currentYear = Math.floor((current - 1) / 12)
  const candidates = [currentYear - 1, currentYear, currentYear + 1].map((y) => ({ y, at: y * 12 + start }))
  if (which === "last") return [...candidates].reverse().find((c) => c.at < current)?.y ?? currentYear - 1
  if (which === "next") return candidates.find((c) => c.at > current)?.y ?? currentYear + 1
  // "this summer": the one in the publication's year; winter of a January belongs to the previous December.
  return start === 12 && month < 3 ? year - 1 : year
}
