import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { parse } from "csv-parse/sync"
import { meantimeAnnotatedUntil, parseMeantimeXml } from "../03_sentences/meantime.js"
import type { ScoredTimex } from "./scoreTimexes.js"

/** A gold article: its text, publication date (the TimeML DCT) and gold TIMEX3s (UTF-16 offsets). */
export interface GoldDocument {
  readonly name: string
  readonly text: string
  readonly dct: string | null
  readonly timexes: ReadonlyArray<ScoredTimex & { readonly text: string }>
  /** Offset where annotation stops (MEANTIME annotates only the first sentences); null when whole. */
  readonly annotatedUntil: number | null
}

const ATTRIBUTE = /([A-Za-z_:][\w.:-]*)\s*=\s*"([^"]*)"/g
const attributes = (source: string): Map<string, string> => {
  const out = new Map<string, string>()
  for (const a of source.matchAll(ATTRIBUTE)) out.set(a[1]!, a[2]!)
  return out
}
const decode = (s: string): string =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&")

/** One TimeML (.tml) file: the text inside <TEXT> with every tag removed, and its TIMEX3s. */
export const parseTimeml = (xml: string, name: string): GoldDocument => {
  const dct = /<DCT>\s*<TIMEX3\b[^>]*\bvalue="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] ?? null
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? ""
  let text = ""
  const open: Array<{ start: number; attrs: Map<string, string> }> = []
  const timexes: Array<ScoredTimex & { text: string }> = []
  for (const piece of body.matchAll(/<[^>]+>|[^<]+/g)) {
    const token = piece[0]
    if (!token.startsWith("<")) {
      text += decode(token)
      continue
    }
    if (/^<TIMEX3\b/.test(token)) open.push({ start: text.length, attrs: attributes(token) })
    else if (token === "</TIMEX3>") {
      const o = open.pop()
      if (o === undefined) continue
      timexes.push({ start: o.start, end: text.length, text: text.slice(o.start, text.length), type: o.attrs.get("type") ?? "", value: o.attrs.get("value") ?? "" })
    }
  }
  return { name, text, dct, timexes, annotatedUntil: null }
}

export const readTimemlDir = (dir: string): GoldDocument[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".tml"))
    .sort()
    .map((f) => parseTimeml(readFileSync(join(dir, f), "utf8"), f))

/**
 * One MEANTIME CAT XML file: the text rebuilt from its tokens (as the sentence evaluation does)
 * and its TIMEX3s mapped from token anchors to offsets. The creation-time TIMEX3 is the
 * article's date line, so it is both the DCT and a gold mention.
 */
export const parseMeantimeTimexes = (xml: string, file: string): GoldDocument => {
  const doc = parseMeantimeXml(xml, file)
  const order: Array<{ id: string; number: number }> = []
  for (const m of xml.matchAll(/<token\b([^>]*)>/g)) {
    const a = attributes(m[1] ?? "")
    order.push({ id: a.get("t_id") ?? "", number: Number(a.get("number") ?? order.length) })
  }
  order.sort((a, b) => a.number - b.number)
  const tokenAt = new Map(order.map((t, i) => [t.id, doc.tokens[i]]))
  // Offsets of the rebuilt text are code points; MEANTIME texts are checked to be BMP-only below.
  const chars = [...doc.text]
  if (chars.length !== doc.text.length) throw new Error(`${file}: text has astral characters; offsets would need conversion`)
  let dct: string | null = null
  const timexes: Array<ScoredTimex & { text: string }> = []
  for (const m of xml.matchAll(/<TIMEX3\b([^>]*)>([\s\S]*?)<\/TIMEX3>/g)) {
    const a = attributes(m[1] ?? "")
    if (a.get("functionInDocument") === "CREATION_TIME") dct = isoDay(a.get("value") ?? "") ?? dct
    const tokens = [...(m[2] ?? "").matchAll(/t_id="([^"]+)"/g)].map((t) => tokenAt.get(t[1]!)).filter((t) => t !== undefined && t.text !== "")
    if (tokens.length === 0) continue
    const start = Math.min(...tokens.map((t) => t!.start))
    const end = Math.max(...tokens.map((t) => t!.end))
    timexes.push({ start, end, text: doc.text.slice(start, end), type: a.get("type") ?? "", value: a.get("value") ?? "" })
  }
  timexes.sort((x, y) => x.start - y.start)
  return { name: file, text: doc.text, dct, timexes, annotatedUntil: meantimeAnnotatedUntil(doc) }
}

/** YYYY-MM-DD from a DCT value; a few MEANTIME files write DD-MM-YYYY. */
const isoDay = (value: string): string | null => {
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(value)
  if (iso !== null) return iso[0]
  const dmy = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value)
  return dmy === null ? null : `${dmy[3]}-${dmy[2]}-${dmy[1]}`
}


export const readMeantimeTimexDir = (dir: string): GoldDocument[] => {
  const out: GoldDocument[] = []
  const walk = (d: string, rel: string): void => {
    for (const name of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (name.isDirectory()) walk(join(d, name.name), `${rel}${name.name}/`)
      else if (name.name.endsWith(".xml")) out.push(parseMeantimeTimexes(readFileSync(join(d, name.name), "utf8"), rel + name.name))
    }
  }
  walk(dir, "")
  return out
}

/**
 * The seed gold (`gold/*.json`: timexes with text, type and value, in order of appearance)
 * beside its articles and `manifest.csv`. Each gold text is found in the article after the
 * previous one, which gives its offsets.
 */
export const readSeedDir = (dir: string): GoldDocument[] => {
  const manifest = parse(readFileSync(join(dir, "manifest.csv"), "utf8"), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>
  const goldDir = join(dir, "gold")
  return readdirSync(goldDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(goldDir, f), "utf8")) as { timexes?: Array<{ text: string; type: string; value: string }> }
      const article = f.replace(/\.json$/, ".txt")
      const text = readFileSync(join(dir, article), "utf8").replace(/\r\n?/g, "\n")
      const dct = manifest.find((row) => row["file"] === article)?.["published_at"] ?? null
      let from = 0
      const timexes = (gold.timexes ?? []).flatMap((t) => {
        const at = findWord(text, t.text, from)
        if (at < 0) return []
        from = at + t.text.length
        return [{ start: at, end: at + t.text.length, text: t.text, type: t.type, value: t.value }]
      })
      return { name: article, text, dct: dct === "" ? null : dct, timexes, annotatedUntil: null }
    })
}

/** First occurrence of `needle` at or after `from` that is a whole word (not inside "Mondays"). */
const findWord = (text: string, needle: string, from: number): number => {
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text.charAt(at - 1)
    const after = text.charAt(at + needle.length)
    if (!/\w/.test(before) && !/\w/.test(after)) return at
  }
  return -1
}
