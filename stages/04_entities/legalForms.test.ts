import { describe, expect, it } from "vitest"
import { CORPORATE_SUFFIXES, FIRM_ENDINGS, LEGAL_FORM_WORDS, OWN_AFTER_COMMA, POSSESSIVE_AFTER_FORM, REGISTERED_FORM_WORDS } from "./legalForms.js"

const sorted = (s: ReadonlySet<string>): string[] => [...s].sort()

// Each rule's selection, written out: a word moved from one rule to another in legalForms.ts
// must be moved here too, on purpose.
describe("legalForms", () => {
  it("CORPORATE_SUFFIXES: lower-case short forms, the English abbreviations also with their stop", () => {
    expect(sorted(CORPORATE_SUFFIXES)).toEqual(["ag", "co", "co.", "corp", "corp.", "cos", "gmbh", "inc", "inc.", "llc", "ltd", "ltd.", "nv", "plc", "sa"])
  })

  it("FIRM_ENDINGS: lower-case English short forms, partnerships' forms and nouns, 'company'; no continental form", () => {
    expect(sorted(FIRM_ENDINGS)).toEqual([
      "associates", "brothers", "co", "co.", "company", "corp", "corp.", "cos", "inc", "inc.", "llc", "llp", "lp", "ltd", "ltd.", "partners", "plc", "sons"
    ])
  })

  it("LEGAL_FORM_WORDS: lower-case words without stops, other markets' forms and group words included", () => {
    expect(sorted(LEGAL_FORM_WORDS)).toEqual([
      "ab", "ag", "asa", "bhd", "co", "company", "corp", "corporation", "cos", "gmbh", "group", "holding", "holdings", "inc", "kk", "limited",
      "llc", "lp", "ltd", "nv", "oyj", "pcl", "plc", "sa", "se", "spa", "tbk"
    ])
    expect(LEGAL_FORM_WORDS.has("corp.")).toBe(false)
  })

  it("REGISTERED_FORM_WORDS: the legal forms proper, lower case without stops; no group words", () => {
    expect(sorted(REGISTERED_FORM_WORDS)).toEqual(
      "ab ag asa bhd co company corp corporation cos gmbh inc incorporated kk limited llc lp ltd nv oyj pcl plc sa se spa tbk".split(" ")
    )
  })

  it("OWN_AFTER_COMMA: spellings as written, each with or without a final stop; other cases are not read", () => {
    const spellings = ["AG", "Co", "Corp", "Cos", "GmbH", "II", "III", "IV", "Inc", "Incorporated", "Jr", "L.P", "LLC", "LP", "Limited", "Ltd", "N.V", "NV", "PLC", "Plc", "S.A", "SA", "Sr"]
    expect(sorted(OWN_AFTER_COMMA)).toEqual(spellings.flatMap((s) => [s, `${s}.`]).sort())
    for (const other of ["INC", "inc.", "Gmbh", "LLP", "Group", "Company", "Corporation"]) expect(OWN_AFTER_COMMA.has(other)).toBe(false)
  })

  it("POSSESSIVE_AFTER_FORM: a stop, a digit or a short form as written before the possessive", () => {
    expect(POSSESSIVE_AFTER_FORM.source).toBe(String.raw`(?:\.|\d|\b(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|Cos|AG|SA|NV|GmbH))['’]s$`)
    expect(POSSESSIVE_AFTER_FORM.flags).toBe("")
    for (const yes of ["Boeing Co.'s", "G7's", "Siemens AG’s", "HBOS PLC's", "Acme Cos's"]) expect(POSSESSIVE_AFTER_FORM.test(yes)).toBe(true)
    for (const no of ["Boeing's", "Virgin Group's", "Acme Holdings's", "Acme INC's", "Tesco's", "Acme LP's"]) expect(POSSESSIVE_AFTER_FORM.test(no)).toBe(false)
  })
})
