/**
 * Writes one final table as CSV with DuckDB's COPY: UTF-8 without BOM, RFC 4180 records ending
 * in CRLF, a header of the contract's column names, fields quoted only when needed (delimiter,
 * quote or line break inside), quotes doubled, null as an empty cell and an empty string as `""`.
 * DuckDB's writer runs in C++, several times faster than serializing in JavaScript.
 *
 * Cell text, all done in SQL below: booleans `true`/`false`; string lists as JSON arrays;
 * doubles as plain decimals; and the spreadsheet formula guard, a leading apostrophe before a
 * text that begins with `=`, `+`, `-`, `@`, tab or CR (`csvGuard.ts` undoes it).
 */
import type { ColumnContract, TableContract } from "../contracts/TableContract.js"
import type { TableStore } from "../store/TableStore.js"
import { quoteIdent, quoteLiteral } from "./duckdbDdl.js"

/** A cell starting with one of these would run as a formula in a spreadsheet. */
const GUARDED_STARTS = "('=', '+', '-', '@', chr(9), chr(13))"

const guarded = (expr: string): string => `CASE WHEN left(${expr}, 1) IN ${GUARDED_STARTS} THEN '''' || ${expr} ELSE ${expr} END`

/**
 * A double as a plain decimal that parses back to the same value: DuckDB's shortest text, with
 * exponent notation (`1e-07`, `-1.234e+25`) spelled out by moving the decimal point, because a
 * cell like `-1e-07` is no plain number to a spreadsheet. NaN and ±Infinity are written as
 * JavaScript spells them, `-Infinity` with the guard.
 */
const floatCellSql = (c: string): string => {
  const text = `CAST(${c} AS VARCHAR)`
  const parts = `regexp_extract(${text}, '^(-?)([0-9])(?:[.]([0-9]+))?e([-+][0-9]+)$', ['sign', 'lead', 'frac', 'exp'])`
  // With digits = lead || frac, the decimal point goes after `point` digits.
  const digits = `(${parts}.lead || ${parts}.frac)`
  const point = `(1 + CAST(${parts}.exp AS INTEGER))`
  const spelled =
    `CASE WHEN ${point} <= 0 THEN ${parts}.sign || '0.' || repeat('0', -${point}) || ${digits} ` +
    `WHEN ${point} >= length(${digits}) THEN ${parts}.sign || ${digits} || repeat('0', ${point} - length(${digits})) ` +
    `ELSE ${parts}.sign || left(${digits}, ${point}) || '.' || substr(${digits}, ${point} + 1) END`
  const infinity = `'''-Infinity'`
  return (
    `CASE WHEN isnan(${c}) THEN 'NaN' WHEN isinf(${c}) AND ${c} > 0 THEN 'Infinity' WHEN isinf(${c}) THEN ${infinity} ` +
    `WHEN contains(${text}, 'e') THEN ${spelled} ELSE ${text} END`
  )
}

/** The SQL expression for one column's cell text. */
export const csvCellSql = (col: ColumnContract): string => {
  const c = quoteIdent(col.name)
  switch (col.type) {
    case "string":
      return `${guarded(c)} AS ${c}`
    case "int32":
    case "int64":
    case "bool":
      return c
    case "float64":
      return `${floatCellSql(c)} AS ${c}`
    case "string_list":
      // A JSON array starts with `[`, so it never needs the guard.
      return `CAST(to_json(${c}) AS VARCHAR) AS ${c}`
  }
}

export const writeCsv = async (store: TableStore, contract: TableContract<unknown>, path: string): Promise<void> => {
  // A plain scan of the sorted final table: `exportTable` runs it with one thread, in order.
  await store.run(
    `COPY (SELECT ${contract.columns.map(csvCellSql).join(", ")} FROM ${quoteIdent(contract.name)})\n` +
      `TO ${quoteLiteral(path)} (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '"', ESCAPE '"', NEW_LINE '\\r\\n', NULLSTR '')`
  )
}
