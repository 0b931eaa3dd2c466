/**
 * Writes one table as an Arrow IPC *file* (random-access format, with footer) incrementally:
 * rows are gathered into record batches of at most 65,536 rows or 32 MiB of text, and each
 * batch goes to disk before the next is built, so memory stays at one batch.
 *
 * Batches are cut by row count and text bytes only (never by how DuckDB happened to chunk its
 * result), so the same rows give the same bytes.
 */
import { createWriteStream, type WriteStream } from "node:fs"
import { finished } from "node:stream/promises"
import { AsyncByteQueue, makeData, RecordBatch, RecordBatchFileWriter, Struct, type Schema } from "apache-arrow"
import type { TableContract } from "../contracts/TableContract.js"
import { makeAccumulator, Utf8Run, type ColumnAccumulator, type ColumnValues } from "./arrowColumns.js"
import { arrowSchema } from "./arrowSchema.js"
import { waitForDrain } from "./waitForDrain.js"

export const BATCH_MAX_ROWS = 65_536
export const BATCH_MAX_TEXT_BYTES = 32 * 1024 * 1024

/**
 * The writer's byte sink. apache-arrow queues its output for an async reader; taking the bytes
 * synchronously instead lets us write each batch to the file and honour the file's backpressure.
 */
class PendingBytes extends AsyncByteQueue {
  pending: Uint8Array[] = []
  override write(value: Parameters<AsyncByteQueue["write"]>[0]): void {
    if (!(value instanceof Uint8Array)) throw new TypeError("Arrow writer produced a non-byte chunk")
    this.pending.push(value)
  }
}

export class ArrowTableWriter {
  private readonly columns: ReadonlyArray<ColumnAccumulator>
  private rows = 0
  private readonly done: Promise<void>

  private constructor(
    private readonly schema: Schema,
    private readonly writer: RecordBatchFileWriter,
    private readonly sink: PendingBytes,
    private readonly file: WriteStream,
    contract: TableContract<unknown>
  ) {
    this.columns = contract.columns.map(makeAccumulator)
    this.done = finished(file)
    // Surfaced by write()/close(); this only keeps an early failure from being "unhandled".
    this.done.catch(() => undefined)
  }

  static open(path: string, contract: TableContract<unknown>): ArrowTableWriter {
    const schema = arrowSchema(contract)
    const sink = new PendingBytes()
    const writer = new RecordBatchFileWriter()
    // Starts the file (magic + schema) even if no batch follows: an empty table is still a
    // valid .arrow file with its schema.
    writer.reset(sink, schema)
    return new ArrowTableWriter(schema, writer, sink, createWriteStream(path), contract)
  }

  /** Adds rows [0, n) of column-major values (as `readColumnGroups` gives them). */
  async write(columns: ReadonlyArray<ColumnValues>, n: number): Promise<void> {
    const k = this.columns.length
    for (let r = 0; r < n; r++) {
      let text = 0
      for (let c = 0; c < k; c++) {
        const acc = this.columns[c]!
        const values = columns[c]!
        if (values instanceof Utf8Run) acc.pushUtf8(values, r)
        else acc.push(values[r])
        text += acc.dataBytes
      }
      this.rows++
      if (this.rows >= BATCH_MAX_ROWS || text >= BATCH_MAX_TEXT_BYTES) await this.flushBatch()
    }
  }

  private async flushBatch(): Promise<void> {
    if (this.rows === 0) return
    const children = this.columns.map((acc) => acc.finish())
    const data = makeData({ type: new Struct(this.schema.fields), length: this.rows, nullCount: 0, children })
    this.writer.write(new RecordBatch(this.schema, data))
    this.rows = 0
    await this.drainToFile()
  }

  private async drainToFile(): Promise<void> {
    const chunks = this.sink.pending
    this.sink.pending = []
    for (const chunk of chunks) {
      this.file.write(chunk)
      await waitForDrain(this.file, this.done)
    }
  }

  /** Writes the last batch and the footer, and closes the file. */
  async close(): Promise<void> {
    await this.flushBatch()
    // close() writes the footer (schema again plus the block index) through the sink.
    this.writer.close()
    await this.drainToFile()
    this.file.end()
    await this.done
  }

  /** Gives up after a failure elsewhere; the partial file is left for the staging cleanup. */
  abort(): void {
    this.file.destroy()
  }
}
