import { readdirSync, statSync } from "node:fs"
import { availableParallelism } from "node:os"
import { join } from "node:path"

/**
 * Below this much input, starting worker threads costs more than it saves: the stages of a few
 * hundred articles take less time than loading the stage code into another thread.
 */
const WORKERS_FROM_BYTES = 2 * 1024 * 1024

/** The most worker threads a run starts, whatever is asked. */
export const MAX_WORKERS = Math.max(1, availableParallelism())

const inputBytes = (input: string): number => {
  try {
    const st = statSync(input)
    if (!st.isDirectory()) return st.size
    let total = 0
    for (const e of readdirSync(input, { withFileTypes: true, recursive: true })) {
      if (e.isFile()) total += statSync(join(e.parentPath, e.name)).size
    }
    return total
  } catch {
    return 0
  }
}

/**
 * Worker threads for the per-document stages: the number asked for, or, by default, one fewer
 * than the cores (the main thread reads input and writes to the store meanwhile), at least one,
 * and none for small inputs. The choice never changes the outputs, only the time.
 */
export function chooseWorkers(input: string, requested: number | undefined): number {
  // More threads than cores only adds start-up time and memory (one copy of the stages each).
  if (requested !== undefined) return Math.min(MAX_WORKERS, Math.max(0, Math.floor(requested)))
  if (inputBytes(input) < WORKERS_FROM_BYTES) return 0
  return Math.max(1, availableParallelism() - 1)
}
