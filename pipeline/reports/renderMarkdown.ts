import { escapeMarkdown } from "./escapeMarkdown.js"
import { formatNumber } from "./formatCell.js"
import type { ReportResult } from "./ReportResult.js"
import { reportView } from "./reportView.js"
import { truncateText } from "./truncateText.js"

/** Wide cells (article titles, reason texts) would push the table off any screen. */
const MAX_CELL_CHARS = 80

const cell = (text: string): string => escapeMarkdown(truncateText(text, MAX_CELL_CHARS))

const tableLines = (report: ReportResult): ReadonlyArray<string> => {
  const view = reportView(report)
  const line = (cells: ReadonlyArray<string>) => `| ${cells.join(" | ")} |`
  const lines = [line(view.header.map(cell)), line(view.alignRight.map((right) => (right ? "---:" : "---")))]
  for (const row of view.rows) lines.push(line(row.map(cell)))
  if (view.rows.length === 0) return ["_No rows._"]
  if (view.hiddenRows > 0) lines.push("", `${formatNumber(view.hiddenRows)} more rows in ${escapeMarkdown(report.name)}.csv`)
  return lines
}

const section = (report: ReportResult): string =>
  [
    `## ${escapeMarkdown(report.title)}`,
    "",
    // Two trailing spaces: a Markdown line break, so purpose and grain sit on their own lines.
    `**Purpose:** ${escapeMarkdown(report.purpose)}  `,
    `**Grain:** ${escapeMarkdown(report.grain)}  `,
    `**Data:** [${escapeMarkdown(report.name)}.csv](${encodeURIComponent(report.name)}.csv)`,
    "",
    ...tableLines(report),
    ""
  ].join("\n")

/** `index.md`: every report in file order, each as a heading, its header and a table. */
export const renderMarkdown = (reports: ReadonlyArray<ReportResult>): string => {
  const body = reports.length === 0 ? ["_No reports found._", ""] : reports.map(section)
  return ["# sitrep reports", "", ...body].join("\n")
}
