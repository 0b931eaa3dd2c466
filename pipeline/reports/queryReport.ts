import type { DuckDBConnection, DuckDBValue } from "@duckdb/node-api"
import { DuckDBTypeId, StatementType } from "../store/duckdb.js"
import { ReportFailed } from "./ReportFailed.js"
import type { Cell, ReportColumn, ReportSql } from "./ReportResult.js"

const NUMERIC_TYPES: ReadonlySet<DuckDBTypeId> = new Set([
  DuckDBTypeId.TINYINT,
  DuckDBTypeId.SMALLINT,
  DuckDBTypeId.INTEGER,
  DuckDBTypeId.BIGINT,
  DuckDBTypeId.HUGEINT,
  DuckDBTypeId.UTINYINT,
  DuckDBTypeId.USMALLINT,
  DuckDBTypeId.UINTEGER,
  DuckDBTypeId.UBIGINT,
  DuckDBTypeId.UHUGEINT,
  DuckDBTypeId.BIGNUM,
  DuckDBTypeId.FLOAT,
  DuckDBTypeId.DOUBLE,
  DuckDBTypeId.DECIMAL
])

/**
 * Plain JS values pass through (integers wider than 32 bits arrive as `bigint` and stay exact).
 * DECIMAL becomes a double: reports round for display, not for accounting. Every other DuckDB
 * value (DATE, TIMESTAMP, lists, structs…) becomes DuckDB's own text form, e.g. `2013-11-20`.
 */
const toCell = (value: DuckDBValue, typeId: DuckDBTypeId): Cell => {
  if (value === null || typeof value !== "object") return value
  const text = String(value)
  return typeId === DuckDBTypeId.DECIMAL ? Number(text) : text
}

/** Comments and semicolons only: DuckDB's statement splitter fails without a useful message then. */
const hasNoStatement = (sql: string): boolean =>
  sql.replace(/\/\*[\s\S]*?\*\//g, "").replace(/--[^\n]*/g, "").replace(/[\s;]/g, "") === ""

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** Runs the single SELECT of a report and converts its result; any problem names the file. */
export const queryReport = async (
  connection: DuckDBConnection,
  report: ReportSql
): Promise<{ readonly columns: ReadonlyArray<ReportColumn>; readonly rows: ReadonlyArray<ReadonlyArray<Cell>> }> => {
  const fail = (cause: string) => new ReportFailed({ file: report.file, cause })
  if (hasNoStatement(report.sql)) throw fail("the file holds no query; write one SELECT after the header")
  let extracted
  try {
    extracted = await connection.extractStatements(report.sql)
  } catch (error) {
    throw fail(messageOf(error))
  }
  // One query per file keeps "one file = one table" true for the CSV and the index.
  if (extracted.count !== 1) {
    throw fail(`expected exactly one query, found ${extracted.count} statements; split them into separate files`)
  }
  let reader
  try {
    const prepared = await extracted.prepare(0)
    try {
      if (prepared.statementType !== StatementType.SELECT) {
        throw fail("a report must be a SELECT (or WITH … SELECT) query; it only reads the final tables")
      }
      reader = await prepared.runAndReadAll()
    } finally {
      prepared.destroySync()
    }
  } catch (error) {
    if (error instanceof ReportFailed) throw error
    throw fail(messageOf(error))
  }
  const types = reader.columnTypes()
  const columns = reader.columnNames().map((name, i): ReportColumn => {
    const type = types[i]!
    return { name, type: type.toString(), isNumeric: NUMERIC_TYPES.has(type.typeId) }
  })
  const typeIds = types.map((type) => type.typeId)
  const rows = reader.getRows().map((row) => row.map((value, i) => toCell(value, typeIds[i]!)))
  return { columns, rows }
}
