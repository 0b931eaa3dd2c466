import { describe, expect, it } from "vitest"
import { gazetteer } from "./gazetteer/Gazetteer.js"
import { entityId as entityIdOf } from "./entityId.js"
import { fullestForm, mergeCorpusEntities, typeOfId, type EntityAggregate } from "./mergeCorpusEntities.js"

const agg = (entity_id: string, aliases: string[], docs: string[], n_mentions: number): EntityAggregate => ({ entity_id, aliases, docs, n_mentions })

const rows = [
  agg("person_a", ["Laura Vance", "Vance"], ["d1", "d3"], 4),
  agg("person_b", ["Vance"], ["d2"], 2),
  agg("org_c", ["WRA", "Western Rail Authority"], ["d1"], 2),
  agg("org_d", ["WRA"], ["d3"], 1),
  agg("USA", ["U.S.", "American", "US"], ["d2", "d3"], 5),
  agg("gpe_e", ["Nairobi"], ["d1"], 1)
]
const merge = (list: ReadonlyArray<EntityAggregate>) => mergeCorpusEntities(list, gazetteer())

describe("merging entities across documents", () => {
  it("names a country from the gazetteer, with its code and coordinates, and keeps every surface form", () => {
    const usa = merge(rows).entities.find((e) => e.entity_id === "USA")!
    expect(usa).toMatchObject({ name: "United States", type: "GPE", country_code: "USA", n_mentions: 5, n_docs: 2, aliases: ["American", "U.S.", "US"] })
    expect(usa.lat).not.toBeNull()
    expect(merge(rows).entities.find((e) => e.entity_id === "gpe_e")).toMatchObject({ name: "Nairobi", country_code: "KEN" })
  })

  it("keeps a place a document located elsewhere apart, with that document's country and coordinates", () => {
    const places = new Map([["gpe_athens_ga", { countryCode: "USA", lat: 33.96, lon: -83.38 }]])
    const { entities, merged } = mergeCorpusEntities([agg("gpe_athens", ["Athens"], ["d1"], 2), agg("gpe_athens_ga", ["ATHENS", "Athens"], ["d2"], 2)], gazetteer(), places)
    expect(merged).toEqual([])
    expect(entities.map((e) => [e.entity_id, e.name, e.country_code])).toEqual([
      ["gpe_athens", "Athens", "GRC"],
      ["gpe_athens_ga", "Athens", "USA"]
    ])
    expect(entities[1]!.lat).toBe(33.96)
  })

  it("merges a name of two or more words into its plural, but not a person's nor a one-word name", () => {
    const { merged } = merge([
      agg("misc_a", ["Green Cap"], ["d1"], 2),
      agg("misc_b", ["Green Caps"], ["d2"], 5),
      agg("org_c", ["Northern Unionist"], ["d1"], 1),
      agg("org_d", ["Northern Unionists"], ["d3"], 3),
      agg("person_e", ["Ann Field"], ["d1"], 1),
      agg("org_f", ["Ann Fields"], ["d2"], 1),
      agg("org_g", ["Time"], ["d1"], 1),
      agg("org_h", ["Times"], ["d2"], 1)
    ])
    expect(merged).toEqual([
      { entity_id: "misc_a", merged_id: "misc_b" },
      { entity_id: "org_c", merged_id: "org_d" }
    ])
  })

  it("merges a surname-only person and an acronym-only organization into the fuller entity", () => {
    const { entities, merged } = merge(rows)
    expect(merged).toEqual([
      { entity_id: "org_d", merged_id: "org_c" },
      { entity_id: "person_b", merged_id: "person_a" }
    ])
    expect(entities.find((e) => e.entity_id === "person_a")).toMatchObject({ name: "Laura Vance", type: "PERSON", n_mentions: 6, n_docs: 3 })
    expect(entities.find((e) => e.entity_id === "org_c")).toMatchObject({ name: "Western Rail Authority", n_docs: 2 })
    expect(entities.map((e) => e.entity_id)).toEqual(["USA", "gpe_e", "org_c", "person_a"])
  })

  it("joins no MISC name to a person by the person's surname", () => {
    const { merged } = merge([agg("person_m", ["Father Yule"], ["d1"], 1), agg("misc_n", ["Yule"], ["d2"], 3)])
    expect(merged).toEqual([])
  })

  it("leaves a surname said alone in more documents than its one full name alone", () => {
    const { merged } = merge([agg("person_k", ["Ada Korver"], ["d1"], 1), agg("person_l", ["Korver"], ["d2", "d3", "d4"], 5)])
    expect(merged).toEqual([])
  })

  it("lets a MISC name join the one entity of another type that has it as an alias", () => {
    const { merged } = merge([...rows, agg("misc_g", ["WRA"], ["d5"], 1), agg("misc_h", ["Gold Cup"], ["d5"], 1)])
    expect(merged).toContainEqual({ entity_id: "misc_g", merged_id: "org_c" })
    expect(merged.map((m) => m.entity_id)).not.toContain("misc_h")
  })

  it("keeps a name said in more documents apart from a fuller name that puts a town before it, not a country or its initials", () => {
    const town = merge([agg("org_g", ["Green Party"], ["d1", "d2", "d3"], 5), agg("org_b", ["Bristol Green Party", "Green Party"], ["d4"], 2)])
    expect(town.merged).toEqual([])
    const country = merge([agg("org_f", ["Federal Reserve"], ["d1", "d2", "d3"], 5), agg("org_u", ["US Federal Reserve", "Federal Reserve"], ["d4"], 2)])
    expect(country.merged).toEqual([{ entity_id: "org_f", merged_id: "org_u" }])
    const initials = merge([agg("org_i", ["BRPD"], ["d1", "d2"], 3), agg("org_j", ["Bristol Road Police Department", "BRPD"], ["d3"], 2)])
    expect(initials.merged).toEqual([{ entity_id: "org_i", merged_id: "org_j" }])
  })

  it("joins a MISC word to a person's full name only when the full name is named in more documents", () => {
    const { merged } = merge([
      agg("misc_h", ["Halden"], ["d1", "d2"], 3),
      agg("person_h", ["Ola Halden", "Halden"], ["d3"], 2),
      agg("misc_k", ["Korvik"], ["d4"], 1),
      agg("person_k", ["Ada Korvik", "Korvik"], ["d5", "d6"], 4)
    ])
    expect(merged).toEqual([{ entity_id: "misc_k", merged_id: "person_k" }])
  })

  it("merges a name that writes every word of a fuller one by its first letters, with the same plural", () => {
    const { merged } = merge([
      agg("misc_c", ["Cons Refs", "Cons Ref"], ["d1", "d2"], 6),
      // A stray PERSON of the same name does not make it ambiguous.
      agg("person_c", ["Cons Refs"], ["d8"], 1),
      agg("org_c", ["Conservative Reformers", "Conservative Reformer"], ["d3"], 2),
      agg("org_n", ["Nor Trust"], ["d4"], 1),
      agg("org_m", ["Northern Trusts"], ["d5"], 1),
      agg("misc_g", ["Green Cs"], ["d4"], 1),
      agg("org_g", ["Green Cities"], ["d5"], 1),
      agg("fac_h", ["High Road"], ["d6"], 1),
      agg("fac_i", ["Highgate Road"], ["d7"], 1)
    ])
    // The stray PERSON joins the MISC name (named far more often), and with it the party.
    expect(merged).toEqual([
      { entity_id: "misc_c", merged_id: "org_c" },
      { entity_id: "person_c", merged_id: "org_c" }
    ])
  })

  it("leaves a surname alone when two full names share it", () => {
    const { merged } = merge([...rows, agg("person_f", ["Paul Vance"], ["d4"], 1)])
    expect(merged.map((m) => m.entity_id)).not.toContain("person_b")
  })

  it("gives the same result whatever the row order", () => {
    expect(merge([...rows].reverse())).toEqual(merge(rows))
  })
})

describe("names the tagger misread as people", () => {
  it("keeps a MISC name out of a less often named entity of another type with that alias", () => {
    const { merged } = merge([agg("misc_p", ["Red Greens"], ["d1", "d2", "d3"], 30), agg("person_p", ["Red Greens"], ["d4"], 1)])
    expect(merged).toEqual([{ entity_id: "person_p", merged_id: "misc_p" }])
  })

  it("merges a PERSON into a same-named entity named far more often, by type", () => {
    const people = [agg("person_q", ["Tarn Valley"], ["d1"], 1), agg("person_r", ["Ola Brekke"], ["d2"], 1)]
    const others = [agg("misc_q", ["Tarn Valley"], ["d3"], 5), agg("org_r", ["Ola Brekke"], ["d4"], 7)]
    // MISC at five times; a typed entity (a team sheet read as ORG) only at ten.
    expect(merge([...people, ...others]).merged).toEqual([{ entity_id: "person_q", merged_id: "misc_q" }])
  })

  it("merges a PERSON named in several documents into its more often named plural", () => {
    const list = [agg("person_s", ["Zenith"], ["d1", "d2"], 3), agg("misc_s", ["Zeniths"], ["d3", "d4"], 6), agg("person_t", ["Corin"], ["d5"], 1), agg("org_t", ["Corins"], ["d6"], 4)]
    expect(merge(list).merged).toEqual([{ entity_id: "person_s", merged_id: "misc_s" }])
  })
})

describe("names and types", () => {
  it("prefers mixed case, then more words, then longer forms", () => {
    expect(fullestForm(["ESPER", "Esper", "Mark Esper", "MARK ESPER"])).toBe("Mark Esper")
    expect(fullestForm(["WRA", "Western Rail Authority"])).toBe("Western Rail Authority")
    // A leading article is the sentence's, not the name's.
    expect(fullestForm(["The Northern Canal Board", "Northern Canal Board", "NCB"])).toBe("Northern Canal Board")
    expect(fullestForm(["The Hague"])).toBe("The Hague")
    expect(fullestForm(["Bo Li", "Al Li"])).toBe(fullestForm(["Al Li", "Bo Li"]))
    expect(fullestForm(["Tarvo", "TARVb.ST"])).toBe("Tarvo")
    expect(fullestForm(["TRV", "TRV.L"])).toBe("TRV")
    // A bracket cut in two is an editor's insertion, not the name.
    expect(fullestForm(["Tarrow Hill", "Tarrow) Hill"])).toBe("Tarrow Hill")
    expect(fullestForm(["Tarrow Hill (TH)", "Tarrow Hill"])).toBe("Tarrow Hill (TH)")
  })

  it("names an entity without a possessive the sentence gave it, and by a list or a stock code last", () => {
    expect(fullestForm(["Tarn Mills", "Tarn Mills Corp.", "Tarn Mills Corp.'s"])).toBe("Tarn Mills Corp.")
    expect(fullestForm(["TRNM.N", "Tarn Mills Corp.'s"])).toBe("Tarn Mills Corp.")
    expect(fullestForm(["G9", "G9's"])).toBe("G9")
    expect(fullestForm(["Fed", "Fed, Bank of Canada, Bank of England"])).toBe("Fed")
    expect(fullestForm(["TRNM.N", "Tarn"])).toBe("Tarn")
    // A possessive that is the name's own, commas inside one name, a place's comma and a code alone stay.
    expect(fullestForm(["Standard & Poor", "Standard & Poor's"])).toBe("Standard & Poor's")
    expect(fullestForm(["Tarn Market", "Tarn Market, Inc."])).toBe("Tarn Market, Inc.")
    expect(fullestForm(["Union of State, County and City Workers", "USCCW"])).toBe("Union of State, County and City Workers")
    expect(fullestForm(["Office for Roads, Rail and Ports", "Office for Roads Rail and Ports"])).toBe("Office for Roads, Rail and Ports")
    expect(fullestForm(["Tarn", "Tarn, Vt."], true)).toBe("Tarn, Vt.")
    expect(fullestForm(["TRNM.N"])).toBe("TRNM.N")
  })

  it("given each form's mentions, drops an \"'s\" the text writes less often than the bare name, and keeps one it writes more often", () => {
    const counts = (entries: Array<[string, number, number]>) => new Map(entries.map(([form, n, beforePossessive]) => [form, { n, beforePossessive }]))
    // "Harbour Board's ruling" once, "Harbour Board said" four times (one more cut before its "'s").
    const board = counts([["Harbour Board", 5, 1], ["Harbour Board's", 1, 0], ["HB", 3, 0]])
    expect(fullestForm(["HB", "Harbour Board", "Harbour Board's"], false, board)).toBe("Harbour Board")
    // A firm named with its "'s": the tagger cut it off five times, but the text always writes it.
    const firm = counts([["Brill & Cole", 5, 5], ["Brill & Cole's", 1, 0]])
    expect(fullestForm(["Brill & Cole", "Brill & Cole's"], false, firm)).toBe("Brill & Cole's")
    // A tie, or no counts for the bare form, keeps the longer form, as without counts.
    expect(fullestForm(["Harbour Board", "Harbour Board's"], false, counts([["Harbour Board", 2, 1], ["Harbour Board's", 1, 0]]))).toBe("Harbour Board's")
    expect(fullestForm(["Harbour Board", "Harbour Board's"], false, counts([["Harbour Board's", 1, 0]]))).toBe("Harbour Board's")
    // Through the corpus step: the counts of two aggregates of one id add up.
    const out = mergeCorpusEntities(
      [
        { ...agg("org_hb", ["Harbour Board", "Harbour Board's"], ["d1"], 2), form_counts: counts([["Harbour Board", 1, 0], ["Harbour Board's", 1, 0]]) },
        { ...agg("org_hb", ["Harbour Board"], ["d2"], 1), form_counts: counts([["Harbour Board", 1, 0]]) }
      ],
      gazetteer()
    )
    expect(out.entities[0]).toMatchObject({ name: "Harbour Board", aliases: ["Harbour Board", "Harbour Board's"] })
  })

  it("makes a name read as a person or place in some documents the listed company named so in others", () => {
    const out = merge([
      agg("person_dm", ["Dorra Mae"], ["d1", "d2", "d3"], 5),
      agg("gpe_dm", ["Dorra Mae"], ["d4"], 1),
      agg("org_dm", ["Dorra Mae", "DRM.N"], ["d5"], 2),
      agg("person_other", ["Ann Rowe"], ["d1"], 1)
    ])
    expect(out.merged).toEqual([
      { entity_id: "gpe_dm", merged_id: "org_dm" },
      { entity_id: "person_dm", merged_id: "org_dm" }
    ])
    expect(out.entities.find((e) => e.entity_id === "org_dm")).toMatchObject({ type: "ORG", n_docs: 5 })
    // Its code read as a place joins it; a word that reads like the code without its dot does not.
    const codes = merge([agg("org_dm", ["Dorra Mae", "DRM.N"], ["d1"], 2), agg("gpe_code", ["DRM.N"], ["d2"], 1), agg("person_drmn", ["Drmn"], ["d3"], 1)])
    expect(codes.merged).toEqual([{ entity_id: "gpe_code", merged_id: "org_dm" }])
  })

  it("keeps a body named alone in more documents apart from a longer name that starts with it, unless that only adds a legal form", () => {
    const unit = merge([agg("org_tarn", ["Tarn"], ["d1", "d2", "d3"], 6), agg("org_unit", ["Tarn", "Tarn World Service"], ["d4"], 2)])
    expect(unit.merged).toEqual([])
    const party = merge([agg("org_tarn", ["Tarn"], ["d1", "d2", "d3"], 6), agg("org_party", ["Tarn", "Tarn Party"], ["d4"], 2)])
    expect(party.merged).toEqual([{ entity_id: "org_tarn", merged_id: "org_party" }])
    // As many documents for the longer name: its short form, as before.
    const company = merge([agg("org_tarn", ["Tarn"], ["d1"], 1), agg("org_unit", ["Tarn", "Tarn World Service"], ["d4", "d5"], 3)])
    expect(company.merged).toEqual([{ entity_id: "org_tarn", merged_id: "org_unit" }])
    // A longer name ending in a legal form, written with the same stock code, is the company's
    // registered name, however seldom written; without the code it may be a unit's.
    const registered = merge([agg("org_tarn", ["TRN.TO", "Tarn"], ["d1", "d2", "d3"], 6), agg("org_reg", ["TRN.TO", "Tarn", "Tarn Signal Systems Corp."], ["d4"], 2)])
    expect(registered.merged).toEqual([{ entity_id: "org_tarn", merged_id: "org_reg" }])
    // Nor a unit named for a place, however it shares the parent's code.
    const unitAbroad = merge([agg("org_tarn", ["TRN.TO", "Tarn"], ["d1", "d2", "d3"], 6), agg("org_reg", ["TRN.TO", "Tarn", "Tarn of Australia Ltd"], ["d4"], 2)])
    expect(unitAbroad.merged).toEqual([])
    const unitCorp = merge([agg("org_tarn", ["Tarn"], ["d1", "d2", "d3"], 6), agg("org_reg", ["Tarn", "Tarn Credit Corp."], ["d4"], 2)])
    expect(unitCorp.merged).toEqual([])
    // A registered name already is no short name of a longer one (a court case: "X Corp v. Y Co").
    const lawsuit = merge([agg("org_tarn", ["TRN.TO", "Tarn Corp"], ["d1", "d2", "d3"], 6), agg("org_case", ["TRN.TO", "Tarn Corp", "Tarn Corp v. Brill Co"], ["d4"], 2)])
    expect(lawsuit.merged).toEqual([])
    // A person named as the short name joins the registered one, as it joined the short one.
    const person = merge([
      agg("org_tarn", ["TRN.TO", "Tarn"], ["d1", "d2", "d3"], 6),
      agg("org_reg", ["TRN.TO", "Tarn", "Tarn Signal Systems Corp."], ["d4"], 2),
      agg("person_tarn", ["Tarn"], ["d5"], 1)
    ])
    expect(person.merged).toContainEqual({ entity_id: "person_tarn", merged_id: "org_reg" })
  })

  it("joins companies that share a stock code and a name but for the legal form, and not an index named like one", () => {
    const out = merge([
      agg("org_plc", ["Tarn Mining Plc", "TRM.L"], ["d1", "d2", "d3"], 4),
      agg("org_ltd", ["Tarn Mining Ltd./Plc", "TRM.L", "TRM.AX"], ["d4"], 2),
      agg("org_other", ["Tarn Mining Services", "TRM.L"], ["d5"], 1),
      agg("org_dj", ["Vale Jones & Co Inc.", "VJ.N"], ["d6"], 1),
      agg("misc_dj", ["Vale Jones"], ["d7", "d8"], 9)
    ])
    expect(out.merged).toEqual([{ entity_id: "org_ltd", merged_id: "org_plc" }])
  })

  it("names a place seen only in a dateline's capitals as the gazetteer writes it", () => {
    const out = merge([agg("gpe_ny", ["NEW YORK"], ["d1"], 1), agg("org_caps", ["ACME"], ["d2"], 1), agg("gpe_unknown", ["TARNOVALE"], ["d3"], 1)])
    expect(out.entities.map((e) => e.name)).toEqual(["New York", "TARNOVALE", "ACME"])
  })

  it("joins two ids of one type that came to the same name, into the one more documents use", () => {
    const out = merge([agg("org_list", ["Tarn Bank", "Tarn Bank, Vale Bank"], ["d1"], 2), agg("org_tarn", ["Tarn Bank"], ["d2", "d3"], 2)])
    expect(out.merged).toEqual([{ entity_id: "org_list", merged_id: "org_tarn" }])
    expect(out.entities.map((e) => [e.name, e.n_docs])).toEqual([["Tarn Bank", 3]])
  })

  it("locates a place named by a US postal code as that state", () => {
    const { entities } = merge([agg("gpe_mi", ["MI"], ["d1", "d2"], 2), agg("gpe_wa", ["WA"], ["d3"], 1)])
    expect(entities.map((e) => [e.name, e.country_code])).toEqual([
      ["MI", "USA"],
      ["WA", "USA"]
    ])
    expect(entities[0]!.lat).toBe(gazetteer().cityByName("Michigan")!.lat)
  })

  it("locates two capitals as a US state only where the text writes them as one, at least half the time", () => {
    const cued = (id: string, name: string, n: number, placeCued: number): EntityAggregate => ({ ...agg(id, [name], ["d1"], n), place_cued: placeCued })
    // "memory like MD cards" three times, "Tarnville, MD" once: an acronym, not Maryland.
    const { entities } = merge([cued("gpe_md", "MD", 4, 1), cued("gpe_or", "OR", 2, 1)])
    expect(entities.map((e) => [e.name, e.country_code])).toEqual([
      ["MD", null],
      ["OR", "USA"]
    ])
  })

  it("joins a three-letter clip to the longer name it starts that shares most of its documents", () => {
    const docs = (n: number, from = 0) => Array.from({ length: n }, (_, k) => `d${from + k}`)
    const { merged } = merge([
      agg("org_mon", ["Mon"], docs(10), 30),
      agg("org_board", ["Monetary Board"], docs(7), 9),
      agg("org_committee", ["Monetary Policy Committee"], docs(3, 5), 3)
    ])
    expect(merged).toEqual([{ entity_id: "org_mon", merged_id: "org_board" }])
    // Shared with two names alike, or with fewer than half its documents: left alone.
    const tie = merge([agg("org_mon", ["Mon"], docs(10), 30), agg("org_board", ["Monetary Board"], docs(6), 6), agg("org_trust", ["Monument Trust"], docs(5, 5), 5)])
    expect(tie.merged).toEqual([])
    const few = merge([agg("org_mon", ["Mon"], docs(10), 30), agg("org_board", ["Monetary Board"], docs(4), 4)])
    expect(few.merged).toEqual([])
  })

  it("joins no lone word to a person's full name when a place named in more documents ends with it", () => {
    const people = [agg("person_hill", ["Hill"], ["d1"], 2), agg("person_full", ["Ann Hill"], ["d2", "d3"], 2)]
    expect(merge(people).merged).toEqual([{ entity_id: "person_hill", merged_id: "person_full" }])
    const place = merge([...people, agg("gpe_place", ["Tarrow Hill"], ["d4", "d5", "d6"], 3)])
    expect(place.merged).toEqual([])
  })

  it("makes a PERSON the tagger was unsure of the organization of its name, or the branch of one it ends with", () => {
    const sure = (id: string, aliases: string[], docs: string[], n: number, conf: number): EntityAggregate => ({ ...agg(id, aliases, docs, n), confidence_sum: conf })
    const docs = (n: number, from = 0) => Array.from({ length: n }, (_, k) => `d${from + k}`)
    const common = (w: string) => w === "Tip"
    const rows = [
      sure("person_tip", ["Tip Callers"], docs(8), 8, 8 * 0.2),
      sure("org_tip", ["Tip Callers"], docs(9, 10), 9, 9 * 0.6),
      sure("misc_tip", ["Tip Callers"], docs(2, 30), 2, 1),
      sure("person_branch", ["Vale County Tip Callers"], docs(3, 40), 3, 3 * 0.3),
      // A body's name is also written qualified by a place (a work's title is not: see below).
      sure("org_unit", ["Hale Tip Callers"], docs(1, 50), 1, 0.7)
    ]
    const { entities, merged } = mergeCorpusEntities(rows, gazetteer(), new Map(), common)
    expect(merged).toContainEqual({ entity_id: "person_tip", merged_id: "org_tip" })
    const branch = merged.find((m) => m.entity_id === "person_branch")!
    expect(entities.find((e) => e.entity_id === branch.merged_id)).toMatchObject({ name: "Vale County Tip Callers", type: "ORG", n_docs: 3 })
    // The tagger sure of the person: as before, only beside ten times as many mentions.
    const person = mergeCorpusEntities([sure("person_tip", ["Tip Callers"], docs(8), 8, 8 * 0.9), sure("org_tip", ["Tip Callers"], docs(9, 10), 9, 9 * 0.6)], gazetteer(), new Map(), common)
    expect(person.merged).toEqual([])
    // Nor when the first word is not known to be a common word: a given name may start it.
    expect(merge(rows).merged.filter((m) => m.entity_id.startsWith("person_"))).toEqual([])
  })

  it("makes a name read as a PERSON and as another type, unsure each time and never qualified as a body's, MISC (a work's title)", () => {
    const sure = (id: string, aliases: string[], docs: string[], n: number, conf: number): EntityAggregate => ({ ...agg(id, aliases, docs, n), confidence_sum: conf })
    const common = (w: string) => w === "Lost" || w === "Tip"
    const { entities, merged } = mergeCorpusEntities(
      [sure("person_lh", ["Lost Harbour"], ["d1", "d2"], 2, 0.8), sure("org_lh", ["Lost Harbour"], ["d3", "d4"], 3, 1.2)],
      gazetteer(),
      new Map(),
      common
    )
    expect(entities.map((e) => [e.name, e.type, e.n_mentions, e.n_docs])).toEqual([["Lost Harbour", "MISC", 5, 4]])
    expect(merged.map((m) => m.entity_id).sort()).toEqual(["org_lh", "person_lh"])
    // An existing MISC entity of the name is the one both join.
    const withMisc = mergeCorpusEntities(
      [sure("person_lh", ["Lost Harbour"], ["d1"], 1, 0.3), sure("org_lh", ["Lost Harbour"], ["d3"], 2, 0.8), sure(entityIdOf("MISC", "Lost Harbour"), ["Lost Harbour"], ["d5"], 1, 0.4)],
      gazetteer(),
      new Map(),
      common
    )
    expect(withMisc.entities.map((e) => [e.name, e.type, e.n_mentions])).toEqual([["Lost Harbour", "MISC", 4]])
  })

  it("reads the type back from the id", () => {
    expect(typeOfId("USA")).toBe("GPE")
    expect(typeOfId("person_0123456789ab")).toBe("PERSON")
    expect(typeOfId("fac_0123456789ab")).toBe("FAC")
  })

  it("names an entity with single spaces where the text wrapped inside the name", () => {
    const e = merge([agg("org_w", ["Tarn Valley\nMills", "Tarn  Valley Mills", "Tarn Valley Mills"], ["d1"], 3)]).entities[0]!
    expect(e.name).toBe("Tarn Valley Mills")
    expect(e.aliases).toEqual(["Tarn Valley Mills"])
  })
})
