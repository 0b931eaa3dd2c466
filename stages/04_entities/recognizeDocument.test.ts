import { describe, expect, it } from "vitest"
import { runStub } from "./testing/runStub.js"

const mentionsOf = (r: ReturnType<typeof runStub>) => r.mentions.map((m) => ({ text: m.text, type: m.type, title: m.title }))
const entityOf = (r: ReturnType<typeof runStub>, text: string) => {
  const m = r.mentions.find((x) => x.text === text)
  if (m === undefined) throw new Error(`no mention ${text}`)
  return r.entities.find((e) => e.entityId === m.entityId)!
}

describe("titles stated with a person's name", () => {
  it("reads role words before the name, with the organization they belong to", () => {
    const r = runStub("Navy spokeswoman Ann Cole declined to comment.\nDefense Secretary Laura Vance said on Tuesday.\nSecretary of State Hal Porter left.", {
      Navy: "ORG",
      "Ann Cole": "PER",
      "Laura Vance": "PER",
      "Hal Porter": "PER"
    })
    expect(r.mentions.filter((m) => m.type === "PERSON").map((m) => [m.text, m.title])).toEqual([
      ["Ann Cole", "Navy spokeswoman"],
      ["Laura Vance", "Defense Secretary"],
      ["Hal Porter", "Secretary of State"]
    ])
  })

  it("reads an apposition after the name, closed by a comma", () => {
    const r = runStub("Tom Reed, the finance minister, resigned.\nIda Berg, Norway's trade minister, agreed.", { "Tom Reed": "PER", "Ida Berg": "PER", Norway: "LOC" })
    expect(r.mentions.filter((m) => m.type === "PERSON").map((m) => m.title)).toEqual(["finance minister", "Norway's trade minister"])
  })

  it("gives no title when none is stated, and skips an honorific", () => {
    const r = runStub("Reporters asked Tom Reed about it.\nMr. Tom Reed, 54, left early.\nChief Justice Mr. Tom Reed spoke.", { "Tom Reed": "PER" })
    expect(r.mentions.map((m) => m.title)).toEqual([null, null, "Chief Justice"])
  })

  it("keeps a word between two role words in the title, however it is written", () => {
    const r = runStub("Chief Risk Officer Ann Cole left.\nHal Porter, chief merchandising officer, agreed.\nThe bank's investment banking head Ida Berg spoke.", {
      "Ann Cole": "PER",
      "Hal Porter": "PER",
      "Ida Berg": "PER"
    })
    expect(r.mentions.map((m) => m.title)).toEqual(["Chief Risk Officer", "chief merchandising officer", "investment banking head"])
  })

  it("ends a title at a word that leads to another person, and writes a wrapped title on one line", () => {
    const r = runStub("Ida Berg was Secretary under President Hal Porter.\nAn aide quoted President Tom Reed.\nDefense  Secretary Laura Vance spoke.", {
      "Ida Berg": "PER",
      "Hal Porter": "PER",
      "Tom Reed": "PER",
      "Laura Vance": "PER"
    })
    expect(r.mentions.map((m) => [m.text, m.title])).toEqual([
      ["Ida Berg", null],
      ["Hal Porter", "President"],
      ["Tom Reed", "President"],
      ["Laura Vance", "Defense Secretary"]
    ])
  })

  it("does not give a person the role of someone speaking for them", () => {
    const r = runStub("A spokesman for Tom Reed declined.\nAn adviser to Tom Reed agreed.", { "Tom Reed": "PER" })
    expect(r.mentions.map((m) => m.title)).toEqual([null, null])
  })
})

describe("linking within a document", () => {
  it("links a surname to the full name said before it", () => {
    const r = runStub("Laura Vance arrived in Oslo.\nVance said the talks went well.\nLater, Vance left.", { "Laura Vance": "PER", Vance: "PER", Oslo: "LOC" })
    const e = entityOf(r, "Vance")
    expect(e.name).toBe("Laura Vance")
    expect(e.type).toBe("PERSON")
    expect(e.nMentions).toBe(3)
    expect(e.aliases).toEqual(["Laura Vance", "Vance"])
  })

  it("links a bracketed acronym, tagged or not, and its later uses, to the expansion", () => {
    const r = runStub("The National Farmers Union (NFU) met.\nThe NFU said prices fell.", { "National Farmers Union": "ORG", NFU: "ORG" })
    const e = entityOf(r, "NFU")
    expect(e.name).toBe("National Farmers Union")
    expect(e.nMentions).toBe(3)
    const untagged = runStub("The Coastal Fishing Board (CFB) met.", { "Coastal Fishing Board": "ORG" })
    expect(mentionsOf(untagged)).toEqual([
      { text: "Coastal Fishing Board", type: "ORG", title: null },
      { text: "CFB", type: "ORG", title: null }
    ])
    expect(new Set(untagged.mentions.map((m) => m.entityId)).size).toBe(1)
  })

  it("links an acronym that spells a name's initials, without brackets", () => {
    const r = runStub("The Western Rail Authority raised fares.\nWRA officials declined to comment.", { "Western Rail Authority": "ORG", WRA: "ORG" })
    expect(entityOf(r, "WRA").name).toBe("Western Rail Authority")
  })

  it("links 'also known as' names", () => {
    const r = runStub("Fighters of Jaysh al-Nasr, also known as the Victory Army, withdrew.", { "Jaysh al-Nasr": "ORG", "Victory Army": "ORG" })
    const e = entityOf(r, "Jaysh al-Nasr")
    expect(e.aliases).toEqual(["Jaysh al-Nasr", "Victory Army"])
    expect(entityOf(r, "Victory Army").entityId).toBe(e.entityId)
  })

  it("does not treat a plain 'or' between places as an alias", () => {
    const r = runStub("They flew to Oslo or Bergen.", { Oslo: "LOC", Bergen: "LOC" })
    expect(new Set(r.mentions.map((m) => m.entityId)).size).toBe(2)
  })
})

describe("countries, nationalities and places", () => {
  it("resolves US, U.S., United States and American to one country with its ISO code", () => {
    const r = runStub("US troops left.\nThe U.S. embassy stayed.\nThe United States said so.\nAn American official agreed.", {
      US: "LOC",
      "U.S.": "LOC",
      "United States": "LOC",
      American: "MISC"
    })
    expect(mentionsOf(r).map((m) => m.type)).toEqual(["GPE", "GPE", "GPE", "NORP"])
    expect(new Set(r.mentions.map((m) => m.entityId))).toEqual(new Set(["USA"]))
    expect(r.entities).toHaveLength(1)
    expect(r.entities[0]).toMatchObject({ name: "United States", type: "GPE", countryCode: "USA" })
    expect(r.entities[0]!.lat).not.toBeNull()
  })

  it("adds country names and nationalities the tagger missed", () => {
    const r = runStub("Kenyan officials met envoys from Peru.", {})
    expect(mentionsOf(r)).toEqual([
      { text: "Kenyan", type: "NORP", title: null },
      { text: "Peru", type: "GPE", title: null }
    ])
    expect(r.entities.map((e) => e.entityId).sort()).toEqual(["KEN", "PER"])
  })

  it("types religious groups as NORP without a country, and keeps other MISC names as MISC", () => {
    const r = runStub("Sunni leaders watched the Winter Olympics.", { Sunni: "MISC", "Winter Olympics": "MISC" })
    expect(mentionsOf(r)).toEqual([
      { text: "Sunni", type: "NORP", title: null },
      { text: "Winter Olympics", type: "MISC", title: null }
    ])
    expect(r.entities[0]!.countryCode).toBeNull()
  })

  it("gives a known city its coordinates and country; regions are LOC; facilities are FAC", () => {
    const r = runStub("Flights from Nairobi crossed the Indian Ocean to Perth Harbour and the Tano River.\nTroops left Rashid air base.", {
      Nairobi: "LOC",
      "Perth Harbour": "LOC",
      "Tano River": "LOC",
      Rashid: "LOC"
    })
    expect(mentionsOf(r).map((m) => [m.text, m.type])).toEqual([
      ["Nairobi", "GPE"],
      ["Indian Ocean", "LOC"],
      ["Perth Harbour", "FAC"],
      ["Tano River", "LOC"],
      ["Rashid air base", "FAC"]
    ])
    expect(entityOf(r, "Nairobi")).toMatchObject({ countryCode: "KEN" })
    expect(Math.round(entityOf(r, "Nairobi").lat!)).toBe(-1)
  })

  it("puts a town where a state after its comma says, under an id of its own", () => {
    const us = runStub("ATHENS, Ga. - The council met.\nAthens voters approved the plan.", { ATHENS: "LOC", "Ga.": "LOC", Athens: "LOC" })
    const greece = runStub("Talks resumed in Athens on Monday.", { Athens: "LOC" })
    expect(entityOf(us, "ATHENS")).toMatchObject({ countryCode: "USA" })
    // The later "Athens" is the same town; the Greek capital is another entity.
    expect(entityOf(us, "Athens").entityId).toBe(entityOf(us, "ATHENS").entityId)
    expect(entityOf(greece, "Athens")).toMatchObject({ countryCode: "GRC" })
    expect(entityOf(greece, "Athens").entityId).not.toBe(entityOf(us, "Athens").entityId)
    expect(us.places.map((p) => p.entityId)).toEqual([entityOf(us, "Athens").entityId])
    expect(greece.places).toEqual([])
  })

  it("knows first-level regions and small towns, and a state named like an island is a GPE", () => {
    const r = runStub("Ferries run from Prince Edward Island to Saxony, they say in Key West.", {
      "Prince Edward Island": "LOC",
      Saxony: "LOC",
      "Key West": "LOC"
    })
    expect(mentionsOf(r).map((m) => [m.text, m.type])).toEqual([
      ["Prince Edward Island", "GPE"],
      ["Saxony", "GPE"],
      ["Key West", "GPE"]
    ])
    expect(entityOf(r, "Prince Edward Island")).toMatchObject({ countryCode: "CAN" })
    expect(Math.round(entityOf(r, "Prince Edward Island").lon!)).toBe(-64)
    expect(entityOf(r, "Saxony")).toMatchObject({ countryCode: "DEU" })
    expect(entityOf(r, "Key West")).toMatchObject({ countryCode: "USA" })
  })

  it("takes an honorific and a name as a person whatever the tagger said", () => {
    const r = runStub("Lord Ashby and Sir Tom Reed spoke.", { "Lord Ashby": "ORG", "Sir Tom Reed": "LOC" })
    expect(mentionsOf(r).map((m) => [m.text, m.type])).toEqual([
      ["Ashby", "PERSON"],
      ["Tom Reed", "PERSON"]
    ])
  })

  it("drops spans made only of pronouns and function words", () => {
    const r = runStub("I'm sure, said Vance.", { "I'm": "PER", Vance: "PER" })
    expect(mentionsOf(r).map((m) => m.text)).toEqual(["Vance"])
  })

  it("corrects tagger types that the words contradict, and trims quotes off a span", () => {
    const r = runStub('Shiite clerics backed the Northern Defense Units.\n" Vance left.', { Shiite: "PER", "Northern Defense Units": "PER", '" Vance': "PER" })
    expect(mentionsOf(r).map((m) => [m.text, m.type])).toEqual([
      ["Shiite", "NORP"],
      ["Northern Defense Units", "ORG"],
      ["Vance", "PERSON"]
    ])
  })

  it("completes a name with a lower-case region noun, but not a country's", () => {
    const r = runStub("Tension on the Balkan peninsula and the Iraqi desert grew.", { Balkan: "MISC", Iraqi: "MISC" })
    expect(mentionsOf(r).map((m) => [m.text, m.type])).toEqual([
      ["Balkan peninsula", "LOC"],
      ["Iraqi", "NORP"]
    ])
  })

  it("reads a country or nationality joined to a participle as a NORP mention of that country, on the name alone", () => {
    const r = runStub("Kenyan-backed and Peru-led units met Shiite-dominated ones and anti-war groups.", {
      "Kenyan-backed": "MISC",
      "Peru-led": "MISC",
      "Shiite-dominated": "MISC",
      "anti-war": "MISC"
    })
    expect(r.mentions.map((m) => [m.text, m.type, m.entityId.length === 3 ? m.entityId : null])).toEqual([
      ["Kenyan", "NORP", "KEN"],
      ["Peru", "NORP", "PER"],
      ["Shiite", "NORP", null],
      ["anti-war", "MISC", null]
    ])
  })

  it("takes a capitalized run before a bracketed acronym as the organization it abbreviates", () => {
    const r = runStub("The Northern Peace Front (NPF) and the Kurdish Workers Party met.", { Northern: "MISC", NPF: "MISC", "Kurdish Workers Party": "MISC" })
    expect(mentionsOf(r).map((m) => [m.text, m.type])).toEqual([
      ["Northern Peace Front", "ORG"],
      ["NPF", "ORG"],
      ["Kurdish Workers Party", "ORG"]
    ])
    expect(entityOf(r, "NPF").name).toBe("Northern Peace Front")
  })
})

describe("names made plural are not people's", () => {
  it("gives a person-typed name the type of its plural (or singular) in the document, and links them", () => {
    const r = runStub("The Zennies were held on Sunday.\nShe won a Zenny for the song.\nThe Green Leftists and one Green Leftist voted.", {
      Zennies: "MISC",
      Zenny: "PER",
      "Green Leftists": "PER",
      "Green Leftist": "MISC"
    })
    // Zenny/Zennies is no -s plural: only the exact "s" forms are read.
    expect(r.mentions.map((m) => `${m.text}/${m.type}`)).toEqual(["Zennies/MISC", "Zenny/PERSON", "Green Leftists/MISC", "Green Leftist/MISC"])
    expect(entityOf(r, "Green Leftists")).toBe(entityOf(r, "Green Leftist"))
  })

  it("keeps a person whose name has a title, an honorific or a first name in the document (a family is a plural)", () => {
    const r = runStub("Governor Hale spoke.\nThe Hales left.\nMr Orr waved.\nThe Orrs stayed.\nAnn Pike ran.\nPike won.\nThe Pikes cheered.", {
      Hale: "PER",
      Hales: "ORG",
      Orr: "PER",
      Orrs: "ORG",
      "Ann Pike": "PER",
      Pike: "PER",
      Pikes: "ORG"
    })
    expect(r.mentions.filter((m) => m.type === "PERSON").map((m) => m.text)).toEqual(["Hale", "Orr", "Ann Pike", "Pike"])
  })
})
