import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences (not copied from any corpus).

describe("a range of months with the year after it", () => {
  it("gives both months the year written after the closing one", () => {
    expect(readTimexes(["Ferry traffic in March-May 2019 was light."], "2021-08-10")).toEqual(["March → DATE 2019-03", "May 2019 → DATE 2019-05"])
    expect(readTimexes(["Ferry traffic in March-May last year was light."], "2021-01-10")).toEqual(["March → DATE 2020-03", "May last year → DATE 2020-05"])
  })
  it("puts an opening month later in the calendar in the year before", () => {
    expect(readTimexes(["Ferry traffic in Dec-Feb 2019 was light."], "2021-08-10")).toEqual(["Dec → DATE 2018-12", "Feb 2019 → DATE 2019-02"])
  })
  it("reads the wire's undotted abbreviations only inside a range", () => {
    expect(readTimexes(["Ferry traffic in Sep-Oct this year was light."], "2021-11-10")).toEqual(["Sep → DATE 2021-09", "Oct this year → DATE 2021-10"])
    expect(readTimexes(["Jan-Ole Berg and Dec Ward ran the ferry."], "2021-11-10")).toEqual([])
  })
  it("still reads a range without a year from the tense", () => {
    expect(readTimexes(["Ferry traffic in Oct-Dec was light."], "2021-02-10")).toEqual(["Oct → DATE 2020-10", "Dec → DATE 2020-12"])
  })
})
