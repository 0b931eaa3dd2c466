/**
 * Stage 01, ingest: turns an input folder (or one .jsonl file) into `documents` and `rejects`
 * rows, streamed in a fixed order (files by relative path, JSONL records by line) so that
 * reruns are identical and memory stays flat however large the corpus.
 *
 * Nothing is dropped silently: every file, line or manifest row that is not used, and every
 * piece of metadata that is ignored, becomes a reject naming the reason.
 */
import { readFileSync } from "node:fs"
import { stat } from "node:fs/promises"
import { basename, extname, resolve } from "node:path"
import { decodeBytes } from "./decode.js"
import { discoverFiles, type DiscoveredFile } from "./discover.js"
import { InputNotFound, InputNotSupported } from "./errors.js"
import { formatSize } from "./formatSize.js"
import { type ArticleFormat, ingestFile } from "./ingestFile.js"
import { ingestJsonl } from "./ingestJsonl.js"
import { loadHtmlSupport } from "./html.js"
import { type IngestEvent, rejectEvent } from "./IngestEvent.js"
import { type Manifest, MANIFEST_NAME, parseManifest } from "./manifest.js"
import { cannotRead } from "./readError.js"

export type { IngestEvent } from "./IngestEvent.js"

export interface IngestOptions {
  /** Files larger than this are rejected unread; for JSONL the limit applies to each record (line). */
  readonly maxFileBytes: number
  /** Progress: bytes of input handled so far, out of the total size of the input files. */
  readonly onBytes?: (done: number, total: number) => void
}

const FORMATS: Readonly<Record<string, ArticleFormat | "jsonl">> = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".jsonl": "jsonl"
}
const READABLE = ".txt, .md, .markdown, .html, .htm, .jsonl"

const tooLarge = (size: number, limit: number): string =>
  `file is ${formatSize(size)}, over the limit of ${formatSize(limit)}; raise --max-file-mb to read it`

/** Documents and rejects for `input`, a folder (searched recursively) or a single .jsonl file. */
export async function* ingestCorpus(input: string, options: IngestOptions): AsyncGenerator<IngestEvent> {
  const path = resolve(input)
  const info = await stat(path).catch(() => null)
  if (info === null) throw new InputNotFound({ path: input })
  if (info.isFile() && extname(path).toLowerCase() === ".jsonl") {
    const onBytes = options.onBytes
    yield* ingestJsonl(path, basename(path), {
      maxRecordBytes: options.maxFileBytes,
      ...(onBytes ? { onBytes: (done: number) => onBytes(done, info.size) } : {})
    })
    return
  }
  if (!info.isDirectory()) throw new InputNotSupported({ path: input })
  yield* ingestFolder(path, options)
}

async function* ingestFolder(root: string, options: IngestOptions): AsyncGenerator<IngestEvent> {
  const entries = discoverFiles(root)
  const manifestEntry = entries.find((e) => e.relPath === MANIFEST_NAME)
  const inputs = entries.filter((e) => e !== manifestEntry)
  const total = inputs.reduce((sum, e) => sum + (e.kind === "file" ? e.size : 0), 0)
  let done = 0

  if (inputs.some((e) => e.kind === "file" && FORMATS[extname(e.relPath).toLowerCase()] === "html")) await loadHtmlSupport()
  const manifest = readManifest(manifestEntry, inputs, options.maxFileBytes)
  for (const reject of manifest.rejects) yield { kind: "reject", row: reject }

  for (const entry of inputs) {
    if (entry.kind === "reject") {
      yield rejectEvent(entry.relPath, null, entry.reason)
      continue
    }
    const ext = extname(entry.relPath).toLowerCase()
    const format = FORMATS[ext]
    if (format === undefined) {
      const type = ext === "" ? "(no extension)" : ext
      yield rejectEvent(entry.relPath, null, `unsupported file type ${type} (sitrep reads ${READABLE})`)
    } else if (format === "jsonl") {
      const onBytes = options.onBytes
      const before = done
      yield* ingestJsonl(entry.absPath, entry.relPath, {
        maxRecordBytes: options.maxFileBytes,
        ...(onBytes ? { onBytes: (read: number) => onBytes(before + read, total) } : {})
      })
    } else if (entry.size > options.maxFileBytes) {
      yield rejectEvent(entry.relPath, null, tooLarge(entry.size, options.maxFileBytes))
    } else {
      yield* ingestFile(entry.absPath, entry.relPath, format, manifest.entries.get(entry.relPath))
    }
    done += entry.size
    options.onBytes?.(done, total)
  }
}

/** The manifest at the folder root, if any; a manifest that cannot be read is one reject. */
const readManifest = (
  entry: DiscoveredFile | undefined,
  inputs: ReadonlyArray<DiscoveredFile>,
  maxFileBytes: number
): Manifest => {
  const none = (reason: string): Manifest => ({
    entries: new Map(),
    rejects: [{ file: MANIFEST_NAME, line: null, reason: `${reason}; the run continues without the manifest` }]
  })
  if (entry === undefined) return { entries: new Map(), rejects: [] }
  if (entry.kind === "reject") return none(entry.reason)
  if (entry.size > maxFileBytes) return none(tooLarge(entry.size, maxFileBytes))
  let bytes: Uint8Array
  try {
    bytes = readFileSync(entry.absPath)
  } catch (e) {
    return none(`manifest.csv ${cannotRead(e)}`)
  }
  const decoded = decodeBytes(bytes)
  if (!decoded.ok) return none(`manifest.csv cannot be read: ${decoded.reason}`)
  const files = new Map(inputs.map((e) => [e.relPath.normalize("NFC"), e.relPath] as const))
  return parseManifest(decoded.text, files)
}
