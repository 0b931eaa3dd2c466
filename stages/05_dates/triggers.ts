/**
 * The prefilter: one pass over a sentence's words sets a bit for each kind of temporal word it
 * holds, and a rule's regular expression runs only when the sentence has a word the rule needs.
 * Most sentences of news carry a number or a unit word, but few carry a weekday, a month name
 * or "every", and regular expressions with long alternations are what costs.
 */
export const DIGIT = 1
export const UNIT = 2
export const WEEKDAY = 4
export const MONTH = 8
export const RELATIVE_DAY = 16
export const PART_OF_DAY = 32
export const SEASON = 64
export const REFERENCE = 128
export const RECURRENCE = 256
export const HOLIDAY = 512
export const SPELLED = 1024

const GROUPS: ReadonlyArray<readonly [number, string]> = [
  [UNIT, "second seconds minute minutes hour hours day days week weeks fortnight fortnights month months quarter quarters year years decade decades century centuries weekend weekends period"],
  [WEEKDAY, "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays"],
  [MONTH, "january jan february feb march mar april apr may june jun july jul august aug september sept sep october oct november nov december dec"],
  [RELATIVE_DAY, "yesterday today tomorrow tonight"],
  [PART_OF_DAY, "morning mornings afternoon afternoons evening evenings night nights noon midnight midday"],
  [SEASON, "spring summer autumn fall winter"],
  [REFERENCE, "now currently presently nowadays moment present current recently lately past earlier future"],
  [RECURRENCE, "every each per daily weekly monthly yearly hourly nightly fortnightly"],
  [SPELLED, "nineteen thirties forties fifties sixties seventies eighties nineties twenties"],
  [HOLIDAY, "christmas easter halloween thanksgiving boxing valentine independence new good"]
]

const WORD_BITS = new Map<string, number>()
for (const [bit, words] of GROUPS) for (const w of words.split(" ")) WORD_BITS.set(w, (WORD_BITS.get(w) ?? 0) | bit)

const WORD = /[A-Za-z]+|\d/g

/** Bit mask of the kinds of temporal words in `sentence` (0 when it has none). */
export const triggerMask = (sentence: string): number => {
  let mask = 0
  WORD.lastIndex = 0
  for (let m = WORD.exec(sentence); m !== null; m = WORD.exec(sentence)) {
    const w = m[0]
    const c = w.charCodeAt(0)
    if (c >= 48 && c <= 57) {
      mask |= DIGIT
      continue
    }
    mask |= WORD_BITS.get(w.length > 1 && c < 97 ? w.toLowerCase() : w) ?? 0
  }
  return mask
}
