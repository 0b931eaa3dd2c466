/**
 * The shapes a report passes through: its parsed `.sql` file, then its result. Kept together
 * because every renderer reads all of them.
 */

/** One value of a result, already converted from DuckDB: BIGINT/HUGEINT stay `bigint` (exact). */
export type Cell = null | boolean | number | bigint | string

export interface ReportColumn {
  readonly name: string
  /** DuckDB's type name, e.g. `BIGINT`, `VARCHAR`, `DATE`. */
  readonly type: string
  /** True for integer, floating and decimal types: formatted with separators and right-aligned. */
  readonly isNumeric: boolean
}

/** `bar`: vertical bars (time on x); `hbar`: horizontal bars (long category labels); `line`. */
export type ChartKind = "bar" | "hbar" | "line"

/** Parsed from `-- chart: <kind> x=<column> y=<column>`. */
export interface ChartSpec {
  readonly kind: ChartKind
  readonly x: string
  readonly y: string
}

/** `transposed` shows a one-row result as one line per column (for wide summary rows). */
export type ReportLayout = "table" | "transposed"

/** A report file with its header comment parsed. */
export interface ReportSql {
  /** File name without `.sql`; names the CSV file and the HTML anchor. */
  readonly name: string
  /** Path of the `.sql` file as it was read. */
  readonly file: string
  readonly title: string
  readonly purpose: string
  readonly grain: string
  readonly chart: ChartSpec | null
  readonly layout: ReportLayout
  readonly sql: string
}

/** A report after it ran: every row is kept; renderers cap what they show. */
export interface ReportResult extends ReportSql {
  readonly columns: ReadonlyArray<ReportColumn>
  readonly rows: ReadonlyArray<ReadonlyArray<Cell>>
  /** Where the full result was written as CSV. */
  readonly csvPath: string
}
