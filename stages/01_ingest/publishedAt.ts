/**
 * Publication dates arrive as whatever the metadata holds. Later stages resolve "Monday" against
 * this value, so a wrong date is worse than none: only real calendar dates in the ISO forms
 * below, in plausible years, are accepted, and everything else comes back as null with a reason the caller can report.
 */

/** Either a normalized value, or null and why. */
export type PublishedAt =
  | { readonly value: string; readonly reason: null }
  | { readonly value: null; readonly reason: string }

const MIN_YEAR = 1800
const MAX_YEAR = 2200
const EXPECTED = `expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM] with a year from ${MIN_YEAR} to ${MAX_YEAR}`

// One anchored pattern, so a value is either fully understood or refused.
// Groups: year, month, day, hour, minute, second, fraction, offset.
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/

const daysInMonth = (year: number, month: number): number => {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

const refuse = (raw: string, why: string): PublishedAt => ({
  value: null,
  reason: `published_at "${raw}" is not a valid date (${why}); ${EXPECTED}`
})

/** `+0530` and `+05` become `+05:30` and `+05:00`; `z` becomes `Z`. */
const normalizeOffset = (offset: string): string => {
  if (offset === "Z" || offset === "z") return "Z"
  const digits = offset.slice(1).replace(":", "")
  return `${offset[0]}${digits.slice(0, 2)}:${digits.length > 2 ? digits.slice(2, 4) : "00"}`
}

/**
 * Normalizes a publication date: `YYYY-MM-DD` stays a date; a date-time becomes
 * `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]` with the offset kept as given (none if none was given).
 */
export const normalizePublishedAt = (input: string): PublishedAt => {
  const raw = input.trim()
  const m = ISO.exec(raw)
  if (m === null) return refuse(raw, "not in a supported format")
  const [, y, mo, d, hh, mi, ss, frac, offset] = m as unknown as ReadonlyArray<string | undefined>
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  // Year 1 or 9999 is a placeholder ("no date") in many exports, not a date; news archives do not
  // reach before 1800, and a by-month report over such a span is useless.
  if (year < MIN_YEAR || year > MAX_YEAR) return refuse(raw, `year ${y} is outside ${MIN_YEAR}-${MAX_YEAR}, most likely a placeholder`)
  if (month < 1 || month > 12) return refuse(raw, `month ${mo} does not exist`)
  if (day < 1 || day > daysInMonth(year, month)) return refuse(raw, `day ${d} does not exist in ${y}-${mo}`)
  const date = `${y}-${mo}-${d}`
  if (hh === undefined || mi === undefined) return { value: date, reason: null }
  if (Number(hh) > 23) return refuse(raw, `hour ${hh} does not exist`)
  if (Number(mi) > 59) return refuse(raw, `minute ${mi} does not exist`)
  if (ss !== undefined && Number(ss) > 59) return refuse(raw, `second ${ss} does not exist`)
  let zone = ""
  if (offset !== undefined) {
    zone = normalizeOffset(offset)
    if (zone !== "Z" && (Number(zone.slice(1, 3)) > 23 || Number(zone.slice(4, 6)) > 59)) {
      return refuse(raw, `offset ${offset} does not exist`)
    }
  }
  return { value: `${date}T${hh}:${mi}:${ss ?? "00"}${frac ?? ""}${zone}`, reason: null }
}
