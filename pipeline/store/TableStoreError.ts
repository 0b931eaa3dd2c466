import { Data } from "effect"

/**
 * Something went wrong inside the table store. The message names the table, the step and
 * the fix; `cause` keeps DuckDB's own error for the trace.
 */
export class TableStoreError extends Data.TaggedError("TableStoreError")<{
  readonly table: string
  readonly step: "open" | "create" | "append" | "finalize" | "persist" | "query" | "close"
  readonly message: string
  readonly cause?: unknown
}> {}

/** Builds a TableStoreError whose message says what happened and how to fix it. */
export const storeError = (
  step: TableStoreError["step"],
  table: string,
  problem: string,
  fix: string,
  cause?: unknown
): TableStoreError => {
  const detail = cause instanceof Error ? ` (${cause.message})` : ""
  return new TableStoreError({ table, step, message: `${step} ${table}: ${problem}${detail}. Fix: ${fix}`, cause })
}
