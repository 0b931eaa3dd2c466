import { addMonths, dayNumber, daysInMonth, formatDay, mondayOfIsoWeek } from "./calendar.js"

export interface ValueRange {
  /** Inclusive ISO day range, or null when the value names no definite stretch of the calendar. */
  readonly dateStart: string | null
  readonly dateEnd: string | null
  readonly granularity: string
}

const SEASON_MONTHS: Readonly<Record<string, readonly [number, number]>> = {
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  WI: [12, 14]
}

const range = (first: number, last: number, granularity: string): ValueRange => ({
  dateStart: formatDay(first),
  dateEnd: formatDay(last),
  granularity
})

const monthRange = (year: number, fromMonth: number, toMonth: number, granularity: string): ValueRange => {
  const end = addMonths(year, fromMonth, toMonth - fromMonth)
  return range(dayNumber(year, fromMonth, 1), dayNumber(end.year, end.month, daysInMonth(end.year, end.month)), granularity)
}

/**
 * The calendar days a TIMEX3 DATE/TIME value covers, and its granularity, read back from the
 * value itself so that the range can never disagree with it. Values with X placeholders or
 * references (PRESENT_REF…) get a granularity but no range.
 */
export const valueRange = (value: string): ValueRange => {
  let m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value)
  if (m !== null) {
    const n = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]))
    return range(n, n, m[4] === undefined ? "day" : /^T\d/.test(m[4]) ? "minute" : "part_of_day")
  }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value)
  if (m !== null) {
    const monday = mondayOfIsoWeek(Number(m[1]), Number(m[2]))
    return m[3] === undefined ? range(monday, monday + 6, "week") : range(monday + 5, monday + 6, "weekend")
  }
  m = /^(\d{4})-(\d{2})$/.exec(value)
  if (m !== null) return monthRange(Number(m[1]), Number(m[2]), Number(m[2]), "month")
  m = /^(\d{4})-Q([1-4])$/.exec(value)
  if (m !== null) {
    const q = Number(m[2])
    return monthRange(Number(m[1]), q * 3 - 2, q * 3, "quarter")
  }
  m = /^(\d{4})-H([12])$/.exec(value)
  if (m !== null) return monthRange(Number(m[1]), m[2] === "1" ? 1 : 7, m[2] === "1" ? 6 : 12, "half_year")
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value)
  if (m !== null) {
    const [from, to] = SEASON_MONTHS[m[2]!]!
    return monthRange(Number(m[1]), from, to, "season")
  }
  m = /^(\d{4})$/.exec(value)
  if (m !== null) return range(dayNumber(Number(m[1]), 1, 1), dayNumber(Number(m[1]), 12, 31), "year")
  m = /^(\d{3})$/.exec(value)
  if (m !== null) {
    const y = Number(m[1]) * 10
    return range(dayNumber(y, 1, 1), dayNumber(y + 9, 12, 31), "decade")
  }
  m = /^(\d{2})$/.exec(value)
  if (m !== null) {
    const y = Number(m[1]) * 100
    return range(dayNumber(y, 1, 1), dayNumber(y + 99, 12, 31), "century")
  }
  if (value.endsWith("_REF")) return { dateStart: null, dateEnd: null, granularity: "reference" }
  return { dateStart: null, dateEnd: null, granularity: unresolvedGranularity(value) }
}

const unresolvedGranularity = (value: string): string => {
  if (/^XXXX-XX-XX/.test(value) || /^XXXX-WXX-\d/.test(value) || /^XXXX-\d{2}-\d{2}$/.test(value)) return value.includes("T") ? "minute" : "day"
  if (/-W/.test(value)) return "week"
  if (/^XXXX-(XX|\d{2})$/.test(value)) return "month"
  if (/^XXXX-Q/.test(value)) return "quarter"
  if (/^XXXX-(SP|SU|FA|WI)$/.test(value)) return "season"
  if (value === "XXXX") return "year"
  return "unknown"
}

/** Granularity of a DURATION or SET value (P5W → week). */
export const periodGranularity = (value: string): string => {
  const unit = value.at(-1)
  if (value.startsWith("PT")) return unit === "H" ? "hour" : unit === "M" ? "minute" : "second"
  switch (unit) {
    case "D": return "day"
    case "W": return "week"
    case "M": return "month"
    case "Q": return "quarter"
    case "Y": return "year"
    case "E": return value.endsWith("DE") ? "decade" : "century"
    default: return "unknown"
  }
}
