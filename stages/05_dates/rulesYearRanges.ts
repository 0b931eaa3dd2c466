import * as T from "./triggers.js"
import { fixed, type Rule } from "./Rule.js"

/**
 * Ranges of years joined by a dash or slash: "in 1994-96", "the 2003-04 budget", "the 1998/99
 * season", "2010-2012". As with ranges of days ("April 24 and 25"), TIMEX3 marks each end as its
 * own date: "1994" and "96" (1996). The closing year may drop its century, which it then takes from
 * the opening year (or the next one: "1999/00" ends in 2000). Neither gold corpus holds such a range,
 * so only forward spans that read as years are taken: two to twenty years apart when the closing
 * year is written in two digits, and at most a century apart in four; "2003-04-15" (a full
 * numeric date) and "1994-1990" are none.
 */
const OPEN = "(?<![\\w$£€.,:/-])((?:1[89]|20)\\d\\d)"
const JOIN = "[-–/]"
const CLOSE = "((?:1[89]|20)\\d\\d|\\d\\d)(?![\\w%]|[.,/:-]\\d| ?(?:percent|per cent))"

/** The closing year of a range opening in `open`, or null when the two do not make a forward span. */
const closingYear = (open: number, closeText: string): number | null => {
  if (closeText.length === 4) {
    const close = Number(closeText)
    return close > open && close - open <= 100 ? close : null
  }
  let close = Math.floor(open / 100) * 100 + Number(closeText)
  if (close <= open) close += 100
  return close - open <= 20 ? close : null
}

/** The opening year, "1994" of "1994-96". */
export const yearRangeOpeningRule: Rule = {
  triggers: T.YEARLIKE,
  requires: T.NUMERIC_DATE,
  name: "year_range",
  priority: 4,
  pattern: new RegExp(`${OPEN}(?=${JOIN}${CLOSE})`, "g"),
  resolve: (m) => (closingYear(Number(m[1]), m[2]!) === null ? null : fixed("DATE", m[1]!, 0.8))
}

/** The closing year, "96" of "1994-96" (1996) or "2012" of "2010-2012". */
export const yearRangeClosingRule: Rule = {
  triggers: T.YEARLIKE,
  requires: T.NUMERIC_DATE,
  name: "year_range",
  priority: 4,
  pattern: new RegExp(`(?<=${OPEN}${JOIN})${CLOSE}`, "g"),
  resolve: (m) => {
    const close = closingYear(Number(m[1]), m[2]!)
    return close === null ? null : fixed("DATE", String(close), 0.8)
  }
}
