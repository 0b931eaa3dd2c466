/**
 * The prefilter: one pass over a sentence's words sets a bit for each kind of temporal word it
 * holds, and a rule's regular expression runs only when the sentence has a word the rule needs
 * (`triggers`) and, for some rules, also a second kind (`requires`): "two days ago" needs a
 * unit and a shift word. Most sentences of news carry a number or a unit word, few carry a
 * weekday, a month name or "every", and regular expressions with long alternations are what costs.
 */
export const DIGIT = 1 << 0
export const UNIT = 1 << 1
export const WEEKDAY = 1 << 2
export const MONTH = 1 << 3
export const RELATIVE_DAY = 1 << 4
export const PART_OF_DAY = 1 << 5
export const SEASON = 1 << 6
export const REFERENCE = 1 << 7
export const RECURRENCE = 1 << 8
export const HOLIDAY = 1 << 9
export const SPELLED = 1 << 10
export const QUARTER = 1 << 11
export const SHIFT = 1 << 12
export const RELATIVE = 1 << 13
export const CENTURY = 1 << 14
export const YEAR = 1 << 15
export const WEEKEND = 1 << 16
export const ANCHOR = 1 << 17
export const RATE = 1 << 18
export const NUMBER = 1 << 19
export const REPEAT = 1 << 20
export const PREPOSITION = 1 << 21

/** A four-digit run that can be a year (1500–2099). */
export const YEARLIKE = 1 << 23
/** A clock time: "7:20", "9 a.m.", "9pm", "noon", "GMT". */
export const CLOCK = 1 << 24
/** A numeric date: digits joined by "/" or "-" to more digits. */
export const NUMERIC_DATE = 1 << 25
/** A plural unit ("years", "days"): the only kind a bare vague duration can have. */
export const PLURAL_UNIT = 1 << 26
/** A two-digit year after an apostrophe: "since '82". */
export const SHORT_YEAR = 1 << 29
/** Edges of a period: "the end of the month". */
export const EDGE = 1 << 28
/** "long", of "day-long" and "decades-long". */
export const LONG = 1 << 30
/** "New", "Good", "Black" and "Cyber", which start holidays only before "Year's", "Friday" or "Monday". */
export const FEAST = 1 << 27

const GROUPS: ReadonlyArray<readonly [number, string]> = [
  [UNIT, "second seconds minute minutes hour hours day days week weeks fortnight fortnights month months quarter quarters year years decade decades century centuries weekend weekends mths"],
  [WEEKDAY, "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays"],
  [MONTH, "january jan february feb march mar april apr may june jun july jul august aug september sept sep october oct november nov december dec"],
  [RELATIVE_DAY, "yesterday today tomorrow tonight"],
  [PART_OF_DAY, "morning mornings afternoon afternoons evening evenings night nights noon midnight midday"],
  [SEASON, "spring summer autumn fall winter season"],
  [REFERENCE, "now currently presently nowadays moment present current recently lately past earlier future term being these"],
  [RECURRENCE, "every each per daily weekly monthly yearly hourly nightly fortnightly"],
  [HOLIDAY, "christmas easter halloween thanksgiving boxing valentine independence memorial labor"],
  [FEAST, "new good black cyber"],
  [EDGE, "end beginning start middle rest remainder"],
  [CLOCK, "noon midnight midday clock gmt utc bst cet est edt cst cdt mst mdt pst pdt et local"],
  [PLURAL_UNIT, "seconds minutes hours days weeks months years decades centuries mths"],
  [SPELLED, "nineteen twenties thirties forties fifties sixties seventies eighties nineties thousand"],
  [QUARTER, "quarter quarters period qtr"],
  [SHIFT, "ago earlier later before after hence from"],
  [RELATIVE, "last this next current coming previous past latest following"],
  [CENTURY, "century centuries millennium"],
  [YEAR, "year years"],
  [WEEKEND, "weekend"],
  [ANCHOR, "next following previous preceding same that before after"],
  [RATE, "times once twice million billion trillion thousand thousands hundreds dozens scores mln bln bn m k dollars pounds euros hours minutes"],
  [NUMBER, "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen half several few many couple"],
  [REPEAT, "to after on round"],
  [PREPOSITION, "for in over within after took take takes lasted last"],
  [LONG, "long"]
]

/** Decades written with digits ("1990s", "the '90s"): a digit run ending in 0 followed by s. */
export const DECADE = 1 << 22

/**
 * Words are looked up by a hash of their lower-cased letters, computed while scanning, so the
 * scan allocates nothing. A collision can only add a bit, which makes a rule run for nothing;
 * it can never hide a match, because the bits only decide which regular expressions run.
 */
const hashWord = (word: string): number => {
  let h = 0
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) & 0x3fffffff
  return h
}

const WORD_BITS = new Map<number, number>()
for (const [bit, words] of GROUPS) for (const w of words.split(" ")) WORD_BITS.set(hashWord(w), (WORD_BITS.get(hashWord(w)) ?? 0) | bit)

const isDigit = (c: number): boolean => c >= 48 && c <= 57

/** Bit mask of the kinds of temporal words in `sentence` (0 when it has none). */
export const triggerMask = (sentence: string): number => {
  let mask = 0
  let h = 0
  let inWord = false
  for (let i = 0; i <= sentence.length; i++) {
    let c = i < sentence.length ? sentence.charCodeAt(i) : 32
    if (c >= 65 && c <= 90) c += 32
    if (c >= 97 && c <= 122) {
      // Kept to 30 bits so that the key stays a small integer, which a Map hashes fastest.
      h = inWord ? (Math.imul(h, 31) + c) & 0x3fffffff : c
      inWord = true
      continue
    }
    if (inWord) {
      mask |= WORD_BITS.get(h) ?? 0
      inWord = false
    }
    if (c >= 48 && c <= 57) {
      mask |= DIGIT
      // A run of digits: look at its length, its first digits and what follows it.
      const runStart = i
      const quote = i > 0 ? sentence.charCodeAt(i - 1) : 0
      if (quote === 39 || quote === 8217) mask |= SHORT_YEAR
      while (i + 1 < sentence.length && isDigit(sentence.charCodeAt(i + 1))) i++
      const length = i - runStart + 1
      const first = sentence.charCodeAt(runStart)
      const second = length > 1 ? sentence.charCodeAt(runStart + 1) : 0
      if (length === 4 && ((first === 49 && second >= 53) || (first === 50 && second === 48))) mask |= YEARLIKE
      const next = i + 1 < sentence.length ? sentence.charCodeAt(i + 1) : 0
      const after = i + 2 < sentence.length ? sentence.charCodeAt(i + 2) : 0
      // "1990s" / "1990's": a 0 then s (or 's) right after the digits.
      if (sentence.charCodeAt(i) === 48 && (next === 115 || ((next === 39 || next === 8217) && after === 115))) mask |= DECADE
      if ((next === 58 || next === 46) && isDigit(after) && (next === 58 || length <= 2)) mask |= CLOCK
      if ((next === 47 || next === 45) && isDigit(after)) mask |= NUMERIC_DATE
      // "9 a.m.", "9pm", "9 P.M.": a or p, then m, within the next few characters.
      const k = next === 32 ? i + 2 : i + 1
      const ap = k < sentence.length ? sentence.charCodeAt(k) | 32 : 0
      if (ap === 97 || ap === 112) {
        const m1 = k + 1 < sentence.length ? sentence.charCodeAt(k + 1) | 32 : 0
        const m2 = k + 2 < sentence.length ? sentence.charCodeAt(k + 2) | 32 : 0
        if (m1 === 109 || (m1 === 46 && m2 === 109)) mask |= CLOCK
      }
    }
  }
  return mask
}
