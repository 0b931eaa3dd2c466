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
import { outputError } from "./OutputError.js"
import { columnGroupsSql, readColumnGroups } from "./readColumnGroups.js"
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
    // Groups of rows in storage order, which is the key order; see `exportTable` for the order.
    const result = await store.stream(columnGroupsSql(contract))
    for await (const group of readColumnGroups(result, contract)) {
      await arrow.write(group.columns, group.rows)
      rows += group.rows
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
  // Every writer reads the final table (stored in key order) with a plain scan. With one DuckDB
  // thread a scan returns rows in storage order, so no writer needs to sort again: a sort per
  // writer would cost time, and three concurrent sorts of a large text table overran the store's
  // memory limit. (With several threads DuckDB's CSV writer was seen to interleave rows.)
  // The writers still run side by side: Arrow here in JavaScript, CSV and Parquet in DuckDB.
  const [setting] = await store.query("SELECT current_setting('threads') AS threads")
  await store.run("SET threads = 1")
  // Both sides finish (or fail) before this returns: a failure on one must not leave the other
  // still writing while the caller closes the database.
  const [arrow, duck] = await Promise.allSettled([
    writeArrow(store, contract, paths[0], outDir),
    writeWithDuckdb(store, contract, paths[1], paths[2])
  ])
  await store.run(`SET threads = ${Number(setting?.["threads"] ?? 1)}`)
  if (arrow.status === "rejected") throw arrow.reason
  if (duck.status === "rejected") throw duck.reason
  const rows = arrow.value
  const files = await Promise.all(paths.map(async (path) => ({ path, bytes: (await stat(path)).size })))
  return { table: contract.name, rows, files }
}
