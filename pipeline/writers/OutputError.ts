import { Data } from "effect"

/**
 * An output file or folder could not be written. The message names the path, the step and
 * the fix; `cause` keeps the underlying error.
 */
export class OutputError extends Data.TaggedError("OutputError")<{
  readonly path: string
  readonly step: string
  readonly message: string
  readonly cause?: unknown
}> {}

/** Builds an OutputError whose message says what happened and how to fix it. */
export const outputError = (step: string, path: string, fix: string, cause?: unknown): OutputError => {
  const detail = cause instanceof Error ? `: ${cause.message}` : ""
  return new OutputError({ path, step, message: `${step} failed for ${path}${detail}. Fix: ${fix}`, cause })
}
