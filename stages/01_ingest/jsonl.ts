/**
 * Reads a JSONL file one record at a time, in line order, without ever holding more than one
 * line (and one read chunk) in memory: corpora run to tens of thousands of articles.
 *
 * Lines are split on bytes, not on decoded text, so that each line is decoded on its own: one
 * record written in Windows-1252 by an old exporter costs that record its UTF-8 label, not the
 * whole file. A line over the size limit is skipped as it streams past, never assembled.
 */
import { createReadStream } from "node:fs"
import { isUtf8 } from "node:buffer"
import iconv from "iconv-lite"
import { formatSize } from "./formatSize.js"
import { cannotRead } from "./readError.js"
import { sniffUtf16 } from "./sniffUtf16.js"

export type JsonlItem =
  | {
      readonly kind: "record"
      /** 1-based line number. */
      readonly line: number
      readonly value: unknown
      readonly encoding: string
    }
  | { readonly kind: "reject"; readonly line: number | null; readonly reason: string }

export interface JsonlReadOptions {
  /** A record (line) longer than this is rejected without being read. */
  readonly maxRecordBytes: number
  /** Called with the bytes read so far, after each chunk. */
  readonly onBytes?: (bytesRead: number) => void
}

const NEWLINE = 0x0a
const CHUNK_BYTES = 1 << 20

/** Decodes and parses one line (without its newline); null for blank lines, which are skipped. */
const parseLine = (bytes: Buffer, line: number): JsonlItem | null => {
  let end = bytes.length
  if (end > 0 && bytes[end - 1] === 0x0d) end-- // CRLF files
  let start = 0
  if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3 // UTF-8 BOM
  const slice = bytes.subarray(start, end)
  // JSONL is UTF-8 by definition; a line that is not is most likely Windows-1252.
  const utf8 = isUtf8(slice)
  const text = utf8 ? slice.toString("utf8") : iconv.decode(slice, "windows-1252")
  if (!/\S/.test(text)) return null // blank line; a regex test does not copy the line like trim() would
  try {
    return { kind: "record", line, value: JSON.parse(text), encoding: utf8 ? "utf-8" : "windows-1252" }
  } catch (e) {
    return { kind: "reject", line, reason: `malformed JSON: ${e instanceof Error ? e.message : String(e)}` }
  }
}

/** Yields every non-blank line of `path` as a parsed record or a reject, in line order. */
export async function* readJsonl(path: string, options: JsonlReadOptions): AsyncGenerator<JsonlItem> {
  const { maxRecordBytes } = options
  let line = 1
  let pending: Buffer[] = []
  let pendingBytes = 0
  // Set while streaming past the rest of an oversized line.
  let oversized = false
  let bytesRead = 0
  let first = true

  const tooLong = (size: number): JsonlItem => ({
    kind: "reject",
    line,
    reason: `record is ${formatSize(size)}, over the limit of ${formatSize(maxRecordBytes)} per record; raise --max-file-mb to read it`
  })

  const chunks = (createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>)[Symbol.asyncIterator]()
  try {
    for (;;) {
      // Only the read itself is guarded: a file that cannot be opened (or fails mid-way) is one
      // reject for the file, after whatever records were read before the failure.
      let next: IteratorResult<Buffer>
      try {
        next = await chunks.next()
      } catch (e) {
        yield { kind: "reject", line: null, reason: cannotRead(e) }
        return
      }
      if (next.done === true) break
      const chunk = next.value
      if (first) {
        first = false
        // A UTF-16 file cannot be split on 0x0A bytes; say so instead of producing garbage.
        if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff) || sniffUtf16(chunk) !== null) {
          yield { kind: "reject", line: null, reason: "JSONL file is UTF-16; JSONL must be UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8)" }
          return
        }
      }
      bytesRead += chunk.length
      let start = 0
      for (let nl = chunk.indexOf(NEWLINE, start); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
        const size = pendingBytes + (nl - start)
        let item: JsonlItem | null
        if (oversized || size > maxRecordBytes) item = tooLong(size)
        else if (pending.length === 0) item = parseLine(chunk.subarray(start, nl), line)
        else item = parseLine(Buffer.concat([...pending, chunk.subarray(start, nl)]), line)
        pending = []
        pendingBytes = 0
        oversized = false
        if (item !== null) yield item
        line++
        start = nl + 1
      }
      if (start < chunk.length) {
        pendingBytes += chunk.length - start
        if (pendingBytes > maxRecordBytes) {
          oversized = true
          pending = []
        } else pending.push(chunk.subarray(start))
      }
      options.onBytes?.(bytesRead)
    }
  } finally {
    // Closes the file also when the consumer stops early.
    await chunks.return?.()
  }
  if (pendingBytes > 0) {
    const item = oversized || pendingBytes > maxRecordBytes ? tooLong(pendingBytes) : parseLine(Buffer.concat(pending), line)
    if (item !== null) yield item
  }
}
