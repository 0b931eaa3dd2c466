import { describe, expect, it } from "vitest"
import type { SpanTagger, TaggedSpan } from "./nerContract.js"
import { recognizeDocument } from "./recognizeDocument.js"
import { entityGroups, runStub, stubSentences } from "./testing/runStub.js"

describe("an organization said short after its full name", () => {
  it("joins the first words of a company's name to the full name", () => {
    const r = runStub("Brindle Pumps Corp said sales rose.\nBrindle expects more orders, and Brindle Pumps will hire.", {
      "Brindle Pumps Corp": "ORG",
      Brindle: "ORG",
      "Brindle Pumps": "ORG"
    })
    expect(entityGroups(r)).toEqual([["Brindle Pumps Corp", "Brindle", "Brindle Pumps"]])
  })

  it("does not make an organization one with a board or council inside it", () => {
    const r = runStub("Nordland Savings Bank Executive Board member Ann Lee spoke.\nNordland Savings Bank kept rates.", {
      "Nordland Savings Bank Executive Board": "ORG",
      "Ann Lee": "PER",
      "Nordland Savings Bank": "ORG"
    })
    expect(entityGroups(r)).toEqual([["Nordland Savings Bank Executive Board"], ["Ann Lee"], ["Nordland Savings Bank"]])
  })

  it("leaves a short name that starts two different companies' names alone", () => {
    const r = runStub("Talbot Mining Ltd and Talbot Freight Inc merged.\nTalbot said so.", {
      "Talbot Mining Ltd": "ORG",
      "Talbot Freight Inc": "ORG",
      Talbot: "ORG"
    })
    expect(entityGroups(r)).toEqual([["Talbot Mining Ltd"], ["Talbot Freight Inc"], ["Talbot"]])
  })

  it("joins a short name to the company whose units share its full name", () => {
    const r = runStub("Brindle Harwood Corp won a contract.\nBrindle Harwood Shipbuilding will do the work.\nBrindle said so.", {
      "Brindle Harwood Corp": "ORG",
      "Brindle Harwood Shipbuilding": "ORG",
      Brindle: "ORG"
    })
    expect(entityGroups(r)).toEqual([["Brindle Harwood Corp", "Brindle"], ["Brindle Harwood Shipbuilding"]])
  })

  it("does not make a place one with its sheriff's office or police", () => {
    const r = runStub("Deputies of Orrin County Sheriff's Office came.\nOrrin County is rural.\nVale Police Department and Vale said no.", {
      "Orrin County Sheriff's Office": "ORG",
      "Orrin County": "ORG",
      "Vale Police Department": "ORG",
      Vale: "ORG"
    })
    expect(entityGroups(r)).toEqual([["Orrin County Sheriff's Office"], ["Orrin County"], ["Vale Police Department"], ["Vale"]])
  })

  it("joins a police force said short to its department, but not a one-word kind of body", () => {
    const r = runStub("Vale Police Department officers came.\nVale Police said the Bank of Dorne was closed.\nThe Bank said so.", {
      "Vale Police Department": "ORG",
      "Vale Police": "ORG",
      "Bank of Dorne": "ORG",
      Bank: "ORG"
    })
    expect(entityGroups(r)).toEqual([["Vale Police Department", "Vale Police"], ["Bank of Dorne"], ["Bank"]])
  })
})

describe("an organization's short name said as another type too", () => {
  it("is left alone: the place is not the team named after it", () => {
    const text = "Vormont Rovers beat the visitors.\nVormont scored twice.\nFans in Vormont cheered."
    const sentences = stubSentences(text)
    // The stub tagger gives a name one type; this one calls "Vormont" a team in the second sentence, a place in the third.
    const tagger: SpanTagger = {
      tag: () => [],
      tagDocument: (words) =>
        words.map((w, k): TaggedSpan[] =>
          k === 0 ? [{ startToken: 0, endToken: 2, type: "ORG", confidence: 0.9 }] : [{ startToken: w.indexOf("Vormont"), endToken: w.indexOf("Vormont") + 1, type: k === 1 ? "ORG" : "LOC", confidence: 0.7 }]
        )
    }
    const r = recognizeDocument(text, sentences, tagger)
    expect(entityGroups(r)).toEqual([["Vormont Rovers"], ["Vormont", "Vormont"]])
  })
})

describe("a longer name that is a part of the organization", () => {
  it("is not the organization itself", () => {
    const r = runStub("The Halvard Alliance Conference opened.\nThe Halvard Alliance said it would last a week.", {
      "Halvard Alliance Conference": "ORG",
      "Halvard Alliance": "ORG"
    })
    expect(entityGroups(r)).toEqual([["Halvard Alliance Conference"], ["Halvard Alliance"]])
  })
})

describe("an organization said without its place", () => {
  it("joins the one longer name that puts a place before it", () => {
    const r = runStub("The Orrin County Sheriff's Office said so.\nThe Sheriff's Office added more.\nCall Vale Crime Stoppers or Crime Stoppers.", {
      "Orrin County Sheriff's Office": "ORG",
      "Sheriff's Office": "ORG",
      "Vale Crime Stoppers": "ORG",
      "Crime Stoppers": "ORG"
    })
    expect(entityGroups(r)).toEqual([["Orrin County Sheriff's Office", "Sheriff's Office"], ["Vale Crime Stoppers", "Crime Stoppers"]])
  })

  it("leaves it alone when two longer names end so", () => {
    const r = runStub("The Texas Supreme Court and the Ohio Supreme Court differ.\nThe Supreme Court ruled.", {
      "Texas Supreme Court": "ORG",
      "Ohio Supreme Court": "ORG",
      "Supreme Court": "ORG"
    })
    expect(entityGroups(r)).toEqual([["Texas Supreme Court"], ["Ohio Supreme Court"], ["Supreme Court"]])
  })
})

describe("a longer name that is a channel, product or office of the company", () => {
  it("is not the company, but a club named with its town is", () => {
    const r = runStub("Talbot One and Talbot said so.\nThe Orrin's Office of Safety and Orrin agreed.\nHamburg Rovers and Brackwater Hamburg met, and Brackwater won.", {
      "Talbot One": "ORG",
      Talbot: "ORG",
      "Orrin's Office of Safety": "ORG",
      Orrin: "ORG",
      "Hamburg Rovers": "ORG",
      "Brackwater Hamburg": "ORG",
      Brackwater: "ORG"
    })
    expect(entityGroups(r)).toEqual([["Talbot One"], ["Talbot"], ["Orrin's Office of Safety"], ["Orrin"], ["Hamburg Rovers"], ["Brackwater Hamburg", "Brackwater"]])
    const body = runStub("The U.N. Food and Shipping Agency met.\nThe U.N. agreed.", { "U.N. Food and Shipping Agency": "ORG", "U.N.": "ORG" })
    expect(entityGroups(body)).toEqual([["U.N. Food and Shipping Agency"], ["U.N."]])
  })
})
