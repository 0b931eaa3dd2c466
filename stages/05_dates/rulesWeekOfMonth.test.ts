import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

describe("an ordinal week of a month", () => {
  it("reads 'the last week of March' as one expression: the ISO week most of whose days are March's last", () => {
    // 2021-03-28 is a Sunday: the week of March 22-28 (W12) is the last with most of its days in March.
    expect(readTimexes(["Sales picked up in the last week of March."], "2021-04-10")).toEqual(["the last week of March → DATE 2021-W12"])
  })
  it("reads the first week with the year named, and the month's year from the tense without one", () => {
    // 2022-01-01 is a Saturday: the first week mostly in January is the one of January 3-9 (W01).
    expect(readTimexes(["Talks resume in the first week of January 2022."], "2021-11-20")).toEqual(["the first week of January 2022 → DATE 2022-W01"])
    expect(readTimexes(["Talks will resume in the second week of January."], "2021-11-20")).toEqual(["the second week of January → DATE 2022-W02"])
  })
  it("leaves the week unresolved without a publication date", () => {
    expect(readTimexes(["Sales picked up in the last week of March."], null)).toEqual(["the last week of March → DATE XXXX-WXX"])
  })
})
