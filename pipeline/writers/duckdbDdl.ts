/**
 * DuckDB DDL derived from a table contract: the one place that maps logical column types to
 * DuckDB types and quotes names and literals for SQL that cannot take bound parameters (DDL,
 * COMMENT ON, COPY … TO). Values in ordinary queries are bound, never pasted.
 */
import type { ColumnContract, ColumnType, TableContract } from "../contracts/TableContract.js"

const DUCKDB_TYPES: Readonly<Record<ColumnType, string>> = {
  string: "VARCHAR",
  int32: "INTEGER",
  int64: "BIGINT",
  float64: "DOUBLE",
  bool: "BOOLEAN",
  string_list: "VARCHAR[]"
}

/** DuckDB type of a column, as written in DDL and in the data dictionary. */
export const duckdbType = (column: ColumnContract): string => DUCKDB_TYPES[column.type]

/** Quotes an identifier; `start`, `end`, `text` and friends are keywords in some positions. */
export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`

/** Quotes a string literal for statements that cannot bind parameters. */
export const quoteLiteral = (value: string): string => `'${value.replaceAll("'", "''")}'`

/** A table name, quoted, optionally inside an attached database. */
export const qualifiedName = (tableName: string, database?: string): string =>
  database === undefined ? quoteIdent(tableName) : `${quoteIdent(database)}.${quoteIdent(tableName)}`

/** `CREATE TABLE` for a contract under the given table name (staging or final). */
export const createTableSql = (contract: TableContract<unknown>, tableName: string, database?: string): string => {
  const columns = contract.columns.map(
    (c) => `  ${quoteIdent(c.name)} ${duckdbType(c)}${c.nullable ? "" : " NOT NULL"}`
  )
  return `CREATE TABLE ${qualifiedName(tableName, database)} (\n${columns.join(",\n")}\n)`
}

/** `COMMENT ON` statements carrying the contract's descriptions into the database catalog. */
export const commentSql = (contract: TableContract<unknown>, tableName: string, database?: string): ReadonlyArray<string> => [
  `COMMENT ON TABLE ${qualifiedName(tableName, database)} IS ${quoteLiteral(`${contract.description} Grain: ${contract.grain}.`)}`,
  ...contract.columns.map(
    (c) => `COMMENT ON COLUMN ${qualifiedName(tableName, database)}.${quoteIdent(c.name)} IS ${quoteLiteral(c.description)}`
  )
]

/**
 * ORDER BY list giving a total order: the key first, then every other column, so that rows
 * with equal keys (a contract bug the store reports, but also tied rows in a caller's select)
 * still come out in the same order on every run and with any thread count.
 */
export const orderBySql = (contract: TableContract<unknown>): string => {
  const rest = contract.columns.map((c) => c.name).filter((n) => !contract.key.includes(n))
  return [...contract.key, ...rest].map((n) => `${quoteIdent(n)} ASC NULLS FIRST`).join(", ")
}

/**
 * ORDER BY over the key alone: a total order once the key is known to be unique, and much
 * cheaper than `orderBySql` for tables with long text, whose text would otherwise be sorted on.
 */
export const keyOrderSql = (contract: TableContract<unknown>): string =>
  contract.key.length === 0 ? orderBySql(contract) : contract.key.map((n) => `${quoteIdent(n)} ASC NULLS FIRST`).join(", ")

/** Column list in contract order, quoted. */
export const columnListSql = (contract: TableContract<unknown>): string =>
  contract.columns.map((c) => quoteIdent(c.name)).join(", ")
