/**
 * Exports one final table (see `TableStore.finalize`) to `<name>.arrow`, `<name>.csv` and
 * `<name>.parquet` in `outDir`. Arrow and CSV are written in one pass over a DuckDB streaming
 * result, a chunk (≤ 2048 rows) at a time, so memory does not grow with the table; Parquet
 * is DuckDB's own COPY. The same rows always give the same bytes in all three files.
 */
import { stat } from "node:fs/promises"
import { join } from "node:path"
import type { TableContract } from "../contracts/TableContract.js"
import type { TableStore } from "../store/TableStore.js"
import { ArrowTableWriter } from "./ArrowTableWriter.js"
import { CsvTableWriter } from "./CsvTableWriter.js"
import { columnListSql, quoteIdent } from "./duckdbDdl.js"
import { outputError } from "./OutputError.js"
import { readChunk } from "./readChunk.js"
import { writeParquet } from "./writeParquet.js"

export interface ExportedTable {
  readonly table: string
  readonly rows: number
  /** Path and size of each file written. */
  readonly files: ReadonlyArray<{ readonly path: string; readonly bytes: number }>
}

export const exportTable = async (
  store: TableStore,
  contract: TableContract<unknown>,
  outDir: string
): Promise<ExportedTable> => {
  const base = join(outDir, contract.name)
  const paths = [`${base}.arrow`, `${base}.csv`, `${base}.parquet`] as const
  let rows = 0
  const arrow = ArrowTableWriter.open(paths[0], contract)
  const csv = CsvTableWriter.open(paths[1], contract)
  try {
    // Sorted again on the way out (the final table is stored sorted, but a scan's order is
    // only a setting away from changing): the key order is what makes outputs diffable.
    const result = await store.stream(
      // Sorted at finalize; a plain scan keeps insertion order (preserve_insertion_order).
      `SELECT ${columnListSql(contract)} FROM ${quoteIdent(contract.name)}`
    )
    for (;;) {
      const chunk = await result.fetchChunk()
      if (chunk === null || chunk.rowCount === 0) break
      const columns = readChunk(chunk, contract)
      await arrow.write(columns, chunk.rowCount)
      await csv.write(columns, chunk.rowCount)
      rows += chunk.rowCount
    }
    await arrow.close()
    await csv.close()
  } catch (cause) {
    arrow.abort()
    csv.abort()
    throw outputError(`exporting table ${contract.name}`, outDir, "see the cause; the run's staging folder is discarded and the previous outputs stay", cause)
  }
  try {
    await writeParquet(store, contract, paths[2])
  } catch (cause) {
    throw outputError(`writing ${contract.name}.parquet`, paths[2], "see the cause (disk space, permissions)", cause)
  }
  const files = await Promise.all(paths.map(async (path) => ({ path, bytes: (await stat(path)).size })))
  return { table: contract.name, rows, files }
}
