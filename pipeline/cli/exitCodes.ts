import { Cause } from "effect"

export type FailureKind = "usage" | "failure" | "none"

/** Command-line parse errors: effect/cli has already printed help and the error. */
const CLI_PARSE_ERRORS = new Set([
  "UnrecognizedOption",
  "DuplicateOption",
  "MissingOption",
  "MissingArgument",
  "UnexpectedArgument",
  "InvalidValue",
  "UnknownSubcommand",
  "ValidationError"
])

/** Mistakes in what the user asked for: a message and exit 2, never a stack trace. */
const USAGE_ERRORS = new Set(["InputNotFound", "InputNotSupported", "UnsafeOutput", "UsageError"])

export const exitCodeFor = (kind: FailureKind): number => (kind === "usage" ? 2 : kind === "failure" ? 1 : 0)

/** Turns a failed run into one line for the user and the kind of failure it was. */
export function describeFailure(cause: Cause.Cause<unknown>): { kind: FailureKind; text: string } {
  const error = cause.reasons.find(Cause.isFailReason)?.error as
    | { _tag?: string; message?: string; errors?: ReadonlyArray<unknown> }
    | undefined
  if (error === undefined) {
    if (cause.reasons.length > 0 && cause.reasons.every(Cause.isInterruptReason)) return { kind: "failure", text: "interrupted; outputs were not replaced" }
    const defect = cause.reasons.find(Cause.isDieReason)?.defect
    return { kind: "failure", text: `internal error: ${defect instanceof Error ? defect.message : String(defect)} (set SITREP_DEBUG=1 for details)` }
  }
  const tag = error._tag ?? ""
  // Help the user asked for is a success; help shown because parsing failed is a usage error.
  if (tag === "ShowHelp") return { kind: (error.errors?.length ?? 0) > 0 ? "usage" : "none", text: "" }
  if (CLI_PARSE_ERRORS.has(tag)) return { kind: "usage", text: "" }
  if (USAGE_ERRORS.has(tag)) return { kind: "usage", text: error.message ?? tag }
  return { kind: "failure", text: error.message ?? String(error) }
}
