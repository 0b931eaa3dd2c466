import { describe, expect, it } from "vitest"
import { extractTimexes } from "./extractTimexes.js"

// Hand-written sentences (not copied from any corpus). Published on Monday 2021-03-15.

const sentence = (text: string, sentence_id: number, start: number) => ({ doc_id: "d", sentence_id, paragraph_id: 0, start, end: start + text.length, text })

const read = (texts: ReadonlyArray<string>): string[] => {
  let start = 0
  const sentences = texts.map((t, i) => {
    const s = sentence(t, i, start)
    start += t.length + 1
    return s
  })
  return extractTimexes("d", "2021-03-15", sentences).map((r) => `${r.text} → ${r.value}`)
}

describe("one weekday per story", () => {
  it("gives a scheduled possessive the coming day the story looks ahead to", () => {
    expect(read(["The council will vote on Thursday on the new bridge.", "Traders are wary of Thursday's vote."])).toEqual(["Thursday → 2021-03-18", "Thursday → 2021-03-18"])
  })
  it("leaves a possessive alone when its clause looks back or it names no scheduled thing", () => {
    expect(read(["The council will vote on Thursday on the new bridge.", "Shares fell after Thursday's sell-off."])).toEqual(["Thursday → 2021-03-18", "Thursday → 2021-03-11"])
    expect(read(["The council will vote on Thursday on the new bridge.", "Focus turned to Thursday's vote."])).toEqual(["Thursday → 2021-03-18", "Thursday → 2021-03-11"])
  })
  it("leaves a possessive alone when the story names no coming day of that name", () => {
    expect(read(["Traders are wary of Thursday's vote."])).toEqual(["Thursday → 2021-03-11"])
  })
})
