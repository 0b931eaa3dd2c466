/**
 * Scores the sentence splitter and the naive baseline on MEANTIME gold sentence boundaries.
 *
 *   node dist/stages/03_sentences/evalSentences.js [MEANTIME_DIR] [--errors]
 *
 * MEANTIME_DIR defaults to ../shared/gold/meantime (relative to the working directory) and, when
 * that folder does not exist, to the committed sample in stages/03_sentences/fixtures/meantime.
 * `--errors` also lists every missed and spurious boundary of the splitter with its context.
 * Results go to stdout, the folder used to stderr; exit code 1 when the folder cannot be read.
 */
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { evaluateBoundaries, type BoundaryScores } from "./evaluateBoundaries.js"
import { MeantimeReadError, readMeantimeDir, type MeantimeDocument } from "./meantime.js"
import { naiveSplitSentences } from "./naiveSplitSentences.js"
import { splitSentences } from "./splitSentences.js"

const DEFAULT_DIR = "../shared/gold/meantime"
const FIXTURE_CANDIDATES = [
  "stages/03_sentences/fixtures/meantime",
  fileURLToPath(new URL("./fixtures/meantime", import.meta.url)),
  fileURLToPath(new URL("../../../stages/03_sentences/fixtures/meantime", import.meta.url))
]

const main = (args: ReadonlyArray<string>): number => {
  const showErrors = args.includes("--errors")
  const explicit = args.find((a) => !a.startsWith("--"))
  const dir = explicit ?? [DEFAULT_DIR, ...FIXTURE_CANDIDATES].find((d) => existsSync(d))
  if (dir === undefined) {
    console.error(`evalSentences: neither ${DEFAULT_DIR} nor the fixture folder exists; pass the MEANTIME folder as the first argument.`)
    return 1
  }
  let docs: MeantimeDocument[]
  try {
    docs = readMeantimeDir(dir)
  } catch (error) {
    if (error instanceof MeantimeReadError) {
      console.error(`evalSentences: ${error.message}`)
      return 1
    }
    throw error
  }
  console.error(`evalSentences: ${docs.length} documents from ${dir}`)

  const ours = evaluateBoundaries(docs, splitSentences)
  const naive = evaluateBoundaries(docs, naiveSplitSentences)
  console.log(`MEANTIME sentence boundaries: ${docs.length} documents, ${ours.all.truePositives + ours.all.falseNegatives} gold boundaries (${ours.body.truePositives + ours.body.falseNegatives} in article bodies)`)
  console.log(["splitter", "boundaries", "precision", "recall", "f1", "tp", "fp", "fn"].join("\t"))
  const line = (name: string, part: string, s: BoundaryScores): void =>
    console.log([name, part, pct(s.precision), pct(s.recall), pct(s.f1), s.truePositives, s.falsePositives, s.falseNegatives].join("\t"))
  line("splitSentences", "all", ours.all)
  line("naive", "all", naive.all)
  line("splitSentences", "body", ours.body)
  line("naive", "body", naive.body)
  if (showErrors) printErrors(docs)
  return 0
}

const pct = (x: number): string => (100 * x).toFixed(2)

/** Lists each missed (FN) and spurious (FP) boundary with 40 characters of context on each side. */
const printErrors = (docs: ReadonlyArray<MeantimeDocument>): void => {
  for (const doc of docs) {
    const chars = [...doc.text]
    const gold = new Set(doc.sentenceStarts.slice(1))
    const predicted = new Set(splitSentences(doc.docId, doc.text).map((s) => s.start).filter((s) => s > 0))
    const context = (at: number): string =>
      JSON.stringify(chars.slice(Math.max(0, at - 40), at).join("") + " ‖ " + chars.slice(at, at + 40).join(""))
    for (const b of predicted) if (!gold.has(b)) console.log(`FP\t${doc.file}\t${b}\t${context(b)}`)
    for (const b of gold) if (!predicted.has(b)) console.log(`FN\t${doc.file}\t${b}\t${context(b)}`)
  }
}

process.exitCode = main(process.argv.slice(2))
