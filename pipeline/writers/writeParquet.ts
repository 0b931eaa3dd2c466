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
import { columnListSql, orderBySql, quoteIdent, quoteLiteral } from "./duckdbDdl.js"

/** DuckDB's default, pinned so that a future default cannot change the bytes. */
const ROW_GROUP_SIZE = 122_880

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
  await store.run("SET threads = 1")
  try {
    await store.run(
      `COPY (SELECT ${columnListSql(contract)} FROM ${quoteIdent(contract.name)} ORDER BY ${orderBySql(contract)})\n` +
        `TO ${quoteLiteral(path)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE}, KV_METADATA {${metadata}})`
    )
  } finally {
    await store.run(`SET threads = ${threads}`)
  }
}
