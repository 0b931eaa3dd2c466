/**
 * Errors that stop the ingest before anything is read. Everything smaller (one bad file, one bad
 * line) becomes a row of the `rejects` table instead, so that a run over a messy folder finishes.
 */
import { Data } from "effect"

/** The input path does not exist. */
export class InputNotFound extends Data.TaggedError("InputNotFound")<{ readonly path: string }> {
  override get message(): string {
    return `[01_ingest] input not found: ${this.path}. Pass a folder of articles (.txt, .md, .html, .jsonl) or a single .jsonl file; check the path and the current directory.`
  }
}

/** The input path exists but is neither a folder nor a .jsonl file. */
export class InputNotSupported extends Data.TaggedError("InputNotSupported")<{ readonly path: string }> {
  override get message(): string {
    return `[01_ingest] input is not a folder or a .jsonl file: ${this.path}. Put the file in a folder and pass the folder, or pass a .jsonl file with one article per line.`
  }
}
