/**
 * Writes one table as CSV with csv-stringify, streamed to the file a chunk at a time: UTF-8
 * without BOM, RFC 4180 records ending in CRLF (line breaks inside text stay as they are,
 * inside quotes), a header of the contract's column names, fields quoted only when needed,
 * quotes doubled. Cell text comes from `csvCell` (nulls, booleans, lists, numbers, guard).
 *
 * Each ≤ 2048-row chunk goes through csv-stringify's sync API and the text is written to a
 * file stream with backpressure: memory stays at one chunk, and it is ~3 µs/row cheaper than
 * pushing every record through csv-stringify's Transform stream (measured: 5.6 s vs 2-3 s
 * for 1M rows), with byte-identical output.
 */
import { createWriteStream, type WriteStream } from "node:fs"
import { finished } from "node:stream/promises"
import { stringify, type Options } from "csv-stringify/sync"
import type { ColumnType, TableContract } from "../contracts/TableContract.js"
import { csvCell } from "./csvCell.js"
import { waitForDrain } from "./waitForDrain.js"

const quoteEmpty = { value: "", quoted_empty: true }

export class CsvTableWriter {
  private readonly types: ReadonlyArray<ColumnType>
  private readonly options: Options
  private readonly done: Promise<void>

  private constructor(
    private readonly file: WriteStream,
    contract: TableContract<unknown>
  ) {
    this.types = contract.columns.map((c) => c.type)
    this.options = {
      columns: contract.columns.map((c) => c.name),
      header: false,
      bom: false,
      record_delimiter: "\r\n",
      // With a custom record delimiter csv-stringify would stop quoting a lone "\n" or "\r";
      // text cells hold paragraph breaks, so keep quoting them.
      quote_record_delimiter: true,
      // An empty string is written `""` so that it differs from null (a bare empty cell).
      // Only empty strings take this slower per-cell path; `quoted_match: /^$/` would cost a
      // regex on every cell.
      cast: { string: (value) => (value === "" ? quoteEmpty : value) },
      // The guard is csvCell's (it matches check_outputs.py's unguard), not csv-stringify's.
      escape_formulas: false
    }
    this.done = finished(file)
    // Surfaced by write()/close(); this only keeps an early failure from being "unhandled".
    this.done.catch(() => undefined)
    // The header, even for a table with no rows.
    file.write(stringify([contract.columns.map((c) => c.name)], { ...this.options, cast: {} }))
  }

  static open(path: string, contract: TableContract<unknown>): CsvTableWriter {
    return new CsvTableWriter(createWriteStream(path), contract)
  }

  /** Writes rows [0, n) of column-major values (as `readChunk` gives them). */
  async write(columns: ReadonlyArray<ReadonlyArray<unknown>>, n: number): Promise<void> {
    const k = this.types.length
    const records = new Array<Array<string | null>>(n)
    for (let r = 0; r < n; r++) {
      const record = new Array<string | null>(k)
      for (let c = 0; c < k; c++) record[c] = csvCell(this.types[c]!, columns[c]![r])
      records[r] = record
    }
    this.file.write(stringify(records, this.options))
    await waitForDrain(this.file, this.done)
  }

  /** Ends the CSV and closes the file. */
  async close(): Promise<void> {
    this.file.end()
    await this.done
  }

  /** Gives up after a failure elsewhere; the partial file is left for the staging cleanup. */
  abort(): void {
    this.file.destroy()
  }
}
