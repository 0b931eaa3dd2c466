/**
 * How one value is written into a CSV cell. The CSV is for people and spreadsheets, so:
 * - null is an empty cell; an empty string is `""` (the writer quotes empty strings), so tools
 *   that tell them apart (DuckDB, readr) still can;
 * - booleans are `true`/`false`; string lists are a JSON array (`["a","b"]`);
 * - numbers are plain decimals, never exponent notation (`0.0000001`, not `1e-7`): a cell like
 *   `-1e-7` is not a plain number to a spreadsheet and would be taken for a formula;
 * - spreadsheet formula guard: a text cell that begins with `=`, `+`, `-`, `@`, tab or CR gets
 *   a leading apostrophe. `unguardCsvCell` (and check_outputs.py's `unguard`) undoes it. A text
 *   that itself begins with an apostrophe followed by one of those characters cannot be told
 *   apart from a guarded one in the CSV; the Arrow, Parquet and DuckDB outputs keep the truth.
 */
import type { ColumnType } from "../contracts/TableContract.js"

const FORMULA_START = /^[=+\-@\t\r]/

/** Prefixes an apostrophe when a spreadsheet would run the text as a formula. */
export const guardCsvText = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text)

/** Reverses `guardCsvText`, exactly as check_outputs.py's `unguard` does. */
export const unguardCsvCell = (cell: string): string =>
  (cell[0] === "'" || cell[0] === "\t") && cell.length > 1 && FORMULA_START.test(cell.slice(1, 2)) ? cell.slice(1) : cell

/** A finite number written as a plain decimal that parses back to the same double. */
export const plainDecimal = (x: number): string => {
  const s = String(x)
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s)
  if (m === null) return s
  const [, sign, lead, frac = "", exp] = m
  const digits = lead! + frac
  const point = 1 + Number(exp)
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}

/** The cell text for a value of a column type as DuckDB returns it; null for an empty cell. */
export const csvCell = (type: ColumnType, value: unknown): string | null => {
  if (value === null || value === undefined) return null
  switch (type) {
    case "string":
      return guardCsvText(value as string)
    case "int32":
    case "int64":
      return String(value)
    case "float64":
      // NaN and ±Infinity are not plain numbers; `-Infinity` gets the guard like any text.
      return Number.isFinite(value) ? plainDecimal(value as number) : guardCsvText(String(value))
    case "bool":
      return value ? "true" : "false"
    case "string_list":
      // Starts with `[`, so it never needs the guard.
      return JSON.stringify(value)
  }
}
