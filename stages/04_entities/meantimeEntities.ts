import type { MeantimeDocument } from "../03_sentences/meantime.js"

/** A gold entity mention of MEANTIME: code-point offsets in the rebuilt text, and its CoNLL-side type. */
export interface MeantimeMention {
  readonly start: number
  readonly end: number
  readonly type: string
}

/**
 * How MEANTIME's entity types are scored against CoNLL-style types: PER, ORG and LOC as
 * themselves; PRO (products: "iPhone", "A380") and FIN (indices, currencies: "Dow Jones") as
 * MISC, the CoNLL bin for named things of other kinds; MIX is left out.
 */
const TYPE_MAP: Readonly<Record<string, string>> = { PER: "PER", ORG: "ORG", LOC: "LOC", PRO: "MISC", FIN: "MISC" }

/** Words MEANTIME keeps at the front of a name's extent that no CoNLL-style name includes. */
const LEADING = new Set(["the", "a", "an", "its", "his", "her", "their", "our"])

const MENTION = /<ENTITY_MENTION\b[^>]*\bm_id="(\d+)"[^>]*\bsyntactic_type="([^"]*)"[^>]*>([\s\S]*?)<\/ENTITY_MENTION>/g
const ENTITY = /<ENTITY\b[^>]*\bent_type="(\w+)"[^>]*\bm_id="(\d+)"/g
const REFERS = /<REFERS_TO\b[^>]*>([\s\S]*?)<\/REFERS_TO>/g
const TOKEN_NUMBER = /<token\b[^>]*\bnumber="(\d+)"[^>]*\bt_id="(\d+)"/g

/**
 * The named mentions (syntactic type NAM, and PRE.NAM for names used as modifiers: "U.S.
 * automaker") of one MEANTIME document, typed through the entity they refer to. Extents lose
 * leading determiners and trailing punctuation or possessives ("the U.S." → "U.S.").
 */
export const meantimeNamedMentions = (xml: string, doc: MeantimeDocument): MeantimeMention[] => {
  // Tokens were sorted by number in the reader; find each t_id's position in that order.
  const numbers: Array<[number, string]> = []
  for (const m of xml.matchAll(TOKEN_NUMBER)) numbers.push([Number(m[1]), m[2]!])
  numbers.sort((a, b) => a[0] - b[0])
  const position = new Map(numbers.map(([, tid], i) => [tid, i]))
  const entityType = new Map<string, string>()
  for (const m of xml.matchAll(ENTITY)) entityType.set(m[2]!, m[1]!)
  const typeOfMention = new Map<string, string>()
  for (const r of xml.matchAll(REFERS)) {
    const target = /<target m_id="(\d+)"/.exec(r[1]!)?.[1]
    const type = target === undefined ? undefined : entityType.get(target)
    if (type === undefined) continue
    for (const s of r[1]!.matchAll(/<source m_id="(\d+)"/g)) typeOfMention.set(s[1]!, type)
  }
  const out = new Map<string, MeantimeMention>()
  for (const m of xml.matchAll(MENTION)) {
    if (m[2] !== "NAM" && m[2] !== "PRE.NAM") continue
    const type = TYPE_MAP[typeOfMention.get(m[1]!) ?? ""]
    if (type === undefined) continue
    const positions = [...m[3]!.matchAll(/t_id="(\d+)"/g)].map((t) => position.get(t[1]!)).filter((p): p is number => p !== undefined).sort((a, b) => a - b)
    let a = 0
    let b = positions.length
    while (a < b && LEADING.has(doc.tokens[positions[a]!]!.text.toLowerCase())) a++
    while (b > a && /^(?:'s|'|[^\p{L}\p{N}]*)$/u.test(doc.tokens[positions[b - 1]!]!.text)) b--
    if (a === b) continue
    const start = doc.tokens[positions[a]!]!.start
    const end = doc.tokens[positions[b - 1]!]!.end
    out.set(`${start}:${end}`, { start, end, type })
  }
  return [...out.values()].sort((x, y) => x.start - y.start)
}
