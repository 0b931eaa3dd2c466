import type { EntityType } from "./entityTypes.js"
import type { Country } from "./gazetteer/Gazetteer.js"
import { CORPORATE_SUFFIXES } from "./legalForms.js"
import { ORGANIZATION_HEADS, PLACE_UNIT_HEADS } from "./lexicon.js"

/** What the rule reads of a linking node (linkDocument's Node). */
export interface OrgNameNode {
  readonly m: { readonly type: EntityType; readonly country: Country | null; readonly from?: number }
  /** Normalized name: nodes with one key are already one entity. */
  readonly key: string
  /** Lower-cased words of the name. */
  readonly words: ReadonlyArray<string>
}

/**
 * Words that, right after the shorter name, make the longer one a body *of* what the shorter
 * names, not the same organization: "Harris County" and "Harris County Sheriff's Office",
 * "Springfield" and "Springfield Police". A company's own words ("Oil Co", "Banking Corp",
 * "Brothers") are none of these.
 */
const AGENCY_WORDS = new Set([
  "police", "sheriff", "sheriffs", "county", "district", "city", "state", "fire", "school", "schools",
  "university", "college", "hospital", "court", "courts", "department", "office", "prosecutor",
  "prosecutors", "attorney", "jail", "council", "board", "commission", "committee", "subcommittee",
  "mayor", "government", "municipal", "public", "area", "regional"
])

/**
 * Last words that make the longer name a part or a meeting of the shorter one's organization:
 * "United Nations Conference", "U.S. Army … Training Center", "… Prosecutor's Office Major
 * Crimes Unit", "House Budget Committee Democrats".
 */
const PART_HEADS = new Set([
  "unit", "units", "center", "centre", "committee", "subcommittee", "conference", "summit", "division",
  "branch", "office", "bureau", "section", "squad", "force", "democrats", "republicans", "caucus",
  "program", "programme", "school", "hospital", "foundation", "fund", "awards", "award", "prize",
  "festival", "cup", "trophy", "championship", "championships", "games"
])

/** A body inside an organization, named by its kind and "board" or "council" ("Executive Board"). */
const INNER_BODY_HEADS = new Set(["board", "council"])
const INNER_BODY_KINDS = new Set(["executive", "supervisory", "management", "governing", "advisory", "policy"])

/**
 * Words after a company's first words that say the longer name is the company's own full name:
 * its trade ("Getty Oil", "Westpac Banking", "Nortel Networks", "Salomon Brothers"), its legal
 * form or group words. A longer name going on otherwise is as often a part, a product or a
 * channel of it ("BBC One", "Nintendo DS", "AOL Europe") and is not joined.
 */
const COMPANY_WORDS = new Set([
  "oil", "gas", "petroleum", "energy", "power", "banking", "bank", "bancorp", "chemical", "chemicals",
  "pharmaceutical", "pharmaceuticals", "laboratories", "labs", "industries", "industrial", "networks",
  "network", "records", "brothers", "bros", "bros.", "airlines", "airline", "airways", "motors", "motor",
  "communications", "telecommunications", "telecom", "systems", "stores", "aerospace", "financial",
  "finance", "securities", "holdings", "holding", "international", "group", "enterprises", "resources",
  "mining", "steel", "foods", "food", "electric", "electronics", "technologies", "technology", "partners",
  "capital", "investments", "investment", "insurance", "entertainment", "media", "publishing", "services",
  "service", "trust", "savings", "fund", "funds", "magazine", "party", "products", "software", "computer",
  "computers", "healthcare", "manufacturing", "machinery", "works", "shipping", "properties", "realty",
  "acquisition", "gang", "tribe", "association", "federation", "union", "league"
])

/** Place-unit words (a local government's, "city" and "state"): a name ending in one is a place, whose bodies are not its other names. */
const PLACE_UNITS: ReadonlySet<string> = new Set([...PLACE_UNIT_HEADS, "city", "state"])

/** One-word names that are a kind of body rather than a name ("Bank", "House", "Senate"). */
const GENERIC = new Set(["house", "the", "national", "federal", "state", "first", "new", "general"])

const bare = (w: string): string => (w.endsWith("'s") || w.endsWith("’s") ? w.slice(0, -2) : w)

const isPrefix = (long: ReadonlyArray<string>, short: ReadonlyArray<string>): boolean => {
  if (long.length <= short.length) return false
  for (let k = 0; k < short.length; k++) if (bare(long[k]!) !== bare(short[k]!)) return false
  return true
}

/**
 * "Texaco" of "Texaco Inc", "Getty Oil" of "Getty Oil Co", "Westpac" of "Westpac Banking Corp":
 * an organization's name that starts a longer organization name of the same document is that
 * organization said short, as news writes a company once in full and then by its first words.
 * The longer name must go on with the company's trade, legal form or group words ("Oil Co",
 * "Networks", "Brothers"), or a town (a club: "Bayern Munich"), or the shorter one end in a
 * body's word ("Vale Police" of "Vale Police Department"): "BBC One", "Nintendo DS", "AOL
 * Europe" are parts or products. Not when the longer names it starts are two different ones ("Shell" beside "Shell Francaise"
 * and "Shell Petroleum NV": which one is meant is a guess), when what follows it names a body of
 * it ("Harris County Sheriff's Office", "Springfield Police") or the longer name ends as a part
 * or meeting of it ("United Nations Conference", "… Crimes Unit"), when it is itself a place
 * ("Harris County"), a one-word kind of body ("Bank", "Senate"), or a name the document also
 * gives another type ("Texas" the state beside the team "Texas Rangers"). Calls `union` for each link.
 */
export const linkShorterOrgNames = (
  nodes: ReadonlyArray<OrgNameNode>,
  union: (x: number, y: number) => void,
  /** Whether a lower-cased word is a town's name ("munich" of "Bayern Munich": a club's town). */
  isTown: (word: string) => boolean = () => false
): void => {
  // The first node of each distinct organization name; -1 for a name also said as another type
  // ("Texas" the team and "Texas" the state), which is no organization's sure short form.
  let firstOf: Map<string, number> | null = null
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!
    if (n.m.type !== "ORG" || n.m.country !== null || n.m.from !== undefined || n.words.length === 0) continue
    firstOf ??= new Map()
    if (!firstOf.has(n.key)) firstOf.set(n.key, i)
  }
  if (firstOf === null || firstOf.size < 2) return
  // (A name inside a hyphenated word, "pro-Texaco", took its type from the word: it is no evidence.)
  for (const n of nodes) if (n.m.type !== "ORG" && n.m.from === undefined && firstOf.has(n.key)) firstOf.set(n.key, -1)
  const names = [...firstOf.values()].filter((i) => i >= 0)
  // A longer name can only start with the same word: compare within those groups, so that a
  // document naming thousands of organizations does not compare every pair.
  const byFirstWord = new Map<string, number[]>()
  for (const i of names) {
    const first = bare(nodes[i]!.words[0]!)
    const group = byFirstWord.get(first)
    if (group === undefined) byFirstWord.set(first, [i])
    else group.push(i)
  }
  for (const s of names) {
    const short = nodes[s]!.words
    if (short.length === 1 && (ORGANIZATION_HEADS.has(short[0]!) || GENERIC.has(short[0]!))) continue
    const last = bare(short[short.length - 1]!)
    if (PLACE_UNITS.has(last)) continue
    // "Springfield Police" of "Springfield Police Department" is the body itself said short.
    const bodyOfIt = !ORGANIZATION_HEADS.has(last) && !AGENCY_WORDS.has(last)
    // The longer names it starts, but for its parts and bodies ("… Police Detective Bureau",
    // "FDA's Office"), which it does not name: when those are two different names ("Shell
    // Francaise", "Shell Petroleum NV") which one is meant is a guess.
    let fuller: number[] | null = null
    for (const o of byFirstWord.get(bare(short[0]!))!) {
      const long = nodes[o]!.words
      if (!isPrefix(long, short) || (bodyOfIt && AGENCY_WORDS.has(bare(long[short.length]!)))) continue
      const end = bare(long[long.length - 1]!)
      if (PART_HEADS.has(end) && end !== last) continue
      // "European Central Bank Executive Board", "… Governing Council": a body inside it (not
      // the "Federal Reserve Board", which is the Federal Reserve said in full).
      if (long.length >= 2 && INNER_BODY_HEADS.has(end) && INNER_BODY_KINDS.has(bare(long[long.length - 2]!))) continue
      if (long[short.length] === "'s" || long[short.length] === "’s") continue
      ;(fuller ??= []).push(o)
    }
    if (fuller === null) continue
    // The longer names must be one name growing ("Getty Oil", "Getty Oil Co"), not two.
    fuller.sort((x, y) => nodes[x]!.words.length - nodes[y]!.words.length)
    let chain = true
    for (let k = 1; k < fuller.length && chain; k++) {
      const prev = nodes[fuller[k - 1]!]!.words
      const next = nodes[fuller[k]!]!.words
      chain = prev.length === next.length ? nodes[fuller[k - 1]!]!.key === nodes[fuller[k]!]!.key : isPrefix(next, prev)
    }
    if (!chain) {
      const parent = parentCompany(nodes, fuller, short.length)
      if (parent === -1) continue
      fuller = [parent]
    }
    // The fullest name must go on as the company's own ("BBC One" is a channel of the BBC).
    const rest = nodes[fuller[fuller.length - 1]!]!.words.slice(short.length)
    // A dotted abbreviation ("U.N." of "U.N. Food and Agriculture Organization") names a body the
    // longer name belongs to: only a legal form after it makes them one.
    const dotted = short.every((w) => w.endsWith("."))
    const sameCompany = dotted
      ? rest.some((w) => CORPORATE_SUFFIXES.has(w))
      : !bodyOfIt || rest.some((w) => COMPANY_WORDS.has(w) || CORPORATE_SUFFIXES.has(w)) || (rest.length === 1 && isTown(rest[0]!))
    if (sameCompany) union(fuller[0]!, s)
  }
}

/**
 * Of longer names that share more than the short name ("Northrop Grumman Corp" and "Northrop
 * Grumman Shipbuilding" for "Northrop"), the one that is that shared name and a legal form only:
 * the company, whose units the others are. -1 when there is not exactly one such ("Shell
 * Francaise" and "Shell Petroleum NV" share only "Shell": which is meant is a guess).
 */
const parentCompany = (nodes: ReadonlyArray<OrgNameNode>, fuller: ReadonlyArray<number>, shortLength: number): number => {
  const first = nodes[fuller[0]!]!.words
  let shared = first.length
  for (const o of fuller) {
    const w = nodes[o]!.words
    let k = 0
    while (k < shared && k < w.length && bare(w[k]!) === bare(first[k]!)) k++
    shared = k
  }
  if (shared <= shortLength) return -1
  let parent = -1
  for (const o of fuller) {
    const w = nodes[o]!.words
    if (w.length === shared || !w.slice(shared).every((x) => CORPORATE_SUFFIXES.has(x))) continue
    if (parent !== -1 && nodes[parent]!.key !== nodes[o]!.key) return -1
    if (parent === -1) parent = o
  }
  return parent
}

/** A name's words without possessive endings ("Sheriff 's Office" → sheriff, office). */
const coreWords = (words: ReadonlyArray<string>): string[] => words.filter((w) => w !== "'s" && w !== "’s" && w !== "s").map(bare)

/**
 * "the Sheriff's Office" after "Harris County Sheriff's Office", "Crime Stoppers" after
 * "Nashville Crime Stoppers": an organization's name of two or more words that ends exactly one
 * longer organization name of the document, the longer one only putting a place or owner's name
 * of one to three words before it, is that organization said without its place. Two longer ones
 * ("Texas Supreme Court", "U.S. Supreme Court") leave it alone. Calls `union` for each link.
 */
export const linkPlacelessOrgNames = (nodes: ReadonlyArray<OrgNameNode>, union: (x: number, y: number) => void): void => {
  let firstOf: Map<string, number> | null = null
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!
    if (n.m.type !== "ORG" || n.m.country !== null || n.m.from !== undefined || n.words.length < 2) continue
    firstOf ??= new Map()
    if (!firstOf.has(n.key)) firstOf.set(n.key, i)
  }
  if (firstOf === null || firstOf.size < 2) return
  const names = [...firstOf.values()].map((i) => ({ i, core: coreWords(nodes[i]!.words) }))
  // Only names ending in the same word can end with another: compare within those groups.
  const byLastWord = new Map<string, typeof names>()
  for (const n of names) {
    const last = n.core[n.core.length - 1]
    if (last === undefined) continue
    const group = byLastWord.get(last)
    if (group === undefined) byLastWord.set(last, [n])
    else group.push(n)
  }
  for (const short of names) {
    if (short.core.length < 2) continue
    let only = -1
    let several = false
    for (const long of byLastWord.get(short.core[short.core.length - 1]!)!) {
      const extra = long.core.length - short.core.length
      if (extra < 1 || extra > 3 || !endsWithWords(long.core, short.core) || long.core.slice(0, extra).some((w) => JOINING_WORDS.has(w))) continue
      if (only === -1) only = long.i
      else several = true
    }
    if (only >= 0 && !several) union(only, short.i)
  }
}

/** Words that make the front of a longer name more than a place or owner: "Bank of … Office". */
const JOINING_WORDS = new Set(["of", "for", "and", "the", "in", "on", "&"])

const endsWithWords = (long: ReadonlyArray<string>, short: ReadonlyArray<string>): boolean => {
  for (let k = 1; k <= short.length; k++) if (long[long.length - k] !== short[short.length - k]) return false
  return true
}
