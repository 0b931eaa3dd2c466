import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences in the manner of US local crime news (not copied from any corpus).

/** "text → TYPE value" for each expression of one or more sentences read in order. */
const read = (sentences: ReadonlyArray<string>, published: string): string[] => readTimexes(sentences, published)

describe("minutes and hours later", () => {
  it("marks the stretch of time before 'later' or 'earlier', as TimeBank does, not a day", () => {
    expect(read(["Officers arrived at 9:10 p.m.", "About ten minutes later, a second call came in."], "2021-05-08")).toEqual([
      "9:10 p.m. → TIME 2021-05-08T21:10",
      "About ten minutes → DURATION PT10M"
    ])
    expect(read(["A few hours earlier, a man was robbed on Oak Street."], "2021-05-08")).toEqual(["A few hours → DURATION PTXH"])
    expect(read(["She left less than an hour later."], "2021-05-08")).toEqual(["less than an hour → DURATION PT1H"])
  })
  it("still counts days and years from the narrative", () => {
    expect(read(["The store was robbed on May 3.", "Two days later, police made an arrest."], "2021-05-08")).toEqual([
      "May 3 → DATE 2021-05-03",
      "Two days later → DATE 2021-05-05"
    ])
  })
})

describe("names", () => {
  it("leaves 'Daily' in the title of a paper or newsletter", () => {
    expect(read(["The Springfield Daily Herald first reported the arrest."], "2021-05-08")).toEqual([])
    expect(read(["Sign up for the Riverside Daily newsletter."], "2021-05-08")).toEqual([])
    expect(read(["The pharmacy is open daily."], "2021-05-08")).toEqual(["daily → SET P1D"])
  })
})
