/**
 * `make bench CORPUS=…`: runs `sitrep run` over a corpus (a .jsonl file or a folder) and, in the
 * same run two baselines, each in its own process, and prints throughput (docs/s, MB/s of input)
 * and peak RSS side by side. Timings are wall-clock on this machine, start-up included.
 *  - the floor: read the JSONL and write one CSV (what plain I/O costs);
 *  - the reference: compromise + chrono-node over each article, what a JS user would reach for.
 *    It runs at tens of docs/s, so it sees only the first N articles (--reference-docs, default
 *    300). Its start-up (about 0.6 s, mostly loading compromise) weighs on a short run, so its rate
 *    is also printed without it.
 *
 * usage: node dist/bench/bench.js CORPUS [--repeat N] [--reference-docs N]
 */
import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, dirname } from "node:path"
import { fileURLToPath } from "node:url"
import { inputBytes } from "../pipeline/runner/inputBytes.js"

interface Measured {
  readonly name: string
  readonly seconds: number
  readonly documents: number
  readonly maxRssKb: number
  /** Start-up time the process reported, where it does (the reference). */
  readonly startupSeconds?: number
}

const here = dirname(fileURLToPath(import.meta.url))
const cliPath = join(here, "..", "bundle", "main.mjs")
const baselinePath = join(here, "baselineCopy.js")
const referencePath = join(here, "baselineCompromiseChrono.js")

function measure(name: string, args: ReadonlyArray<string>): Measured {
  const work = mkdtempSync(join(tmpdir(), "sitrep-bench-"))
  const statsFile = join(work, "stats.json")
  const started = performance.now()
  const child = spawnSync(process.execPath, args.map((a) => a.replace("$WORK", work)), {
    env: { ...process.env, SITREP_STATS_FILE: statsFile },
    stdio: ["ignore", "ignore", "inherit"]
  })
  const seconds = (performance.now() - started) / 1000
  if (child.status !== 0) {
    rmSync(work, { recursive: true, force: true })
    throw new Error(`${name} exited with ${child.status}`)
  }
  const stats = JSON.parse(readFileSync(statsFile, "utf8")) as { documents: number; maxRssKb: number; startupSeconds?: number }
  rmSync(work, { recursive: true, force: true })
  return { name, seconds, documents: stats.documents, maxRssKb: stats.maxRssKb, startupSeconds: stats.startupSeconds }
}

const args = process.argv.slice(2)
const corpus = args.find((a, i) => !a.startsWith("--") && (i === 0 || !args[i - 1]!.startsWith("--")))
const repeatAt = args.indexOf("--repeat")
const repeat = repeatAt >= 0 ? Number(args[repeatAt + 1] ?? 1) : 1
const referenceAt = args.indexOf("--reference-docs")
const referenceDocs = referenceAt >= 0 ? Number(args[referenceAt + 1] ?? 300) : 300
const USAGE = "usage: bench CORPUS [--repeat N] [--reference-docs N]   (CORPUS: a .jsonl file or a folder of articles)\n"
if (args.includes("--help") || args.includes("-h")) {
  process.stdout.write(USAGE)
  process.exit(0)
}
if (corpus === undefined) {
  process.stderr.write(USAGE)
  process.exit(2)
}
const bytes = inputBytes(corpus)
const isJsonl = corpus.endsWith(".jsonl")
const runs: Measured[] = []
for (let i = 0; i < repeat; i++) {
  runs.push(measure("sitrep run (all tables, formats, reports)", [cliPath, "run", corpus, "--out", "$WORK/out", "--quiet"]))
  if (isJsonl) runs.push(measure("baseline: read JSONL + write one CSV", [baselinePath, corpus, "$WORK/copy.csv"]))
}
// Once is enough for the reference: it is slow and its rate is steady.
const referenceName = `reference: compromise + chrono-node (first ${referenceDocs} docs)`
if (isJsonl && referenceDocs > 0) runs.push(measure(referenceName, [referencePath, corpus, "$WORK/reference.csv", String(referenceDocs)]))
const best = new Map<string, Measured>()
for (const r of runs) {
  const seen = best.get(r.name)
  if (seen === undefined || r.seconds < seen.seconds) best.set(r.name, r)
}
const mb = bytes / 1e6
process.stdout.write(`\ncorpus: ${corpus} (${mb.toFixed(1)} MB, node ${process.version}, best of ${repeat})\n\n`)
process.stdout.write("| run | documents | seconds | docs/s | MB/s | peak RSS (MB) |\n|---|---:|---:|---:|---:|---:|\n")
for (const r of best.values()) {
  process.stdout.write(
    `| ${r.name} | ${r.documents} | ${r.seconds.toFixed(2)} | ${(r.documents / r.seconds).toFixed(0)} | ` +
      // MB/s only for runs that read the whole corpus: the reference sees a prefix of it.
      `${r.name === referenceName ? "–" : (mb / r.seconds).toFixed(2)} | ${(r.maxRssKb / 1024).toFixed(0)} |\n`
  )
}
const sitrep = best.get("sitrep run (all tables, formats, reports)")
const reference = best.get(referenceName)
if (sitrep !== undefined && reference !== undefined) {
  const ratio = sitrep.documents / sitrep.seconds / (reference.documents / reference.seconds)
  process.stdout.write(`\nsitrep runs at ${ratio.toFixed(1)}× the reference's docs/s (issue 3 asks for ≥ 20×).\n`)
  if (reference.startupSeconds !== undefined) {
    const warm = reference.documents / (reference.seconds - reference.startupSeconds)
    process.stdout.write(
      `Without its ${reference.startupSeconds.toFixed(2)} s start-up the reference runs at ${warm.toFixed(0)} docs/s: ` +
        `sitrep (start-up included) is ${(sitrep.documents / sitrep.seconds / warm).toFixed(1)}× that.\n`
    )
  }
}
