import { describe, expect, it } from "vitest"
import { mentionTypes, runStub } from "./testing/runStub.js"


describe("streets and roads", () => {
  it("types street names as facilities whatever the tagger said, without a country", () => {
    const r = runStub("Shots were fired on Elm Street near Kelsey Drive.\nThe car left Grand Ave. for Fenno Road.", {
      "Elm Street": "LOC",
      "Kelsey Drive": "PER",
      "Grand Ave.": "ORG",
      "Fenno Road": "LOC"
    })
    expect(mentionTypes(r)).toEqual([["Elm Street", "FAC"], ["Kelsey Drive", "FAC"], ["Grand Ave.", "FAC"], ["Fenno Road", "FAC"]])
    for (const e of r.entities) expect(e.countryCode).toBeNull()
  })

  it("keeps a person whose surname is a street word only the tagger's PER says is a name", () => {
    const r = runStub("Nathan Lane starred on Drury Lane.", { "Nathan Lane": "PER", "Drury Lane": "LOC" })
    expect(mentionTypes(r)).toEqual([["Nathan Lane", "PERSON"], ["Drury Lane", "FAC"]])
  })

  it("completes a numbered road and reads an interstate code", () => {
    const r = runStub("The crash closed Interstate 95 and I-75 near State Route 9.", { Interstate: "ORG", "I-75": "MISC", "State Route": "ORG" })
    expect(mentionTypes(r)).toEqual([["Interstate 95", "FAC"], ["I-75", "FAC"], ["State Route 9", "FAC"]])
  })

  it("drops a capitalized article or pronoun glued after a name by a missing sentence end", () => {
    const r = runStub("He lived on Mary Bethune Boulevard The police said", { "Mary Bethune Boulevard The": "PER" })
    expect(mentionTypes(r)).toEqual([["Mary Bethune Boulevard", "FAC"]])
  })

  it("ends an address at its street word", () => {
    const r = runStub("It was at 1551 Monument Boulevard Police arrived later.", { "1551 Monument Boulevard Police": "ORG" })
    expect(mentionTypes(r)).toEqual([["1551 Monument Boulevard", "FAC"]])
  })

  it("types a street the tagger called MISC as a facility", () => {
    const r = runStub("They met on Grand Avenue.", { "Grand Avenue": "MISC" })
    expect(mentionTypes(r)).toEqual([["Grand Avenue", "FAC"]])
  })

  it("reads a direction after a street word, and courts and circles in an address", () => {
    const r = runStub("It was in the 900 block of Tamsin Street NE near 14th Avenue South.\nHe lived at 12 Orrin Court, off Gale Circle, near the Orrin Court.", {
      "Tamsin Street NE": "ORG",
      "Avenue South": "ORG",
      "Orrin Court": "ORG",
      "Gale Circle": "ORG"
    })
    expect(mentionTypes(r)).toEqual([["Tamsin Street NE", "FAC"], ["Avenue South", "FAC"], ["Orrin Court", "FAC"], ["Gale Circle", "ORG"], ["Orrin Court", "ORG"]])
  })

  it("leaves names about streets that are not streets alone", () => {
    const r = runStub("The Wall Street Journal reported it.", { "Wall Street Journal": "ORG" })
    expect(mentionTypes(r)).toEqual([["Wall Street Journal", "ORG"]])
  })
})

describe("cars", () => {
  it("are products, not their makers, but the company and people named like a make are not cars", () => {
    const r = runStub("They fled in a Honda Accord and a Buick Regal.\nFord Motor said Ford Frick spoke.", {
      "Honda Accord": "ORG",
      "Buick Regal": "PER",
      "Ford Motor": "ORG",
      "Ford Frick": "PER"
    })
    expect(mentionTypes(r)).toEqual([["Honda Accord", "MISC"], ["Buick Regal", "MISC"], ["Ford Motor", "ORG"], ["Ford Frick", "PERSON"]])
  })
})

describe("banks and buildings the tagger took for people or places", () => {
  it("are organizations and facilities", () => {
    const r = runStub("Banque Tessin and Orrin Bank said so.\nHe stayed at the Fenlow Hotel.", { "Banque Tessin": "PER", "Orrin Bank": "LOC", "Fenlow Hotel": "PER" })
    expect(mentionTypes(r)).toEqual([["Banque Tessin", "ORG"], ["Orrin Bank", "ORG"], ["Fenlow Hotel", "FAC"]])
  })
})

describe("newspapers the tagger called MISC", () => {
  it("are organizations, but a hyphenated word of other words is not", () => {
    const r = runStub("The Brackwater Herald and the News-Star said so.\nThe Anglo-Saxon era ended.", { "Brackwater Herald": "MISC", "News-Star": "MISC", "Anglo-Saxon": "MISC" })
    expect(mentionTypes(r)).toEqual([["Brackwater Herald", "ORG"], ["News-Star", "ORG"], ["Anglo-Saxon", "MISC"]])
  })
})

describe("holidays", () => {
  it("are events whatever the tagger said", () => {
    const r = runStub("Offices close for Good Friday and Christmas.", { "Good Friday": "LOC", Christmas: "PER" })
    expect(mentionTypes(r)).toEqual([["Good Friday", "MISC"], ["Christmas", "MISC"]])
  })
})

describe("counties", () => {
  it("are places, but a club named as one before its score is not", () => {
    const r = runStub("Orrin County deputies came.\nIn the cup, Orrin County 2 Fenlow 1.\nHe was taken to the Hospital of Orrin County.", {
      "Orrin County": "ORG",
      Fenlow: "ORG",
      "Hospital of Orrin County": "ORG"
    })
    expect(mentionTypes(r)).toEqual([["Orrin County", "GPE"], ["Orrin County", "ORG"], ["Fenlow", "ORG"], ["Hospital of Orrin County", "ORG"]])
  })
})

describe("ranks and offices before a person's name", () => {
  it("keeps the rank out of the name and gives it as the title", () => {
    const r = runStub("Lt. Kip Hart said the suspect fled.\nSheriff Joe Dunn and Det. Bo Ray arrived.\nLt. Col. Ann Lee spoke.", {
      "Lt. Kip Hart": "PER",
      "Sheriff Joe Dunn": "PER",
      "Det. Bo Ray": "PER",
      "Lt. Col. Ann Lee": "PER"
    })
    expect(r.mentions.map((m) => [m.text, m.type, m.title])).toEqual([
      ["Kip Hart", "PERSON", "Lt."],
      ["Joe Dunn", "PERSON", "Sheriff"],
      ["Bo Ray", "PERSON", "Det."],
      ["Ann Lee", "PERSON", "Lt. Col."]
    ])
  })

  it("reads a rank's abbreviation and a name as a person whatever the tagger said", () => {
    const r = runStub("Gen Pinochet was arrested.", { "Gen Pinochet": "LOC" })
    expect(r.mentions.map((m) => [m.text, m.type, m.title])).toEqual([["Pinochet", "PERSON", "Gen"]])
  })

  it("leaves an office alone when no name follows, and organizations named with a rank word", () => {
    const r = runStub("The Chief Justice ruled.\nGeneral Motors fell.\nThe CPL World Tour began.", { "Chief Justice": "PER", "General Motors": "ORG", "CPL World Tour": "MISC" })
    expect(mentionTypes(r)).toEqual([["Chief Justice", "PERSON"], ["General Motors", "ORG"], ["CPL World Tour", "MISC"]])
  })
})

describe("buildings and events read as places", () => {
  it("types a LOC name ending in a building's word as FAC and one ending in an event's as MISC, not an ORG or a known town", () => {
    const r = runStub("Crowds filled Orrin Hall and the Tamsin Library for the Harlow Film Festival.\nBlack House Books and Rockville Centre agreed.", {
      "Orrin Hall": "LOC",
      "Tamsin Library": "LOC",
      "Harlow Film Festival": "LOC",
      "Black House Books": "ORG",
      "Rockville Centre": "LOC"
    })
    expect(mentionTypes(r)).toEqual([
      ["Orrin Hall", "FAC"],
      ["Tamsin Library", "FAC"],
      ["Harlow Film Festival", "MISC"],
      ["Black House Books", "ORG"],
      ["Rockville Centre", "GPE"]
    ])
    const bodies = runStub("The U.S. House and the Upper House met in Orrin Hall.\nThe Catholic Church spoke.", { "U.S. House": "LOC", "Upper House": "LOC", "Orrin Hall": "LOC", "Catholic Church": "LOC" })
    expect(mentionTypes(bodies)).toEqual([["U.S. House", "ORG"], ["Upper House", "ORG"], ["Orrin Hall", "FAC"], ["Catholic Church", "ORG"]])
  })
})

describe("countries in capitals", () => {
  it("links a place the tagger found in a dateline's capitals to its country, not a person named so", () => {
    const r = runStub("SINGAPORE (Wire) - Exports fell.\nJORDAN scored twice.", { SINGAPORE: "LOC", JORDAN: "PER" })
    expect(r.mentions.map((m) => [m.text, m.type, m.entityId])).toEqual([
      ["SINGAPORE", "GPE", "SGP"],
      ["JORDAN", "PERSON", r.mentions[1]!.entityId]
    ])
    expect(r.mentions[1]!.entityId).not.toBe("JOR")
  })

  it("reads a country's name in capitals before a lower-case word as an acronym, not in a heading", () => {
    const r = runStub("The CHAD leader met the CHAD party.\nHOW CAN PERU win?\nLIMA, PERU (Wire) - Prices rose.\nPERU: -- Rates fell.", { CHAD: "LOC", PERU: "LOC" })
    expect(r.mentions.map((m) => [m.text, m.type, m.entityId])).toEqual([
      ["CHAD", "ORG", r.mentions[0]!.entityId],
      ["CHAD", "ORG", r.mentions[0]!.entityId],
      ["PERU", "GPE", "PER"],
      ["PERU", "GPE", "PER"],
      ["PERU", "GPE", "PER"]
    ])
    expect(r.mentions[0]!.entityId).not.toBe("TCD")
  })
})

describe("a country's bodies", () => {
  it("makes a body named after a country an organization when the tagger read it as a place", () => {
    const r = runStub("The U.S. Federal Reserve met.\nThe United States Bankruptcy Court ruled.\nBritish Columbia voted.", {
      "U.S. Federal Reserve": "LOC",
      "United States Bankruptcy Court": "LOC",
      "British Columbia": "LOC"
    })
    expect(mentionTypes(r)).toEqual([["U.S. Federal Reserve", "ORG"], ["United States Bankruptcy Court", "ORG"], ["British Columbia", "GPE"]])
  })
})

describe("companies named like people", () => {
  it("makes a PER span ending in a company's trade an organization", () => {
    const r = runStub("Hal Porter Partners bought it.\nOrdell Aircraft built it.\nHal Porter agreed.", { "Hal Porter Partners": "PER", "Ordell Aircraft": "PER", "Hal Porter": "PER" })
    expect(mentionTypes(r)).toEqual([["Hal Porter Partners", "ORG"], ["Ordell Aircraft", "ORG"], ["Hal Porter", "PERSON"]])
  })
})

describe("named events", () => {
  it("types a battle, siege or war 'of' something as a named event, whatever the tagger said", () => {
    const r = runStub("Veterans of the Battle of Midway and the Siege of Tobruk met the War of 1812 society.", {
      "Battle of Midway": "ORG",
      "Siege of Tobruk": "LOC",
      "War of 1812": "PER"
    })
    expect(mentionTypes(r)).toEqual([["Battle of Midway", "MISC"], ["Siege of Tobruk", "MISC"], ["War of 1812", "MISC"]])
  })
})
