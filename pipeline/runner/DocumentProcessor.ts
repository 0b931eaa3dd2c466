import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"
import type { DocumentRow } from "../../stages/01_ingest/schema.js"
import { laneStages, processBatch } from "./documentStages.js"
import type { WorkerTask } from "./documentWorker.js"
import type { DocumentRows } from "./Stage.js"

/**
 * Runs the per-document stages over batches of documents, in worker threads when asked to,
 * and hands results back strictly in submission order, so that outputs do not depend on
 * which thread finished first.
 */
export interface DocumentProcessor {
  /** Queues a batch; resolves once the number of batches in flight is below the limit. */
  submit(docs: ReadonlyArray<DocumentRow>): Promise<void>
  /** Results of the oldest batches that are complete, in submission order. */
  takeReady(): Promise<ReadonlyArray<readonly [ReadonlyArray<DocumentRow>, ReadonlyArray<DocumentRows>]>>
  /** Waits for every batch; returns their results in order. */
  drain(): Promise<ReadonlyArray<readonly [ReadonlyArray<DocumentRow>, ReadonlyArray<DocumentRows>]>>
  close(): Promise<void>
}

type Done = readonly [ReadonlyArray<DocumentRow>, ReadonlyArray<DocumentRows>]

/** The worker entry sits beside this module: `.mjs` in the bundle, `.js` in tsc's dist. */
const workerFile = (): string | null => {
  for (const name of ["./documentWorker.mjs", "./documentWorker.js"]) {
    const path = fileURLToPath(new URL(name, import.meta.url))
    if (existsSync(path)) return path
  }
  return null
}

/** In this thread: the simplest and, for small corpora, the fastest way. */
export const inThreadProcessor = (): DocumentProcessor => {
  let ready: Done[] = []
  return {
    submit: async (docs) => {
      ready.push([docs, processBatch(docs)])
    },
    takeReady: async () => {
      const out = ready
      ready = []
      return out
    },
    drain: async () => {
      const out = ready
      ready = []
      return out
    },
    close: async () => undefined
  }
}

/**
 * In `threads` worker threads; falls back to this thread when no compiled worker exists (tests on
 * sources). From two threads on, the stages run in two lanes (see OWN_LANE_STAGE): every batch
 * goes to both, and each document's rows are the union of the two lanes' rows.
 */
export const workerProcessor = async (threads: number): Promise<DocumentProcessor> => {
  const filename = workerFile()
  if (filename === null) return inThreadProcessor()
  const { Piscina } = await import("piscina")
  const newPool = (n: number) => new Piscina({ filename, minThreads: n, maxThreads: n, idleTimeout: 1_000 })
  const runOn = (pool: InstanceType<typeof Piscina>, docs: ReadonlyArray<DocumentRow>, publish: ReadonlyArray<string> | null) =>
    pool.run({ docs, publish } satisfies WorkerTask) as Promise<ReadonlyArray<DocumentRows>>
  let pools: Array<InstanceType<typeof Piscina>>
  let processDocs: (docs: ReadonlyArray<DocumentRow>) => Promise<ReadonlyArray<DocumentRows>>
  if (threads < 2) {
    const pool = newPool(threads)
    pools = [pool]
    processDocs = (docs) => runOn(pool, docs, null)
  } else {
    // The lane of the other stages needs about half the CPU of the OWN_LANE_STAGE's lane.
    const others = Math.max(1, Math.floor(threads / 3))
    const own = newPool(threads - others)
    const rest = newPool(others)
    pools = [own, rest]
    const ownStages = laneStages(0)
    const restStages = laneStages(1)
    processDocs = async (docs) => {
      const [a, b] = await Promise.all([runOn(own, docs, ownStages), runOn(rest, docs, restStages)])
      return b.map((rows, i) => ({ ...rows, ...a[i]! }))
    }
  }
  // Enough batches in flight to keep every worker busy while the main thread appends results.
  const maxInFlight = threads * 2
  const inFlight: Array<{ docs: ReadonlyArray<DocumentRow>; result: Promise<ReadonlyArray<DocumentRows>>; done: boolean }> = []
  const takeDone = async (all: boolean): Promise<Done[]> => {
    const out: Done[] = []
    while (inFlight.length > 0 && (all || inFlight[0]!.done)) {
      const head = inFlight.shift()!
      out.push([head.docs, await head.result])
    }
    return out
  }
  return {
    submit: async (docs) => {
      const entry = { docs, result: processDocs(docs), done: false }
      entry.result.then(
        () => (entry.done = true),
        () => (entry.done = true)
      )
      inFlight.push(entry)
      // Back-pressure: wait for the oldest batch rather than reading ahead without bound.
      if (inFlight.length > maxInFlight) await inFlight[0]!.result.catch(() => undefined)
    },
    takeReady: () => takeDone(false),
    drain: () => takeDone(true),
    close: async () => {
      await Promise.all(pools.map((p) => p.destroy()))
    }
  }
}
