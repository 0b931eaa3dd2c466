import { isTicker } from "./acronymFits.js"
import { entityId, normalizeName } from "./entityId.js"
import { ENTITY_TYPES, type EntityType } from "./entityTypes.js"
import type { Gazetteer } from "./gazetteer/Gazetteer.js"
import { LEGAL_FORM_WORDS, OWN_AFTER_COMMA, POSSESSIVE_AFTER_FORM, REGISTERED_FORM_WORDS } from "./legalForms.js"
import type { EntityRow } from "./schema.js"
import { isInCapitals } from "./tokenWords.js"

/** One document-level entity id over the whole corpus, as the stage's SQL groups its mentions. */
export interface EntityAggregate {
  readonly entity_id: string
  /** Distinct mentions.text of the id (distinct: the SQL's string_agg(distinct …)). */
  readonly aliases: ReadonlyArray<string>
  /** Distinct doc_ids that mention it. */
  readonly docs: ReadonlyArray<string>
  readonly n_mentions: number
  /** The tagger's confidence summed over the mentions; absent, each mention counts as sure (1). */
  readonly confidence_sum?: number
  /**
   * For an id with a form ending in "'s": its mentions by surface form, and how many of them the
   * document continues with "'s" ("Standard & Poor" + "'s"). Absent, fullestForm reads the forms only.
   */
  readonly form_counts?: ReadonlyMap<string, FormCount>
  /**
   * Of its mentions written as two capitals, how many the text puts where a place's state goes:
   * after a comma ("Salem, MA"), after another place's name ("Elk Grove CA") or after "in", "of",
   * "from" or "near". Absent, every one counts so (a postal code alone names its state).
   */
  readonly place_cued?: number
}

/** Mentions of one surface form, and how many of them the text continues with "'s". */
export interface FormCount {
  readonly n: number
  readonly beforePossessive: number
}

/** What the corpus step decides: the entities table, and which document-level ids it merged. */
export interface CorpusEntities {
  readonly entities: EntityRow[]
  readonly merged: Array<{ entity_id: string; merged_id: string }>
}

interface Acc {
  readonly id: string
  readonly type: EntityType
  name: string
  /** Distinct, as the SQL gives them; unions are only built for the few entities merged. */
  aliases: ReadonlyArray<string>
  docs: ReadonlyArray<string>
  mentions: number
  /** The tagger's confidence summed over the mentions. */
  confidence: number
  /** Mentions by surface form, when the aggregate gave them (EntityAggregate.form_counts). */
  formCounts: Map<string, FormCount> | undefined
  /** EntityAggregate.place_cued summed; undefined when no aggregate gave it. */
  placeCued: number | undefined
}

const union = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): string[] => [...new Set([...a, ...b])]

/** Adds form counts into `into`, forms read as names (asNames: a wrapped form is its one-line form). */
const addFormCounts = (into: Map<string, FormCount>, from: ReadonlyMap<string, FormCount>): Map<string, FormCount> => {
  for (const [form, c] of from) {
    const key = form.replace(/\s+/g, " ")
    const had = into.get(key)
    into.set(key, had === undefined ? c : { n: had.n + c.n, beforePossessive: had.beforePossessive + c.beforePossessive })
  }
  return into
}

/**
 * Surface forms as names: a line break or run of spaces inside one (text wrapped mid-name,
 * "United\nStates") is one space, so that it is the same alias as the unwrapped form. The
 * mentions keep the exact text.
 */
const asNames = (forms: ReadonlyArray<string>): ReadonlyArray<string> => {
  if (!forms.some((f) => /\s\s|[^\S ]/.test(f))) return forms
  return [...new Set(forms.map((f) => f.replace(/\s+/g, " ")))]
}

/** A name's first word ("Crime" of "Crime Stoppers"). */
const firstWord = (name: string): string => {
  const space = name.indexOf(" ")
  return space < 0 ? name : name.slice(0, space)
}

/** Words separated by spaces, counted without splitting (called for every name compared). */
const wordCount = (s: string): number => {
  let n = 0
  let inWord = false
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}
const isCountryId = (id: string): boolean => /^[A-Z]{3}$/.test(id)

/** The type an id was made with: "person_…" → PERSON; a country's ISO code → GPE. */
export const typeOfId = (id: string): EntityType => {
  if (isCountryId(id)) return "GPE"
  const prefix = id.slice(0, id.indexOf("_")).toUpperCase()
  return (ENTITY_TYPES as ReadonlyArray<string>).includes(prefix) ? (prefix as EntityType) : "MISC"
}

const PLACE_TYPES: ReadonlySet<EntityType> = new Set(["GPE", "LOC", "FAC"])

/** A leading article, which a sentence adds ("the European Union") but the name does not carry. */
const ARTICLE = /^the\s+/i

/** A form without a possessive that only the sentence gave it ("Boeing Co.'s" → "Boeing Co."). */
const withoutPossessive = (form: string): string => (POSSESSIVE_AFTER_FORM.test(form) ? form.slice(0, -2) : form)

/**
 * How badly a form names its entity: 2 for a stock code ("XOM.N"), which is a name only when
 * nothing else is; 1 for a bracket left open or closed ("Capitol) Hill") or names run together over commas ("Fed, Bank of Canada, Bank of
 * England", where "Fed" is another of its forms); else 0. A place's comma is its own
 * ("Washington, D.C."), so places are not read for lists.
 */
const flawOf = (form: string, forms: ReadonlySet<string>, placeLike: boolean): number => {
  if (isTicker(form)) return 2
  // A bracket the name does not close or open: an editor's insertion cut in two ("Capitol) Hill"
  // of "(Capitol) Hill"), beside the whole name.
  if (unbalancedBrackets(form)) return 1
  if (placeLike || !form.includes(",")) return 0
  const parts = form.split(",")
  // "Tarn Market, Inc.", "Hal Porter, Jr.": the comma is the name's own.
  if (parts.slice(1).every((p) => OWN_AFTER_COMMA.has(p.trim()))) return 0
  // The same name written without its commas is no other name ("Department for Culture Media and Sport").
  const withoutCommas = (f: string) => f.replace(/\s*,\s*/g, " ")
  const plain = withoutCommas(form)
  for (const part of parts) {
    const p = part.trim()
    if (p === "" || p === form) continue
    if (forms.has(p)) return 1
    for (const f of forms) if (f !== form && f.startsWith(p + " ") && withoutCommas(f) !== plain) return 1
  }
  return 0
}

/** Whether a form has a ")" before any "(" or a "(" never closed. */
const unbalancedBrackets = (form: string): boolean => {
  let depth = 0
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i)
    if (c === 40) depth++
    else if (c === 41 && --depth < 0) return true
  }
  return depth !== 0
}

/**
 * Whether a form "X's" beside the form "X" has a possessive the sentences gave it ("US Federal
 * Reserve's decision"), not one of the name ("Standard & Poor's", which the tagger also cuts to
 * "Standard & Poor" before the "'s"): the text writes "X" without "'s" more often than with it,
 * counting both forms' mentions.
 */
const isPossessiveOfSentence = (form: string, forms: ReadonlySet<string>, counts: ReadonlyMap<string, FormCount>): boolean => {
  if (!POSSESSIVE_END.test(form)) return false
  const bare = form.slice(0, -2)
  if (!forms.has(bare)) return false
  const whole = counts.get(form)
  const cut = counts.get(bare)
  if (whole === undefined || cut === undefined) return false
  const withS = whole.n + cut.beforePossessive
  const without = cut.n - cut.beforePossessive
  return without > withS
}
const POSSESSIVE_END = /['’]s$/

/**
 * The fullest proper form among surface forms, each read without a possessive only the sentence
 * gave it (a legal form's or abbreviation's "'s", or, given the mentions of each form, one the
 * text writes more often without it: isPossessiveOfSentence): the least flawed first (flawOf), then mixed case before all capitals (headlines),
 * then more words, then longer (both counted without a leading "The"), then without the
 * article, then the first in code-unit order, so the choice never depends on the order forms
 * were seen in.
 */
export const fullestForm = (surfaceForms: Iterable<string>, placeLike = false, counts?: ReadonlyMap<string, FormCount>): string => {
  const forms = new Set<string>()
  for (const f of surfaceForms) forms.add(withoutPossessive(f))
  if (counts !== undefined) for (const f of [...forms]) if (isPossessiveOfSentence(f, forms, counts)) (forms.delete(f), forms.add(f.slice(0, -2)))
  let best = ""
  let bestFlaw = 0
  let bestCaps = 0
  let bestWords = 0
  let bestLength = 0
  let bestArticle = 0
  let first = true
  for (const f of forms) {
    const flaw = forms.size > 1 ? flawOf(f, forms, placeLike) : 0
    const caps = isInCapitals(f) ? 1 : 0
    const bare = f.replace(ARTICLE, "")
    const article = bare.length === f.length ? 0 : 1
    const words = wordCount(bare)
    if (first || (bestFlaw - flaw || bestCaps - caps || words - bestWords || bare.length - bestLength || bestArticle - article || (f < best ? 1 : -1)) > 0) {
      best = f
      bestFlaw = flaw
      bestCaps = caps
      bestWords = words
      bestLength = bare.length
      bestArticle = article
      first = false
    }
  }
  return best
}

/**
 * A place named only in a dateline's capitals ("NEW YORK", "WASHINGTON") by the gazetteer's
 * spelling of that name ("New York"); any other entity by its fullest form. (Changes nothing else:
 * the id, the aliases and the location are the same.)
 */
const placeNameAsWritten = (acc: Acc, gaz: Gazetteer): string => {
  // Three capitals or fewer are more often an acronym or a code ("WA", "UGA") than a town.
  if (!PLACE_TYPES.has(acc.type) || acc.name.length < 4 || !isInCapitals(acc.name)) return acc.name
  const place = gaz.placeToLocate(acc.name)
  return place !== undefined && place.name.toUpperCase() === acc.name.toUpperCase() ? place.name : acc.name
}

/** Whether `longer` begins with the words of `short` (case ignored): "BBC World Service" with "BBC". */
const startsName = (longer: string, short: string): boolean =>
  longer.length > short.length && longer[short.length] === " " && longer.slice(0, short.length).toLowerCase() === short.toLowerCase()

/** Whether `longer` is `short`'s words (case ignored) followed only by words of `words`. */
const addsOnly = (longer: string, short: string, words: ReadonlySet<string>): boolean =>
  startsName(longer, short) &&
  longer
    .slice(short.length + 1)
    .split(/\s+/)
    .every((w) => words.has(w.toLowerCase().replace(/\./g, "")))

/** Whether a name ends in a company's legal form ("Nortel Networks Corp."): its registered name, not a unit's or a list's. */
const endsInRegisteredForm = (name: string): boolean => {
  const last = name.slice(name.lastIndexOf(" ") + 1)
  return REGISTERED_FORM_WORDS.has(last.toLowerCase().replace(/\./g, ""))
}

/**
 * Whether the words a registered name adds to a company's short name name a unit of it: "of" or
 * a place ("Alcoa of Australia Ltd", "Vexa Japan KK"), where the parent's code is often written.
 */
const namesAUnit = (registered: string, short: string, gaz: Gazetteer): boolean => {
  const added = registered.slice(short.length + 1).split(/\s+/)
  for (let k = 0; k < added.length - 1; k++) {
    const w = added[k]!
    if (w === "of" || gaz.countryByName(w) !== undefined || gaz.demonym(w) !== undefined || gaz.cityByName(w) !== undefined) return true
  }
  return false
}

/** Whether two entities were written with one stock code ("NT.TO" after both). */
const sharesTicker = (a: Acc, b: Acc): boolean => a.aliases.some((x) => isTicker(x) && b.aliases.includes(x))

/** Words that, after a body's name, still name that body: a legal form, "Party", "Motor(s)". */
const SAME_BODY_WORDS: ReadonlySet<string> = new Set([...LEGAL_FORM_WORDS, "party", "motor", "motors"])

/**
 * Merges document-level entities into corpus entities. Ids already agree across documents
 * (type and normalized name, or a country's code). Beyond that, an entity whose name is, in
 * another document, an alias of exactly one fuller entity of the same type is merged into it: a
 * person named only by surname here ("Vance") and in full there ("Laura Vance"), an acronym
 * ("WRA") another article spelled out; a MISC name may join an entity of any type that has it
 * as an alias (the tagger's MISC "ISIS" here, the ORG "Islamic State (ISIS)" there). Names, coordinates and countries come from the
 * gazetteer and the surface forms; everything is sorted, so row order never matters.
 */
export const mergeCorpusEntities = (
  aggregates: ReadonlyArray<EntityAggregate>,
  gaz: Gazetteer,
  /** Places the documents located elsewhere than their names mean alone, by entity id (choosePlaces.ts). */
  places: ReadonlyMap<string, { readonly countryCode: string; readonly lat: number | null; readonly lon: number | null }> = new Map(),
  /**
   * Whether news writes a word in lower case most of the time ("Crime", "Takeover"; the tagger's
   * capitalization bins 0-1): no given name is such a word. Absent, no name is read so.
   */
  isCommonWord: (word: string) => boolean = () => false
): CorpusEntities => {
  const byId = new Map<string, Acc>()
  for (const g of [...aggregates].sort((x, y) => (x.entity_id < y.entity_id ? -1 : x.entity_id > y.entity_id ? 1 : 0))) {
    const seen = byId.get(g.entity_id)
    const aliases = asNames(g.aliases)
    const formCounts = g.form_counts === undefined ? undefined : addFormCounts(new Map(), g.form_counts)
    if (seen !== undefined) {
      seen.aliases = union(seen.aliases, aliases)
      seen.docs = union(seen.docs, g.docs)
      seen.mentions += g.n_mentions
      seen.confidence += g.confidence_sum ?? g.n_mentions
      if (formCounts !== undefined) seen.formCounts = addFormCounts(seen.formCounts ?? new Map(), formCounts)
      if (g.place_cued !== undefined) seen.placeCued = (seen.placeCued ?? 0) + g.place_cued
      continue
    }
    byId.set(g.entity_id, {
      id: g.entity_id,
      type: typeOfId(g.entity_id),
      name: "",
      aliases,
      docs: g.docs,
      mentions: g.n_mentions,
      confidence: g.confidence_sum ?? g.n_mentions,
      formCounts,
      placeCued: g.place_cued
    })
  }
  for (const acc of byId.values()) acc.name = isCountryId(acc.id) ? (gaz.country(acc.id)?.name ?? acc.id) : fullestForm(acc.aliases, PLACE_TYPES.has(acc.type), acc.formCounts)

  // Which entities (by type) carry each normalized alias, and each full-named person's surname.
  const carriers = new Map<string, Set<string>>()
  const note = (key: string, id: string): void => {
    const set = carriers.get(key)
    if (set === undefined) carriers.set(key, new Set([id]))
    else set.add(id)
  }
  for (const acc of byId.values()) {
    if (isCountryId(acc.id)) continue
    note(`${acc.type}:${normalizeName(acc.name)}`, acc.id)
    for (const a of acc.aliases) if (a !== acc.name) note(`${acc.type}:${normalizeName(a)}`, acc.id)
    // A surname is noted apart: only a PERSON may join a person by it (a MISC "Christmas" is not "Father Christmas").
    if (acc.type === "PERSON" && wordCount(acc.name) > 1) note(`SURNAME:${normalizeName(acc.name.split(/\s+/).pop()!)}`, acc.id)
  }
  // The last word of places' names of two or more words, with the most documents such a place is
  // named in: a person's surname that is also a much-named place's last word ("Hill" of "Capitol
  // Hill") is as likely that place, said short.
  const placeEnds = new Map<string, number>()
  for (const acc of byId.values()) {
    if (!PLACE_TYPES.has(acc.type) || isCountryId(acc.id) || wordCount(acc.name) < 2) continue
    const last = normalizeName(acc.name.slice(acc.name.lastIndexOf(" ") + 1))
    if ((placeEnds.get(last) ?? 0) < acc.docs.length) placeEnds.set(last, acc.docs.length)
  }
  const tickerCarriers = new Map<string, Set<string>>()
  for (const acc of byId.values()) {
    if (isCountryId(acc.id)) continue
    for (const a of acc.aliases) if (isTicker(a)) tickerCarriers.set(a, (tickerCarriers.get(a) ?? new Set()).add(acc.id))
  }
  // Names of two or more words by their short forms' key ("Liberal Democrats" under "lib dem+s"),
  // for a name that abbreviates each word ("Lib Dems") to find them.
  const shortened = new Map<string, Array<{ id: string; form: string }>>()
  for (const acc of byId.values()) {
    if (isCountryId(acc.id) || acc.type === "PERSON") continue
    for (const form of acc.aliases) {
      const key = shortFormKey(form)
      if (key === null) continue
      const list = shortened.get(`${acc.type}:${key}`)
      if (list === undefined) shortened.set(`${acc.type}:${key}`, [{ id: acc.id, form }])
      else list.push({ id: acc.id, form })
    }
  }
  const target = new Map<string, string>()
  // Companies' short names merged into their registered names by the rule above ("Nortel").
  const shortOfRegistered = new Set<string>()
  const root = (id: string): string => {
    for (let hops = 0; target.has(id) && hops < 16; hops++) id = target.get(id)!
    return id
  }
  // Typed entities first; then MISC ones, which is where the tagger puts what it cannot place:
  // such a name may join an entity of any type, counted after the first merges.
  for (const pass of ["typed", "misc"] as const) {
    for (const acc of byId.values()) {
      if (isCountryId(acc.id) || (acc.type === "MISC") !== (pass === "misc")) continue
      const types = pass === "misc" ? ENTITY_TYPES : [acc.type]
      let only: string | undefined
      let several = false
      const normal = normalizeName(acc.name)
      // A stock code names one company: an entity that shares one with exactly one other (of its
      // type; any type out of MISC) whose name is its own and a legal form is that company
      // ("BMW" and "BMW AG", both "BMWG.DE"). Only then: a parent's code is also written after
      // its units' names ("Lockheed Martin Integrated Systems"), and after names the tagger ran
      // together.
      for (const code of acc.aliases) {
        if (!isTicker(code)) continue
        for (const carrier of tickerCarriers.get(code) ?? []) {
          if (carrier === acc.id || (pass === "typed" && byId.get(carrier)!.type !== acc.type)) continue
          const id = pass === "misc" ? root(carrier) : carrier
          if (only === undefined) only = id
          else if (only !== id) several = true
        }
      }
      if (several || only === acc.id || (only !== undefined && !addsOnly(byId.get(only)!.name, acc.name, LEGAL_FORM_WORDS))) (only = undefined), (several = false)
      const keys = only !== undefined ? [] : types.map((t) => `${t}:${normal}`)
      if (only === undefined && pass === "typed" && acc.type === "PERSON") keys.push(`SURNAME:${normal}`)
      // "Lib Dem" and "Lib Dems", "Liberal Democrat" and "Liberal Democrats": a name of two or more
      // words and its plural are one party, group or product (people's names are not made plural).
      if (only === undefined && acc.type !== "PERSON" && !normal.endsWith("s") && wordCount(acc.name) >= 2) for (const t of types) if (t !== "PERSON") keys.push(`${t}:${normal}s`)
      for (const key of keys) {
        for (const carrier of carriers.get(key) ?? []) {
          if (carrier === acc.id) continue
          const id = pass === "misc" ? root(carrier) : carrier
          if (only === undefined) only = id
          else if (only !== id) several = true
        }
      }

      if (only === undefined || several) continue
      const other = byId.get(only)!
      // Only toward a fuller name (or out of MISC), so that two entities never point at each other.
      const fuller = wordCount(other.name) - wordCount(acc.name) || other.name.length - acc.name.length
      // Out of MISC only into an entity at least as often named: one stray PERSON "Lib Dems"
      // must not make the 90 MISC mentions of the party a person.
      // A surname said alone in more documents than the one full name seen with it is someone
      // the writers need not introduce ("Reagan" in six reports): that full name ("Nancy
      // Reagan", once) is as likely a relative.
      if (acc.type === "PERSON" && wordCount(acc.name) === 1 && other.docs.length < acc.docs.length) continue
      // Nor a word that ends a place's name named in more documents than that full name: "Hill"
      // (of "(Capitol) Hill", read as a person) is not "Richard Hill".
      if (acc.type === "PERSON" && other.type === "PERSON" && wordCount(acc.name) === 1 && (placeEnds.get(normal) ?? 0) > other.docs.length) continue
      // So too a name that starts a longer one ("BBC" and "BBC World Service", "Treasury" and
      // "Treasury and Bank of England", "United" and "United Airlines"): named alone in more
      // documents than the longer name, it is an entity of its own that a few documents named
      // a part, a unit or a list of. Not when the longer name only adds a legal form or "Party"
      // or "Motor" ("ABC Inc.", "Green Party", "Nissan Motor"): that is the same body. Nor when
      // the longer name ends in a legal form and both were written with one stock code ("Nortel
      // ( NT.TO )" and "Nortel Networks Corp. ( NT.TO )"): that is the company's registered name,
      // which news shortens. Without the code, a unit's registered name is as likely ("General
      // Motors Acceptance Corp", "SK Telecom Co.").
      if (pass === "typed" && acc.type !== "PERSON" && other.docs.length < acc.docs.length && startsName(other.name, acc.name) && !addsOnly(other.name, acc.name, SAME_BODY_WORDS)) {
        if (!(endsInRegisteredForm(other.name) && !endsInRegisteredForm(acc.name) && !namesAUnit(other.name, acc.name, gaz) && sharesTicker(acc, other))) continue
        shortOfRegistered.add(acc.id)
      }
      // Nor does a name said alone in more documents than a fuller name that puts a town before
      // it: a party in many reports ("Labour") is not the local branch one report named in full
      // ("Stevenage Labour Party"); a country before it is the same body ("US Federal Reserve"),
      // and an acronym is the body whose initials it spells ("IMPD").
      if (pass === "typed" && acc.type !== "PERSON" && other.docs.length < acc.docs.length && !isInCapitals(acc.name) && startsWithTown(other.name, acc.name, gaz)) continue
      // A MISC word named in as many documents as a person's full name is not that person's
      // surname ("Islam" is not "Mohammed Islam", nor "Parkinson's" the condition "Jason
      // Parkinson"; "Finnan" beside a much-named "Steve Finnan" is).
      if (pass === "misc" && other.type === "PERSON" && wordCount(acc.name) === 1 && wordCount(other.name) > 1 && other.docs.length <= acc.docs.length) continue
      // Two ids of one type that came to the same name (one document's name was a list or a
      // possessive the corpus name drops): the one fewer documents use joins the other.
      // Places are left apart: one name can be two places (choosePlaces.ts).
      const sameName =
        fuller === 0 && !PLACE_TYPES.has(acc.type) && other.type === acc.type && normalizeName(other.name) === normal && (other.docs.length - acc.docs.length || (other.id < acc.id ? 1 : -1)) > 0
      if (fuller > 0 || sameName || (pass === "misc" && other.type !== "MISC" && other.mentions >= acc.mentions)) target.set(acc.id, other.id)
    }
  }

  mergeMisreadPersons(byId, target, isCommonWord)
  joinListedCompanies(byId, target, root, shortOfRegistered)
  joinClippedNames(byId, target, root)

  // Last, "Lib Dems" into "Liberal Democrats": a name that writes every word of one fuller name
  // of its type (or, for MISC, of any type) by its first letters, once the names are grouped.
  for (const acc of byId.values()) {
    if (isCountryId(acc.id) || acc.type === "PERSON" || target.has(acc.id)) continue
    const key = shortFormKey(acc.name)
    if (key === null) continue
    let only: string | undefined
    let several = false
    for (const t of acc.type === "MISC" ? ENTITY_TYPES : [acc.type]) {
      for (const c of shortened.get(`${t}:${key}`) ?? []) {
        if (!abbreviates(acc.name, c.form)) continue
        const id = root(c.id)
        if (id === acc.id) continue
        if (only === undefined) only = id
        else if (only !== id) several = true
      }
    }
    if (only !== undefined && !several) target.set(acc.id, only)
  }

  const merged: Array<{ entity_id: string; merged_id: string }> = []
  for (const id of [...target.keys()].sort()) {
    const to = byId.get(root(id))!
    const from = byId.get(id)!
    merged.push({ entity_id: id, merged_id: to.id })
    to.aliases = union(to.aliases, from.aliases)
    to.docs = union(to.docs, from.docs)
    to.mentions += from.mentions
    if (from.placeCued !== undefined) to.placeCued = (to.placeCued ?? 0) + from.placeCued
  }
  const entities: EntityRow[] = []
  for (const acc of byId.values()) {
    if (target.has(acc.id)) continue
    const aliases = [...acc.aliases].sort()
    let countryCode: string | null = null
    let lat: number | null = null
    let lon: number | null = null
    if (isCountryId(acc.id)) {
      const c = gaz.country(acc.id)
      countryCode = acc.id
      lat = c?.lat ?? null
      lon = c?.lon ?? null
    } else if (places.has(acc.id)) {
      ;({ countryCode, lat, lon } = places.get(acc.id)!)
    } else if (acc.type === "GPE") {
      // A place named by two capitals that spell a US postal code is that state ("KALAMAZOO, MI"),
      // not a town the capitals also spell ("WA" is no town in Ghana in these lines): when the
      // text writes them where a state goes at least half the time. Two capitals before a noun
      // ("flash memory like SD cards", "a PR stunt") are an acronym the tagger took for a place.
      const asState = acc.placeCued === undefined || 2 * acc.placeCued >= acc.mentions ? gaz.usStateOfPostalCode(acc.name) : undefined
      const city =
        asState ?? gaz.placeToLocate(acc.name) ?? aliases.map((a) => gaz.placeToLocate(a)).find((c) => c !== undefined)
      if (city !== undefined) ({ countryCode, lat, lon } = city)
    }
    entities.push({ entity_id: acc.id, name: placeNameAsWritten(acc, gaz), type: acc.type, aliases, country_code: countryCode, lat, lon, n_mentions: acc.mentions, n_docs: acc.docs.length })
  }
  entities.sort((x, y) => (x.entity_id < y.entity_id ? -1 : 1))
  return { entities, merged }
}

/** Letters of each word a short form keeps at least ("Lib", "Dem", "Nat"). */
const SHORT_WORD = 3

/** A name's words stemmed for comparing short forms: normalized, a final plural "s" set apart. */
const shortFormWords = (name: string): { words: string[]; plural: boolean } => {
  const words = normalizeName(name).split(" ")
  const last = words[words.length - 1]!
  const plural = last.length > SHORT_WORD && last.endsWith("s")
  if (plural) words[words.length - 1] = last.slice(0, -1)
  return { words, plural }
}

/** The key a name of two or more words and its short forms share: each word's first letters, and whether it is plural. */
const shortFormKey = (name: string): string | null => {
  if (wordCount(name) < 2) return null
  const { words, plural } = shortFormWords(name)
  if (words.length < 2) return null
  let key = ""
  for (const w of words) key += (key === "" ? "" : " ") + w.slice(0, SHORT_WORD)
  return plural ? key + "+s" : key
}

/** Most letters of a word's short form: "Lib", "Dem", "Cons"; longer starts are words of their own ("Water" of "Waterless"). */
const LONGEST_SHORT_WORD = 4

/**
 * Whether `short` writes every word of `long` by its first three or four letters ("Lib Dems" of
 * "Liberal Democrats", "Nat West" of "National Westminster"), with the same plural. Every word
 * must be cut: a word written whole beside a cut one is another name ("High Street" is not
 * "Highwood Street", nor "North Philadelphia" "Northeast Philadelphia").
 */
const abbreviates = (short: string, long: string): boolean => {
  const a = shortFormWords(short)
  const b = shortFormWords(long)
  if (a.plural !== b.plural || a.words.length !== b.words.length) return false
  for (let i = 0; i < a.words.length; i++) {
    const x = a.words[i]!
    const y = b.words[i]!
    if (x.length < SHORT_WORD || x.length > LONGEST_SHORT_WORD || x.length >= y.length || !y.startsWith(x)) return false
  }
  return true
}

/**
 * Whether `fuller` starts with the name of a town or region (not a country) that `shorter` does
 * not start with: "Stevenage Labour Party" beside "Labour"; not "US Federal Reserve".
 */
const startsWithTown = (fuller: string, shorter: string, gaz: Gazetteer): boolean => {
  const words = fuller.split(/\s+/)
  for (let n = 1; n <= 2 && n < words.length; n++) {
    const prefix = words.slice(0, n).join(" ")
    if (shorter.startsWith(prefix)) return false
    if (gaz.cityByName(prefix) !== undefined && gaz.countryByName(prefix) === undefined) return true
  }
  return false
}

/**
 * A same-named entity of another type outweighs a PERSON at this many times its mentions: MISC
 * (the tagger's "not sure") at 5, a typed one only at 10, since team sheets can make the tagger
 * call a few real players ORG ("Aurelien Rougerie" 7 times ORG, once PERSON).
 */
const SAME_NAME_RATIO_MISC = 5
const SAME_NAME_RATIO_TYPED = 10

/**
 * A PERSON entity whose mentions the tagger gave less than this confidence on average was a
 * guess ("call Crime Stoppers at 555-0100": 0.1 to 0.4); a sure person's name averages 0.8 or more.
 */
const UNSURE_PERSON = 0.5

/**
 * A PERSON entity named in several documents that is, over the corpus, the singular or plural of
 * a more often named entity of another type ("Oscar" beside "the Oscars"), or a PERSON with the
 * same name as an entity named far more often (SAME_NAME_RATIO_*: a stray PERSON "Lib Dems"
 * beside 90 MISC ones), joins it: people's names are not made plural, and a name the tagger
 * reads as a person once and otherwise not is not one. A PERSON the tagger was unsure of
 * (UNSURE_PERSON), whose name starts with a common word, joins the most named entity of its name
 * and another type named at least as often ("Crime Stoppers", 43 unsure PERSON mentions beside 45
 * ORG ones), and an unsure one whose name ends with an organization's name of two or more words,
 * starting with a common word and named in more documents, is that organization's branch, an ORG
 * ("Broward Crime Stoppers", "Miami-Dade Crime Stoppers").
 */
const mergeMisreadPersons = (byId: Map<string, Acc>, target: Map<string, string>, isCommonWord: (word: string) => boolean): void => {
  const byName = new Map<string, Acc | null>()
  // The most mentioned entity of each name (null on a tie), for the unsure persons.
  const topByName = new Map<string, Acc | null>()
  for (const acc of byId.values()) {
    if (acc.type === "PERSON" || isCountryId(acc.id) || target.has(acc.id)) continue
    const key = normalizeName(acc.name)
    // A name two entities share points at neither.
    byName.set(key, byName.has(key) ? null : acc)
    const top = topByName.get(key)
    if (top === undefined || (top !== null && acc.mentions > top.mentions)) topByName.set(key, acc)
    else if (top !== null && acc.mentions === top.mentions) topByName.set(key, null)
  }
  // The ends of other names, by type (normalized, one word or more dropped before them): a body's
  // name recurs qualified by a place or a unit in names of its type ("UK Takeover Panel",
  // "Broward Crime Stoppers"); a work's title does not. People's names are left out: their last
  // words are surnames.
  const qualifiedEnds = new Set<string>()
  for (const acc of byId.values()) {
    if (acc.type === "PERSON" || isCountryId(acc.id)) continue
    const words = normalizeName(acc.name).split(" ")
    for (let k = 1; k < words.length; k++) qualifiedEnds.add(`${acc.type}:${words.slice(k).join(" ")}`)
  }
  /**
   * Where an unsure PERSON goes that another type's entity outnumbers: that entity when it is
   * MISC or its name ends a longer name of its type, as a body's does ("Crime Stoppers"); else the name is one the
   * tagger types by guess alone, as it does the titles of works ("Finding Nemo" read ORG in some
   * sentences and PERSON in others): a MISC entity of the name, which that entity joins too.
   */
  const joinOfName = (top: Acc, key: string): string => {
    if (top.type === "MISC" || qualifiedEnds.has(`${top.type}:${key}`)) return top.id
    const id = entityId("MISC", top.name)
    const own = byId.get(id)
    if (own === undefined) byId.set(id, { id, type: "MISC", name: top.name, aliases: [], docs: [], mentions: 0, confidence: 0, formCounts: undefined, placeCued: undefined })
    else if (own.type !== "MISC" || target.has(id)) return top.id
    target.set(top.id, id)
    return id
  }
  const unsure: Acc[] = []
  for (const acc of byId.values()) {
    if (acc.type !== "PERSON" || target.has(acc.id)) continue
    const key = normalizeName(acc.name)
    const same = byName.get(key)
    const plural = byName.get(key + "s") ?? (key.length > 2 && key.endsWith("s") ? byName.get(key.slice(0, -1)) : undefined)
    const ratio = same?.type === "MISC" ? SAME_NAME_RATIO_MISC : SAME_NAME_RATIO_TYPED
    // A guess of the tagger's, on a name no person's starts so ("Crime Stoppers"; "Boy George" and
    // "PJ Harvey", as unsure, stay people).
    const guessed = acc.confidence < UNSURE_PERSON * acc.mentions && isCommonWord(firstWord(acc.name))
    const top = guessed ? topByName.get(key) : undefined
    if (same != null && same.mentions >= ratio * acc.mentions) target.set(acc.id, same.id)
    else if (top != null && top.mentions >= acc.mentions) target.set(acc.id, joinOfName(top, key))
    // Plural evidence from one document is too thin ("Philip" once, the company "Philips").
    else if (plural != null && plural.mentions > acc.mentions && acc.docs.length >= 2) target.set(acc.id, plural.id)
    else if (acc.confidence < UNSURE_PERSON * acc.mentions && wordCount(acc.name) >= 3) unsure.push(acc)
  }
  for (const acc of unsure) {
    const words = acc.name.split(/\s+/)
    for (let k = 2; k < words.length; k++) {
      const org = topByName.get(normalizeName(words.slice(words.length - k).join(" ")))
      // The organization's name starts as no person's does ("Crime Stoppers").
      if (org == null || org.type !== "ORG" || org.docs.length <= acc.docs.length || !isCommonWord(firstWord(org.name))) continue
      const id = entityId("ORG", acc.name)
      const own = byId.get(id)
      if (own === undefined) byId.set(id, { id, type: "ORG", name: acc.name, aliases: [], docs: [], mentions: 0, confidence: 0, formCounts: undefined, placeCued: undefined })
      else if (own.type !== "ORG" || target.has(id)) break
      target.set(acc.id, id)
      break
    }
  }
}

/** A company's name without its legal form, normalized: "Rio Tinto Ltd./Plc" and "Rio Tinto Plc" are both "rio tinto". */
const companyKey = (name: string): string =>
  normalizeName(name)
    .split(/[\s/]+/)
    .filter((w) => w !== "" && !LEGAL_FORM_WORDS.has(w))
    .join(" ")

/**
 * Companies with a stock code, as one entity each:
 * - organizations that share a code and a name but for the legal form ("Rio Tinto Plc", "Rio
 *   Tinto Ltd./Plc", both "RIO.L") join the one most documents name;
 * - an entity of another type named as such a company ("Fannie Mae" read as a person in the
 *   documents that give no code, "Fannie Mae ( FNM.N )" elsewhere), or named by its code
 *   ("RIO.L" read as a place), joins it: a listed company's name is no person's, place's or
 *   event's. Only when one such company has the name or code.
 */
const joinListedCompanies = (
  byId: ReadonlyMap<string, Acc>,
  target: Map<string, string>,
  root: (id: string) => string,
  /** Short names merged into a registered one ("J.P. Morgan" into "J.P. Morgan Chase & Co."). */
  shortOfRegistered: ReadonlySet<string>
): void => {
  const groups = new Map<string, Acc[]>()
  for (const acc of byId.values()) {
    if (acc.type !== "ORG" || target.has(acc.id) || isTicker(acc.name) || !acc.aliases.some(isTicker)) continue
    const key = companyKey(acc.name)
    if (key === "") continue
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [acc])
    else group.push(acc)
  }
  // By name as normalized, by name without legal form, and by code as written (normalized,
  // "PLA.N" would be the word "plan").
  const byFullName = new Map<string, Acc | null>()
  const byName = new Map<string, Acc>()
  const byCode = new Map<string, Acc | null>()
  for (const [key, group] of groups) {
    let top = group[0]!
    for (const acc of group) if ((acc.docs.length - top.docs.length || (acc.id < top.id ? 1 : -1)) > 0) top = acc
    const codes = new Set(top.aliases.filter(isTicker))
    for (const acc of group) if (acc !== top && acc.aliases.some((a) => codes.has(a))) target.set(acc.id, top.id)
    byName.set(key, top)
    for (const acc of group) {
      const full = normalizeName(acc.name)
      byFullName.set(full, byFullName.has(full) && byFullName.get(full) !== top ? null : top)
    }
    // Its codes name it too: a code the tagger read as a place ("RIO.L") is the company's.
    for (const acc of group) for (const a of acc.aliases) if (isTicker(a)) byCode.set(a, byCode.has(a) && byCode.get(a) !== top ? null : top)
  }
  // A listed company already merged into a fuller one ("J.P. Morgan" into "J.P. Morgan Chase &
  // Co.", both "JPM.N") still names it: by that name, persons and places join the fuller one.
  for (const id of shortOfRegistered) {
    const acc = byId.get(id)!
    const to = byId.get(root(acc.id))!
    const full = normalizeName(acc.name)
    if (to.type === "ORG" && !byFullName.has(full)) byFullName.set(full, to)
  }
  for (const acc of byId.values()) {
    if (acc.type === "ORG" || isCountryId(acc.id) || target.has(acc.id)) continue
    // Without its legal form only a one-word name, or a place's: a person of two names may be
    // the one a company is named after ("Charles Schwab"), and an index shares its company's
    // name ("Dow Jones", "Dow Jones & Co Inc.").
    const loose = wordCount(acc.name) === 1 || PLACE_TYPES.has(acc.type) || acc.type === "NORP"
    const company = isTicker(acc.name)
      ? byCode.get(acc.name)
      : (byFullName.get(normalizeName(acc.name)) ?? (loose ? byName.get(companyKey(acc.name)) : undefined))
    if (company != null) target.set(acc.id, company.id)
  }
}

/** Letters of a clipped first word ("Fed" of "Federal"): three; four would read whole words ("Ford" of "Fordham"). */
const CLIP_LENGTH = 3
/** A capitalized word of three letters, as a clip is written ("Fed"; not "FED", an acronym's shape). */
const CLIPPED_NAME = /^\p{Lu}\p{Ll}{2}$/u
/** A word news shortens: letters only, six or more ("Federal"; not "ENI.MI"). */
const CLIPPABLE_WORD = /^\p{L}{6,}$/u

/**
 * "Fed" into "Federal Reserve": a capitalized name of three letters that starts the first word
 * of longer names of its type (a MISC one: of any type; any of their forms: "Federal Reserve" of
 * "US Federal Reserve") joins the one it shares the most
 * documents with, when that is half of its own documents or more and twice as many as any other
 * such name shares ("Federal Open Market Committee" and "Federal Reserve Bank" are named beside
 * "Fed" too, less often). The documents are the evidence: a clip alone could stand for any
 * name it starts ("Federal Express").
 */
const joinClippedNames = (byId: ReadonlyMap<string, Acc>, target: Map<string, string>, root: (id: string) => string): void => {
  // The clips to look for: few corpora have any.
  let clips: Set<string> | null = null
  for (const acc of byId.values()) {
    if (acc.type !== "PERSON" && !isCountryId(acc.id) && !target.has(acc.id) && CLIPPED_NAME.test(acc.name)) (clips ??= new Set()).add(acc.name.toLowerCase())
  }
  if (clips === null) return
  // Entities as merged so far (by root id), under every clip their members' forms start with:
  // "Federal Reserve" may be a form of an entity merged into "US Federal Reserve".
  const byClip = new Map<string, string[]>()
  for (const acc of byId.values()) {
    if (acc.type === "PERSON" || isCountryId(acc.id)) continue
    for (const form of acc.aliases) {
      const key = form.slice(0, CLIP_LENGTH).toLowerCase()
      if (!clips.has(key)) continue
      const space = form.indexOf(" ")
      if (space < 0 || !CLIPPABLE_WORD.test(form.slice(0, space))) continue
      const id = root(acc.id)
      const list = byClip.get(key)
      if (list === undefined) byClip.set(key, [id])
      else if (!list.includes(id)) list.push(id)
    }
  }
  if (byClip.size === 0) return
  // The documents of each such entity, its merged members' included.
  const docsOf = new Map<string, Set<string>>()
  for (const list of byClip.values()) for (const id of list) docsOf.set(id, new Set())
  for (const acc of byId.values()) {
    const set = docsOf.get(root(acc.id))
    if (set !== undefined) for (const d of acc.docs) set.add(d)
  }
  for (const acc of byId.values()) {
    if (acc.type === "PERSON" || isCountryId(acc.id) || target.has(acc.id) || !CLIPPED_NAME.test(acc.name)) continue
    const candidates = byClip.get(acc.name.toLowerCase())
    if (candidates === undefined) continue
    let best: string | undefined
    let bestShared = 0
    let secondShared = 0
    for (const c of candidates) {
      if (c === acc.id || (acc.type !== "MISC" && byId.get(c)!.type !== acc.type)) continue
      const theirs = docsOf.get(c)!
      let shared = 0
      for (const d of acc.docs) if (theirs.has(d)) shared++
      if (shared > bestShared || (shared === bestShared && best !== undefined && c < best)) {
        if (best !== undefined) secondShared = bestShared
        best = c
        bestShared = shared
      } else if (shared > secondShared) secondShared = shared
    }
    if (best !== undefined && 2 * bestShared >= acc.docs.length && bestShared >= 2 * secondShared && bestShared > secondShared) target.set(acc.id, best)
  }
}
