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
    return `Report ${this.file} failed: ${this.cause}`
  }
}
