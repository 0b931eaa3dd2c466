/**
 * Reads one DuckDB result chunk into plain JS columns (column-major), typed per the contract:
 * VARCHAR → string, INTEGER/DOUBLE → number, BIGINT → bigint, BOOLEAN → boolean,
 * VARCHAR[] → string[]; null stays null. One chunk is at most 2048 rows, so this is the unit
 * of memory the exporter holds.
 */
import type { DuckDBDataChunk, DuckDBListValue } from "@duckdb/node-api"
import type { TableContract } from "../contracts/TableContract.js"

export const readChunk = (chunk: DuckDBDataChunk, contract: TableContract<unknown>): unknown[][] => {
  const n = chunk.rowCount
  return contract.columns.map((col, c) => {
    const vector = chunk.getColumnVector(c)
    const out = new Array<unknown>(n)
    if (col.type === "string_list") {
      for (let r = 0; r < n; r++) {
        const list = vector.getItem(r) as DuckDBListValue | null
        out[r] = list === null ? null : (list.items as string[])
      }
    } else {
      for (let r = 0; r < n; r++) out[r] = vector.getItem(r)
    }
    return out
  })
}
