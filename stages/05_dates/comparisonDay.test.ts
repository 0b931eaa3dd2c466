import { describe, expect, it } from "vitest"
import { splitSentences } from "../03_sentences/splitSentences.js"
import { isComparedDay, isMarketQuote } from "./comparisonDay.js"
import { extractTimexes } from "./extractTimexes.js"
import { readTimexes } from "./testing/readTimexes.js"

// Hand-written sentences (not copied from any corpus).

describe("days named as a point of comparison", () => {
  it("recognises a day a figure is compared with", () => {
    const s = "The offer was a 15 percent premium to the firm's closing price on Tuesday."
    expect(isComparedDay(s, s.indexOf("Tuesday"))).toBe(true)
    const t = "Copper rose to $7,100 from $7,020 on Tuesday."
    expect(isComparedDay(t, t.indexOf("Tuesday"))).toBe(true)
    const u = "It was the steepest drop since May 3."
    expect(isComparedDay(u, u.indexOf("May 3"))).toBe(true)
  })
  it("leaves a day something happened on alone", () => {
    const s = "The mayor resigned on Tuesday after a long inquiry."
    expect(isComparedDay(s, s.indexOf("Tuesday"))).toBe(false)
    const t = "He has been missing since Tuesday, when he left home."
    expect(isComparedDay(t, t.indexOf("Tuesday"))).toBe(false)
  })
})

describe("clock times after a compared day", () => {
  it("puts a later clock time on publication's day, not the compared one", () => {
    expect(
      readTimexes(["The bid is a 30 percent premium to the company's share price on Friday.", "The board met at 9 a.m. to weigh it."], "2015-03-09")
    ).toEqual(["Friday → DATE 2015-03-06", "9 a.m. → TIME 2015-03-09T09:00"])
  })
  it("still puts a clock time on a day the story told events on", () => {
    expect(readTimexes(["The mill caught fire on Friday.", "Crews arrived at 9 a.m."], "2015-03-09")).toEqual(["Friday → DATE 2015-03-06", "9 a.m. → TIME 2015-03-06T09:00"])
  })
})

describe("clock times in a market quote", () => {
  it("recognises a quote of a market as it stands", () => {
    expect(isMarketQuote("The bank's shares were up 3 percent at 412 pence at 1015 GMT.")).toBe(true)
    expect(isMarketQuote("Firefighters arrived at 10:15 p.m.")).toBe(false)
  })
  it("puts the quote's clock on publication's day, not on a day an earlier sentence looked back to", () => {
    expect(
      readTimexes(["The miner said on Wednesday it would cut 900 jobs.", "Its shares fell 2 percent to 310 pence by 0930 GMT."], "2015-03-13")
    ).toEqual(["Wednesday → DATE 2015-03-11", "0930 GMT → TIME 2015-03-13T09:30Z"])
  })
  it("keeps a day written in the quote's own sentence", () => {
    expect(readTimexes(["Its shares fell 2 percent to 310 pence by 0930 GMT on Wednesday."], "2015-03-13")).toEqual(["0930 GMT on Wednesday → TIME 2015-03-11T09:30Z"])
  })
})

describe("the previous year after a year compared with", () => {
  it("counts back from the story's year, not from a year it was compared with", () => {
    expect(
      readTimexes(["The club sold 900 season tickets in 2014, compared with 700 in 2013.", "Attendance was up a fifth on the previous year."], "2015-02-01")
    ).toEqual(["2014 → DATE 2014", "2013 → DATE 2013", "the previous year → DATE 2013"])
  })
  it("counts back from the story's year, not from a year already counted back", () => {
    expect(
      readTimexes(["Fares rose 3 percent in 2014, after 6 percent the year before.", "Ticket sales rose 2 percent after rising 4 percent the previous year."], "2015-02-01")
    ).toEqual(["2014 → DATE 2014", "the year before → DATE 2013", "the previous year → DATE 2013"])
  })
  it("still counts back from a year the story moved on to", () => {
    expect(readTimexes(["The plant opened in 2009.", "Output doubled in 2011 from the previous year."], "2015-02-01")).toEqual([
      "2009 → DATE 2009",
      "2011 → DATE 2011",
      "the previous year → DATE 2010"
    ])
  })
})

describe("a count written with 'more than'", () => {
  it("is no comparison with the day after it", () => {
    const s = "The shares were up more than 8 percent at noon on Monday."
    expect(isComparedDay(s, s.indexOf("Monday"))).toBe(false)
  })
})

describe("a clock time right after a compared day", () => {
  it("is on that day", () => {
    expect(readTimexes(["Soy meal was offered higher compared with yesterday midday."], "1990-04-03")).toEqual(["yesterday midday → TIME 1990-04-02T12:00"])
  })
})

describe("the previous year in the sentence that compared", () => {
  it("counts back from the year compared with", () => {
    expect(readTimexes(["Exports will reach $4 billion this year, compared with $3 billion in 2013 and $2 billion the previous year."], "2014-02-01")).toEqual([
      "this year → DATE 2014",
      "2013 → DATE 2013",
      "the previous year → DATE 2012"
    ])
  })
})

describe("market quotes in a story the dateline moved to the bureau's next day", () => {
  // Stamped Tuesday 21:00 in New York: Wednesday 10:00 in Seoul.
  const published = "2014-05-06T21:00:00-04:00"
  const read = (text: string): string[] => extractTimexes("d1", published, splitSentences("d1", text)).map((r) => `${r.text} → ${r.value}`)
  it("puts a morning quote in Asian hours on the bureau's day", () => {
    expect(read("SEOUL (Reuters) - Chip stocks slid on Wednesday. The index was down 1 percent at 2,010 points by 0230 GMT.")).toEqual([
      "Wednesday → 2014-05-07",
      "0230 GMT → 2014-05-07T02:30Z"
    ])
  })
  it("puts a quote written in a western zone after Asian hours on the stamp's day", () => {
    expect(read("SEOUL (Reuters) - Chip stocks slid on Wednesday. Its London shares were down 1 percent at 410 pence by 1500 GMT.")).toEqual([
      "Wednesday → 2014-05-07",
      "1500 GMT → 2014-05-06T15:00Z"
    ])
  })
})
