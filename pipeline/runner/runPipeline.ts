import { Effect } from "effect"
import { rm, writeFile } from "node:fs/promises"
import { join } from "node:path"
import type { TableContract } from "../contracts/TableContract.js"
import { writeDictionary } from "../dictionary/writeDictionary.js"
import { ReportFailed } from "../reports/ReportFailed.js"
import { runReports } from "../reports/runReports.js"
import { TableStore, stagingTableName } from "../store/TableStore.js"
import { exportTable } from "../writers/exportTable.js"
import { prepareStaging, publish } from "../writers/atomicOutput.js"
import { Timings } from "./Timings.js"
import { OUTPUT_MARKER, checkOutputTarget, resolveOutputDir } from "./checkOutputTarget.js"
import { checkPlan } from "./checkPlan.js"
import { streamDocuments } from "./streamDocuments.js"
import { OutputFailed, StageFailed, errorMessage } from "./errors.js"
import { buildPlan } from "./plan.js"
import type { Progress } from "../cli/Progress.js"

export interface RunOptions {
  readonly input: string
  readonly outDir: string
  readonly maxFileBytes: number
  /** Worker threads for the per-document stages (0: none, in this thread). */
  readonly workers: number
  readonly reportsDir: string
  readonly progress: Progress
}

export interface RunSummary {
  readonly documents: number
  readonly rejects: number
  readonly outDir: string
}

/**
 * DuckDB's buffer pool would otherwise grow toward 80% of RAM as tables fill; capped, it spills
 * to the staging folder instead, so peak memory stays flat however large the corpus.
 */
const STORE_MEMORY_LIMIT = "512MB"

const published = (t: TableContract<any>) => !t.name.startsWith("_")

/**
 * One run: ingest → per-document stages → corpus stages → sorted tables in every format →
 * dictionary → reports, all in a staging folder that replaces `outDir` only when complete.
 */
const runInScope = Effect.fn("Pipeline.run")(function* (requested: RunOptions) {
  const unsafe = checkOutputTarget(requested.input, requested.outDir)
  if (unsafe !== undefined) return yield* unsafe
  // Through a symbolic link to the folder it names, so that the link survives the swap.
  const options = { ...requested, outDir: resolveOutputDir(requested.outDir) }
  const plan = buildPlan(stagingTableName)
  const planError = checkPlan(plan)
  if (planError !== undefined) return yield* planError

  const tables = plan.flatMap((s) => s.tables)
  // The staging folder goes away with the run: after publish it is already gone; after a
  // failure its half-written files are removed so that nothing stale lies beside the outputs.
  const staging = yield* Effect.acquireRelease(
    Effect.tryPromise({
      try: () => prepareStaging(options.outDir),
      catch: (e) => new OutputFailed({ outDir: options.outDir, step: "creating a staging folder", cause: errorMessage(e) })
    }),
    (dir) => Effect.promise(() => rm(dir, { recursive: true, force: true }))
  )
  const store = yield* Effect.acquireRelease(
    Effect.tryPromise({
      try: async () => {
        const store = await TableStore.open(join(staging, "sitrep.duckdb"), { memoryLimit: STORE_MEMORY_LIMIT })
        for (const t of tables) await store.create(t)
        return store
      },
      catch: (e) => new OutputFailed({ outDir: options.outDir, step: "opening the database", cause: errorMessage(e) })
    }),
    (store) => Effect.promise(() => store.close())
  )

  const timings = new Timings()
  const counts = yield* streamDocuments(options, plan, store, timings)

  yield* Effect.forEach(
    plan.filter((s) => s.perCorpus !== undefined),
    (stage) =>
      Effect.tryPromise({
        try: () =>
          timings.time(`corpus step: ${stage.name}`, () =>
            stage.perCorpus!({
              query: (sql) => store.query(sql),
              append: (t, rows) => store.append(t, rows)
            })
          ),
        catch: (e) => new StageFailed({ stage: stage.name, docId: null, cause: errorMessage(e) })
      }),
    { discard: true }
  )

  options.progress.phase("writing tables")
  const finalSelects = Object.assign({}, ...plan.map((s) => s.finalSelect ?? {})) as Record<string, (staging: string) => string>
  const outputs = tables.filter(published)
  // Reports read the final tables from the run's own store, on their own connection, while the
  // files are written; their outcome is awaited (and reported as a report failure) below.
  let reportsRun: Promise<unknown> = Promise.resolve()
  yield* Effect.tryPromise({
    try: async () => {
      for (const t of outputs) {
        const select = finalSelects[t.name]
        await timings.time(`sort ${t.name}`, () =>
          store.finalize(t, select === undefined ? undefined : { select: select(stagingTableName(t.name)) })
        )
      }
      for (const t of tables.filter((t) => !published(t))) await store.drop(t)
      const reportSide = await store.fork()
      reportsRun = timings
        .time("reports (beside the exports)", () =>
          runReports({
            databasePath: join(staging, "sitrep.duckdb"),
            connection: reportSide.duckdbConnection,
            reportsDir: options.reportsDir,
            outDir: join(staging, "reports")
          })
        )
        .finally(() => reportSide.close())
      // Marked handled now; awaited below, so a report failure is never lost nor unhandled.
      reportsRun.catch(() => undefined)
      // The database file is written on another connection while the files are exported: all
      // of them only read the final tables, and the file's compression keeps a core busy.
      const side = await store.fork()
      const settled = await Promise.allSettled([
        (async () => {
          for (const t of outputs) await timings.time(`export ${t.name}`, () => exportTable(store, t, staging))
        })(),
        timings.time("write database file (beside the exports)", () => side.persist(outputs)).finally(() => side.close())
      ])
      for (const s of settled) if (s.status === "rejected") throw s.reason
      await writeDictionary(outputs, staging)
      await writeFile(join(staging, OUTPUT_MARKER), "This folder is written by sitrep and replaced as a whole on every run.\n")
    },
    catch: (e) => new OutputFailed({ outDir: options.outDir, step: "writing tables", cause: errorMessage(e) })
  }).pipe(Effect.tapError(() => Effect.promise(() => reportsRun.catch(() => undefined))))

  options.progress.phase("running reports")
  yield* Effect.tryPromise({
    try: () => reportsRun,
    catch: (e) => (e instanceof ReportFailed ? e : new ReportFailed({ file: options.reportsDir, cause: errorMessage(e) }))
  })

  // DuckDB must have written and released its file before the folder moves.
  yield* Effect.promise(() => store.close())
  yield* Effect.tryPromise({
    try: () => publish(staging, options.outDir),
    catch: (e) => new OutputFailed({ outDir: options.outDir, step: "replacing the previous outputs", cause: errorMessage(e) })
  })
  timings.print()
  return { documents: counts.documents, rejects: counts.rejects, outDir: requested.outDir } satisfies RunSummary
})

export const runPipeline = (options: RunOptions) => Effect.scoped(runInScope(options))
