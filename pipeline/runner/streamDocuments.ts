import { Effect } from "effect"
import type { TableContract } from "../contracts/TableContract.js"
import { ingestCorpus } from "../../stages/01_ingest/ingest.js"
import { InputNotFound, InputNotSupported } from "../../stages/01_ingest/errors.js"
import { documentsTable, rejectsTable, type DocumentRow } from "../../stages/01_ingest/schema.js"
import type { Progress } from "../cli/Progress.js"
import type { TableStore } from "../store/TableStore.js"
import { inThreadProcessor, workerProcessor, type DocumentProcessor } from "./DocumentProcessor.js"
import { StageFailed, errorMessage } from "./errors.js"
import type { Stage } from "./Stage.js"
import type { Timings } from "./Timings.js"

export interface StreamOptions {
  readonly input: string
  readonly maxFileBytes: number
  /** Worker threads for the per-document stages; 0 runs them in this thread. */
  readonly workers: number
  readonly progress: Progress
}

/** Documents per unit of work handed to a stage thread: large enough to amortize the hand-off. */
const DOCS_PER_TASK = 64
/** Rows are appended to the store once this many documents' rows have gathered: memory stays flat. */
const DOCS_PER_APPEND = 512

/**
 * Ingest, then the per-document stages (in this thread or in workers), appending every row to the
 * store in bounded batches. Results are appended in input order whatever thread computed them.
 */
export const streamDocuments = (options: StreamOptions, plan: ReadonlyArray<Stage>, store: TableStore, timings: Timings) =>
  Effect.tryPromise({
    try: async () => {
      const byName = new Map<string, TableContract<any>>(plan.flatMap((s) => s.tables).map((t) => [t.name, t] as const))
      const processor: DocumentProcessor = options.workers > 0 ? await workerProcessor(options.workers) : inThreadProcessor()
      let buffers = new Map<string, object[]>()
      let buffered = 0
      let documents = 0
      let rejects = 0
      let appendMs = 0
      const readStarted = performance.now()
      const push = (table: string, rows: ReadonlyArray<object>) => {
        let buf = buffers.get(table)
        if (buf === undefined) buffers.set(table, (buf = []))
        for (const r of rows) buf.push(r)
      }
      const flush = async () => {
        const full = buffers
        buffers = new Map()
        buffered = 0
        const started = performance.now()
        for (const [name, rows] of full) await store.append(byName.get(name)!, rows)
        appendMs += performance.now() - started
      }
      const collect = async (ready: Awaited<ReturnType<DocumentProcessor["drain"]>>) => {
        for (const [docs, results] of ready) {
          docs.forEach((doc, i) => {
            push(documentsTable.name, [doc])
            const rows = results[i]!
            for (const name in rows) push(name, rows[name]!)
          })
          buffered += docs.length
        }
        if (buffered >= DOCS_PER_APPEND) await flush()
      }
      const run = async (docs: ReadonlyArray<DocumentRow>) => {
        try {
          await processor.submit(docs)
          await collect(await processor.takeReady())
        } catch (e) {
          throw new StageFailed({ stage: "per-document stages", docId: docs.length === 1 ? docs[0]!.doc_id : null, cause: errorMessage(e) })
        }
      }
      try {
        let task: DocumentRow[] = []
        for await (const event of ingestCorpus(options.input, {
          maxFileBytes: options.maxFileBytes,
          onBytes: (done, total) => options.progress.update({ documents, rejects, bytesDone: done, bytesTotal: total })
        })) {
          if (event.kind === "reject") {
            rejects++
            push(rejectsTable.name, [event.row])
            continue
          }
          documents++
          task.push(event.row)
          if (task.length >= DOCS_PER_TASK) {
            await run(task)
            task = []
          }
        }
        if (task.length > 0) await run(task)
        try {
          await collect(await processor.drain())
        } catch (e) {
          throw new StageFailed({ stage: "per-document stages", docId: null, cause: errorMessage(e) })
        }
        await flush()
      } finally {
        await processor.close()
      }
      timings.add("read: ingest, stages (overlapping)", performance.now() - readStarted - appendMs)
      timings.add("read: appends to the store", appendMs)
      return { documents, rejects }
    },
    catch: (e): StageFailed | InputNotFound | InputNotSupported =>
      e instanceof StageFailed || e instanceof InputNotFound || e instanceof InputNotSupported
        ? e
        : new StageFailed({ stage: "ingest", docId: null, cause: errorMessage(e) })
  })
