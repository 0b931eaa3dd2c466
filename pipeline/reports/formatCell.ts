import type { Cell, ReportColumn } from "./ReportResult.js"

// A fixed locale keeps the output identical on every machine, whatever LANG says.
const GROUPED = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 })
const SMALL = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 3 })
const PLAIN = new Intl.NumberFormat("en-US", { useGrouping: false, maximumFractionDigits: 2 })

/** Years and ids are numbers nobody adds up: "2,013" would only confuse. */
const isUngrouped = (column: ReportColumn): boolean => /(^|_)(year|id)$/i.test(column.name)

/** A number as people read it: `1,234,567`, `3.14`, `0.00123`. */
export const formatNumber = (value: number | bigint, grouped = true): string => {
  if (typeof value === "bigint") return (grouped ? GROUPED : PLAIN).format(value)
  if (!Number.isFinite(value)) return String(value)
  // Below 1 the first digits are the information; two decimals would show 0.0012 as 0.
  if (!Number.isInteger(value) && Math.abs(value) < 1) return SMALL.format(value)
  return (grouped ? GROUPED : PLAIN).format(value)
}

/** Display text of a cell for Markdown and HTML; CSV keeps the raw value instead. */
export const formatCell = (cell: Cell, column: ReportColumn): string => {
  if (cell === null) return ""
  if (typeof cell === "number" || typeof cell === "bigint") return formatNumber(cell, !isUngrouped(column))
  return String(cell)
}
