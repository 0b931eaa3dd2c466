import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences in the manner of wire copy (not copied from any corpus or article).

const read = (sentences: ReadonlyArray<string>, published: string): string[] => readTimexes(sentences, published)

describe("rates per unit after a quantity", () => {
  it("reads 'a day' after an amount of goods as a recurrence", () => {
    expect(read(["The field pumped 120,000 barrels of light crude a day in June."], "2015-08-03")).toEqual(["a day → SET P1D", "June → DATE 2015-06"])
    expect(read(["The mill will make four mln tonnes (net) a year."], "2015-08-03")).toEqual(["a year → SET P1Y"])
  })
  it("keeps 'a day after' and 'in a day' as stretches of time", () => {
    expect(read(["The shares rose 4 percent to $31.20 a day after the results."], "2015-08-03")).toEqual(["a day → DURATION P1D"])
    expect(read(["Prices fell 3 percent in a day."], "2015-08-03")).toEqual(["a day → DURATION P1D"])
  })
})
