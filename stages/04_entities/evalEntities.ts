/**
 * `make eval-entities`: scores the entities stage (tagger + typing + linking) and, in the same
 * run, compromise (`nlp(text).people()/places()/organizations()`) as the baseline a JavaScript
 * user would reach for.
 *
 *   node dist/stages/04_entities/evalEntities.js [--conll FILE] [--conll-errors OUT] [--meantime DIR] [--meantime-errors OUT] [--seeds DIR] [--seed-text DIR]
 *
 * `--conll-errors OUT` writes the CoNLL spans gold and the stage do not share, one per line
 * (sentence index, side, type, words), to compare two versions of a rule; `--meantime-errors OUT`
 * the same for MEANTIME (document, side, type, text, and the words around it).
 *
 * - CoNLL-2003 (eng.testa, read by path, never committed): the gold tokens are given, so the
 *   stage's typing and linking run on them directly; exact-span P/R/F1 per type, conlleval
 *   style, with PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC, NORP (and MISC)→MISC. The raw tagger's native score
 *   is printed too.
 * - MEANTIME (CC BY 4.0): the stage runs as in production (sentence splitter, tokenizer) on the
 *   rebuilt text; gold = named mentions (see meantimeEntities.ts for the type map). A NORP
 *   mention of a nationality counts as LOC here, since MEANTIME annotates "German" as a mention
 *   of Germany; other NORP as MISC. MEANTIME marks names only in the title and first five
 *   sentences, so mentions after them (ours and compromise's) are not scored.
 * - Seed gold (entity level, per document): each gold entity is found (canonical name and type
 *   right), wrong-type, wrong-name (linked, but named otherwise), or missing; duplicates are
 *   gold entities split over several of ours; spurious are ours matching no gold entity.
 * A corpus whose path is missing is skipped with a message.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import nlp from "compromise"
import { CodePointIndex } from "../../pipeline/text/codePoints.js"
import { cleanText } from "../01_ingest/clean.js"
import { meantimeAnnotatedUntil, readMeantimeDir } from "../03_sentences/meantime.js"
import { splitSentences } from "../03_sentences/splitSentences.js"
import { analyzeDocument } from "./entitiesStageWith.js"
import { normalizeName } from "./entityId.js"
import type { EntityType } from "./entityTypes.js"
import { meantimeNamedMentions } from "./meantimeEntities.js"
import { recognizeDocument } from "./recognizeDocument.js"
import { evaluateTagger, formatSpanScores, loadNerTagger, readConll, scoreSpans, spansOfLabels, tokenizeForNer, type LabelSpan } from "./tagger/index.js"

const CONLL_OF: Readonly<Record<EntityType, string>> = { PERSON: "PER", ORG: "ORG", GPE: "LOC", LOC: "LOC", FAC: "LOC", NORP: "MISC", MISC: "MISC" }
const isCountryId = (id: string): boolean => /^[A-Z]{3}$/.test(id)

/** The stage's own per-document step on one text: its mentions and document-level entities. */
const runStage = (docId: string, text: string) =>
  analyzeDocument({ tokenize: tokenizeForNer, loadTagger: loadNerTagger }, loadNerTagger(), { doc_id: docId, text }, splitSentences(docId, text))

/** compromise's people, places and organizations with UTF-16 offsets, typed PER/LOC/ORG. */
const compromiseSpans = (text: string): Array<{ start: number; end: number; type: string; text: string }> => {
  const doc = nlp(text)
  const out: Array<{ start: number; end: number; type: string; text: string }> = []
  const take = (view: { json: (o: object) => Array<{ text: string; offset: { start: number; length: number } }> }, type: string) => {
    for (const m of view.json({ offset: true })) {
      // compromise counts trailing punctuation into a term's text; the offset covers the term.
      const trimmed = m.text.replace(/[\s.,;:!?'"”’)]+$/u, "")
      out.push({ start: m.offset.start, end: m.offset.start + trimmed.length, type, text: trimmed })
    }
  }
  take(doc.people(), "PER")
  take(doc.places(), "LOC")
  take(doc.organizations(), "ORG")
  return out
}

const evalConll = (path: string, errorsPath?: string): void => {
  if (!existsSync(path)) {
    console.log(`\n## CoNLL-2003: skipped, ${path} not found (pass --conll FILE; research data, read by path only)`)
    return
  }
  const docs = readConll(path)
  const tagger = loadNerTagger()
  const errors: string[] = []
  const gold: LabelSpan[][] = []
  const ours: LabelSpan[][] = []
  const baseline: LabelSpan[][] = []
  for (const doc of docs) {
    // The document as text: tokens joined by spaces, a sentence per line.
    const sentences: Array<{ sentenceId: number; tokens: Array<{ text: string; start: number; end: number }> }> = []
    let at = 0
    const lines: string[] = []
    doc.sentences.forEach((s, sentenceId) => {
      const tokens = s.words.map((w) => {
        const t = { text: w, start: at, end: at + w.length }
        at += w.length + 1
        return t
      })
      sentences.push({ sentenceId, tokens })
      lines.push(s.words.join(" "))
    })
    const text = lines.join("\n")
    const tokenAt = new Map<number, [number, number]>()
    const tokenEnding = new Map<number, [number, number]>()
    // Every character's token, for names inside a hyphenated token ("Iraq" in "US-Iraq").
    const within: Array<[number, number] | undefined> = new Array(text.length)
    sentences.forEach((s, si) =>
      s.tokens.forEach((t, ti) => {
        tokenAt.set(t.start, [si, ti])
        tokenEnding.set(t.end, [si, ti])
        for (let k = t.start; k < t.end; k++) within[k] = [si, ti]
      })
    )
    const oursDoc: LabelSpan[][] = sentences.map(() => [])
    const baseDoc: LabelSpan[][] = sentences.map(() => [])
    for (const m of recognizeDocument(text, sentences, tagger).mentions) {
      // CoNLL annotates whole tokens ("German-Israeli" is one MISC): a name inside a token is
      // scored as that token, and the token's first name speaks for it.
      const [si, a] = tokenAt.get(m.start) ?? within[m.start]!
      const [, b] = tokenEnding.get(m.end) ?? within[m.end - 1]!
      const spans = oursDoc[si]!
      if (spans.length > 0 && spans[spans.length - 1]!.start === a && spans[spans.length - 1]!.end === b + 1) continue
      spans.push({ start: a, end: b + 1, type: CONLL_OF[m.type] })
    }
    let misaligned = 0
    for (const m of compromiseSpans(text)) {
      const a = tokenAt.get(m.start)
      const b = tokenEnding.get(m.end)
      // A span not on token boundaries can match no gold span: kept as a false positive.
      if (a === undefined || b === undefined || a[0] !== b[0]) baseDoc[a?.[0] ?? 0]!.push({ start: -1 - misaligned++, end: -1, type: m.type })
      else baseDoc[a[0]]!.push({ start: a[1], end: b[1] + 1, type: m.type })
    }
    for (const s of doc.sentences) gold.push(spansOfLabels(s.labels))
    if (errorsPath !== undefined) doc.sentences.forEach((s, si) => errors.push(...conllDifferences(s.words, spansOfLabels(s.labels), oursDoc[si]!).map((d) => `${gold.length - doc.sentences.length + si}\t${d}`)))
    ours.push(...oursDoc)
    baseline.push(...baseDoc)
  }
  const n = docs.reduce((k, d) => k + d.sentences.length, 0)
  console.log(`\n## CoNLL-2003 ${path}: ${docs.length} documents, ${n} sentences (exact spans)`)
  console.log(formatSpanScores(scoreSpans(gold, ours), "\nsitrep entities (PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC, NORP/MISC→MISC)"))
  console.log(formatSpanScores(evaluateTagger(docs, tagger), "\nraw tagger, native CoNLL types"))
  console.log(formatSpanScores(scoreSpans(gold, baseline), "\ncompromise people/places/organizations (no MISC)"))
  if (errorsPath !== undefined) writeFileSync(errorsPath, errors.join("\n") + "\n")
}

/** The spans gold and ours do not share (same start, end and type), each shown by `show` as from "gold" or "ours". */
const spanDifferences = (gold: ReadonlyArray<LabelSpan>, ours: ReadonlyArray<LabelSpan>, show: (side: string, s: LabelSpan) => string): string[] => {
  const key = (s: LabelSpan) => `${s.start}:${s.end}:${s.type}`
  const inGold = new Set(gold.map(key))
  const inOurs = new Set(ours.map(key))
  return [...gold.filter((s) => !inOurs.has(key(s))).map((s) => show("gold", s)), ...ours.filter((s) => !inGold.has(key(s))).map((s) => show("ours", s))]
}

/** A CoNLL sentence's differences as "gold|ours<TAB>type<TAB>words" lines (for --conll-errors). */
const conllDifferences = (words: ReadonlyArray<string>, gold: ReadonlyArray<LabelSpan>, ours: ReadonlyArray<LabelSpan>): string[] =>
  spanDifferences(gold, ours, (side, s) => `${side}\t${s.type}\t${words.slice(s.start, s.end).join(" ")}`)

const evalMeantime = (dir: string, errorsPath?: string): void => {
  if (!existsSync(dir)) {
    console.log(`\n## MEANTIME: skipped, ${dir} not found (pass --meantime DIR)`)
    return
  }
  const docs = readMeantimeDir(dir)
  const errors: string[] = []
  const gold: LabelSpan[][] = []
  const ours: LabelSpan[][] = []
  const baseline: LabelSpan[][] = []
  for (const doc of docs) {
    gold.push(meantimeNamedMentions(readFileSync(join(dir, doc.file), "utf8"), doc))
    // Names are marked only in the title and first sentences: what lies after is not scored.
    const until = meantimeAnnotatedUntil(doc)
    const annotated = (m: { readonly start: number }): boolean => m.start < until
    ours.push(
      runStage(doc.docId, doc.text).mentions.filter(annotated).map((m) => ({
        start: m.start,
        end: m.end,
        type: m.type === "NORP" ? (isCountryId(m.entity_id) ? "LOC" : "MISC") : CONLL_OF[m.type as EntityType]
      }))
    )
    if (errorsPath !== undefined) errors.push(...meantimeDifferences(doc.docId, [...doc.text], gold[gold.length - 1]!, ours[ours.length - 1]!))
    const cp = new CodePointIndex(doc.text)
    baseline.push(compromiseSpans(doc.text).map((m) => ({ start: cp.toCodePoint(m.start), end: cp.toCodePoint(m.end), type: m.type })).filter(annotated))
  }
  console.log(`\n## MEANTIME ${dir}: ${docs.length} documents, ${gold.reduce((k, g) => k + g.length, 0)} named mentions (NAM, PRE.NAM; PRO/FIN→MISC; determiners stripped), scored over the title and first five sentences, which are all MEANTIME annotates`)
  console.log(formatSpanScores(scoreSpans(gold, ours), "\nsitrep entities (as the stage runs: splitter, tokenizer, tagger, rules; NORP of a country→LOC, other NORP→MISC)"))
  console.log(formatSpanScores(scoreSpans(gold, baseline), "\ncompromise people/places/organizations"))
  if (errorsPath !== undefined) writeFileSync(errorsPath, errors.join("\n") + "\n")
}

/** A MEANTIME document's differences (code-point offsets), with 40 characters either side (for --meantime-errors). */
const meantimeDifferences = (docId: string, chars: ReadonlyArray<string>, gold: ReadonlyArray<LabelSpan>, ours: ReadonlyArray<LabelSpan>): string[] => {
  const cut = (a: number, b: number) => chars.slice(Math.max(0, a), b).join("").replace(/\s+/g, " ")
  return spanDifferences(gold, ours, (side, s) => `${docId}\t${side}\t${s.type}\t${cut(s.start, s.end)}\t${cut(s.start - 40, s.start)}[${cut(s.start, s.end)}]${cut(s.end, s.end + 40)}`)
}

interface GoldEntity {
  readonly name: string
  readonly type: string
  readonly mentions: ReadonlyArray<string>
}

interface Found {
  readonly name: string
  readonly type: string
  readonly aliases: ReadonlyArray<string>
}

interface SeedCounts {
  gold: number
  found: number
  wrongType: number
  wrongName: number
  missing: number
  duplicates: number
  spurious: number
}

/** Entity-level comparison of one document's entities with its gold list; problems are printed. */
const compareEntities = (gold: ReadonlyArray<GoldEntity>, found: ReadonlyArray<Found>, sameType: (ours: string, gold: string) => boolean, show: (line: string) => void): SeedCounts => {
  const c: SeedCounts = { gold: gold.length, found: 0, wrongType: 0, wrongName: 0, missing: 0, duplicates: 0, spurious: 0 }
  const used = new Set<Found>()
  for (const g of gold) {
    const forms = new Set([g.name, ...g.mentions].map(normalizeName))
    const linked = found.filter((f) => f.aliases.some((a) => forms.has(normalizeName(a))) || forms.has(normalizeName(f.name)))
    for (const f of linked) used.add(f)
    const named = linked.filter((f) => normalizeName(f.name) === normalizeName(g.name))
    if (named.some((f) => sameType(f.type, g.type))) c.found++
    else if (named.length > 0) (c.wrongType++, show(`  wrong type: ${g.name} (${g.type}) found as ${named.map((f) => f.type).join("/")}`))
    else if (linked.length > 0) (c.wrongName++, show(`  wrong name: ${g.name} (${g.type}) found as ${linked.map((f) => `${f.name} (${f.type})`).join(", ")}`))
    else (c.missing++, show(`  missing: ${g.name} (${g.type})`))
    if (linked.length > 1) (c.duplicates++, show(`  duplicate: ${g.name} split over ${linked.map((f) => `${f.name} (${f.type})`).join(", ")}`))
  }
  const spurious = found.filter((f) => !used.has(f))
  c.spurious = spurious.length
  if (spurious.length > 0) show(`  spurious: ${spurious.map((f) => `${f.name} (${f.type})`).join(", ")}`)
  return c
}

const evalSeeds = (dir: string, textDir: string): void => {
  if (!existsSync(dir)) {
    console.log(`\n## Seed gold: skipped, ${dir} not found (pass --seeds DIR)`)
    return
  }
  // The shared seeds folder holds the articles with the gold in gold/: read it so when given.
  if (!readdirSync(dir).some((f) => f.endsWith(".json")) && existsSync(join(dir, "gold"))) {
    if (!existsSync(textDir) || !readdirSync(textDir).some((f) => f.endsWith(".txt"))) textDir = dir
    dir = join(dir, "gold")
  }
  const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort()
  if (files.length === 0) console.log(`\n## Seed gold: skipped, no .json gold in ${dir}`)
  const totals = { ours: [] as SeedCounts[], baseline: [] as SeedCounts[] }
  const details: string[] = []
  for (const file of files) {
    const gold = JSON.parse(readFileSync(join(dir, file), "utf8")) as { id: string; entities: GoldEntity[] }
    const textPath = join(textDir, `${gold.id}.txt`)
    if (!existsSync(textPath)) {
      console.log(`\n## Seed gold: skipped ${file}, its article ${textPath} is missing (pass --seed-text DIR)`)
      continue
    }
    const text = cleanText(readFileSync(textPath, "utf8")).text
    details.push(`${gold.id} (sitrep):`)
    const ours = runStage(gold.id, text).entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases }))
    totals.ours.push(compareEntities(gold.entities, ours, (o, g) => o === g, (l) => details.push(l)))
    details.push(`${gold.id} (compromise):`)
    const seen = new Map<string, Found>()
    const typeOf: Record<string, string> = { PER: "PERSON", ORG: "ORG", LOC: "GPE" }
    for (const m of compromiseSpans(text)) if (m.text !== "" && !seen.has(`${m.type}:${m.text}`)) seen.set(`${m.type}:${m.text}`, { name: m.text, type: typeOf[m.type]!, aliases: [m.text] })
    // compromise's places are not split into GPE/LOC/FAC: any place type counts as right.
    const placeLike = (o: string, g: string) => o === g || (o === "GPE" && (g === "LOC" || g === "FAC"))
    totals.baseline.push(compareEntities(gold.entities, [...seen.values()], placeLike, (l) => details.push(l)))
  }
  const sum = (list: SeedCounts[]) =>
    list.reduce((a, c) => ({ gold: a.gold + c.gold, found: a.found + c.found, wrongType: a.wrongType + c.wrongType, wrongName: a.wrongName + c.wrongName, missing: a.missing + c.missing, duplicates: a.duplicates + c.duplicates, spurious: a.spurious + c.spurious }))
  if (totals.ours.length === 0) return
  console.log(`\n## Seed gold ${dir}: ${totals.ours.length} documents, entity level (canonical name and type, per document)`)
  console.log(["system", "gold", "found", "wrong_type", "wrong_name", "missing", "duplicates", "spurious"].join("\t"))
  for (const [name, list] of [["sitrep", totals.ours], ["compromise", totals.baseline]] as const) {
    const s = sum(list)
    console.log([name, s.gold, s.found, s.wrongType, s.wrongName, s.missing, s.duplicates, s.spurious].join("\t"))
  }
  console.log("\n" + details.join("\n"))
}

const main = (args: ReadonlyArray<string>): number => {
  const option = (name: string, fallback: string): string => {
    const at = args.indexOf(name)
    return at >= 0 && args[at + 1] !== undefined ? args[at + 1]! : fallback
  }
  const t0 = performance.now()
  const errorsAt = args.indexOf("--conll-errors")
  evalConll(option("--conll", "../shared/gold/conll2003/eng.testa"), errorsAt >= 0 ? args[errorsAt + 1] : undefined)
  const meantimeErrorsAt = args.indexOf("--meantime-errors")
  evalMeantime(option("--meantime", "../shared/gold/meantime"), meantimeErrorsAt >= 0 ? args[meantimeErrorsAt + 1] : undefined)
  evalSeeds(option("--seeds", "stages/04_entities/fixtures/seed_gold"), option("--seed-text", "data/raw"))
  console.error(`evalEntities: ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  return 0
}

process.exitCode = main(process.argv.slice(2))
