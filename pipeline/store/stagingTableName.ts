import { quoteIdent } from "../writers/duckdbDdl.js"

/**
 * The quoted name of a table's staging table, ready to paste into SQL. In a file of its own so
 * that code which only names tables (stage plans, worker threads) does not load DuckDB.
 */
export const stagingTableName = (table: string): string => quoteIdent(`_stage_${table}`)
