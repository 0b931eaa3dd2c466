/**
 * Writes one final table as Parquet with DuckDB's COPY, sorted by the contract key.
 *
 * Determinism: the COPY runs with `threads = 1` and a fixed ROW_GROUP_SIZE. With several
 * threads DuckDB 1.5 happened to give identical bytes in our tests too, but row-group
 * boundaries of a parallel COPY are not a documented guarantee; one thread costs ~1.5× on
 * this step and makes the bytes depend on the rows alone.
 */
import type { TableContract } from "../contracts/TableContract.js"
import type { TableStore } from "../store/TableStore.js"
import { columnListSql, quoteIdent, quoteLiteral } from "./duckdbDdl.js"

/** DuckDB's default row-group size, the most rows a group gets; pinned so a new default cannot change the bytes. */
const MAX_ROW_GROUP_ROWS = 122_880
const MIN_ROW_GROUP_ROWS = 1_024
/**
 * The Parquet writer holds a whole row group in memory. A group of 122,880 article texts would be
 * hundreds of MB, over the store's memory limit, so text-heavy tables get fewer rows per group.
 */
const TARGET_ROW_GROUP_BYTES = 16 * 1024 * 1024

/** Rows per group from the table's average row size: a function of the data alone, so still deterministic. */
const rowGroupRows = async (store: TableStore, contract: TableContract<unknown>): Promise<number> => {
  const sizes = contract.columns
    .map((c) => `coalesce(strlen(CAST(${quoteIdent(c.name)} AS VARCHAR)), 0)`)
    .join(" + ")
  const [row] = await store.query(`SELECT coalesce(avg(${sizes}), 0) AS bytes FROM ${quoteIdent(contract.name)}`)
  const avgBytes = Math.max(1, Number(row?.["bytes"] ?? 0))
  return Math.max(MIN_ROW_GROUP_ROWS, Math.min(MAX_ROW_GROUP_ROWS, Math.floor(TARGET_ROW_GROUP_BYTES / avgBytes)))
}

export const writeParquet = async (store: TableStore, contract: TableContract<unknown>, path: string): Promise<void> => {
  const [setting] = await store.query("SELECT current_setting('threads') AS threads")
  const threads = Number(setting?.["threads"] ?? 1)
  const metadata = [
    ["table", contract.name],
    ["description", contract.description],
    ["grain", contract.grain],
    ["key", JSON.stringify(contract.key)]
  ]
    .map(([k, v]) => `${quoteIdent(k!)}: ${quoteLiteral(v!)}`)
    .join(", ")
  const groupRows = await rowGroupRows(store, contract)
  await store.run("SET threads = 1")
  try {
    await store.run(
      // The final table was created sorted, and preserve_insertion_order keeps a plain scan in
      // that order: no second sort, which would cost time and memory on large tables.
      `COPY (SELECT ${columnListSql(contract)} FROM ${quoteIdent(contract.name)})\n` +
        `TO ${quoteLiteral(path)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${groupRows}, KV_METADATA {${metadata}})`
    )
  } finally {
    await store.run(`SET threads = ${threads}`)
  }
}
