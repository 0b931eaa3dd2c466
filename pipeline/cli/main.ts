#!/usr/bin/env node
/**
 * The `sitrep` command. Parsing and help come from effect/cli; exit codes are the contract:
 * 0 the run completed (even with rejected inputs), 3 with --strict when anything was rejected,
 * 2 for a usage mistake, 1 for a failure. A user mistake never prints a stack trace.
 */
import { Cause, Effect, Exit, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { existsSync, statSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { packageRoot } from "./packageRoot.js"
import { cliEnvironment } from "./cliEnvironment.js"
import { Progress } from "./Progress.js"
import type { RunSummary } from "../runner/runPipeline.js"
import { exitCodeFor, describeFailure } from "./exitCodes.js"
import { VERSION } from "./version.js"
import { UsageError } from "./UsageError.js"
import { removeStagingSync } from "../writers/atomicOutput.js"
import { chooseWorkers } from "../runner/chooseWorkers.js"
import { Pipeline } from "../runner/Pipeline.js"

/** The report queries that ship with sitrep, at the root of the checkout. */
const defaultReportsDir = join(packageRoot, "reports")

let lastSummary: RunSummary | undefined
let strict = false

const run = Command.make(
  "run",
  {
    input: Argument.String("input").pipe(
      Argument.withDescription("A folder of articles (.txt, .md, .markdown, .html, .htm, .jsonl; searched recursively) or one .jsonl file (default data/raw)"),
      Argument.withDefault("data/raw")
    ),
    out: Flag.String("out").pipe(Flag.withDescription("Folder for tables, database, dictionary and reports, replaced as a whole (default data/out)"), Flag.withDefault("data/out")),
    strict: Flag.Boolean("strict").pipe(Flag.withDescription("Exit with code 3 if any input was rejected"), Flag.withDefault(false)),
    maxFileMb: Flag.Finite("max-file-mb").pipe(
      Flag.withDescription("Largest article accepted, in MiB (1 MiB = 1,048,576 bytes): a file, or one JSONL line (default 20)"),
      Flag.withDefault(20)
    ),
    workers: Flag.Int("workers").pipe(
      Flag.withDescription("Worker threads for the per-document stages, at most one per core; 0 runs them in the main thread (default: for inputs of 1 MB or more, one per core but one, and at least two on two cores or more; else none)"),
      Flag.optional
    ),
    quiet: Flag.Boolean("quiet").pipe(Flag.withDescription("No progress or summary on stderr"), Flag.withDefault(false)),
    reports: Flag.String("reports").pipe(Flag.withDescription("Folder of report .sql files (default: the reports/ folder that ships with sitrep)"), Flag.optional)
  },
  (cfg) =>
    Effect.gen(function* () {
      strict = cfg.strict
      if (Option.isSome(cfg.workers) && cfg.workers.value < 0) return yield* new UsageError({ text: `--workers must be 0 or more, not ${cfg.workers.value}` })
      const reportsDir = Option.getOrElse(cfg.reports, () => defaultReportsDir)
      if (!existsSync(reportsDir) || !statSync(reportsDir).isDirectory()) {
        return yield* new UsageError({ text: `--reports ${reportsDir} is not a folder of .sql report files` })
      }
      if (!(cfg.maxFileMb > 0)) return yield* new UsageError({ text: `--max-file-mb must be a positive number of MiB, not ${cfg.maxFileMb}` })
      const progress = new Progress(process.stderr, cfg.quiet)
      const pipeline = yield* Pipeline
      const summary = yield* pipeline.run({
        input: cfg.input,
        outDir: cfg.out,
        maxFileBytes: Math.round(cfg.maxFileMb * 1024 * 1024),
        workers: chooseWorkers(Option.getOrUndefined(cfg.workers), cfg.input),
        reportsDir,
        progress
      })
      progress.summary(summary)
      if (summary.documents === 0 && !cfg.quiet) {
        process.stderr.write(
          `sitrep: warning: no article was read from ${cfg.input}` +
            (summary.rejects > 0 ? ` (${summary.rejects} inputs rejected: see rejects.csv)` : " (it holds no .txt, .md, .markdown, .html, .htm or .jsonl file)") +
            "\n"
        )
      }
      lastSummary = summary
    })
).pipe(
  Command.withDescription("Read articles, extract tables, write Arrow/CSV/Parquet/DuckDB, run reports"),
  Command.provide(Pipeline.layer)
)

const sitrep = Command.make("sitrep").pipe(
  Command.withDescription("sitrep turns folders of news articles into analysis tables"),
  Command.withSubcommands([run])
)

// Ctrl-C or a kill: remove this run's staging folder and leave at once. Unwinding the run
// instead would close DuckDB while its threads may still be inside a statement, which can crash
// the process; the staging folder is all there is to clean up, and the previous outputs were
// never touched (a swap cut short is repaired by the next run).
const exitOnSignal = (signal: NodeJS.Signals): never => {
  removeStagingSync()
  process.stderr.write("\nsitrep: interrupted; outputs were not replaced\n")
  // 128 + the signal's number, as shells report a process stopped by it.
  process.exit(signal === "SIGINT" ? 130 : 143)
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, exitOnSignal)

const exit = await Effect.runPromiseExit(
  Command.runWith(sitrep, { version: VERSION })(process.argv.slice(2)).pipe(Effect.provide(cliEnvironment))
)

const statsFile = process.env.SITREP_STATS_FILE
if (statsFile !== undefined && lastSummary !== undefined) {
  writeFileSync(statsFile, JSON.stringify({ ...lastSummary, maxRssKb: process.resourceUsage().maxRSS }))
}

if (Exit.isSuccess(exit)) {
  process.exitCode = strict && lastSummary !== undefined && lastSummary.rejects > 0 ? 3 : 0
} else {
  const failure = describeFailure(exit.cause)
  if (failure.text !== "") process.stderr.write(`sitrep: ${failure.text}\n`)
  if (process.env.SITREP_DEBUG) process.stderr.write(Cause.pretty(exit.cause) + "\n")
  process.exitCode = exitCodeFor(failure.kind)
}
