import { ENTITY_TYPES, type EntityType } from "./entityTypes.js"
import { choosePlaces, type PlaceChoice, type PlaceGroup } from "./choosePlaces.js"
import { countryEntityId, entityId, normalizeName } from "./entityId.js"
import type { Gazetteer } from "./gazetteer/Gazetteer.js"
import { CORPORATE_SUFFIXES } from "./legalForms.js"
import { HONORIFICS } from "./lexicon.js"
import type { Token } from "./nerContract.js"
import type { SentenceMention } from "./recognizeSentence.js"
import { isTicker } from "./acronymFits.js"
import { linkPlacelessOrgNames, linkShorterOrgNames } from "./shorterOrgNames.js"
import { spanText } from "./typeSpan.js"

export interface SentenceResult {
  readonly sentenceId: number
  readonly tokens: ReadonlyArray<Token>
  readonly mentions: ReadonlyArray<SentenceMention>
}

/** A mention with its document-level entity; start/end are UTF-16 offsets into the text. */
export interface LinkedMention {
  readonly sentenceId: number
  readonly start: number
  readonly end: number
  readonly text: string
  readonly type: EntityType
  readonly confidence: number
  readonly title: string | null
  readonly entityId: string
}

export interface DocumentEntity {
  readonly entityId: string
  readonly name: string
  readonly type: EntityType
  readonly aliases: ReadonlyArray<string>
  readonly countryCode: string | null
  readonly lat: number | null
  readonly lon: number | null
  readonly nMentions: number
}

/** A place entity the text put somewhere else than its name means alone (choosePlaces.ts). */
export interface PlacedEntity {
  readonly entityId: string
  readonly countryCode: string
  readonly lat: number | null
  readonly lon: number | null
}

/**
 * The id of a place the text puts elsewhere than its name means alone: its name and where
 * ("Athens (USA-GA)"), so that Athens, Georgia, and Athens, Greece, are two entities.
 */
export const placeEntityId = (name: string, choice: PlaceChoice): string =>
  entityId("GPE", `${name} (${choice.countryCode}${choice.usState === null ? "" : "-" + choice.usState})`)

interface Node {
  readonly m: SentenceMention
  readonly sentence: number
  readonly text: string
  readonly words: ReadonlyArray<string>
  /** What `key` is: a country code (KEY_COUNTRY), or a normalized name of a nationality (KEY_NORP) or of anything else. */
  readonly kind: number
  readonly key: string
  parent: number
}

const KEY_COUNTRY = 0
const KEY_NORP = 1
const KEY_NAME = 2

/** Tagger confidence from which a mention keeps its own type inside an entity of another type. */
const OWN_TYPE_CONFIDENCE = 0.8

const WORDLIKE = /[\p{L}\p{N}]/u

/** Whether a token has a letter or digit: ASCII decided by code, anything else by WORDLIKE. */
const isWordlike = (token: string): boolean => {
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k)
    if (c > 127) return WORDLIKE.test(token)
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return true
  }
  return false
}

const SKIP_IN_INITIALS = new Set(["of", "the", "and", "for", "de", "&", "in", "on", "al", "el"])
const ACRONYM = /^[A-Z][A-Z&.]{1,8}$/

/**
 * Links the mentions of one document into entities: the same name; a person's surname or
 * shorter form to the fuller name that contains it ("Esper" → "Mark Esper"); an acronym to the
 * name whose initials it spells ("PMU" → "Popular Mobilization Units"); bracketed acronyms and
 * "also known as" names; and every name or nationality of a country to that country.
 */
export const linkDocument = (
  text: string,
  sentences: ReadonlyArray<SentenceResult>,
  gaz: Gazetteer,
  withEntities = true
): { mentions: LinkedMention[]; entities: DocumentEntity[]; places: PlacedEntity[] } => {
  const nodes: Node[] = []
  // Nodes of sentence s are nodes[firstNode[s], firstNode[s + 1]).
  const firstNode = new Int32Array(sentences.length + 1)
  for (let s = 0; s < sentences.length; s++) {
    const { tokens, mentions } = sentences[s]!
    firstNode[s] = nodes.length
    for (const m of mentions) {
      const surface = m.from === undefined ? spanText(text, tokens, m.a, m.b) : text.slice(m.from, m.to)
      const words: string[] = []
      if (m.from !== undefined) words.push(surface.toLowerCase())
      else for (let i = m.a; i < m.b; i++) if (isWordlike(tokens[i]!.text)) words.push(tokens[i]!.text.toLowerCase())
      // A place named as an adjective ("London-based") is keyed by the place's name.
      const kind = m.country !== null ? KEY_COUNTRY : m.type === "NORP" && m.adjectival !== true ? KEY_NORP : KEY_NAME
      const key = m.country !== null ? m.country.code : normalizeName(surface)
      nodes.push({ m, sentence: s, text: surface, words, kind, key, parent: nodes.length })
    }
  }
  firstNode[sentences.length] = nodes.length
  const find = (i: number): number => {
    while (nodes[i]!.parent !== i) {
      nodes[i]!.parent = nodes[nodes[i]!.parent]!.parent
      i = nodes[i]!.parent
    }
    return i
  }
  // The smaller index becomes the root, so that roots (and everything below) do not depend on
  // the order links are found in.
  const union = (x: number, y: number): void => {
    const rx = find(x)
    const ry = find(y)
    if (rx < ry) nodes[ry]!.parent = rx
    else if (ry < rx) nodes[rx]!.parent = ry
  }

  // Which fuller person name each shorter one goes to, decided before names are grouped by key:
  // a surname two different people share must not join them through its own repeats.
  const persons = fullerPersonNames(nodes)

  // The same key of the same kind: one entity (a map per kind, so no "kind:key" strings).
  const byKey = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()]
  for (let i = 0; i < nodes.length; i++) {
    if (persons !== null && persons.ambiguous[i] === 1) continue
    const map = byKey[nodes[i]!.kind]!
    const seen = map.get(nodes[i]!.key)
    if (seen === undefined) map.set(nodes[i]!.key, i)
    else union(seen, i)
  }
  // Each "also known as", acronym or stock code mention and the name it follows (of its sentence).
  let pairs: Array<[named: number, other: number]> | null = null
  for (let i = 0; i < nodes.length; i++) {
    const { m, sentence } = nodes[i]!
    if (m.sameAs === null) continue
    for (let j = firstNode[sentence]!; j < firstNode[sentence + 1]!; j++) {
      if (nodes[j]!.m === m.sameAs) {
        ;(pairs ??= []).push([j, i])
        break
      }
    }
  }
  if (pairs !== null) {
    const misplaced = misplacedStockCodes(nodes, pairs)
    for (const [j, i] of pairs) if (misplaced === null || !misplaced.has(i)) union(j, i)
  }
  retypePluralPersons(nodes, sentences, byKey[KEY_NAME]!, union)
  if (persons !== null) for (let i = 0; i < nodes.length; i++) if (persons.target[i]! >= 0) union(persons.target[i]!, i)
  linkGivenNames(nodes, union)
  linkAcronyms(nodes, union)
  linkShorterOrgNames(nodes, union, (word) => isTownWord(gaz, word))
  linkPlacelessOrgNames(nodes, union)

  // A group's root is its smallest index (see union), so groups come in order of their first
  // member; each group's members are chained in index order through `nextMember`.
  const root = new Int32Array(nodes.length)
  const nextMember = new Int32Array(nodes.length).fill(-1)
  const lastMember = new Int32Array(nodes.length)
  for (let i = 0; i < nodes.length; i++) {
    const r = find(i)
    root[i] = r
    if (r !== i) nextMember[lastMember[r]!] = i
    lastMember[r] = i
  }

  const entities: DocumentEntity[] = []
  const entityOf = new Int32Array(nodes.length)
  const typeOf = new Array<EntityType>(nodes.length)
  const members: Node[] = []
  // The document's places and countries, for choosing among places that share a name.
  const placeGroups: PlaceGroup[] = []
  const placeEntities: number[] = []
  for (let r = 0; r < nodes.length; r++) {
    if (root[r] !== r) continue
    members.length = 0
    for (let i = r; i !== -1; i = nextMember[i]!) members.push(nodes[i]!)
    const entity = describeEntity(members, gaz, withEntities)
    if (entity.type === "GPE") {
      const country = members.find((n) => n.m.country !== null)?.m.country?.code ?? null
      const starts = members.map((n) => n.m.from ?? sentences[n.sentence]!.tokens[n.m.a]!.start)
      const ends = members.map((n) => n.m.to ?? sentences[n.sentence]!.tokens[n.m.b - 1]!.end)
      placeGroups.push({ forms: [entity.name, ...members.map((n) => n.text)], starts, ends, countryCode: country })
      placeEntities.push(entities.length)
    }
    for (let i = r; i !== -1; i = nextMember[i]!) {
      entityOf[i] = entities.length
      // A nationality keeps its own type while pointing at its country, and so does a mention the
      // tagger was sure of (a city's name used for its team is ORG there: "Chicago beat Boston");
      // the others take the entity's type.
      const m = nodes[i]!.m
      typeOf[i] = (m.type === "NORP" && (m.country !== null || m.adjectival === true)) || (m.confidence >= OWN_TYPE_CONFIDENCE && m.country === null) ? m.type : entity.type
    }
    entities.push(entity)
  }

  const places: PlacedEntity[] = []
  const choices = choosePlaces(text, placeGroups, gaz)
  for (let k = 0; k < choices.length; k++) {
    const choice = choices[k]
    if (choice === null || choice === undefined) continue
    const e = entities[placeEntities[k]!]!
    const placed = { ...e, entityId: placeEntityId(e.name, choice), countryCode: choice.countryCode, lat: choice.lat, lon: choice.lon }
    entities[placeEntities[k]!] = placed
    places.push({ entityId: placed.entityId, countryCode: choice.countryCode, lat: choice.lat, lon: choice.lon })
  }

  const mentions: LinkedMention[] = nodes.map((n, i) => {
    const tokens = sentences[n.sentence]!.tokens
    return {
      sentenceId: sentences[n.sentence]!.sentenceId,
      start: n.m.from ?? tokens[n.m.a]!.start,
      end: n.m.to ?? tokens[n.m.b - 1]!.end,
      text: n.text,
      type: typeOf[i]!,
      confidence: n.m.confidence,
      title: n.m.title,
      entityId: entities[entityOf[i]!]!.entityId
    }
  })
  // Two groups may land on one id (the same name typed two ways is one group; this catches a
  // cluster named like another): merge them into one entity row.
  return { mentions, entities: withEntities ? mergeSameId(entities) : [], places }
}

/**
 * People's names are not made plural, while names of awards, parties and products are ("the
 * Oscars", "Lib Dems"): a PERSON mention whose name, with or without a final "s", is the name of
 * a mention of another type in the same document takes that type and joins it, unless the
 * document gives that person a first name, a title or an honorific (a family is "the Clintons").
 * `names` maps each name key to its first node (byKey's KEY_NAME map).
 */
const retypePluralPersons = (
  nodes: ReadonlyArray<Node>,
  sentences: ReadonlyArray<SentenceResult>,
  names: ReadonlyMap<string, number>,
  union: (x: number, y: number) => void
): void => {
  let persons: Set<string> | undefined
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!
    if (n.m.type !== "PERSON") continue
    const key = n.key
    const other = names.get(key + "s") ?? (key.length > 2 && key.charCodeAt(key.length - 1) === 115 ? names.get(key.slice(0, -1)) : undefined)
    if (other === undefined || nodes[other]!.m.type === "PERSON") continue
    // Read only when a plural pair is found, which few documents have.
    persons ??= surelyPersons(nodes, sentences)
    if (persons.has(key) || (n.words.length === 1 && persons.has(n.words[0]!))) continue
    n.m.type = nodes[other]!.m.type
    union(other, i)
  }
}

/** Name keys and surnames the document shows to be people's: said with a first name, a title or an honorific. */
const surelyPersons = (nodes: ReadonlyArray<Node>, sentences: ReadonlyArray<SentenceResult>): Set<string> => {
  const out = new Set<string>()
  for (const o of nodes) {
    if (o.m.type !== "PERSON") continue
    if (o.words.length > 1) out.add(o.words[o.words.length - 1]!)
    if (o.m.title !== null || (o.m.a > 0 && HONORIFICS.has(sentences[o.sentence]!.tokens[o.m.a - 1]!.text.toLowerCase()))) out.add(o.key)
  }
  return out
}

/**
 * Stock codes written after a name that is not the code's company: one code follows two names of
 * the document that share no word ("Renault ( RENA.PA )" and later "AvtoVAZ ( RENA.PA )", where
 * the writer put the owner's code after its Russian partner). The code is the name's it follows
 * most often (the first of them on a tie); its mentions after another name are returned, so
 * that they do not make that name the company (the code itself still joins its own company by
 * name). Null when every code follows one company's names.
 */
const misplacedStockCodes = (nodes: ReadonlyArray<Node>, pairs: ReadonlyArray<[number, number]>): Set<number> | null => {
  // Per code: how often each name (by key) precedes it, in order of first sight.
  let names: Map<string, Array<{ named: number; count: number }>> | null = null
  for (const [j, i] of pairs) {
    if (!isTicker(nodes[i]!.text)) continue
    names ??= new Map()
    const list = names.get(nodes[i]!.key)
    const seen = list?.find((x) => nodes[x.named]!.key === nodes[j]!.key)
    if (seen !== undefined) seen.count++
    else if (list === undefined) names.set(nodes[i]!.key, [{ named: j, count: 1 }])
    else list.push({ named: j, count: 1 })
  }
  if (names === null) return null
  let out: Set<number> | null = null
  for (const [j, i] of pairs) {
    const list = names.get(nodes[i]!.key)
    if (list === undefined || list.length < 2) continue
    let own = list[0]!
    for (const x of list) if (x.count > own.count) own = x
    if (!mayBeOneName(nodes[own.named]!.words, nodes[j]!.words)) (out ??= new Set()).add(i)
  }
  return out
}

/**
 * Whether two names (lower-case words) may name one company: they share a word of three letters
 * or more ("Renault SA" and "Renault"), start with the same three letters ("SocGen" and "Societe
 * Generale", "JPMorgan" and "J.P. Morgan"), or one is the other's initials ("IBM"). Not "AvtoVAZ"
 * and "Renault".
 */
const mayBeOneName = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean => {
  for (const w of a) if (w.length >= 3 && b.includes(w)) return true
  const x = lettersOf(a)
  const y = lettersOf(b)
  if (x.length >= 3 && y.length >= 3 && x.slice(0, 3) === y.slice(0, 3)) return true
  return (a.length === 1 && initialsOf(b) === a[0]) || (b.length === 1 && initialsOf(a) === b[0])
}

/** A name's letters run together ("j.p. morgan" → "jpmorgan"). */
const lettersOf = (words: ReadonlyArray<string>): string => words.join("").replace(/[^\p{L}]/gu, "")

/** The initials of a name's words, leaving out "of", "and"… ("international business machines" → "ibm"). */
const initialsOf = (words: ReadonlyArray<string>): string => {
  let out = ""
  for (const w of words) if (!SKIP_IN_INITIALS.has(w)) out += w[0]
  return out
}

/** `fullerPersonNames` of a name that joins no other. */
const NO_TARGET = -1

/** Whether a name's words end with another's ("Esper" of "Mark Esper", "Luther King" of "Martin Luther King"). */
const endsWith = (long: ReadonlyArray<string>, short: ReadonlyArray<string>): boolean => {
  if (long.length <= short.length) return false
  for (let k = 1; k <= short.length; k++) if (long[long.length - k] !== short[short.length - k]) return false
  return true
}

/** Two given names that can be one person's: the same, one the other's initial ("J." / "John"), or a short form of 3+ letters ("Chris" / "Christopher"). */
const sameGivenName = (x: string, y: string): boolean => {
  if (x === y) return true
  const a = x.endsWith(".") ? x.slice(0, -1) : x
  const b = y.endsWith(".") ? y.slice(0, -1) : y
  if (a.length === 1 || b.length === 1) return a[0] === b[0]
  return a.length >= 3 && b.length >= 3 && (a.startsWith(b) || b.startsWith(a))
}

/**
 * Whether two person names that end alike can be one person: one ends with the other, or their
 * given names agree (and their second names, when both have three or more words: "George W. Bush"
 * is not "George Herbert Walker Bush"). "Jared Huffman" and "Eldon Huffman" cannot.
 */
const samePerson = (x: ReadonlyArray<string>, y: ReadonlyArray<string>): boolean =>
  x.length === y.length ? x.every((w, k) => w === y[k]) || agreeAhead(x, y) : endsWith(x, y) || endsWith(y, x) || agreeAhead(x, y)

const agreeAhead = (x: ReadonlyArray<string>, y: ReadonlyArray<string>): boolean =>
  x.length >= 2 && y.length >= 2 && sameGivenName(x[0]!, y[0]!) && (x.length < 3 || y.length < 3 || sameGivenName(x[1]!, y[1]!))

/**
 * For each person mention that is a shorter form of fuller person names of the document ("Esper"
 * of "Mark Esper"), or another form of a full name ("J. Dane" of "John Dane"), the mention it
 * joins: the closest such name before it, else the first fuller one after it, or NO_TARGET.
 * When those names are two different people ("Huffman" of "Jared Huffman" and "Eldon Huffman"),
 * the mention joins the closest fuller one before it only (or none), and is flagged in
 * `ambiguous` so that it is not grouped with the same word said elsewhere. Null: nothing to link.
 * Names are compared once per distinct pair of names, and each mention looks only at the
 * names it could join: a document repeating a few names thousands of times stays linear.
 */
const fullerPersonNames = (nodes: ReadonlyArray<Node>): PersonLinks | null => {
  // Distinct person names (by normalized name) and which one each person mention says.
  let nameIds: Map<string, number> | null = null
  const names: Array<ReadonlyArray<string>> = []
  let nameOf: Int32Array | null = null
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!
    if (n.m.type !== "PERSON" || n.words.length === 0) continue
    if (nameIds === null) {
      nameIds = new Map()
      nameOf = new Int32Array(nodes.length).fill(-1)
    }
    let id = nameIds.get(n.key)
    if (id === undefined) {
      id = names.length
      nameIds.set(n.key, id)
      names.push(n.words)
    }
    nameOf![i] = id
  }
  // Most documents name fewer than two people, or none by more than one form: nothing to link.
  if (names.length < 2 || nameOf === null) return null
  // For each name: the fuller names ending with it, and those plus the other forms of it.
  const fuller: Array<ReadonlyArray<number>> = []
  const joinable: Array<ReadonlyArray<number>> = []
  const isAmbiguous = new Uint8Array(names.length)
  let any = false
  for (let s = 0; s < names.length; s++) {
    const short = names[s]!
    let f: number[] | null = null
    let j: number[] | null = null
    for (let o = 0; o < names.length; o++) {
      if (o === s) continue
      const other = names[o]!
      if (endsWith(other, short)) {
        ;(f ??= []).push(o)
        ;(j ??= []).push(o)
      } else if (short.length >= 2 && other.length >= 2 && other[other.length - 1] === short[short.length - 1] && !endsWith(short, other) && agreeAhead(other, short)) {
        ;(j ??= []).push(o)
      }
    }
    if (j !== null) {
      any = true
      for (let x = 0; x < j.length && isAmbiguous[s] === 0; x++) {
        for (let y = x + 1; y < j.length; y++) {
          if (!samePerson(names[j[x]!]!, names[j[y]!]!)) {
            isAmbiguous[s] = 1
            break
          }
        }
      }
    }
    fuller.push(f ?? NONE)
    joinable.push(isAmbiguous[s] === 1 ? (f ?? NONE) : (j ?? NONE))
  }
  if (!any) return null
  const target = new Int32Array(nodes.length).fill(NO_TARGET)
  const ambiguous = new Uint8Array(nodes.length)
  // The closest mention before of each name (a forward sweep), then the first after (a backward one).
  const lastSeen = new Int32Array(names.length).fill(-1)
  for (let i = 0; i < nodes.length; i++) {
    const s = nameOf[i]!
    if (s === -1) continue
    let before = -1
    for (const o of joinable[s]!) if (lastSeen[o]! > before) before = lastSeen[o]!
    target[i] = before
    ambiguous[i] = isAmbiguous[s]!
    lastSeen[s] = i
  }
  const nextSeen = lastSeen.fill(-1)
  for (let i = nodes.length - 1; i >= 0; i--) {
    const s = nameOf[i]!
    if (s === -1) continue
    if (target[i] === NO_TARGET && isAmbiguous[s] === 0) {
      let after = -1
      for (const o of fuller[s]!) if (nextSeen[o] !== -1 && (after === -1 || nextSeen[o]! < after)) after = nextSeen[o]!
      target[i] = after
    }
    nextSeen[s] = i
  }
  return { target, ambiguous }
}

/** Which mention each person mention joins (NO_TARGET: none), and which say an ambiguous surname. */
interface PersonLinks {
  readonly target: Int32Array
  readonly ambiguous: Uint8Array
}

const NONE: ReadonlyArray<number> = []

/**
 * "Erbie" after "Erbie Bowser", "Sylvia" beside "Sylvia Ancira": a one-word person name that no
 * full name ends with (not a surname here) but that starts exactly one full name of the document
 * is that person called by the given name, as news calls victims and children. Two full names
 * starting with it ("Chris Lee", "Chris Dane") leave it alone.
 */
const linkGivenNames = (nodes: ReadonlyArray<Node>, union: (x: number, y: number) => void): void => {
  let byGiven: Map<string, number | null> | null = null
  const surnames = new Set<string>()
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!
    if (n.m.type !== "PERSON" || n.words.length < 2 || n.words.length > 4) continue
    byGiven ??= new Map()
    for (let k = 1; k < n.words.length; k++) surnames.add(n.words[k]!)
    const given = n.words[0]!
    const seen = byGiven.get(given)
    if (seen === undefined) byGiven.set(given, i)
    else if (seen !== null && nodes[seen]!.key !== n.key) byGiven.set(given, null)
  }
  if (byGiven === null) return
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!
    if (n.m.type !== "PERSON" || n.words.length !== 1 || surnames.has(n.words[0]!) || n.words[0]!.length < 3) continue
    const full = byGiven.get(n.words[0]!)
    if (full !== undefined && full !== null) union(full, i)
  }
}

/** Whether a lower-cased word is the name of a city the gazetteer knows ("munich"), for club names. */
const isTownWord = (gaz: Gazetteer, word: string): boolean => {
  const city = gaz.cityByName(word.charAt(0).toUpperCase() + word.slice(1))
  return city !== undefined && !city.isRegion
}

/** "PMU" ↔ "Popular Mobilization Units": an all-capital name equal to another name's initials. */
const linkAcronyms = (nodes: ReadonlyArray<Node>, union: (x: number, y: number) => void): void => {
  const byInitials = new Map<string, number>()
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!
    if (n.m.country !== null || n.m.type === "PERSON" || n.m.type === "NORP" || n.words.length < 2) continue
    const words = n.words.filter((w) => !SKIP_IN_INITIALS.has(w))
    const initials = words.map((w) => w[0]!).join("").toUpperCase()
    if (initials.length >= 2 && !byInitials.has(initials)) byInitials.set(initials, i)
    // "IBM" of "International Business Machines Corp": a company's legal form has no letter in its acronym.
    if (words.length > 2 && CORPORATE_SUFFIXES.has(words[words.length - 1]!)) {
      const bare = initials.slice(0, -1)
      if (!byInitials.has(bare)) byInitials.set(bare, i)
    }
  }
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!
    if (n.m.country !== null || !ACRONYM.test(n.text)) continue
    const target = byInitials.get(n.text.replace(/\./g, ""))
    if (target !== undefined && nodes[target]!.m.type === n.m.type) union(target, i)
  }
}

/** The fullest form: mixed case before all capitals, then more words, then longer, then first seen. */
const fullest = (forms: ReadonlyArray<Node>): string => {
  let best = forms[0]!
  for (const f of forms) {
    const caps = (x: Node) => (x.text === x.text.toUpperCase() ? 1 : 0)
    if (
      caps(f) < caps(best) ||
      (caps(f) === caps(best) && (f.words.length > best.words.length || (f.words.length === best.words.length && f.text.length > best.text.length)))
    )
      best = f
  }
  return best.text
}

/**
 * The entity a group of mentions forms. With `full` false only the id and type are meant to be
 * read (the stage's case: the corpus step rebuilds names, aliases and places from the mentions),
 * so the sorted aliases and the city lookup are skipped.
 */
const describeEntity = (members: ReadonlyArray<Node>, gaz: Gazetteer, full: boolean): DocumentEntity => {
  const aliases = full ? [...new Set(members.map((n) => n.text))].sort() : NO_ALIASES
  const country = members.find((n) => n.m.country !== null)?.m.country ?? null
  if (country !== null && members.some((n) => n.m.type === "GPE" || n.m.type === "NORP")) {
    // A group of nationality words alone is still the country ("Iraqi" → Iraq), as the mentions say.
    return { entityId: countryEntityId(country.code), name: country.name, type: "GPE", aliases, countryCode: country.code, lat: country.lat, lon: country.lon, nMentions: members.length }
  }
  // The type most of the confidence backs; ties go to the earlier type in this fixed order.
  // Most groups are one mention: its type and its text, with nothing to weigh or compare.
  if (members.length === 1 && !full) {
    const only = members[0]!
    const type = only.m.adjectival === true ? "GPE" : only.m.type
    return { entityId: entityId(type, only.text), name: only.text, type, aliases, countryCode: null, lat: null, lon: null, nMentions: 1 }
  }
  // A place named as an adjective does not vote: its entity is the place (GPE) unless its other
  // mentions say otherwise.
  const weight = new Map<EntityType, number>()
  for (const n of members) if (n.m.adjectival !== true) weight.set(n.m.type, (weight.get(n.m.type) ?? 0) + n.m.confidence)
  let type: EntityType = weight.size === 0 ? "GPE" : members.find((n) => n.m.adjectival !== true)!.m.type
  for (const t of ENTITY_TYPES) if ((weight.get(t) ?? -1) > (weight.get(type) ?? -1)) type = t
  if (type !== "PERSON" && isPersonWithSurname(members)) type = "PERSON"
  const ofType = members.filter((n) => n.m.type === type)
  const name = fullest(ofType.length > 0 ? ofType : members)
  let countryCode: string | null = null
  let lat: number | null = null
  let lon: number | null = null
  if (type === "GPE" && full) {
    const city = gaz.placeToLocate(name) ?? aliases.map((a) => gaz.placeToLocate(a)).find((c) => c !== undefined)
    if (city !== undefined) ({ countryCode, lat, lon } = city)
  }
  return { entityId: entityId(type, name), name, type, aliases, countryCode, lat, lon, nMentions: members.length }
}

const NO_ALIASES: ReadonlyArray<string> = []

/**
 * A person's full name, written as names are ("Robert Lane", not a headline's "LOSS Lane"), and
 * otherwise only shorter forms of it, typed otherwise ("Lane" the tagger took for an organization,
 * however often): a person. The full name typed otherwise too, or another name in the group,
 * leaves the vote to the weights.
 */
const isPersonWithSurname = (members: ReadonlyArray<Node>): boolean => {
  let full: Node | undefined
  for (const n of members) if (n.m.type === "PERSON" && n.words.length >= 2 && (full === undefined || n.words.length > full.words.length)) full = n
  if (full === undefined || !/^(?:\p{Lu}[\p{Ll}'’.-]\S*|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Ll}'’.-]\S*|\p{Lu}\.))+$/u.test(full.text)) return false
  for (const n of members) {
    if (n.key === full.key ? n.m.type !== "PERSON" : !endsWith(full.words, n.words)) return false
  }
  return true
}

const mergeSameId = (entities: ReadonlyArray<DocumentEntity>): DocumentEntity[] => {
  const byId = new Map<string, DocumentEntity>()
  for (const e of entities) {
    const seen = byId.get(e.entityId)
    byId.set(
      e.entityId,
      seen === undefined ? e : { ...seen, aliases: [...new Set([...seen.aliases, ...e.aliases])].sort(), nMentions: seen.nMentions + e.nMentions }
    )
  }
  return [...byId.values()]
}
