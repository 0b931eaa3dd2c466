import { availableParallelism } from "node:os"
import { inputBytes } from "./inputBytes.js"

/** The most worker threads a run starts, whatever is asked: more than the cores only adds start-up time and memory. */
export const MAX_WORKERS = Math.max(1, availableParallelism())

/**
 * Input size from which worker threads pay by default. Each worker loads the tagger and warms
 * up its own JIT (~0.1–0.2 s), so a handful of articles is faster in one thread; a corpus of a
 * few hundred articles is not, since tagging and date rules cost ~0.7 ms an article.
 */
export const AUTO_WORKERS_MIN_BYTES = 1_000_000

/** Input size in bytes, 0 if unreadable: ingest reports a missing input properly; here it just means "small". */
const inputSize = (path: string): number => {
  try {
    return inputBytes(path)
  } catch {
    return 0
  }
}

/**
 * Worker threads the run starts for large inputs unless told otherwise: one core is left to the
 * main thread, which reads the input and moves every row into DuckDB, but never fewer than two
 * when there are two cores, since two threads split the stages in lanes (OWN_LANE_STAGE) rather
 * than the documents. On 2 cores (BBC, 2,225 articles, best of 5 on a quiet machine) one worker
 * took 3.89 s and two lanes 3.56 s, for the same CPU (5.8 s); on a loaded one 5.6 s against 4.0 s.
 */
export const AUTO_WORKERS = MAX_WORKERS >= 2 ? Math.max(2, MAX_WORKERS - 1) : 1

/**
 * Worker threads for the per-document stages. Asked for: that many, at most one per core. Not
 * asked: AUTO_WORKERS for inputs of AUTO_WORKERS_MIN_BYTES or more, otherwise none. The choice
 * never changes the outputs, only the time (tested).
 */
export function chooseWorkers(requested: number | undefined, input: string): number {
  if (requested !== undefined) return Math.min(MAX_WORKERS, Math.max(0, Math.floor(requested)))
  return inputSize(input) >= AUTO_WORKERS_MIN_BYTES ? AUTO_WORKERS : 0
}
