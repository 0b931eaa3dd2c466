/**
 * The benchmark's floor: what it costs just to read the articles and write their text to one CSV,
 * with no cleaning, no sentences and no database. `make bench` runs it beside `sitrep run` on the
 * same corpus so that sitrep's overhead over plain I/O is visible in one table.
 *
 * usage: node dist/bench/baselineCopy.js CORPUS.jsonl OUT.csv
 */
import { createReadStream, createWriteStream, writeFileSync } from "node:fs"
import { createInterface } from "node:readline"
import { stringify } from "csv-stringify"
import { finished } from "node:stream/promises"

const [corpus, outCsv] = process.argv.slice(2)
if (corpus === undefined || outCsv === undefined) {
  process.stderr.write("usage: baselineCopy CORPUS.jsonl OUT.csv\n")
  process.exit(2)
}
const csv = stringify({ header: true, columns: ["id", "text"] })
const out = createWriteStream(outCsv)
csv.pipe(out)
let docs = 0
for await (const line of createInterface({ input: createReadStream(corpus), crlfDelay: Infinity })) {
  if (line.trim() === "") continue
  const record = JSON.parse(line) as { id?: unknown; text?: unknown }
  if (typeof record.text !== "string") continue
  if (!csv.write([String(record.id ?? docs), record.text])) await new Promise((r) => csv.once("drain", r))
  docs++
}
csv.end()
await finished(out)
const statsFile = process.env.SITREP_STATS_FILE
if (statsFile) writeFileSync(statsFile, JSON.stringify({ documents: docs, maxRssKb: process.resourceUsage().maxRSS }))
