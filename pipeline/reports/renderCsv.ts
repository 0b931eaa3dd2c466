import { stringify } from "csv-stringify/sync"
import type { Cell, ReportColumn } from "./ReportResult.js"

/** Spreadsheets run a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/

/** Text that a spreadsheet would evaluate gets a leading apostrophe; "-12.5" stays a number. */
const guardFormula = (text: string): string =>
  FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text

const rawText = (cell: Cell): string => {
  if (cell === null) return ""
  if (typeof cell === "string") return guardFormula(cell)
  // Numbers and booleans come from typed columns: written as-is, never guarded.
  return String(cell)
}

/**
 * The full result as RFC 4180 CSV: header line, CRLF line ends, fields quoted when they hold a
 * comma, quote, CR or LF. Values stay raw (no thousands separators) so tools can read them back.
 */
export const renderCsv = (columns: ReadonlyArray<ReportColumn>, rows: ReadonlyArray<ReadonlyArray<Cell>>): string =>
  stringify([columns.map((column) => guardFormula(column.name)), ...rows.map((row) => row.map(rawText))], {
    record_delimiter: "windows",
    // csv-stringify quotes on its own record delimiter only; a lone LF or CR must be quoted too.
    quoted_match: /[\r\n]/
  })
