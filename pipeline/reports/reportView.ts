import { formatCell } from "./formatCell.js"
import type { ReportResult } from "./ReportResult.js"

/** What both the Markdown and the HTML page show of a report; the CSV has everything. */
export interface ReportView {
  readonly header: ReadonlyArray<string>
  /** Per shown column: right-align it (numbers). */
  readonly alignRight: ReadonlyArray<boolean>
  /** Display text, before escaping and truncation. */
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
  /** Rows of the result that are not shown (0 when all are). */
  readonly hiddenRows: number
}

/** Enough to read a report on one screen; the rest is a click away in the CSV. */
export const MAX_SHOWN_ROWS = 50


/**
 * Formats the rows a page shows. A `transposed` report with one row (a wide summary) turns into
 * one line per column, which reads better than ten columns side by side.
 */
export const reportView = (report: ReportResult): ReportView => {
  const { columns, rows } = report
  if (report.layout === "transposed" && rows.length === 1) {
    const row = rows[0]!
    return {
      header: ["measure", "value"],
      // Mixed values (counts and dates) read best right-aligned, like a column of figures.
      alignRight: [false, true],
      rows: columns.map((column, i) => [column.name, formatCell(row[i] ?? null, column)]),
      hiddenRows: 0
    }
  }
  return {
    header: columns.map((c) => c.name),
    alignRight: columns.map((c) => c.isNumeric),
    rows: rows.slice(0, MAX_SHOWN_ROWS).map((row) => columns.map((column, i) => formatCell(row[i] ?? null, column))),
    hiddenRows: Math.max(0, rows.length - MAX_SHOWN_ROWS)
  }
}
