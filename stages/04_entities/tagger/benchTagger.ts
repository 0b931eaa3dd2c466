/**
 * Speed of tokenize + tag over a JSONL corpus (one article per line with a `text` field).
 *
 *   node dist/stages/04_entities/tagger/benchTagger.js [CORPUS] [--rounds N]
 *
 * Texts are read and split into lines first (not timed); each line is tokenized with
 * tokenizeForNer and tagged as one sentence (the stage tags real sentences; lines are close
 * enough for speed). Prints tokens/s and docs/s of the best round, and the model load time.
 */
import { readFileSync } from "node:fs"
import { loadNerTagger } from "./loadNerTagger.js"
import { tokenizeForNer } from "./tokenizeForNer.js"

const main = (args: ReadonlyArray<string>): number => {
  const path = args.find((a) => !a.startsWith("--")) ?? "../shared/corpora/bbc-greene-2005/articles.jsonl"
  const roundsAt = args.indexOf("--rounds")
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3
  const texts = readFileSync(path, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => (JSON.parse(l) as { text?: string }).text ?? "")
  const t0 = performance.now()
  const tagger = loadNerTagger()
  const loadMs = performance.now() - t0
  let best = Infinity
  let tokens = 0
  let spans = 0
  for (let r = 0; r < rounds; r++) {
    tokens = 0
    spans = 0
    const start = performance.now()
    for (const text of texts) {
      let from = 0
      while (from < text.length) {
        let to = text.indexOf("\n", from)
        if (to < 0) to = text.length
        const words = tokenizeForNer(text, from, to).map((t) => t.text)
        tokens += words.length
        spans += tagger.tag(words).length
        from = to + 1
      }
    }
    best = Math.min(best, performance.now() - start)
  }
  const seconds = best / 1000
  console.log(`benchTagger: ${texts.length} docs, ${tokens} tokens, ${spans} spans; best of ${rounds}: ${best.toFixed(0)} ms = ${Math.round(tokens / seconds).toLocaleString("en")} tokens/s, ${Math.round(texts.length / seconds).toLocaleString("en")} docs/s; model load ${loadMs.toFixed(0)} ms`)
  return 0
}

process.exitCode = main(process.argv.slice(2))
