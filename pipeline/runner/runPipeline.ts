import { Effect } from "effect"
import { rm } from "node:fs/promises"
import { join } from "node:path"
import type { TableContract } from "../contracts/TableContract.js"
import { ingestCorpus, type IngestEvent } from "../../stages/01_ingest/ingest.js"
import { documentsTable, rejectsTable } from "../../stages/01_ingest/schema.js"
import { InputNotFound, InputNotSupported } from "../../stages/01_ingest/errors.js"
import { writeDictionary } from "../dictionary/writeDictionary.js"
import { ReportFailed } from "../reports/ReportFailed.js"
import { runReports } from "../reports/runReports.js"
import { TableStore, stagingTableName } from "../store/TableStore.js"
import { exportTable } from "../writers/exportTable.js"
import { prepareStaging, publish } from "../writers/atomicOutput.js"
import { Timings } from "./Timings.js"
import { checkOutputTarget } from "./checkOutputTarget.js"
import { checkPlan } from "./checkPlan.js"
import { OutputFailed, StageFailed } from "./errors.js"
import { buildPlan } from "./plan.js"
import { processDocument } from "./processDocument.js"
import type { Progress } from "../cli/Progress.js"
import type { Stage } from "./Stage.js"

export interface RunOptions {
  readonly input: string
  readonly outDir: string
  readonly maxFileBytes: number
  readonly reportsDir: string
  readonly progress: Progress
}

export interface RunSummary {
  readonly documents: number
  readonly rejects: number
  readonly outDir: string
}

/** Documents per append to the store: big enough to amortize the appender, small enough to stay flat in memory. */
const BATCH_DOCUMENTS = 512

/**
 * DuckDB's buffer pool would otherwise grow toward 80% of RAM as tables fill; capped, it spills
 * to the staging folder instead, so peak memory stays flat however large the corpus.
 */
const STORE_MEMORY_LIMIT = "512MB"

const published = (t: TableContract<any>) => !t.name.startsWith("_")

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/**
 * One run: ingest → per-document stages → corpus stages → sorted tables in every format →
 * dictionary → reports, all in a staging folder that replaces `outDir` only when complete.
 */
const runInScope = Effect.fn("Pipeline.run")(function* (options: RunOptions) {
  const unsafe = checkOutputTarget(options.input, options.outDir)
  if (unsafe !== undefined) return yield* unsafe
  const plan = buildPlan(stagingTableName)
  const planError = checkPlan(plan)
  if (planError !== undefined) return yield* planError

  const tables = plan.flatMap((s) => s.tables)
  // The staging folder goes away with the run: after publish it is already gone; after a
  // failure its half-written files are removed so that nothing stale lies beside the outputs.
  const staging = yield* Effect.acquireRelease(
    Effect.tryPromise({
      try: () => prepareStaging(options.outDir),
      catch: (e) => new OutputFailed({ outDir: options.outDir, step: "creating a staging folder", cause: message(e) })
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
      catch: (e) => new OutputFailed({ outDir: options.outDir, step: "opening the database", cause: message(e) })
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
        catch: (e) => new StageFailed({ stage: stage.name, docId: null, cause: message(e) })
      }),
    { discard: true }
  )

  options.progress.phase("writing tables")
  const finalSelects = Object.assign({}, ...plan.map((s) => s.finalSelect ?? {})) as Record<string, (staging: string) => string>
  const outputs = tables.filter(published)
  yield* Effect.tryPromise({
    try: async () => {
      for (const t of outputs) {
        const select = finalSelects[t.name]
        await timings.time(`sort ${t.name}`, () =>
          store.finalize(t, select === undefined ? undefined : { select: select(stagingTableName(t.name)) })
        )
      }
      for (const t of tables.filter((t) => !published(t))) await store.drop(t)
      for (const t of outputs) await timings.time(`export ${t.name}`, () => exportTable(store, t, staging))
      await writeDictionary(outputs, staging)
      await timings.time("checkpoint database", () => store.checkpoint())
    },
    catch: (e) => new OutputFailed({ outDir: options.outDir, step: "writing tables", cause: message(e) })
  })

  options.progress.phase("running reports")
  yield* Effect.tryPromise({
    try: () =>
      timings.time("reports", () =>
        runReports({ databasePath: join(staging, "sitrep.duckdb"), reportsDir: options.reportsDir, outDir: join(staging, "reports") })
      ),
    catch: (e) => (e instanceof ReportFailed ? e : new ReportFailed({ file: options.reportsDir, cause: message(e) }))
  })

  // DuckDB must have written and released its file before the folder moves.
  yield* Effect.promise(() => store.close())
  yield* Effect.tryPromise({
    try: () => publish(staging, options.outDir),
    catch: (e) => new OutputFailed({ outDir: options.outDir, step: "replacing the previous outputs", cause: message(e) })
  })
  timings.print()
  return { documents: counts.documents, rejects: counts.rejects, outDir: options.outDir } satisfies RunSummary
})

export const runPipeline = (options: RunOptions) => Effect.scoped(runInScope(options))

/** Ingest and the per-document stages, appending to the store in bounded batches. */
const streamDocuments = (options: RunOptions, plan: ReadonlyArray<Stage>, store: TableStore, timings: Timings) =>
  Effect.tryPromise({
    try: async () => {
      const docStages = plan.filter((s) => s.perDocument !== undefined)
      const byName = new Map(plan.flatMap((s) => s.tables).map((t) => [t.name, t] as const))
      let buffers = new Map<string, object[]>()
      let inBatch = 0
      let documents = 0
      let rejects = 0
      let appendMs = 0
      let stagesMs = 0
      const readStarted = performance.now()
      const push = (table: string, rows: ReadonlyArray<object>) => {
        let buf = buffers.get(table)
        if (buf === undefined) buffers.set(table, (buf = []))
        for (const r of rows) buf.push(r)
      }
      const flush = async () => {
        const full = buffers
        buffers = new Map()
        inBatch = 0
        const started = performance.now()
        for (const [name, rows] of full) await store.append(byName.get(name)!, rows)
        appendMs += performance.now() - started
      }
      const events: AsyncGenerator<IngestEvent> = ingestCorpus(options.input, {
        maxFileBytes: options.maxFileBytes,
        onBytes: (done: number, total: number) => options.progress.update({ documents, rejects, bytesDone: done, bytesTotal: total })
      })
      for await (const event of events) {
        if (event.kind === "reject") {
          rejects++
          push(rejectsTable.name, [event.row])
          continue
        }
        const doc = event.row
        documents++
        push(documentsTable.name, [doc])
        let rows
        const stageStarted = timings.isEnabled ? performance.now() : 0
        try {
          rows = processDocument(doc, docStages)
          if (timings.isEnabled) stagesMs += performance.now() - stageStarted
        } catch (e) {
          throw new StageFailed({ stage: "per-document stages", docId: doc.doc_id, cause: message(e) })
        }
        for (const name in rows) push(name, rows[name]!)
        if (++inBatch >= BATCH_DOCUMENTS) await flush()
      }
      await flush()
      const readMs = performance.now() - readStarted
      timings.add("read: per-document stages", stagesMs)
      timings.add("read: appends to the store", appendMs)
      timings.add("read: ingest (the rest)", readMs - stagesMs - appendMs)
      return { documents, rejects }
    },
    catch: (e): StageFailed | InputNotFound | InputNotSupported =>
      e instanceof StageFailed || e instanceof InputNotFound || e instanceof InputNotSupported
        ? e
        : new StageFailed({ stage: "ingest", docId: null, cause: message(e) })
  })
