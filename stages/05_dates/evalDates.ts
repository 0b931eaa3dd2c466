/**
 * `make eval-dates GOLD=…`: TempEval-3 scores of the dates extractor, and of chrono-node alone,
 * on every gold corpus that is present.
 *
 *   node dist/stages/05_dates/evalDates.js [TEMPEVAL_DIR] [--meantime DIR] [--seeds DIR] [--errors CORPUS] [--pairs CORPUS]
 *
 * Rows: sitrep (rules + chrono), the rules without chrono, and chrono-node alone mapped naively.
 * TEMPEVAL_DIR (default ../shared/gold/tempeval3) holds timebank/ and aquaint/ (TimeML, research
 * use only: read by path, never copied). MEANTIME defaults to ../shared/gold/meantime, else the
 * sample committed for the sentence evaluation; the seeds to ../shared/seeds, else the copy in
 * fixtures/seeds. MEANTIME annotates only each article's title and first sentences, so only
 * expressions found there are scored. A missing corpus is skipped with a message. `--errors NAME` lists the misses,
 * spurious matches and wrong values of one corpus (timebank, aquaint, meantime, seeds); `--pairs NAME`
 * lists every relaxed match as RIGHT or WRONG, to count each pattern's errors against its successes.
 */
import { existsSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { splitSentences } from "../03_sentences/splitSentences.js"
import { chronoOnlyTimexes } from "./chronoBaseline.js"
import { dctDay, newNarrative, timexesOfSentence, type TextTimex } from "./extractTimexes.js"
import { alignPossessiveWeekdays, type SentenceTimex } from "./weekdayAgreement.js"
import { readMeantimeTimexDir, readSeedDir, readTimemlDir, type GoldDocument } from "./goldReaders.js"
import { countTimexes, emptyCounts, matchTimexes, scoreCounts, type TimexCounts } from "./scoreTimexes.js"

type System = (doc: GoldDocument) => TextTimex[]

/** Runs a per-sentence extractor over a gold text split into sentences; offsets come back in UTF-16. */
const overSentences = (doc: GoldDocument, perSentence: (sentence: string, narrative: ReturnType<typeof newNarrative>) => TextTimex[]): TextTimex[] => {
  const toUtf16 = codePointToUtf16(doc.text)
  const narrative = newNarrative()
  const read: SentenceTimex[] = []
  const bases: number[] = []
  for (const s of splitSentences(doc.name, doc.text)) {
    const base = toUtf16(s.start)
    narrative.base = base
    narrative.index = null
    for (const t of perSentence(s.text, narrative)) {
      read.push({ sentence: s.text, timex: t })
      bases.push(base)
    }
  }
  // As the stage does: the story's weekdays agree across its sentences.
  return alignPossessiveWeekdays(read, dctDay(doc.dct)).map((t, i) => ({ ...t, start: bases[i]! + t.start, end: bases[i]! + t.end }))
}

/** Only what lies in the annotated part of a gold text can be scored. */
const annotated = (doc: GoldDocument, found: TextTimex[]): TextTimex[] =>
  doc.annotatedUntil === null ? found : found.filter((t) => t.start < doc.annotatedUntil!)

const sitrep: System = (doc) => annotated(doc, overSentences(doc, (s, n) => timexesOfSentence(s, dctDay(doc.dct), n)))
/** The TIMEX3 rules without chrono's calendar dates, to show what each part brings. */
const rulesOnly: System = (doc) => annotated(doc, overSentences(doc, (s, n) => timexesOfSentence(s, dctDay(doc.dct), n, false)))
const chronoOnly: System = (doc) => annotated(doc, overSentences(doc, (s) => chronoOnlyTimexes(s, doc.dct)))

const codePointToUtf16 = (text: string): ((cp: number) => number) => {
  if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => cp
  const map: number[] = []
  let i = 0
  for (const ch of text) {
    map.push(i)
    i += ch.length
  }
  map.push(i)
  return (cp) => map[cp] ?? i
}

const score = (docs: ReadonlyArray<GoldDocument>, system: System): TimexCounts => {
  const counts = emptyCounts()
  for (const doc of docs) countTimexes(counts, doc.timexes, system(doc))
  return counts
}

const pct = (x: number): string => (100 * x).toFixed(1)

const printRow = (corpus: string, docs: ReadonlyArray<GoldDocument>, name: string, counts: TimexCounts): void => {
  const s = scoreCounts(counts)
  console.log(
    [corpus.padEnd(16), name.padEnd(11), String(docs.length).padStart(4), String(counts.gold).padStart(5), String(counts.system).padStart(5),
      pct(s.strictP), pct(s.strictR), pct(s.strictF1), pct(s.relaxedP), pct(s.relaxedR), pct(s.relaxedF1), pct(s.valueAccuracy), pct(s.valueF1), pct(s.typeAccuracy)].join("\t")
  )
}

/** Every relaxed match, right or wrong, one line each: the raw material for grouping errors by pattern. */
const printPairs = (docs: ReadonlyArray<GoldDocument>): void => {
  for (const doc of docs) {
    const system = sitrep(doc)
    for (const [g, s] of matchTimexes(doc.timexes, system)) {
      const verdict = g.value === s.value ? "RIGHT" : "WRONG"
      console.log(`${verdict}\t${doc.name}\tDCT ${doc.dct}\t${doc.text.slice(g.start, g.end)} | ${doc.text.slice(s.start, s.end)}\tgold ${g.type} ${g.value}\tsys ${s.type} ${s.value}\t${(s as TextTimex).rule}`)
    }
  }
}

const printErrors = (docs: ReadonlyArray<GoldDocument>): void => {
  for (const doc of docs) {
    const system = sitrep(doc)
    const pairs = matchTimexes(doc.timexes, system)
    const matchedGold = new Set(pairs.map(([g]) => g))
    const matchedSystem = new Set(pairs.map(([, s]) => s))
    const context = (start: number, end: number): string => JSON.stringify(doc.text.slice(Math.max(0, start - 40), end + 40).replace(/\s+/g, " "))
    for (const g of doc.timexes) if (!matchedGold.has(g)) console.log(`MISS\t${doc.name}\t${g.text}\t${g.type}\t${g.value}\t${context(g.start, g.end)}`)
    for (const s of system) if (!matchedSystem.has(s)) console.log(`SPURIOUS\t${doc.name}\t${doc.text.slice(s.start, s.end)}\t${s.type}\t${s.value}\t${(s as TextTimex).rule}\t${context(s.start, s.end)}`)
    for (const [g, s] of pairs) {
      if (g.value !== s.value || g.type !== s.type) console.log(`VALUE\t${doc.name}\tDCT ${doc.dct}\t${doc.text.slice(g.start, g.end)} | ${doc.text.slice(s.start, s.end)}\tgold ${g.type} ${g.value}\tsys ${s.type} ${s.value}\t${(s as TextTimex).rule}\t${context(s.start, s.end)}`)
    }
  }
}

const here = fileURLToPath(new URL(".", import.meta.url))
const firstExisting = (candidates: ReadonlyArray<string>): string | undefined => candidates.find((d) => existsSync(d))

const main = (args: ReadonlyArray<string>): number => {
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name)
    return at >= 0 ? args[at + 1] : undefined
  }
  const positional = args.filter((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1]!.startsWith("--")))
  const tempeval = positional[0] ?? "../shared/gold/tempeval3"
  const meantime = option("--meantime") ?? firstExisting(["../shared/gold/meantime", "stages/03_sentences/fixtures/meantime", join(here, "../../../stages/03_sentences/fixtures/meantime")])
  const seeds = option("--seeds") ?? firstExisting(["../shared/seeds", "stages/05_dates/fixtures/seeds", join(here, "../../../stages/05_dates/fixtures/seeds")])
  const errorsFor = option("--errors")
  const pairsFor = option("--pairs")

  const corpora: Array<{ name: string; docs: GoldDocument[] }> = []
  for (const part of ["timebank", "aquaint"]) {
    const dir = join(tempeval, part)
    if (existsSync(dir)) corpora.push({ name: part, docs: readTimemlDir(dir) })
    else console.error(`evalDates: skipping ${part}: ${dir} does not exist (pass the TempEval-3 folder as GOLD=…).`)
  }
  const tbaq = corpora.flatMap((c) => c.docs)
  if (corpora.length === 2) corpora.push({ name: "timebank+aquaint", docs: tbaq })
  if (meantime !== undefined && existsSync(meantime)) corpora.push({ name: "meantime", docs: readMeantimeTimexDir(meantime) })
  else console.error("evalDates: skipping meantime: no MEANTIME folder found (pass --meantime DIR).")
  if (seeds !== undefined && existsSync(join(seeds, "gold"))) corpora.push({ name: "seeds", docs: readSeedDir(seeds) })
  else console.error("evalDates: skipping seeds: no seed folder with gold/ found (pass --seeds DIR).")
  if (corpora.length === 0) {
    console.error("evalDates: no gold corpus found; nothing to score.")
    return 1
  }
  for (const c of corpora) if (c.docs.length > 0) console.error(`evalDates: ${c.name}: ${c.docs.length} documents`)

  console.log("TempEval-3 TIMEX3 scores (%): strict and relaxed extent P/R/F1; value and type accuracy over relaxed matches; value F1 = relaxed F1 × value accuracy")
  console.log(["corpus".padEnd(16), "system".padEnd(11), "docs", " gold", "  sys", "strP", "strR", "strF1", "relP", "relR", "relF1", "valAcc", "valF1", "typeAcc"].join("\t"))
  for (const c of corpora) {
    printRow(c.name, c.docs, "sitrep", score(c.docs, sitrep))
    printRow(c.name, c.docs, "rules-only", score(c.docs, rulesOnly))
    printRow(c.name, c.docs, "chrono-only", score(c.docs, chronoOnly))
  }
  if (errorsFor !== undefined) {
    const c = corpora.find((x) => x.name === errorsFor)
    if (c === undefined) console.error(`evalDates: --errors ${errorsFor}: no such corpus was read.`)
    else printErrors(c.docs)
  }
  if (pairsFor !== undefined) {
    const c = corpora.find((x) => x.name === pairsFor)
    if (c === undefined) console.error(`evalDates: --pairs ${pairsFor}: no such corpus was read.`)
    else printPairs(c.docs)
  }
  return 0
}

process.exitCode = main(process.argv.slice(2))
