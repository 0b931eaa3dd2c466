/**
 * The spreadsheet formula guard of sitrep's CSV files (written in SQL by `writeCsv`): a text
 * cell that begins with `=`, `+`, `-`, `@`, tab or CR gets a leading apostrophe. This undoes
 * it, exactly as the contract checker's `unguard` does. A text that itself begins with an
 * apostrophe followed by one of those characters cannot be told apart from a guarded one in the
 * CSV; the Arrow, Parquet and DuckDB outputs keep the true text.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export const unguardCsvCell = (cell: string): string =>
  (cell[0] === "'" || cell[0] === "\t") && cell.length > 1 && FORMULA_START.test(cell.slice(1, 2)) ? cell.slice(1) : cell
