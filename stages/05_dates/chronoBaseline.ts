import * as chrono from "chrono-node/en"
import type { TextTimex } from "./extractTimexes.js"

/**
 * chrono-node alone, mapped naively to TIMEX3, as the evaluation's baseline: every result is a
 * DATE (TIME when it has a certain hour) whose value is chrono's resolved date cut to the finest
 * component it was told. This shows what the TIMEX3 layer adds over the base grammar.
 */
export const chronoOnlyTimexes = (sentence: string, dct: string | null): TextTimex[] => {
  const reference = dct === null ? undefined : new Date(`${dct}T12:00:00Z`)
  return chrono.casual.parse(sentence, reference ?? new Date(0)).map((r) => {
    const c = r.start
    const y = String(c.get("year") ?? 0).padStart(4, "0")
    const mo = String(c.get("month") ?? 1).padStart(2, "0")
    const d = String(c.get("day") ?? 1).padStart(2, "0")
    let value: string
    let type = "DATE"
    if (c.isCertain("hour")) {
      type = "TIME"
      value = `${y}-${mo}-${d}T${String(c.get("hour")).padStart(2, "0")}:${String(c.get("minute") ?? 0).padStart(2, "0")}`
    } else if (c.isCertain("day") || c.isCertain("weekday")) value = `${y}-${mo}-${d}`
    else if (c.isCertain("month")) value = `${y}-${mo}`
    else if (c.isCertain("year")) value = y
    else value = `${y}-${mo}-${d}`
    if (dct === null && !c.isCertain("year")) value = "XXXX" + value.slice(4)
    return { start: r.index, end: r.index + r.text.length, text: r.text, type, value, rule: "chrono", anchor: "published_at", anchorStart: null, confidence: 0.5 }
  })
}
