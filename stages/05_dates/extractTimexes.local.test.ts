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

describe("clock times with their day", () => {
  // 2021-05-11 is a Tuesday.
  it("puts a time on the weekday written right after it, not on an earlier date of the sentence", () => {
    expect(read(["Police said early today that about 10:15 p.m. Monday a man walked into a clinic."], "2021-05-11")).toEqual([
      "early today → DATE 2021-05-11",
      "10:15 p.m. Monday → TIME 2021-05-10T22:15"
    ])
  })
  it("joins a time and the part of the day after it", () => {
    expect(read(["Deputies were called around 2 a.m. Sunday morning."], "2021-05-11")).toEqual(["2 a.m. Sunday morning → TIME 2021-05-09T02:00"])
  })
  it("reads a bare clock figure before a weekday's part of the day as that time", () => {
    expect(read(["The crash happened around 7:45 Monday morning."], "2021-05-11")).toEqual(["7:45 Monday morning → TIME 2021-05-10T07:45"])
    expect(read(["The store was robbed at about 4:20 Sunday afternoon."], "2021-05-11")).toEqual(["4:20 Sunday afternoon → TIME 2021-05-09T16:20"])
    // A figure that counts people is no time.
    expect(read(["Police arrested 3 Monday morning."], "2021-05-11")).toEqual(["Monday morning → TIME 2021-05-10TMO"])
  })
  it("reads midnight after which something happened as the start of the day", () => {
    expect(read(["A man was shot shortly after midnight Tuesday."], "2021-05-11")).toEqual(["midnight Tuesday → TIME 2021-05-11T00:00"])
    expect(read(["A man was shot around midnight Tuesday."], "2021-05-11")).toEqual(["midnight Tuesday → TIME 2021-05-11T00:00"])
    expect(read(["The offer will expire at midnight Friday."], "2021-05-11")).toEqual(["midnight Friday → TIME 2021-05-14T24:00"])
  })
})

describe("ages, holidays and page furniture", () => {
  it("leaves an age written '18-year old' out", () => {
    expect(read(["An 18-year old man was arrested."], "2021-05-11")).toEqual([])
    expect(read(["He served a 10-year sentence."], "2021-05-11")).toEqual(["10-year → DURATION P10Y"])
  })
  it("reads holidays written with a curly apostrophe", () => {
    expect(read(["Two men were shot early on New Year’s Day."], "2021-01-02")).toEqual(["New Year’s Day → DATE 2021-01-01"])
    expect(read(["The party was held on New Year’s Eve."], "2021-01-02")).toEqual(["New Year’s Eve → DATE 2020-12-31"])
  })
  it("leaves a video player's 'Now Playing' out", () => {
    expect(read(["Now Playing: Crews battle a house fire"], "2021-05-11")).toEqual([])
    expect(read(["Now the family wants answers."], "2021-05-11")).toEqual(["Now → DATE PRESENT_REF"])
  })
})

describe("the narrative's own days", () => {
  it("reads 'that Sunday' after a date as the Sunday of that date, and 'said that Monday night' as a conjunction", () => {
    // 2021-03-14 was a Sunday.
    expect(read(["The break-in was reported on March 14.", "He got in about 3 a.m. that Sunday."], "2021-04-01")).toEqual([
      "March 14 → DATE 2021-03-14",
      "3 a.m. that Sunday → TIME 2021-03-14T03:00"
    ])
    expect(read(["Police said that Monday night a car was stolen."], "2021-04-01")).toEqual(["Monday night → TIME 2021-03-29TNI"])
  })
  it("keeps the deed a charge names in the past", () => {
    // Published on a Friday: the shooting was the Wednesday before.
    expect(read(["Prosecutors have charged a man with shooting a clerk on Wednesday."], "2021-04-02")).toEqual(["Wednesday → DATE 2021-03-31"])
  })
})

describe("ages written as decades", () => {
  it("leaves 'in their late teens to early 20s' out", () => {
    expect(read(["The suspects were in their late teens to early 20s."], "2021-04-02")).toEqual([])
    expect(read(["Prices peaked in the early 80s."], "2021-04-02")).toEqual(["the early 80s → DATE 198"])
  })
})

describe("numbered roads", () => {
  it("leaves the number of a road out", () => {
    expect(read(["The crash closed FM 1960 near the bridge."], "2021-04-02")).toEqual([])
    expect(read(["Deputies found the car on County Road 1850."], "2021-04-02")).toEqual([])
    expect(read(["The road was built in 1960."], "2021-04-02")).toEqual(["1960 → DATE 1960"])
  })
})

describe("days the story counts from", () => {
  it("dates 'a weekend shooting' to the weekend, and keeps 'spent a weekend' a duration", () => {
    // Published on a Thursday.
    expect(read(["Police identified a suspect in a weekend shooting."], "2021-04-01")).toEqual(["weekend → DATE 2021-W12-WE"])
    expect(read(["He spent a weekend in jail."], "2021-04-01")[0]).toMatch(/^a weekend → DURATION /)
  })
  it("reads 'the night before' from the narrative's day", () => {
    expect(read(["The man was arrested on March 3.", "He had been drinking since 7 p.m. the night before."], "2021-04-01")).toEqual([
      "March 3 → DATE 2021-03-03",
      "7 p.m. the night before → TIME 2021-03-02T19:00"
    ])
  })
})

describe("places named for seasons", () => {
  it("leaves 'Spring Arbor Township' and 'Summer Street' out", () => {
    expect(read(["He was shot in Spring Arbor Township."], "2021-04-02")).toEqual([])
    expect(read(["The house is in the Summer Street area."], "2021-04-02")).toEqual([])
    expect(read(["The school reopens in Spring, officials said."], "2021-04-02")).toEqual(["Spring → DATE 2021-SP"])
  })
})

describe("the year a sentence opens with", () => {
  it("reads 'the year' in a sentence opened by 'In 2019,' as 2019", () => {
    expect(read(["In 2019, the county recorded its first homicide of the year on Jan. 3."], "2021-01-05")[1]).toBe("the year → DATE 2019")
    expect(read(["The county recorded its first homicide of the year."], "2021-01-05")).toEqual(["the year → DATE 2021"])
  })
})

describe("the previous year of an older story", () => {
  it("counts 'the previous summer' and 'the previous year' back from the year the story is in", () => {
    expect(read(["A shop was burgled on May 29, 2017.", "He had sold coins to a dealer the previous summer."], "2021-03-21")).toEqual([
      "May 29, 2017 → DATE 2017-05-29",
      "the previous summer → DATE 2016-SU"
    ])
    expect(read(["Killings rose in 2019 but stayed below the previous year's level."], "2021-02-04")).toEqual([
      "2019 → DATE 2019",
      "the previous year → DATE 2018"
    ])
    expect(read(["Sales rose 4% from the previous year."], "2021-02-04")).toEqual(["the previous year → DATE 2020"])
  })
})

describe("dates that are not the story's", () => {
  it("does not move the story to a birth date in parentheses", () => {
    expect(read(["On Thursday, January 16, 2020, police arrested John Doe (4/2/1988) at his home.", "Officers heard shots at 9:06 p.m."], "2020-01-17")).toEqual([
      "Thursday, January 16, 2020 → DATE 2020-01-16",
      "4/2/1988 → DATE 1988-04-02",
      "9:06 p.m. → TIME 2020-01-16T21:06"
    ])
  })
})

describe("rates", () => {
  it("reads 'dozens of calls a day' as a rate", () => {
    expect(read(["The city logs dozens of domestic violence calls a day."], "2021-04-02")).toEqual(["a day → SET P1D"])
  })
})

describe("court dates ahead", () => {
  it("reads 'held for a 9 a.m. Monday hearing' as the coming Monday", () => {
    // Published on a Friday.
    expect(read(["Both men were held in the county jail for a 9 a.m. Monday hearing."], "2021-04-02")).toEqual([
      "9 a.m. Monday → TIME 2021-04-05T09:00"
    ])
    expect(read(["At a Monday hearing, the judge set bail."], "2021-04-02")).toEqual(["Monday → DATE 2021-03-29"])
  })
})

describe("addresses", () => {
  it("leaves a house number after 'in the area of' out", () => {
    expect(read(["Two people were shot in the area of 1802 South Pine."], "2021-04-02")).toEqual([])
  })
})
