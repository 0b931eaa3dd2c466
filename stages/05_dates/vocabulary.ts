/**
 * Words of the date grammar as regular-expression sources. Month and weekday names must be
 * capitalised (as in edited prose), which keeps the modal "may" and "march" the verb out;
 * function words take either case of their first letter, since they may open a sentence.
 */

/** `[Ll]ast` for "last": a word that may begin a sentence. */
export const cap = (word: string): string => {
  const first = word.charAt(0)
  return `[${first.toUpperCase()}${first.toLowerCase()}]${word.slice(1)}`
}

export const alt = (words: ReadonlyArray<string>): string => `(?:${words.join("|")})`

const MONTH_FORMS: ReadonlyArray<readonly [string, number]> = [
  ["January", 1], ["Jan\\.", 1], ["February", 2], ["Feb\\.", 2], ["March", 3], ["Mar\\.", 3], ["April", 4], ["Apr\\.", 4],
  ["May", 5], ["June", 6], ["Jun\\.", 6], ["July", 7], ["Jul\\.", 7], ["August", 8], ["Aug\\.", 8],
  ["September", 9], ["Sept\\.", 9], ["Sep\\.", 9], ["October", 10], ["Oct\\.", 10], ["November", 11], ["Nov\\.", 11],
  ["December", 12], ["Dec\\.", 12]
]
export const MONTH = alt(MONTH_FORMS.map(([form]) => form))

/** Month number (1–12) of a matched month form, or 0. */
export const monthNumber = (form: string): number => {
  const key = form.slice(0, 3).toLowerCase()
  const index = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(key)
  return index + 1
}

export const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
/** ISO weekday (1 = Monday) of a weekday name. */
export const weekdayNumber = (name: string): number =>
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].indexOf(name.slice(0, 3).toLowerCase()) + 1

const UNITS: Readonly<Record<string, string>> = {
  second: "S", minute: "TM", hour: "H", day: "D", week: "W", fortnight: "FN", month: "M",
  quarter: "Q", year: "Y", decade: "DE", century: "CE", weekend: "WE"
}
// "mths" is how results tables on the wire abbreviate months ("Nine mths").
export const UNIT = "(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|mths|quarters?|years?|decades?|century|centuries|weekends?)"

// Longest first, so that "weekend" is not read as the "week" it starts with.
const UNIT_NAMES_LONGEST_FIRST: ReadonlyArray<string> = Object.keys(UNITS).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))

/** Normalised unit ("year") of a matched unit word ("years", "centuries"). */
export const unitOf = (word: string): string => {
  const w = word.toLowerCase()
  if (w.startsWith("centur")) return "century"
  if (w === "mths") return "month"
  for (const unit of UNIT_NAMES_LONGEST_FIRST) if (w.startsWith(unit)) return unit
  return "day"
}

const SMALL: ReadonlyArray<string> = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"
]
const TENS: ReadonlyArray<string> = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

const NUMBER_WORD = `(?:(?:${TENS.slice(2).map(cap).join("|")})(?:[- ](?:${SMALL.slice(1, 10).join("|")}))?|${SMALL.map(cap).join("|")}|${cap("a")} hundred|${cap("a")} dozen|${cap("a")} half)`
/** Vague quantities: TIMEX3 writes them as X ("several years" → PXY). */
export const VAGUE = `(?:${cap("several")}|${cap("a")} few|${cap("few")}|${cap("many")}|${cap("a")} couple of|${cap("a")} number of|${cap("some")}|${cap("the")} next few|${cap("recent")}|${cap("coming")})`
/** A count: digits, number words, "a"/"an", or "(a) couple of" ("the next couple of years"). */
export const COUNT = `(?:\\d+(?:\\.\\d+)?(?:[ -]1/2| and a half)?|${NUMBER_WORD}(?:[ -]and[ -]a[ -]half)?|${cap("an?")}|(?:${cap("a")} )?couple of|${cap("a")} pair of|${cap("half")} an?)`

/** Value of a count, or null for a vague one ("several"). */
export const countValue = (text: string): number | null => {
  const t = text.toLowerCase().replace(/\s+/g, " ").trim()
  // "two and a half", "five-and-a-half", "2 1/2", "14-1/2": the whole count plus one half.
  const half = /^(.*?)(?:[ -]1\/2|[ -]and[ -]a[ -]half)$/.exec(t)
  if (half !== null) {
    const whole = countValue(half[1]!)
    return whole === null ? null : whole + 0.5
  }
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t)
  if (t === "a" || t === "an") return 1
  if (t === "a couple of" || t === "couple of" || t === "a pair of") return 2
  if (t === "a dozen") return 12
  if (t === "a hundred") return 100
  if (t === "a half" || t === "half a" || t === "half an") return 0.5
  const small = SMALL.indexOf(t)
  if (small >= 0) return small
  const parts = t.split(/[- ]/)
  const tens = TENS.indexOf(parts[0] ?? "")
  if (tens >= 2) return tens * 10 + (parts[1] === undefined ? 0 : Math.max(0, SMALL.indexOf(parts[1])))
  return null
}

/** Parts of the day and their TIMEX3 codes. */
export const PART_OF_DAY: Readonly<Record<string, string>> = {
  morning: "MO", afternoon: "AF", evening: "EV", night: "NI", overnight: "NI"
}
export const PART = "(?:morning|afternoon|evening|night)"

export const ORDINAL_QUARTER: Readonly<Record<string, number>> = {
  first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, final: 4, last: 4
}

export const SEASONS: Readonly<Record<string, string>> = { spring: "SP", summer: "SU", autumn: "FA", fall: "FA", winter: "WI" }

/** An event that "a weekend" before it dates, as "over the weekend" would: "a weekend shooting", "a weekend crash". */
export const WEEKEND_EVENT_AFTER = "(?= (?:shooting|killing|stabbing|crash|fire|attack|robbery|burglary|raid|incident|homicide|murder|party|storm|brawl|fight|standoff|chase|protest|rally)s?\\b)"
