/**
 * Exports one final table (see `TableStore.finalize`) to `<name>.arrow`, `<name>.csv` and
 * `<name>.parquet` in `outDir`. Arrow is written here, in one pass over a DuckDB streaming
 * result, a chunk (≤ 2048 rows) at a time, so memory does not grow with the table. CSV and
 * Parquet are DuckDB's own COPY, run on a second connection at the same time, so the C++
 * writers work while JavaScript builds the Arrow batches. The same rows always give the same
 * bytes in all three files.
 */
import { stat } from "node:fs/promises"
import { join } from "node:path"
import type { TableContract } from "../contracts/TableContract.js"
import type { TableStore } from "../store/TableStore.js"
import { ArrowTableWriter } from "./ArrowTableWriter.js"
import { columnListSql, keyOrderSql, quoteIdent } from "./duckdbDdl.js"
import { outputError } from "./OutputError.js"
import { readChunk } from "./readChunk.js"
import { writeCsv } from "./writeCsv.js"
import { writeParquet } from "./writeParquet.js"

export interface ExportedTable {
  readonly table: string
  readonly rows: number
  /** Path and size of each file written. */
  readonly files: ReadonlyArray<{ readonly path: string; readonly bytes: number }>
}

const writeArrow = async (store: TableStore, contract: TableContract<unknown>, path: string, outDir: string): Promise<number> => {
  let rows = 0
  const arrow = ArrowTableWriter.open(path, contract)
  try {
    // ORDER BY the key, although the final table is stored sorted: the order of the output must
    // not rest on how DuckDB schedules a scan (see writeCsv).
    const result = await store.stream(`SELECT ${columnListSql(contract)} FROM ${quoteIdent(contract.name)} ORDER BY ${keyOrderSql(contract)}`)
    for (;;) {
      const chunk = await result.fetchChunk()
      if (chunk === null || chunk.rowCount === 0) break
      await arrow.write(readChunk(chunk, contract), chunk.rowCount)
      rows += chunk.rowCount
    }
    await arrow.close()
    return rows
  } catch (cause) {
    arrow.abort()
    throw outputError(`exporting table ${contract.name}`, outDir, "see the cause; the run's staging folder is discarded and the previous outputs stay", cause)
  }
}

const writeWithDuckdb = async (store: TableStore, contract: TableContract<unknown>, csvPath: string, parquetPath: string): Promise<void> => {
  const side = await store.fork()
  try {
    try {
      await writeCsv(side, contract, csvPath)
    } catch (cause) {
      throw outputError(`writing ${contract.name}.csv`, csvPath, "see the cause (disk space, permissions)", cause)
    }
    try {
      await writeParquet(side, contract, parquetPath)
    } catch (cause) {
      throw outputError(`writing ${contract.name}.parquet`, parquetPath, "see the cause (disk space, permissions)", cause)
    }
  } finally {
    await side.close()
  }
}

export const exportTable = async (
  store: TableStore,
  contract: TableContract<unknown>,
  outDir: string
): Promise<ExportedTable> => {
  const base = join(outDir, contract.name)
  const paths = [`${base}.arrow`, `${base}.csv`, `${base}.parquet`] as const
  // Both sides finish (or fail) before this returns: a failure on one must not leave the other
  // still writing while the caller closes the database.
  const [arrow, duck] = await Promise.allSettled([
    writeArrow(store, contract, paths[0], outDir),
    writeWithDuckdb(store, contract, paths[1], paths[2])
  ])
  if (arrow.status === "rejected") throw arrow.reason
  if (duck.status === "rejected") throw duck.reason
  const rows = arrow.value
  const files = await Promise.all(paths.map(async (path) => ({ path, bytes: (await stat(path)).size })))
  return { table: contract.name, rows, files }
}
