/**
 * Ingest on its own, for tuning this stage: streams a corpus through `ingestCorpus` and prints
 * documents/s, MB/s of cleaned text, what cleaning removed by kind, and peak memory. The corpus
 * path is an argument; corpora never go into the repository.
 *
 * usage: npm run build && node dist/stages/01_ingest/benchIngest.js CORPUS [--repeat N]
 */
import { ingestCorpus } from "./ingest.js"

const args = process.argv.slice(2)
const corpus = args.find((a) => !a.startsWith("--"))
const repeatAt = args.indexOf("--repeat")
const repeat = repeatAt >= 0 ? Number(args[repeatAt + 1] ?? 1) : 3
if (corpus === undefined) {
  process.stderr.write("usage: benchIngest CORPUS [--repeat N]   (CORPUS: a .jsonl file or a folder of articles)\n")
  process.exit(2)
}

for (let round = 1; round <= repeat; round++) {
  const started = performance.now()
  let documents = 0
  let rejects = 0
  let codePoints = 0
  const removedByKind = new Map<string, number>()
  for await (const event of ingestCorpus(corpus, { maxFileBytes: 20 * 1024 * 1024 })) {
    if (event.kind === "reject") {
      rejects++
      continue
    }
    documents++
    codePoints += event.row.n_chars
    for (const piece of event.row.removed) {
      const kind = piece.slice(0, piece.indexOf(":"))
      removedByKind.set(kind, (removedByKind.get(kind) ?? 0) + 1)
    }
  }
  const seconds = (performance.now() - started) / 1000
  const removed = [...removedByKind].map(([k, n]) => `${k} ${n}`).join(", ") || "nothing"
  process.stdout.write(
    `round ${round}: ${documents} documents, ${rejects} rejects in ${seconds.toFixed(2)} s = ` +
      `${Math.round(documents / seconds)} docs/s, ${(codePoints / 1e6 / seconds).toFixed(1)} M chars/s; ` +
      `removed: ${removed}; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`
  )
}
