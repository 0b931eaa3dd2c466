/**
 * Companies' legal forms ("Inc", "Plc", "GmbH") and the words that go with them, declared once.
 * Five rules read them, each its own selection in its own case, derived at the end of this file:
 *
 * - `CORPORATE_SUFFIXES`: lower-cased tokens that end a company's name and so mark it as one
 *   (joinCompanyNames, shorterOrgNames, linkDocument, splitGluedNames, splitNamesOverAnd).
 * - `LEGAL_FORM_WORDS`: lower-case words without stops (the readers take the stops out) that add
 *   nothing to a company's name when mergeCorpusEntities compares two: entities with one stock
 *   code ("Rio Tinto Plc", "Rio Tinto Group"), and a longer name that is the same body
 *   (SAME_BODY_WORDS).
 * - `REGISTERED_FORM_WORDS`: lower-case words without stops that end a company's registered name,
 *   not a part's ("Nortel Networks Corp.", not "… Group"; mergeCorpusEntities joins a short name
 *   written with the same stock code to it).
 * - `POSSESSIVE_AFTER_FORM`: the forms as written, case and all, before a possessive that is the
 *   sentence's, not the name's ("Boeing Co's" → "Boeing Co"; mergeCorpusEntities).
 * - `OWN_AFTER_COMMA`: the forms as written, with or without a final stop, after a comma that is
 *   the name's own ("Tarn Market, Inc.", "Hal Porter, Jr."; mergeCorpusEntities).
 * - `FIRM_ENDINGS`: lower-cased first words of a side after "&"/"and" that end a firm's name
 *   rather than start a name of its own ("& Co Inc", "& Partners LP"; splitNamesOverAnd).
 *
 * The selections differ on purpose, so each word says which rules read it (`in`); the test beside
 * this file pins every derived set, so that moving a word between rules is a visible change.
 */

type Rule = "suffix" | "sameCompany" | "registered" | "possessive" | "afterComma" | "firmEnding"

interface FormWord {
  /** As written, case and all; the case-sensitive rules (possessive, afterComma) read each spelling. */
  readonly spellings: ReadonlyArray<string>
  /** An abbreviation whose token keeps its stop ("Inc."): the lower-case token sets list it with the stop too. */
  readonly withStop?: true
  /** Its spelling with stops inside ("S.A"): read only after a comma. */
  readonly innerStops?: string
  readonly in: ReadonlyArray<Rule>
}

/** Words of one spelling each that one rule alone reads. */
const readOnlyBy = (rule: Rule, spellings: ReadonlyArray<string>): ReadonlyArray<FormWord> => spellings.map((s) => ({ spellings: [s], in: [rule] }))

const EVERY_RULE: ReadonlyArray<Rule> = ["suffix", "sameCompany", "registered", "possessive", "afterComma", "firmEnding"]

/**
 * English-speaking companies' short forms, the commonest in the news: every rule reads them. The
 * abbreviations are also tokens with their stop ("Corp.").
 */
const ENGLISH_SHORT_FORMS: ReadonlyArray<FormWord> = [
  { spellings: ["Inc"], withStop: true, in: EVERY_RULE },
  { spellings: ["Corp"], withStop: true, in: EVERY_RULE },
  { spellings: ["Co"], withStop: true, in: EVERY_RULE },
  { spellings: ["Ltd"], withStop: true, in: EVERY_RULE },
  { spellings: ["Plc", "PLC"], in: EVERY_RULE },
  { spellings: ["LLC"], in: EVERY_RULE },
  { spellings: ["Cos"], in: EVERY_RULE }
]

/**
 * Continental Europe's short forms ("Siemens AG", "Philips NV", "Robert Bosch GmbH"): they end a
 * company's name as the English ones do; the firm endings after "&" are English-speaking firms'
 * ("& Co", "& Sons") and do not list them.
 */
const CONTINENTAL_SHORT_FORMS: ReadonlyArray<FormWord> = [
  { spellings: ["AG"], in: ["suffix", "sameCompany", "registered", "possessive", "afterComma"] },
  { spellings: ["SA"], innerStops: "S.A", in: ["suffix", "sameCompany", "registered", "possessive", "afterComma"] },
  { spellings: ["NV"], innerStops: "N.V", in: ["suffix", "sameCompany", "registered", "possessive", "afterComma"] },
  { spellings: ["GmbH"], in: ["suffix", "sameCompany", "registered", "possessive", "afterComma"] }
]

/**
 * Partnerships' forms ("TPG Capital LP", "Skadden … LLP"): a firm's ending after "&"; "LP" also
 * in the company comparisons and after a comma. Neither marks a span as a company in the token rules.
 */
const PARTNERSHIP_FORMS: ReadonlyArray<FormWord> = [
  { spellings: ["LP"], innerStops: "L.P", in: ["sameCompany", "registered", "afterComma", "firmEnding"] },
  { spellings: ["LLP"], in: ["firmEnding"] }
]

/**
 * Forms spelled out ("Tata Motors Limited", "Arthur Andersen & Company"): the company comparisons
 * strip three, a comma keeps two with the name, "Company" ends a firm after "&". The token
 * rule of CORPORATE_SUFFIXES reads none, and no possessive after one is stripped.
 */
const SPELLED_OUT_FORMS: ReadonlyArray<FormWord> = [
  { spellings: ["Limited"], in: ["sameCompany", "registered", "afterComma"] },
  { spellings: ["Incorporated"], in: ["registered", "afterComma"] },
  { spellings: ["Corporation"], in: ["sameCompany", "registered"] },
  { spellings: ["Company"], in: ["sameCompany", "registered", "firmEnding"] }
]

/**
 * Other markets' forms, met beside their stock codes in wire copy ("Eni SpA", "Genting Bhd",
 * "Nokia Oyj", "Volvo AB"): only the company comparisons read them; as short capitals ("AB",
 * "SE", "KK") they are too often something else ("AB" Alberta, "SE" south-east) to mark a company elsewhere.
 */
const OTHER_MARKETS_FORMS: ReadonlyArray<FormWord> = ["SpA", "Bhd", "KK", "PCL", "Oyj", "ASA", "AB", "SE", "Tbk"].map((s) => ({ spellings: [s], in: ["sameCompany", "registered"] }))

/**
 * Group words: "Rio Tinto Group" and "Rio Tinto Plc" with one stock code are one company, so
 * the stock-code merges strip them; but they are no legal form ("Wagner Group", a "pressure
 * group"), so no other rule reads them.
 */
const GROUP_WORDS = readOnlyBy("sameCompany", ["Group", "Holdings", "Holding"])

/** A partnership's own nouns after "&" ("& Sons", "& Partners", "Salomon Brothers"): firm endings only. */
const PARTNERSHIP_NOUNS = readOnlyBy("firmEnding", ["Sons", "Partners", "Associates", "Brothers"])

/** No legal form, but a person's generation is the name's own after a comma as a form is ("Hal Porter, Jr."). */
const GENERATIONS = readOnlyBy("afterComma", ["Jr", "Sr", "II", "III", "IV"])

const FORM_WORDS: ReadonlyArray<FormWord> = [
  ...ENGLISH_SHORT_FORMS,
  ...CONTINENTAL_SHORT_FORMS,
  ...PARTNERSHIP_FORMS,
  ...SPELLED_OUT_FORMS,
  ...OTHER_MARKETS_FORMS,
  ...GROUP_WORDS,
  ...PARTNERSHIP_NOUNS,
  ...GENERATIONS
]

const readBy = (rule: Rule): ReadonlyArray<FormWord> => FORM_WORDS.filter((w) => w.in.includes(rule))

/** Lower-cased spellings, and with a stop those that keep one as a token. */
const lowerTokens = (rule: Rule): ReadonlySet<string> =>
  new Set(readBy(rule).flatMap((w) => w.spellings.flatMap((s) => (w.withStop ? [s.toLowerCase(), `${s.toLowerCase()}.`] : [s.toLowerCase()]))))

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** A company's legal-form token, lower-cased, which ends its name: "inc", "corp.", "co", "plc". */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = lowerTokens("suffix")

/** A partnership's or company's first word after "&"/"and", lower-cased: "& Co Inc", "& Partners LP", "& Sons". */
export const FIRM_ENDINGS: ReadonlySet<string> = lowerTokens("firmEnding")

/** Lower-case words, without stops, a company's name may end with and still name the company ("BMW AG", "HBOS Plc", "Nikko Cordial Corp."). */
export const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set(readBy("sameCompany").flatMap((w) => w.spellings.map((s) => s.toLowerCase())))

/** Lower-case words, without stops, that end a company's registered name: the legal forms proper, not "Group" or "Holdings". */
export const REGISTERED_FORM_WORDS: ReadonlySet<string> = new Set(readBy("registered").flatMap((w) => w.spellings.map((s) => s.toLowerCase())))

/** What follows a comma inside one name, exactly as written, with or without a final stop: a legal form or a generation. */
export const OWN_AFTER_COMMA: ReadonlySet<string> = new Set(
  readBy("afterComma")
    .flatMap((w) => (w.innerStops === undefined ? w.spellings : [...w.spellings, w.innerStops]))
    .flatMap((s) => [s, `${s}.`])
)

/** A possessive after a company's legal form (case as written) or an abbreviation ("Boeing Co.'s", "G7's"): the sentence's, never the name's. */
export const POSSESSIVE_AFTER_FORM = new RegExp(
  String.raw`(?:\.|\d|\b(?:${readBy("possessive")
    .flatMap((w) => w.spellings)
    .map(escapeRegExp)
    .join("|")}))['’]s$`
)
