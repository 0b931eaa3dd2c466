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

describe("cleanText: control characters", () => {
  it("removes NUL and other C0 controls (not tab, line feed or form feed) and counts them", () => {
    const cleaned = cleanText("The\u0000 ferry\u001b resumed\tservice.\u000bCrews returned.")
    expect(cleaned).toEqual({ text: "The ferry resumed\tservice.\nCrews returned.", removed: ["control: 2 characters"] })
  })
})

describe("cleanText: paragraphs marked by indentation (Reuters-21578)", () => {
  it("keeps the paragraphs that the indented first lines mark", () => {
    const raw = "Showers continued in the cocoa zone,\nthe review said.\n    The dry period means the crop\nwill be late.\n    Arrivals rose."
    expect(cleanText(raw).text).toBe("Showers continued in the cocoa zone,\nthe review said.\n\nThe dry period means the crop\nwill be late.\n\nArrivals rose.")
  })
})

describe("cleanText: wire credits at the end", () => {
  it("takes any case, 'additional reporting', a trailing period, and a credit wrapped over lines", () => {
    const cases: Array<[string, string]> = [
      ["(Reporting By Jane Doe)", "(Reporting By Jane Doe)"],
      ["(additional reporting by Ana Ruiz in Madrid)", "(additional reporting by Ana Ruiz in Madrid)"],
      ["(Reporting by Ana Ruiz; editing by Matthew Lewis).", "(Reporting by Ana Ruiz; editing by Matthew Lewis)."],
      ["(Paris newsroom; Editing by Tom Hale)", "(Paris newsroom; Editing by Tom Hale)"],
      ["(Additional reporting by Ana Ruiz in\nMadrid and Tom Hale in Rome)", "(Additional reporting by Ana Ruiz in Madrid and Tom Hale in Rome)"]
    ]
    for (const [credit, entry] of cases) {
      const cleaned = cleanText(`Exports rose 4 percent in May, the ministry said. ${credit}`)
      expect(cleaned, credit).toEqual({ text: "Exports rose 4 percent in May, the ministry said.", removed: [`byline: ${entry}`] })
    }
  })

  it("removes a last paragraph that is only the credit, and a credit line of its own", () => {
    expect(cleanText("Exports rose.\n\n(Reporting by Ana Ruiz in\nMadrid)").text).toBe("Exports rose.")
    expect(cleanText("(Editing By Tom Hale)\n\nExports rose.").removed).toEqual(["byline: (Editing By Tom Hale)"])
  })

  it("leaves a parenthesis that only mentions reporting, and a credit that is not at the end", () => {
    const prose = "The figures rose, the study found (based on reporting by local media)."
    expect(cleanText(prose)).toEqual({ text: prose, removed: [] })
    const middle = "Exports rose. (Reporting by Ana Ruiz)\n\nImports fell."
    expect(cleanText(middle).text).toBe(middle)
  })
})

describe("cleanText: precision for copyright lines and bylines", () => {
  it("keeps a list item numbered (c), and still removes copyright lines", () => {
    const list = "The rules say:\n\n(a) banks must hold more capital;\n\n(c) executives must forfeit bonuses after a bailout."
    expect(cleanText(list)).toEqual({ text: list, removed: [] })
    const notices = [
      "(c) Copyright Thomson Reuters 2013. All rights reserved.",
      "© 2019 Reuters",
      "Copyright 2014 by WJXT - All rights reserved",
      "(c) 2019 Reuters",
      "(c) Reuters"
    ]
    for (const n of notices) expect(cleanText(`Exports rose.\n\n${n}`).removed, n).toEqual([`credit: ${n}`])
  })

  it("keeps a title-case subheading with function words, and bare names far from the top", () => {
    const raw = "The storm hit the coast on Monday.\n\nBy Land Or Sea\n\nCrews reached the island by boat."
    expect(cleanText(raw)).toEqual({ text: raw, removed: [] })
    const lines = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the report.`)
    const late = [...lines, "By Popular Demand", "The fair returns next year."].join("\n\n")
    expect(cleanText(late).removed).toEqual([])
    expect(cleanText("By Popular Demand\n\nThe fair returns next year.").removed).toEqual(["byline: By Popular Demand"])
  })
})

describe("cleanText: common credits and bylines", () => {
  it("removes agency and photographer credits, also in a caption line that ends with one", () => {
    const raw = [
      "REUTERS/Thaier al-Sudani",
      "",
      "Thaier al-Sudani/Reuters",
      "",
      "(Photo by Chip Somodevilla/Getty Images)",
      "",
      "FILE PHOTO: A man walks past the bank in Paris, France, March 13, 2019. REUTERS/Charles Platiau/File Photo",
      "",
      "The bank said profits rose."
    ].join("\n")
    const cleaned = cleanText(raw)
    expect(cleaned.text).toBe("The bank said profits rose.")
    expect(cleaned.removed.map((r) => r.slice(0, r.indexOf(":")))).toEqual(["credit", "credit", "credit", "caption"])
  })

  it("removes contributor lines, follow-us lines and a lower-case byline", () => {
    const raw = "by Robert MacMillan\n\nThe bank said profits rose.\n\nCNN's Jane Doe contributed to this report.\n\nFollow us on Twitter"
    expect(cleanText(raw)).toEqual({
      text: "The bank said profits rose.",
      removed: ["byline: by Robert MacMillan", "byline: CNN's Jane Doe contributed to this report.", "share: Follow us on Twitter"]
    })
  })

  it("keeps sentences that merely mention agencies, contributions or following", () => {
    const raw = [
      "The Reuters/Ipsos poll showed support falling.",
      "",
      "Several factors contributed to the decline, analysts said.",
      "",
      "Follow the money, the prosecutor told jurors."
    ].join("\n")
    expect(cleanText(raw)).toEqual({ text: raw, removed: [] })
  })
})

describe("cleanText: boilerplate inside flattened lines", () => {
  it("cuts unmistakable boilerplate sentences out of a one-line article and lists them", () => {
    const raw =
      "Please enable Javascript to watch this video MIAMI -- A man was shot on Friday. (Photo: File photo) Police are investigating. Read or Share this story: http://on.example.com/2ab"
    expect(cleanText(raw)).toEqual({
      text: "MIAMI -- A man was shot on Friday. Police are investigating.",
      removed: [
        "boilerplate: Please enable Javascript to watch this video",
        "credit: (Photo: File photo)",
        "share: Read or Share this story: http://on.example.com/2ab"
      ]
    })
  })
})
