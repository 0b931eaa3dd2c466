/**
 * Speed of tokenize + tag over a JSONL corpus (one article per line with a `text` field).
 *
 *   node dist/stages/04_entities/tagger/benchTagger.js [CORPUS] [--rounds N]
 *
 * CORPUS defaults to ../shared/corpora/bbc-greene-2005/articles.jsonl. Articles are read and split
 * into sentences first (not timed, as the sentences stage does that); the timed part is
 * tokenizeForNer of every sentence + tagDocument of every article, single-threaded. Prints tokens/s and docs/s of the best
 * round (wall clock and CPU time), and the model load time.
 */
import { readFileSync } from "node:fs"
import { splitSentences } from "../../03_sentences/splitSentences.js"
import { loadNerTagger } from "./loadNerTagger.js"
import { tokenizeForNer } from "./tokenizeForNer.js"

const main = (args: ReadonlyArray<string>): number => {
  const roundsAt = args.indexOf("--rounds")
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3
  const path = args.find((a, k) => !a.startsWith("--") && (roundsAt < 0 || k !== roundsAt + 1)) ?? "../shared/corpora/bbc-greene-2005/articles.jsonl"
  const texts = readFileSync(path, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => (JSON.parse(l) as { text?: string }).text ?? "")
  const docs = texts.map((text, k) => splitSentences(`doc${k}`, text).map((row) => row.text))
  const nSentences = docs.reduce((s, d) => s + d.length, 0)
  const t0 = performance.now()
  const tagger = loadNerTagger()
  const loadMs = performance.now() - t0
  let best = Infinity
  let bestCpu = Infinity
  let tokens = 0
  let spans = 0
  for (let r = 0; r < rounds; r++) {
    tokens = 0
    spans = 0
    const start = performance.now()
    const cpu = process.cpuUsage()
    for (const doc of docs) {
      const sentences = doc.map((sentence) => tokenizeForNer(sentence).map((t) => t.text))
      for (const words of sentences) tokens += words.length
      for (const found of tagger.tagDocument!(sentences)) spans += found.length
    }
    best = Math.min(best, performance.now() - start)
    const used = process.cpuUsage(cpu)
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000)
  }
  const seconds = best / 1000
  console.log(`benchTagger: ${texts.length} docs, ${nSentences} sentences, ${tokens} tokens, ${spans} spans; best of ${rounds}: ${best.toFixed(0)} ms = ${Math.round(tokens / seconds).toLocaleString("en")} tokens/s, ${Math.round(texts.length / seconds).toLocaleString("en")} docs/s (one thread; ${Math.round(tokens / (bestCpu / 1000)).toLocaleString("en")} tokens/s of CPU time, which a busy machine disturbs less); model load ${loadMs.toFixed(1)} ms`)
  return 0
}

process.exitCode = main(process.argv.slice(2))
