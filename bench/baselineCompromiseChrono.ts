/**
 * The reference a JavaScript user would reach for: compromise for people, places and
 * organizations plus chrono-node for dates, over each article's whole text. Issue 3's speed target
 * is stated against it (sitrep's whole run should be ≥ 20× its docs/s). It is slow (tens of docs/s),
 * so `make bench` runs it on the first N articles only and reports its rate, which does not depend
 * on corpus size.
 *
 * usage: node dist/bench/baselineCompromiseChrono.js CORPUS.jsonl OUT.csv [MAX_DOCS]
 */
import { createReadStream, createWriteStream, writeFileSync } from "node:fs"
import { createInterface } from "node:readline"
import { finished } from "node:stream/promises"
import { stringify } from "csv-stringify"
import nlp from "compromise"
import * as chrono from "chrono-node"

// Start-up (Node and loading compromise and chrono-node) so far, which bench reports apart:
// over a few hundred articles it is a sizeable share of this baseline's time.
const startupSeconds = performance.now() / 1000
const [corpus, outCsv, maxArg] = process.argv.slice(2)
if (corpus === undefined || outCsv === undefined) {
  process.stderr.write("usage: baselineCompromiseChrono CORPUS.jsonl OUT.csv [MAX_DOCS]\n")
  process.exit(2)
}
const maxDocs = maxArg === undefined ? Infinity : Number(maxArg)
const csv = stringify({ header: true, columns: ["id", "people", "places", "organizations", "dates"] })
const out = createWriteStream(outCsv)
csv.pipe(out)
let docs = 0
for await (const line of createInterface({ input: createReadStream(corpus), crlfDelay: Infinity })) {
  if (docs >= maxDocs) break
  if (line.trim() === "") continue
  const record = JSON.parse(line) as { id?: unknown; text?: unknown; published_at?: unknown }
  if (typeof record.text !== "string") continue
  const doc = nlp(record.text)
  const reference = typeof record.published_at === "string" ? new Date(record.published_at) : new Date(0)
  const row = [
    String(record.id ?? docs),
    doc.people().out("array").length,
    doc.places().out("array").length,
    doc.organizations().out("array").length,
    chrono.parse(record.text, reference).length
  ]
  if (!csv.write(row)) await new Promise((r) => csv.once("drain", r))
  docs++
}
csv.end()
await finished(out)
const statsFile = process.env.SITREP_STATS_FILE
if (statsFile) writeFileSync(statsFile, JSON.stringify({ documents: docs, maxRssKb: process.resourceUsage().maxRSS, startupSeconds }))
