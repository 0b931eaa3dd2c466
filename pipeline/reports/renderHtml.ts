import { escapeHtml } from "./escapeHtml.js"
import { formatCell, formatNumber } from "./formatCell.js"
import type { ReportResult } from "./ReportResult.js"
import { reportView } from "./reportView.js"
import { MAX_HBAR_POINTS, svgChart, type ChartPoint } from "./svgChart.js"
import { truncateText } from "./truncateText.js"

/** Wider than in Markdown: a browser table wraps, but a whole article in a cell is still too much. */
const MAX_CELL_CHARS = 160
/** The hover text may say more than the cell, within reason. */
const MAX_TOOLTIP_CHARS = 1000

// Inline so the page is one self-contained file: no fonts, scripts or stylesheets to fetch.
const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f6f7f9; color: #1f2328;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1040px; margin: 0 auto; padding: 24px 24px 64px; }
h1 { font-size: 26px; margin: 8px 0 12px; }
nav ul { margin: 0 0 8px; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 6px 18px; }
a { color: #2458a6; }
section { background: #fff; border: 1px solid #dfe2e6; border-radius: 8px; padding: 18px 22px; margin: 20px 0; }
h2 { font-size: 20px; margin: 0 0 8px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 14px; color: #444; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
figure { margin: 0 0 14px; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption, p.note { color: #555; font-size: 13px; margin: 6px 0 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: 14px; min-width: 40%; }
th, td { padding: 4px 12px; border-bottom: 1px solid #e6e8eb; text-align: left; vertical-align: top; }
th { background: #f0f2f5; font-weight: 600; white-space: nowrap; }
tbody tr:nth-child(even) td { background: #fafbfc; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
`

const cellHtml = (text: string, alignRight: boolean, tag: "td" | "th"): string => {
  const shown = truncateText(text, MAX_CELL_CHARS)
  const full = truncateText(text, Number.MAX_SAFE_INTEGER)
  const title = shown === full ? "" : ` title="${escapeHtml(truncateText(text, MAX_TOOLTIP_CHARS))}"`
  return `<${tag}${alignRight ? ' class="num"' : ""}${title}>${escapeHtml(shown)}</${tag}>`
}

const csvHref = (report: ReportResult): string => escapeHtml(`${encodeURIComponent(report.name)}.csv`)

const tableHtml = (report: ReportResult): string => {
  const view = reportView(report)
  if (view.rows.length === 0) return `<p class="note">No rows.</p>`
  const head = view.header.map((name, i) => cellHtml(name, view.alignRight[i]!, "th")).join("")
  const body = view.rows
    .map((row) => `<tr>${row.map((text, i) => cellHtml(text, view.alignRight[i]!, "td")).join("")}</tr>`)
    .join("\n")
  const more =
    view.hiddenRows > 0
      ? `\n<p class="note">${formatNumber(view.hiddenRows)} more rows in <a href="${csvHref(report)}">${escapeHtml(report.name)}.csv</a></p>`
      : ""
  return `<div class="table-wrap"><table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>${more}`
}

/** The chart of a report's `-- chart:` directive; runReports has checked that its columns exist. */
const chartHtml = (report: ReportResult): string => {
  const chart = report.chart
  if (chart === null) return ""
  const xIndex = report.columns.findIndex((c) => c.name === chart.x)
  const yIndex = report.columns.findIndex((c) => c.name === chart.y)
  const xColumn = report.columns[xIndex]
  if (xColumn === undefined || yIndex < 0) return ""
  const points = report.rows.map((row): ChartPoint => {
    const y = row[yIndex] ?? null
    return {
      label: formatCell(row[xIndex] ?? null, xColumn),
      value: typeof y === "number" ? y : typeof y === "bigint" ? Number(y) : null
    }
  })
  const svg = svgChart(chart.kind, chart.x, chart.y, points)
  if (svg === "") return ""
  const caption =
    chart.kind === "hbar" && points.length > MAX_HBAR_POINTS
      ? `\n<figcaption>The chart shows the first ${MAX_HBAR_POINTS} of ${formatNumber(points.length)} rows.</figcaption>`
      : ""
  return `<figure>\n${svg}${caption}\n</figure>`
}

/** Names come from file names; keep ids to characters that need no escaping anywhere. */
const anchor = (report: ReportResult): string => `report-${report.name.replace(/[^A-Za-z0-9_-]/g, "-")}`

const sectionHtml = (report: ReportResult): string =>
  [
    `<section id="${anchor(report)}">`,
    `<h2>${escapeHtml(report.title)}</h2>`,
    `<dl class="meta"><dt>Purpose</dt><dd>${escapeHtml(report.purpose)}</dd>` +
      `<dt>Grain</dt><dd>${escapeHtml(report.grain)}</dd>` +
      `<dt>Data</dt><dd><a href="${csvHref(report)}">${escapeHtml(report.name)}.csv</a></dd></dl>`,
    chartHtml(report),
    tableHtml(report),
    `</section>`
  ]
    .filter((part) => part !== "")
    .join("\n")

/**
 * `index.html`: one page with every report, readable offline and safe to open: all text from the
 * data is escaped, and nothing in it depends on the time of the run, so reruns are identical.
 */
export const renderHtml = (reports: ReadonlyArray<ReportResult>): string => {
  const nav = reports.map((r) => `<li><a href="#${anchor(r)}">${escapeHtml(r.title)}</a></li>`).join("\n")
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>sitrep reports</title>",
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>",
    "<h1>sitrep reports</h1>",
    reports.length === 0 ? `<p class="note">No reports found.</p>` : `<nav><ul>\n${nav}\n</ul></nav>`,
    ...reports.map(sectionHtml),
    "</main>",
    "</body>",
    "</html>",
    ""
  ].join("\n")
}
