/**
 * Scores the committed NER tagger on a CoNLL-2003 file (the development split eng.testa).
 *
 *   node dist/stages/04_entities/tagger/evalConll.js [FILE]
 *
 * FILE defaults to ../shared/gold/conll2003/eng.testa. Prints conlleval-style exact-span
 * precision, recall and F1 per type and overall; exit code 1 when the file cannot be read.
 */
import { existsSync } from "node:fs"
import { readConll } from "./conll.js"
import { evaluateTagger } from "./evaluateTagger.js"
import { loadNerTagger } from "./loadNerTagger.js"
import { formatSpanScores } from "./scoreSpans.js"

const DEFAULT_FILE = "../shared/gold/conll2003/eng.testa"

const main = (args: ReadonlyArray<string>): number => {
  const path = args[0] ?? DEFAULT_FILE
  if (!existsSync(path)) {
    console.error(`evalConll: ${path} does not exist; pass the CoNLL file (eng.testa) as the first argument.`)
    return 1
  }
  const docs = readConll(path)
  const t0 = performance.now()
  const tagger = loadNerTagger()
  const t1 = performance.now()
  const table = evaluateTagger(docs, tagger)
  const t2 = performance.now()
  const sentences = docs.reduce((s, d) => s + d.sentences.length, 0)
  console.log(formatSpanScores(table, `CoNLL-2003 ${path}: ${docs.length} documents, ${sentences} sentences`))
  console.error(`evalConll: model loaded in ${(t1 - t0).toFixed(0)} ms, tagged in ${(t2 - t1).toFixed(0)} ms`)
  return 0
}

process.exitCode = main(process.argv.slice(2))
