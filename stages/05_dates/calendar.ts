/**
 * Calendar arithmetic on plain day numbers (days since 1970-01-01, UTC), so that resolution
 * never touches time zones or `Date` objects in the hot path.
 */

export interface Ymd {
  readonly year: number
  readonly month: number
  readonly day: number
}

export const dayNumber = (year: number, month: number, day: number): number => Math.floor(Date.UTC(year, month - 1, day) / 86_400_000)

/** Civil date of a day number, by integer arithmetic (days-to-civil over 400-year eras), without a Date. */
export const fromDayNumber = (n: number): Ymd => {
  const z = n + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const isoWeekday = (n: number): number => ((((n + 3) % 7) + 7) % 7) + 1

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

const pad2 = (n: number): string => (n < 10 ? "0" : "") + String(n)
const pad4 = (n: number): string => String(n).padStart(4, "0")

export const formatYear = (year: number): string => pad4(year)
export const formatMonth = (year: number, month: number): string => `${pad4(year)}-${pad2(month)}`
export const formatDay = (n: number): string => {
  const { year, month, day } = fromDayNumber(n)
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`
}

/** ISO 8601 week of a day: the week-numbering year and the week (1–53). */
export const isoWeek = (n: number): { readonly year: number; readonly week: number } => {
  const thursday = n - isoWeekday(n) + 4
  const year = fromDayNumber(thursday).year
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1
  return { year, week }
}

export const formatWeek = (n: number): string => {
  const { year, week } = isoWeek(n)
  return `${pad4(year)}-W${pad2(week)}`
}

/** Monday of ISO week `week` of `year`. */
export const mondayOfIsoWeek = (year: number, week: number): number => {
  const jan4 = dayNumber(year, 1, 4)
  return jan4 - isoWeekday(jan4) + 1 + (week - 1) * 7
}

/** Adds months, clamping the day to the target month's length. */
export const addMonths = (year: number, month: number, delta: number): { readonly year: number; readonly month: number } => {
  const index = year * 12 + (month - 1) + delta
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 }
}

export { pad2 }
