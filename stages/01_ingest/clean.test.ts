import { describe, expect, it } from "vitest"
import { cleanText } from "./clean.js"

describe("cleanText: layout", () => {
  it("separates paragraphs by exactly one blank line, keeps lines inside a paragraph, trims", () => {
    const raw = "\n\n  First line  \nsecond line\t\n\n\n\n   \nNext paragraph.   \n\n"
    expect(cleanText(raw)).toEqual({ text: "First line\nsecond line\n\nNext paragraph.", removed: [] })
  })

  it("keeps a headline line: it is part of the article", () => {
    const raw = "Floods close the harbour road\n\nThe harbour road was closed on Tuesday after heavy rain."
    expect(cleanText(raw).text).toBe(raw)
  })
})

describe("cleanText: captions and credits", () => {
  it("removes a caption followed by the same caption with the credit glued on", () => {
    const raw = [
      "Fishing boats moored at the northern pier",
      "Fishing boats moored at the northern pierAFP/Getty Images",
      "",
      "The fleet stayed in port for a third day, the harbour master said."
    ].join("\n")
    const cleaned = cleanText(raw)
    expect(cleaned.text).toBe("The fleet stayed in port for a third day, the harbour master said.")
    expect(cleaned.removed).toEqual([
      "caption: Fishing boats moored at the northern pier",
      "credit: Fishing boats moored at the northern pierAFP/Getty Images"
    ])
  })

  it("recognizes the glued credit of an agency it does not know", () => {
    const raw = "Volunteers clear debris in the old town\nVolunteers clear debris in the old townNorthwind Pictures\n\nThe clean-up began at dawn."
    expect(cleanText(raw).removed).toEqual([
      "caption: Volunteers clear debris in the old town",
      "credit: Volunteers clear debris in the old townNorthwind Pictures"
    ])
  })

  it("does not take a line that repeats the previous one plus ordinary words for a caption", () => {
    const raw = "Breaking\nBreaking News Tonight\n\nThe storm reached the coast."
    expect(cleanText(raw).removed).toEqual([])
  })

  it("removes lines that are only a photo credit", () => {
    const raw = [
      "Image copyright Getty Images",
      "",
      "The vote was delayed.",
      "Photo: AP",
      "The minister resigned.",
      "",
      "(AP Photo/Jane Roe)",
      "",
      "Getty Images",
      "",
      "Talks resume on Monday."
    ].join("\n")
    const cleaned = cleanText(raw)
    expect(cleaned.text).toBe("The vote was delayed.\nThe minister resigned.\n\nTalks resume on Monday.")
    expect(cleaned.removed).toEqual([
      "credit: Image copyright Getty Images",
      "credit: Photo: AP",
      "credit: (AP Photo/Jane Roe)",
      "credit: Getty Images"
    ])
  })

  it("removes a short caption paragraph ending in a credit line", () => {
    const raw = "Riot police outside the parliament building\nReuters\n\nProtests continued into the night."
    expect(cleanText(raw)).toEqual({
      text: "Protests continued into the night.",
      removed: ["caption: Riot police outside the parliament building", "credit: Reuters"]
    })
  })

  it("keeps an agency name that is the end of a wrapped sentence", () => {
    const raw = "The figures were first reported by\nReuters\nearlier this week, officials said."
    expect(cleanText(raw)).toEqual({ text: raw, removed: [] })
    const twoLines = "The figures were first reported according to\nReuters"
    expect(cleanText(twoLines).removed).toEqual([])
  })
})

describe("cleanText: bylines", () => {
  it("removes bylines and the time stamp under them", () => {
    const raw = [
      "By Jane Doe and John Roe, CNN",
      "Updated 1234 GMT (2034 HKT) December 9, 2019",
      "",
      "Officials said the bridge would reopen."
    ].join("\n")
    expect(cleanText(raw)).toEqual({
      text: "Officials said the bridge would reopen.",
      removed: ["byline: By Jane Doe and John Roe, CNN", "byline: Updated 1234 GMT (2034 HKT) December 9, 2019"]
    })
    expect(cleanText("By Maria Lopez\n\nThe council met on Friday.").removed).toEqual(["byline: By Maria Lopez"])
  })

  it("removes a byline glued in front of a wire dateline, keeping the dateline", () => {
    const cleaned = cleanText("By Anna Berg and Tomas Lind STOCKHOLM (Reuters) - Sweden's central bank held rates.")
    expect(cleaned.text).toBe("STOCKHOLM (Reuters) - Sweden's central bank held rates.")
    expect(cleaned.removed).toEqual(["byline: By Anna Berg and Tomas Lind"])
  })

  it("removes the wire credit at the end of a story", () => {
    const cleaned = cleanText("Exports rose 4 percent in May. (Reporting by Ana Ruiz; Editing by Tom Hale)")
    expect(cleaned.text).toBe("Exports rose 4 percent in May.")
    expect(cleaned.removed).toEqual(["byline: (Reporting by Ana Ruiz; Editing by Tom Hale)"])
  })
})

describe("cleanText: page furniture", () => {
  it("removes share, cookie, advertisement, read-more and newsletter lines", () => {
    const raw = [
      "Share this article",
      "Share on Facebook",
      "",
      "We use cookies to give you the best experience on our site.",
      "Accept cookies",
      "",
      "The mayor opened the new library on Saturday.",
      "",
      "Advertisement",
      "",
      "It has 40,000 books.",
      "",
      "Read more: How the library was funded",
      "Sign up for our newsletter"
    ].join("\n")
    const cleaned = cleanText(raw)
    expect(cleaned.text).toBe("The mayor opened the new library on Saturday.\n\nIt has 40,000 books.")
    expect(cleaned.removed.map((r) => r.slice(0, r.indexOf(":")))).toEqual([
      "share",
      "share",
      "cookie",
      "cookie",
      "boilerplate",
      "boilerplate",
      "boilerplate"
    ])
  })

  it("removes 'Advertisement' left between sentences of a flattened page", () => {
    const cleaned = cleanText("Police arrived at 9 p.m. Advertisement The suspect fled on foot.")
    expect(cleaned.text).toBe("Police arrived at 9 p.m. The suspect fled on foot.")
    expect(cleaned.removed).toEqual(["boilerplate: Advertisement"])
  })
})

describe("cleanText: precision (real sentences stay)", () => {
  it("keeps sentences that merely start like furniture", () => {
    const raw = [
      "By contrast, the opposition said the vote was rushed.",
      "",
      "Share prices fell 5 percent after the announcement.",
      "",
      "By Friday the talks had stalled.",
      "",
      "We use a lot of water, the farmer said.",
      "",
      "Photographs showed the damage to the roof.",
      "",
      "Advertisement revenue rose for the third quarter.",
      "",
      "Read more about the case in court filings, the judge told reporters."
    ].join("\n")
    expect(cleanText(raw)).toEqual({ text: raw, removed: [] })
  })

  it("keeps headline lines shaped like a byline but made of ordinary words", () => {
    const raw = "By The Numbers\n\nBy Monday Evening\n\nThe count is due on Friday."
    expect(cleanText(raw)).toEqual({ text: raw, removed: [] })
  })

  it("keeps a wrapped wire line that starts with a furniture word", () => {
    const raw = "Posted county prices in 99 southern\nTexas counties have been changed, officials said."
    expect(cleanText(raw)).toEqual({ text: raw, removed: [] })
  })
})
