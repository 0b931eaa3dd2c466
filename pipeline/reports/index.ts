export { ReportFailed } from "./ReportFailed.js"
export type { Cell, ChartKind, ChartSpec, ReportColumn, ReportLayout, ReportResult, ReportSql } from "./ReportResult.js"
export { runReports, type RunReportsOptions } from "./runReports.js"
