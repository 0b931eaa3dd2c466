/**
 * Throughput of `splitSentences` on real articles:
 *
 *   node dist/stages/03_sentences/benchSplitSentences.js [ARTICLES_JSONL] [--rounds N]
 *
 * ARTICLES_JSONL (default ../shared/corpora/reuters-2006-2013/articles.jsonl) holds one JSON
 * object per line with a `text` field; the corpus is read from its path and never copied. Prints
 * MB/s over the UTF-8 size of the texts, best and median of N rounds (default 5) after a warm-up.
 */
import { readFileSync } from "node:fs"
import { splitSentences } from "./splitSentences.js"

const main = (args: ReadonlyArray<string>): number => {
  const path = args.find((a) => !a.startsWith("--")) ?? "../shared/corpora/reuters-2006-2013/articles.jsonl"
  const roundsAt = args.indexOf("--rounds")
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5
  let raw: string
  try {
    raw = readFileSync(path, "utf8")
  } catch (cause) {
    console.error(`benchSplitSentences: cannot read ${path} (${String(cause)}); pass a JSONL file of articles with a "text" field.`)
    return 1
  }
  const texts: string[] = []
  for (const line of raw.split("\n")) {
    if (line.trim() === "") continue
    const record: unknown = JSON.parse(line)
    const text = (record as { text?: unknown }).text
    if (typeof text === "string") texts.push(text)
  }
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, "utf8"), 0)
  let sentences = 0
  for (const t of texts) sentences += splitSentences("warm-up", t).length
  const rates: number[] = []
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint()
    for (const t of texts) splitSentences("bench", t)
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9
    rates.push(bytes / 1e6 / seconds)
  }
  rates.sort((a, b) => a - b)
  console.log(`${path}: ${texts.length} articles, ${(bytes / 1e6).toFixed(1)} MB, ${sentences} sentences`)
  console.log(`splitSentences: best ${rates[rates.length - 1]?.toFixed(1)} MB/s, median ${rates[Math.floor(rates.length / 2)]?.toFixed(1)} MB/s over ${rounds} rounds`)
  return 0
}

process.exitCode = main(process.argv.slice(2))
