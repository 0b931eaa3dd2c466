import { dayNumber } from "./calendar.js"
import type { TextTimex } from "./extractTimexes.js"
import { tenseAt } from "./tense.js"

/** An expression with the sentence it was read in (offsets relative to that sentence). */
export interface SentenceTimex {
  readonly sentence: string
  readonly timex: TextTimex
}

const WEEKDAY_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const POSSESSIVE = /^['’]s\b/

/** A possessive weekday naming something scheduled: "Thursday's vote", "Tuesday's Senate hearing", "Monday's economic agenda". */
const SCHEDULED_THING = /^['’]s (?:[\w/&-]+ ){0,3}?(?:meeting|meetings|vote|votes|voting|hearing|hearings|auction|summit|talks|session|report|reports|rally|holiday|agenda|questioning|testimony|election|deadline|release|data|figures|reading|decision|debate|conference|speech|deal|game|match|final|race|ceremony|launch|opening|visit|trip)\b/

const dayOf = (value: string): number | null => {
  const m = DAY.exec(value)
  return m === null ? null : dayNumber(Number(m[1]), Number(m[2]), Number(m[3]))
}

/**
 * A story names one Thursday: "Thursday's auction", a possessive, carries no tense of its own and
 * is read as the Thursday just gone, but when the same story says the auction "will" be "on
 * Thursday", that coming Thursday is the one it means. So a possessive weekday that names
 * something scheduled, in a clause with no past verb, and was read as past takes the date its
 * name has where the story looks ahead to it, when that is a single day in the coming week.
 * Everything else is left as read.
 */
export const alignPossessiveWeekdays = (found: ReadonlyArray<SentenceTimex>, dct: number | null): TextTimex[] => {
  const out = found.map((f) => f.timex)
  if (dct === null) return out
  const ahead = new Map<string, Set<number>>()
  const possessivePast: number[] = []
  for (let i = 0; i < found.length; i++) {
    const { sentence, timex: t } = found[i]!
    if (t.rule !== "weekday" || !WEEKDAY_NAME.test(t.text)) continue
    const day = dayOf(t.value)
    if (day === null) continue
    if (POSSESSIVE.test(sentence.slice(t.end, t.end + 3))) {
      // Only a thing that is scheduled ("Thursday's vote", not "Thursday's sell-off"), in a clause with no past verb
      // of its own ("focus turned to Thursday's auction" looks back).
      if (day < dct && SCHEDULED_THING.test(sentence.slice(t.end, t.end + 60))) {
        const tense = tenseAt(sentence, t.start, t.end - t.start)
        if (tense !== "past" && tense !== "past_adjacent") possessivePast.push(i)
      }
    } else if (day > dct && day - dct <= 7 && tenseAt(sentence, t.start, t.end - t.start) === "future") {
      const days = ahead.get(t.text) ?? new Set<number>()
      days.add(day)
      ahead.set(t.text, days)
    }
  }
  for (const i of possessivePast) {
    const t = out[i]!
    const days = ahead.get(t.text)
    if (days === undefined || days.size !== 1) continue
    const [day] = days
    const value = found.find((f) => f.timex.text === t.text && dayOf(f.timex.value) === day)!.timex.value
    out[i] = { ...t, value, confidence: Math.min(t.confidence, 0.7) }
  }
  return out
}
