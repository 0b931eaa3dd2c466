import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences (not copied from any corpus).

describe("a clock time after a date the story looked back to", () => {
  it("goes on the lead's day when the earlier date was named sentences before and no time was told on it", () => {
    // Published on Monday 2021-03-22.
    expect(
      readTimexes(
        [
          "The toolmaker said on Monday it would shut two plants.",
          "It had warned on March 2 that orders were falling.",
          "Unions were not consulted.",
          "Suppliers were surprised.",
          "Its shares were down 3 percent by midday."
        ],
        "2021-03-22"
      )
    ).toEqual(["Monday → DATE 2021-03-22", "March 2 → DATE 2021-03-02", "midday → TIME 2021-03-22T12:00"])
  })
  it("keeps the earlier day for a time in the next sentence, where the story is still telling it", () => {
    expect(readTimexes(["The toolmaker said on Monday it would shut two plants.", "It had warned on March 2 that orders were falling.", "Its shares fell by 9 a.m."], "2021-03-22")).toEqual([
      "Monday → DATE 2021-03-22",
      "March 2 → DATE 2021-03-02",
      "9 a.m. → TIME 2021-03-02T09:00"
    ])
  })
  it("keeps a day that times were told on, as in a police log read backwards", () => {
    expect(
      readTimexes(
        [
          "Calls Sunday: 10:05 p.m., noise complaint, Elm Street.",
          "Calls Saturday: 9:10 p.m., lost dog, Oak Street.",
          "8:05 p.m., fender bender, Main Street.",
          "7:40 p.m., open door, Pine Street.",
          "6:15 p.m., stray cattle, Mill Road."
        ],
        "2021-03-22"
      )
    ).toEqual([
      "Sunday → DATE 2021-03-21",
      "10:05 p.m. → TIME 2021-03-21T22:05",
      "Saturday → DATE 2021-03-20",
      "9:10 p.m. → TIME 2021-03-20T21:10",
      "8:05 p.m. → TIME 2021-03-20T20:05",
      "7:40 p.m. → TIME 2021-03-20T19:40",
      "6:15 p.m. → TIME 2021-03-20T18:15"
    ])
  })
})
