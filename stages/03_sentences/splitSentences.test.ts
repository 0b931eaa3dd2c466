import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { SHORT_LINE_MAX, WRAP_MAX, splitSentences } from "./splitSentences.js"
import type { SentenceRow } from "./schema.js"

const texts = (text: string): string[] => splitSentences("doc", text).map((r) => r.text)

/** Checks the contract of the rows for `text`; returns them. */
const checkInvariants = (text: string): SentenceRow[] => {
  const rows = splitSentences("doc", text)
  const chars = [...text]
  let previousEnd = 0
  let previousParagraph = 0
  rows.forEach((row, k) => {
    expect(row.doc_id).toBe("doc")
    expect(row.sentence_id).toBe(k)
    expect(row.start).toBeGreaterThanOrEqual(previousEnd)
    expect(row.end).toBeGreaterThan(row.start)
    // Offsets are code points: slicing the code-point array gives the text back.
    expect(chars.slice(row.start, row.end).join("")).toBe(row.text)
    expect(row.text).toBe(row.text.trim())
    // Tiling: only whitespace between consecutive sentences; no blank line inside one.
    expect(chars.slice(previousEnd, row.start).join("").trim()).toBe("")
    expect(row.text).not.toMatch(/\n[ \t]*\n/)
    expect(row.paragraph_id).toBeGreaterThanOrEqual(previousParagraph)
    expect(row.paragraph_id).toBeLessThanOrEqual(previousParagraph + 1)
    const gap = chars.slice(previousEnd, row.start).join("")
    if (k > 0) expect(row.paragraph_id > previousParagraph).toBe(/\n[ \t]*\n/.test(gap))
    previousEnd = row.end
    previousParagraph = row.paragraph_id
  })
  expect(chars.slice(previousEnd).join("").trim()).toBe("")
  if (rows.length > 0) expect(rows[0]?.paragraph_id).toBe(0)
  return rows
}

describe("splitSentences: sentence ends", () => {
  it("splits at a period followed by a capital", () => {
    expect(texts("The vote was held on Monday. Results come later.")).toEqual([
      "The vote was held on Monday.",
      "Results come later."
    ])
  })

  it("splits at ? and ! and keeps runs like ?! together", () => {
    expect(texts("Is the road safe? Nobody knows! Really?! Officials declined to comment.")).toEqual([
      "Is the road safe?",
      "Nobody knows!",
      "Really?!",
      "Officials declined to comment."
    ])
  })

  it("keeps a closing bracket with its sentence", () => {
    expect(texts("The bill passed. (The count took hours.) Members cheered.")).toEqual([
      "The bill passed.",
      "(The count took hours.)",
      "Members cheered."
    ])
  })

  it("does not split before a lowercase word or inside a token", () => {
    expect(texts("Growth was 3.5 percent in the U.S.-led bloc. that is all")).toHaveLength(1)
    expect(texts("It costs $1.2 billion. Then the price doubles.")).toEqual(["It costs $1.2 billion.", "Then the price doubles."])
  })

  it("treats iPhone-style words as capitalised", () => {
    expect(texts("Apple sold the old model. iPhone sales rose.")).toEqual(["Apple sold the old model.", "iPhone sales rose."])
  })

  it("does not end a sentence at Yahoo!", () => {
    expect(texts("Yahoo! Inc. said profits rose.")).toHaveLength(1)
  })

  it("splits before a sentence that starts with a digit, not after No.", () => {
    expect(texts("Sales fell in 2008. 2009 was worse.")).toEqual(["Sales fell in 2008.", "2009 was worse."])
    expect(texts("The team is ranked No. 2 in the league and No. 14 abroad.")).toHaveLength(1)
    expect(texts("Did he resign? No. He stayed on.")).toEqual(["Did he resign?", "No.", "He stayed on."])
  })
})

describe("splitSentences: abbreviations", () => {
  it.each([
    "Pentagon spokesperson Cdr. Ann Reyes and Cmdr. Bo Tan spoke to reporters.",
    "Lt. Gen. Ann Price met Col. Dave Ray and Sgt. Mia Lee at the base.",
    "Dr. Kim, Mr. Lee, Mrs. Park, Ms. Cho and Prof. Han attended the hearing.",
    "Sen. Ray, Rep. Fox and Gov. Hall agreed on the plan.",
    "Acme Inc. and Beta Corp. bought Gamma Co. Ltd. last year.",
    "The parade went down St. Mark Street past the church.",
    "Tom Lee Jr. and Tom Lee Sr. both voted.",
    "It was Smith vs. Jones in court.",
    "Costs rose, e.g. fuel and rent, i.e. nearly everything, etc. in the capital.",
    "Trading opens at 9 a.m. Eastern and closes at 4 p.m. Friday.",
    "It happened on Jan. 5, Feb. 9, Aug. 12, Sept. 11, Oct. 3, Nov. 4 and Dec. 25.",
    "Offices in Pasadena, Calif. and Boston, Mass. and Atlanta, Ga. closed early.",
    "The U.S. Navy and U.K. Royal Air Force joined a U.N. Security Council mission.",
    "J. R. R. Tolkien wrote it and President George W. Bush read it.",
    "J. A. Smith won the race.",
    "It is now the U.S. No. 2 carrier.",
    "Delaware Chancery Court case No. CA4307 was dismissed."
  ])("keeps one sentence: %s", (sentence) => {
    expect(texts(sentence)).toEqual([sentence])
  })

  it("ends a sentence at U.S. when a sentence starter follows", () => {
    expect(texts("The ships sailed back to the U.S. The crew was tired.")).toEqual([
      "The ships sailed back to the U.S.",
      "The crew was tired."
    ])
    expect(texts("Sanctions were imposed by the U.S. It was the first time.")).toHaveLength(2)
    expect(texts("Police arrived at 5 p.m. No one was hurt.")).toEqual(["Police arrived at 5 p.m.", "No one was hurt."])
    expect(texts("The ships sailed back to the U.S. Navy base.")).toHaveLength(1)
  })

  it("ends a sentence at U.K. when a quotation opens", () => {
    expect(texts('Protests spread across the U.K. "This must stop," a minister said.')).toEqual([
      "Protests spread across the U.K.",
      '"This must stop," a minister said.'
    ])
  })

  it("ends a sentence at Inc. before The, not before a title", () => {
    expect(texts("Shares fell at Acme Inc. The company blamed the weather.")).toHaveLength(2)
    expect(texts("Shares fell at Acme Inc. Chief Executive Jo Bell resigned.")).toHaveLength(1)
  })
})

describe("splitSentences: quotes and ellipses", () => {
  it("keeps a closing quote after the period with its sentence", () => {
    expect(texts('"Attacks will not be tolerated." The statement ended there.')).toEqual([
      '"Attacks will not be tolerated."',
      "The statement ended there."
    ])
    expect(texts("“It is over.” She left the room.")).toEqual(["“It is over.”", "She left the room."])
  })

  it("splits inside a multi-sentence quote but not before a lowercase attribution", () => {
    expect(texts('"We take this seriously. We retain the right," he said.')).toEqual([
      '"We take this seriously.',
      'We retain the right," he said.'
    ])
    expect(texts('"Is it over?" he asked. "Yes!" she said.')).toEqual(['"Is it over?" he asked.', '"Yes!" she said.'])
  })

  it("treats an ellipsis as an omission unless a quote closes after it", () => {
    expect(texts("We are disappointed... Once we review it we will act.")).toHaveLength(1)
    expect(texts("The plan was … Unclear to all.")).toHaveLength(1)
    expect(texts('"We waited..." Then it rained.')).toEqual(['"We waited..."', "Then it rained."])
    expect(texts("It ended in June.... The next round starts soon.")).toHaveLength(2)
  })
})

describe("splitSentences: paragraphs and lines", () => {
  it("never crosses a blank line and numbers the paragraphs", () => {
    const rows = splitSentences("doc", "First one. Still first\n\n  \nSecond paragraph without a period\n\nThird.")
    expect(rows.map((r) => [r.paragraph_id, r.text])).toEqual([
      [0, "First one."],
      [0, "Still first"],
      [1, "Second paragraph without a period"],
      [2, "Third."]
    ])
  })

  it("ends a short headline line without punctuation", () => {
    expect(texts("Rockets hit base near Baghdad\nFour rockets struck the base on Monday.")).toEqual([
      "Rockets hit base near Baghdad",
      "Four rockets struck the base on Monday."
    ])
    expect(texts("Car sales plunge by 45%\nSales fell again in March.")).toHaveLength(2)
  })

  it("keeps a hard-wrapped prose line with its sentence", () => {
    const long = "The ministry said on Sunday that talks with officials from the United"
    expect(long.length).toBeGreaterThan(SHORT_LINE_MAX)
    expect(texts(`${long}\nNations would continue next week.`)).toHaveLength(1)
    // Short, but it stops on a preposition, a comma, or the next line goes on in lowercase.
    expect(texts("Talks are expected to begin in\nJune in Geneva.")).toHaveLength(1)
    expect(texts("Talks with Iran, Iraq,\nSyria and Jordan resumed.")).toHaveLength(1)
    expect(texts("Officials said\nthe talks failed.")).toHaveLength(1)
  })

  it("produces no rows for blank input and ignores leading blank lines", () => {
    expect(splitSentences("doc", "")).toEqual([])
    expect(splitSentences("doc", " \n\n \t\n")).toEqual([])
    const rows = splitSentences("doc", "\n\n  Hello there.  \n\n")
    expect(rows).toEqual([{ doc_id: "doc", sentence_id: 0, paragraph_id: 0, start: 4, end: 16, text: "Hello there." }])
  })
})

describe("splitSentences: a missing space between sentences", () => {
  it("splits a period glued to the next sentence", () => {
    expect(texts("Shots were fired near 300 W Main Street.Officers said two men ran.")).toEqual([
      "Shots were fired near 300 W Main Street.",
      "Officers said two men ran."
    ])
    expect(texts("She was taken to a hospital.Police believe she knew him!Nobody else was hurt.")).toHaveLength(3)
  })

  it.each([
    "Read more at ClickOrlando.com and www.example.com tonight.",
    "Updates are posted on news.Yahoo.com every hour.",
    "Write to jane.Doe@example.org with questions.",
    "Follow @metro.Police for updates.",
    "He moved to St.Louis and then to Mt.Vernon last year.",
    "Soldiers of the U.S.Army and Mr.Smith attended.",
    "Growth was 3.5 percent and J.Smith won the vote.",
    "Shares of Amazon.Com and Mail.Ru rose while PayPal.Com fell."
  ])("keeps one sentence: %s", (sentence) => {
    expect(texts(sentence)).toEqual([sentence])
  })
})

describe("splitSentences: after a clock time", () => {
  it("ends a sentence at a.m./p.m. before a capitalised word", () => {
    expect(texts("Shots were fired at 10:30 a.m. Police said he was armed.")).toEqual([
      "Shots were fired at 10:30 a.m.",
      "Police said he was armed."
    ])
    expect(texts("The store closed at 9 p.m. Lt. Ann Ray arrived later.")).toHaveLength(2)
    expect(texts('He left at 7 a.m. "We never saw him again," she said.')).toHaveLength(2)
  })

  it.each([
    "The hearing starts at 10 a.m. EDT on Friday.",
    "The hearing starts at 10 a.m. ET and ends at 2 p.m. GMT.",
    "It ended at 5 p.m. Friday in the capital.",
    "Doors open at 9 a.m. Jan. 5 for members.",
    "Doors open at 9 a.m. March 12 for members.",
    "Trading resumed at 10 a.m. New York time after the halt.",
    "The talks end at 6 p.m. Pacific Time on Sunday.",
    "The flight landed at 6:40 p.m. (GMT +8) after a long trip.",
    "The shop opens at 8 a.m. local time."
  ])("keeps one sentence: %s", (sentence) => {
    expect(texts(sentence)).toEqual([sentence])
  })
})

describe("splitSentences: hard-wrapped lines", () => {
  it("keeps a short first line with the wrapped prose it runs into", () => {
    const wrapped = "Service issued a flood warning for three counties along the river"
    expect(wrapped.length).toBeGreaterThan(SHORT_LINE_MAX)
    expect(wrapped.length).toBeLessThanOrEqual(WRAP_MAX)
    const text = `The National Weather\n${wrapped}\non Tuesday after heavy rain.\n    Officials said roads were closed.`
    expect(texts(text)).toEqual([
      `The National Weather\n${wrapped}\non Tuesday after heavy rain.`,
      "Officials said roads were closed."
    ])
    // The same at the start of an indented paragraph.
    expect(texts(`Rain fell all week.\n    The National Weather\n${wrapped}\non Tuesday.`)).toHaveLength(2)
  })

  it("still cuts headlines and table rows", () => {
    // A headline over a body written one paragraph a line: the next line is longer than WRAP_MAX.
    const body = "Four rockets struck the base on Monday, officials said, in the third attack on the base this month."
    expect(body.length).toBeGreaterThan(WRAP_MAX)
    expect(texts(`Rockets hit base near Baghdad\n${body}\nNo one was hurt.`)).toHaveLength(3)
    // A headline, then a date line, then the body.
    expect(texts(`Rockets hit base near Baghdad\nMarch 3, 2008\n${body}`)).toHaveLength(3)
    // Rows of figures, then an indented note that wraps: the indentation opens a paragraph.
    const note = "Note: Results include a one-time gain of 1.2 mln dlrs from the sale"
    expect(texts(`Shr 90 cts vs 80 cts\n    Net 3.3 mln vs 2.9 mln\n    ${note}\nof a unit.`)).toEqual([
      "Shr 90 cts vs 80 cts",
      "Net 3.3 mln vs 2.9 mln",
      `${note}\nof a unit.`
    ])
    // Columns aligned with spaces are a table row, not prose.
    const row = "Bank of Ohio        12.5 mln     11.2 mln     10.1 mln"
    expect(texts(`Deposits\n${row}\nBank of Utah        9.5 mln      9.2 mln      9.1 mln`)[0]).toBe("Deposits")
  })
})

describe("splitSentences: list items", () => {
  it("starts a new sentence at a list marker after a sentence end", () => {
    expect(texts("Exports dropped. - Restrictions on steel were eased. - Tariffs rose in May.")).toEqual([
      "Exports dropped.",
      "- Restrictions on steel were eased.",
      "- Tariffs rose in May."
    ])
    expect(texts("Talks stalled. -- March 5 - Ministers meet again. -- $5 billion is set aside.")).toEqual([
      "Talks stalled.",
      "-- March 5 - Ministers meet again.",
      "-- $5 billion is set aside."
    ])
    expect(texts("No one was hurt. • A car was stolen on Main Street. • A purse was taken.")).toHaveLength(3)
    expect(texts("The case is under investigation. – Jo Smith")).toEqual(["The case is under investigation.", "– Jo Smith"])
  })

  it("after an abbreviation only inside a list", () => {
    expect(texts("- May 2: The bank buys Acme Co. Ltd. - June 4: Regulators object.")).toEqual([
      "- May 2: The bank buys Acme Co. Ltd.",
      "- June 4: Regulators object."
    ])
    expect(texts("PORTSMOUTH, Va. - A man was shot on Sunday.")).toHaveLength(1)
    expect(texts("TOKYO (Reuters Life!) - Fans lined up for hours.")).toHaveLength(1)
  })

  it.each([
    "The plants affected are: * Chicago, Illinois * Norfolk, Virginia",
    "The deal closed. -- corrects the year in the third paragraph",
    "The story ended. - - - - Next comes the weather.",
    "Prices rose 5 percent - the most in a year - on Monday."
  ])("keeps one sentence: %s", (sentence) => {
    expect(texts(sentence)).toEqual([sentence])
  })
})

describe("splitSentences: non-Latin sentence marks", () => {
  it("ends sentences at 。！？ without a space", () => {
    expect(texts("地震が発生した。被害は不明だ！救助は続く？はい。")).toEqual(["地震が発生した。", "被害は不明だ！", "救助は続く？", "はい。"])
    expect(texts("他来了。 我们走吧！")).toEqual(["他来了。", "我们走吧！"])
  })

  it("keeps a closing quote with its sentence and goes on after a quoted question", () => {
    expect(texts("「本当か？」と彼は聞いた。「はい。」「では行こう。」")).toEqual(["「本当か？」と彼は聞いた。", "「はい。」", "「では行こう。」"])
  })

  it("ends sentences at Arabic, Urdu and Devanagari marks", () => {
    expect(texts("هل انتهى الاجتماع؟ نعم انتهى.")).toEqual(["هل انتهى الاجتماع؟", "نعم انتهى."])
    expect(texts("یہ کتاب ہے۔ وہ قلم ہے۔")).toEqual(["یہ کتاب ہے۔", "وہ قلم ہے۔"])
    expect(texts("यह किताब है। वह कलम है।")).toEqual(["यह किताब है।", "वह कलम है।"])
  })

  it("tiles text in these scripts with code-point offsets", () => {
    checkInvariants("𝔸 地震が発生した。被害は不明だ！\n\nهل انتهى؟ نعم. 𝔹 यह किताब है। वह कलम है।")
  })
})

describe("splitSentences: attributions after a quoted question", () => {
  it("keeps a name and a speech verb with the quote", () => {
    expect(texts('"Why did this happen?" Smith asked. "Nobody knows."')).toEqual([
      '"Why did this happen?" Smith asked.',
      '"Nobody knows."'
    ])
    expect(texts("“Is it over?” Mr. Lee said, shaking his head.")).toHaveLength(1)
    expect(texts('"Can we win?" Jane Ann Smith replied.')).toHaveLength(1)
    expect(texts('"Stop!" Officer Diaz shouted.')).toHaveLength(1)
  })

  it("splits when a new sentence follows the quote", () => {
    expect(texts('"Why not?" He said the plan was fine.')).toHaveLength(2)
    expect(texts('"Why not?" Police said he was armed.')).toHaveLength(2)
    expect(texts('"Why not?" The mayor asked.')).toHaveLength(2)
    expect(texts("Why not? Smith asked.")).toHaveLength(2)
  })
})

describe("splitSentences: offsets and invariants", () => {
  it("counts offsets in code points when an emoji comes first", () => {
    const text = "🚀 Rockets hit the base. Then 🙂 calm returned."
    const rows = checkInvariants(text)
    expect(rows.map((r) => r.text)).toEqual(["🚀 Rockets hit the base.", "Then 🙂 calm returned."])
    // UTF-16 would put "Then" at 25; in code points it is 24.
    expect(rows[1]?.start).toBe([...text].indexOf("T"))
    expect(rows[1]?.start).toBe(24)
    expect(rows[1]?.end).toBe([...text].length)
  })

  it.each(["000_c55c00115a869dbf.txt", "002_62a8a69806614c9a.txt"])("tiles the seed article %s", (file) => {
    const text = readFileSync(new URL(`../../data/raw/${file}`, import.meta.url), "utf8")
    const rows = checkInvariants(text)
    expect(rows.length).toBeGreaterThan(20)
  })

  it("tiles a mixed text of paragraphs, headlines, quotes and astral characters", () => {
    const text = [
      "Strike on 𝔸𝕝 base",
      "",
      "“We are safe. We are ready,” Col. 🇺🇸 Ray said… and left.\nThe U.S. The end?!",
      "",
      "",
      "Short line\nNext line. (Aside.) Done"
    ].join("\n")
    const rows = checkInvariants(text)
    expect(rows.map((r) => r.paragraph_id)).toEqual([0, 1, 1, 1, 1, 2, 2, 2, 2])
  })
})
