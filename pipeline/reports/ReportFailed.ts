import { Data } from "effect"

/**
 * A report could not run. `file` names the `.sql` file (or the database when it cannot be opened)
 * and `cause` carries DuckDB's own message, which points at the line and the name to fix.
 */
export class ReportFailed extends Data.TaggedError("ReportFailed")<{
  readonly file: string
  readonly cause: string
}> {
  // Data.TaggedError takes no message of its own; derive it so logs and test output say what broke.
  override get message(): string {
    // A report runs before the outputs are swapped in, so a broken one leaves the previous outputs.
    return `Report ${this.file} failed: ${this.cause}\nOutputs were not replaced: fix the report (or move it out of the reports folder) and run again.`
  }
}
