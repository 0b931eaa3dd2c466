import { Data } from "effect"

/** A flag value that parses but makes no sense (exit code 2). */
export class UsageError extends Data.TaggedError("UsageError")<{ readonly text: string }> {
  override get message(): string {
    return this.text
  }
}
