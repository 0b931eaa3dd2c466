import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences (not copied from any corpus).

describe("seasons of play", () => {
  it("gives the direction of 'this season', 'last season' and 'next season', and no guessed year", () => {
    expect(readTimexes(["The striker has scored nine goals this season."], null)).toEqual(["this season → DATE PRESENT_REF"])
    expect(readTimexes(["They finished third last season."], "2021-04-07")).toEqual(["last season → DATE PAST_REF"])
    expect(readTimexes(["The show returns next season."], "2021-04-07")).toEqual(["next season → DATE FUTURE_REF"])
    expect(readTimexes(["He was injured earlier this season."], null)).toEqual(["earlier this season → DATE PRESENT_REF"])
  })
  it("leaves season tickets and the seasons of the year alone", () => {
    expect(readTimexes(["Fans bought this season tickets."], null)).toEqual([])
    expect(readTimexes(["The park is busy in summer."], null)).toEqual(["summer → DATE XXXX-SU"])
  })
})
