/**
 * Throughput of the dates extractor alone on real articles:
 *
 *   node dist/stages/05_dates/benchDates.js [ARTICLES_JSONL] [--rounds N] [--published YYYY-MM-DD]
 *
 * ARTICLES_JSONL (default ../shared/corpora/bbc-greene-2005/articles.jsonl) holds one JSON object
 * per line with a `text` field (and `published_at` when known; --published supplies one for
 * records without, so that relative dates are resolved as in a dated corpus). Sentences are split
 * once, outside the timing. Prints docs/s, best and median of N rounds (default 5) after a warm-up.
 */
import { readFileSync } from "node:fs"
import { splitSentences } from "../03_sentences/splitSentences.js"
import { extractTimexes } from "./extractTimexes.js"

const main = (args: ReadonlyArray<string>): number => {
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name)
    return at >= 0 ? args[at + 1] : undefined
  }
  const path = args.find((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1]!.startsWith("--"))) ?? "../shared/corpora/bbc-greene-2005/articles.jsonl"
  const rounds = Number(option("--rounds") ?? 5)
  const fallbackDate = option("--published") ?? null
  let raw: string
  try {
    raw = readFileSync(path, "utf8")
  } catch (cause) {
    console.error(`benchDates: cannot read ${path} (${String(cause)}); pass a JSONL file of articles with a "text" field.`)
    return 1
  }
  const docs: Array<{ id: string; publishedAt: string | null; sentences: ReturnType<typeof splitSentences> }> = []
  for (const line of raw.split("\n")) {
    if (line.trim() === "") continue
    const record = JSON.parse(line) as { text?: unknown; published_at?: unknown }
    if (typeof record.text !== "string") continue
    const id = String(docs.length)
    const publishedAt = typeof record.published_at === "string" && record.published_at !== "" ? record.published_at : fallbackDate
    docs.push({ id, publishedAt, sentences: splitSentences(id, record.text) })
  }
  let timexes = 0
  for (const d of docs) timexes += extractTimexes(d.id, d.publishedAt, d.sentences).length
  const rates: number[] = []
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint()
    for (const d of docs) extractTimexes(d.id, d.publishedAt, d.sentences)
    rates.push(docs.length / (Number(process.hrtime.bigint() - t0) / 1e9))
  }
  rates.sort((a, b) => a - b)
  const sentences = docs.reduce((n, d) => n + d.sentences.length, 0)
  console.log(`${path}: ${docs.length} articles, ${sentences} sentences, ${timexes} timexes`)
  console.log(`extractTimexes: best ${rates[rates.length - 1]?.toFixed(0)} docs/s, median ${rates[Math.floor(rates.length / 2)]?.toFixed(0)} docs/s over ${rounds} rounds`)
  return 0
}

process.exitCode = main(process.argv.slice(2))
