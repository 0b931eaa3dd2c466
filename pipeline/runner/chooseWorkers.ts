import { availableParallelism } from "node:os"

/** The most worker threads a run starts, whatever is asked: more than the cores only adds start-up time and memory. */
export const MAX_WORKERS = Math.max(1, availableParallelism())

/**
 * Worker threads for the per-document stages. The default is none: today's stages (MinHash and
 * sentence splitting, ~0.1 ms a document) cost less than handing documents to a thread and the
 * rows back (measured on BBC: 1.7 s in one thread, 1.85 s with one worker; Reuters 9.6 s vs
 * 10.3 s). A heavier stage, such as a tagger, is what makes `--workers` pay; the choice never
 * changes the outputs, only the time.
 */
export function chooseWorkers(requested: number | undefined): number {
  if (requested === undefined) return 0
  return Math.min(MAX_WORKERS, Math.max(0, Math.floor(requested)))
}
