/**
 * Page furniture inside a line. Scrapers that flatten a page into one line (the whole article,
 * then "Read or Share this story: …", the station's copyright notice, the reporter's e-mail) leave
 * nothing for the whole-line rules to match, so a few unmistakable boilerplate sentences are cut
 * out of the line itself. Each rule is a fixed formula that no reporter writes as prose, and each
 * removal is listed like any other.
 */
import type { RemovalKind } from "./lineRules.js"

export interface InlineRule {
  readonly kind: RemovalKind
  /** Cheap substring tests; the pattern only runs on lines that contain one of them. */
  readonly hints: ReadonlyArray<string>
  readonly pattern: RegExp
  /** A further check on the matched text, for shapes a pattern alone cannot pin down. */
  readonly accept?: (match: string) => boolean
}

const YEAR = "(?:1[89]|2[01])\\d{2}"
// "Copyright 2019 Nexstar Broadcasting, Inc. All rights reserved.", "© Chicago Sun-Times 2014. All
// Rights Reserved.", "Copyright by WTNH - All rights reserved", with the broadcasters' formula after.
const NOTICE =
  `(?:(?:TM and\\s+)?(?:©\\s*)?Copyright|©)\\s*(?:©\\s*)?(?:${YEAR}\\s+)?(?:by\\s+)?[A-Z0-9][^©()]{0,160}?` +
  "\\b[Aa]ll [Rr]ights [Rr]eserved\\b\\.?(?:\\s*This material may not be published, broadcast, rewritten,? (?:or|and/or) redistributed\\.?)?"
// An e-mail address (also Cloudflare's "[email protected]" stand-in), a phone number, a social
// handle or label: the pieces of a reporter's contact line.
const CONTACT =
  "(?:[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|\\[email protected\\]|@\\w+|(?:https?://)?(?:www\\.)?[Tt]witter\\.com/\\w+|" +
  "\\(?\\d{3}\\)?[ .-]?\\d{3}-\\d{4}|E-?mail:|(?:On )?Twitter:?(?:\\s*@\\w+)?|[|•—–-])"
// The reporter's name as the label of the block: "Staff Writer Peggy Wright:", "Jane Q. Doe:". A
// period only after an initial, so the last word of the sentence before ("… in Washington.")
// is never taken for part of the name.
const CONTACT_NAME = "(?:[A-Z](?:[\\w'’-]+|\\.)\\s+){0,4}[A-Z][\\w'’-]*:\\s+"
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email protected\]/

const LABELLED = /^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}:\s|E-?mail:|[Tt]witter|(?:^|\s)@\w/

/**
 * A reporter's contact block holds an e-mail address and is labelled as contact details (a name
 * or "Email:" before it, a Twitter handle in it). "He wrote on Twitter: @mayor" has no address,
 * and "call 555-123-4567, tips@police.example" at the end of a story is the tip line: both stay.
 */
const isReporterContact = (block: string): boolean => EMAIL.test(block) && LABELLED.test(block)

const RULES: ReadonlyArray<InlineRule> = [
  { kind: "share", hints: ["Read or Share"], pattern: /Read or Share this story:\s*(?:https?:\/\/\S+)?/g },
  {
    kind: "credit",
    hints: ["(Photo"],
    pattern: /\(Photos?(?:\s*:\s*|\s+(?:provided by|courtesy of|courtesy|by)\s+)[^()]{1,80}\)/g
  },
  { kind: "credit", hints: ["Copyright", "©"], pattern: new RegExp(`\\(\\s*(?:Source:[^()©]{0,60})?${NOTICE}\\s*\\)|${NOTICE}`, "g") },
  {
    kind: "credit",
    hints: ["This material may not"],
    pattern: /This material may not be published, broadcast, rewritten,? (?:or|and\/or) redistributed\.?/g
  },
  // At the end of the line only: "© 2019 Cox Media Group.", "Copyright Associated Press / NBC New York".
  {
    kind: "credit",
    hints: ["Copyright"],
    pattern: /(?<=^|[.!?"”)]\s+)Copyright\s+(?:©\s*)?(?:(?:1[89]|2[01])\d{2}\s+)?(?:by\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|[/|&-]))*\.?$/g
  },
  { kind: "credit", hints: ["©"], pattern: /©\s*(?:(?:1[89]|2[01])\d{2}\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|[/|&-]))*\.?$/g },
  { kind: "boilerplate", hints: ["avascript"], pattern: /Please enable Java[Ss]cript to (?:watch|view|play|see) this (?:video|content|media)\.?/g },
  {
    kind: "share",
    hints: ["Follow "],
    pattern:
      /(?<=^|[.!?"”)]\s+)Follow (?:us|me|him|her|them) (?:on|at) (?:Twitter|Facebook|Instagram)(?:\s*:?\s*(?:at\s+)?@\w+|\.com\/\w+)?(?: or (?:on )?(?:Twitter|Facebook|Instagram))?[.!]?(?=\s|$)/g
  },
  // "… investigate. On Twitter: @jdoe" at the end of the line.
  { kind: "share", hints: ["On Twitter"], pattern: /(?<=^|[.!?"”)]\s+)On Twitter:?\s*@\w+\.?$/g },
  // The reporter's address alone after the last sentence: "… are ongoing. jdoe@paper.com".
  { kind: "byline", hints: ["@"], pattern: /(?<=[.!?"”)]\s+)[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$/g },
  // The reporter's contact block that ends a flattened article: "jdoe@paper.com | Twitter: @jdoe",
  // "Jane Doe: 555-123-4567; jdoe@paper.com".
  {
    kind: "byline",
    hints: ["@"],
    pattern: new RegExp(`(?<=^|\\s)(?:${CONTACT_NAME})?${CONTACT}(?:[\\s,;]+${CONTACT})+\\.?\\s*$`, "g"),
    accept: isReporterContact
  }
]

const hasHint = (line: string, hints: ReadonlyArray<string>): boolean => {
  for (const hint of hints) if (line.includes(hint)) return true
  return false
}

/** Joins two pieces of a line around a removed part with one space (none at either end). */
const join = (before: string, after: string): string => {
  const a = before.trimEnd()
  const b = after.trimStart()
  return a === "" || b === "" ? a + b : `${a} ${b}`
}

/**
 * The rules that can match somewhere in `text` (usually none). Checked once per article, since
 * ten substring tests per line cost more than the rules themselves.
 */
export const inlineRulesFor = (text: string): ReadonlyArray<InlineRule> => {
  let rules: InlineRule[] | null = null
  for (const rule of RULES) if (hasHint(text, rule.hints)) (rules ??= []).push(rule)
  return rules ?? []
}

/**
 * `line` without the boilerplate sentences in it; each removed piece is appended to `removed`.
 * `rules` narrows the rules tried (from `inlineRulesFor` over the whole article).
 */
export const stripInlineBoilerplate = (line: string, removed: string[], rules: ReadonlyArray<InlineRule> = RULES): string => {
  let out = line
  // Removals with their place in the original line, so that they are listed in text order.
  let found: Array<{ readonly at: number; readonly entry: string }> | null = null
  for (const rule of rules) {
    if (!hasHint(out, rule.hints)) continue
    rule.pattern.lastIndex = 0
    let kept = ""
    let last = 0
    for (let m = rule.pattern.exec(out); m !== null; m = rule.pattern.exec(out)) {
      if (rule.accept !== undefined && !rule.accept(m[0])) continue
      found ??= []
      // A piece joined across an earlier cut is not in the original line: it sorts last.
      const at = line.indexOf(m[0])
      found.push({ at: at === -1 ? line.length : at, entry: `${rule.kind}: ${m[0].trim()}` })
      kept = join(kept, out.slice(last, m.index))
      last = m.index + m[0].length
    }
    if (last > 0) out = join(kept, out.slice(last))
  }
  if (found === null) return line
  found.sort((a, b) => a.at - b.at)
  for (const { entry } of found) removed.push(entry)
  return out.trim()
}
