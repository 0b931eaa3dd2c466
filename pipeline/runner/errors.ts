import { Data } from "effect"

/** The text of whatever was thrown, for the `cause` of a typed error. */
export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/** Writing tables, the database or the dictionary failed (disk full, permissions, …). */
export class OutputFailed extends Data.TaggedError("OutputFailed")<{
  readonly outDir: string
  readonly step: string
  readonly cause: string
}> {
  override get message(): string {
    return (
      `could not write outputs to ${this.outDir} (${this.step}): ${this.cause}. ` +
      `The previous outputs there are untouched; check free disk space and permissions, then run again.`
    )
  }
}

/** A stage threw on the corpus: a bug, reported with the stage's name. */
export class StageFailed extends Data.TaggedError("StageFailed")<{
  readonly stage: string
  readonly docId: string | null
  readonly cause: string
}> {
  override get message(): string {
    const where = this.docId === null ? "" : ` on document ${this.docId}`
    return `stage '${this.stage}' failed${where}: ${this.cause}. Outputs were not replaced. Please report this with the input that caused it.`
  }
}
