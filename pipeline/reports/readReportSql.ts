import { readFile } from "node:fs/promises"
import { basename } from "node:path"
import { ReportFailed } from "./ReportFailed.js"
import type { ChartKind, ChartSpec, ReportLayout, ReportSql } from "./ReportResult.js"

/**
 * A report file opens with a header of `-- key: value` comment lines:
 *
 *   -- purpose: what question the report answers          (required)
 *   -- grain: what one row is                             (required)
 *   -- chart: bar|hbar|line x=<column> y=<column> | none  (optional, default none)
 *   -- layout: table|transposed                           (optional, default table)
 *
 * A value continues on following comment lines indented by at least two spaces after `--`.
 * Other comment lines are free text. The header ends at the first line that is not a comment.
 */

const KEYS = new Set(["purpose", "grain", "chart", "layout"])
const KEY_LINE = /^--\s*([a-z]+):\s*(.*)$/
const CONTINUATION = /^--\s{2,}(\S.*)$/
const CHART_KINDS: ReadonlyArray<ChartKind> = ["bar", "hbar", "line"]

/** "01_corpus_overview" → "Corpus overview": an optional numeric prefix only orders the files. */
const titleFromName = (name: string): string => {
  const words = name.replace(/^\d+[_-]/, "").replace(/[_-]+/g, " ").trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const parseChart = (file: string, value: string): ChartSpec | null => {
  const tokens = value.split(/\s+/).filter((t) => t !== "")
  if (tokens.length === 1 && tokens[0] === "none") return null
  const [kind, ...rest] = tokens
  const usage = "write `-- chart: bar x=<column> y=<column>` (bar, hbar or line) or `-- chart: none`"
  if (kind === undefined || !(CHART_KINDS as ReadonlyArray<string>).includes(kind)) {
    throw new ReportFailed({ file, cause: `unknown chart "${value}": ${usage}` })
  }
  const axes = new Map<string, string>()
  for (const token of rest) {
    const match = /^([xy])=(\S+)$/.exec(token)
    if (match === null || axes.has(match[1]!)) {
      throw new ReportFailed({ file, cause: `cannot read "${token}" in chart "${value}": ${usage}` })
    }
    axes.set(match[1]!, match[2]!)
  }
  const x = axes.get("x")
  const y = axes.get("y")
  if (x === undefined || y === undefined) {
    throw new ReportFailed({ file, cause: `chart "${value}" needs both x= and y=: ${usage}` })
  }
  return { kind: kind as ChartKind, x, y }
}

const parseLayout = (file: string, value: string): ReportLayout => {
  if (value === "table" || value === "transposed") return value
  throw new ReportFailed({ file, cause: `unknown layout "${value}": write \`-- layout: table\` or \`-- layout: transposed\`` })
}

/** Parses a report's text; `file` is only used to name the report and in errors. */
export const parseReportSql = (file: string, text: string): ReportSql => {
  const values = new Map<string, string>()
  let current: string | null = null
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim()
    if (line === "") {
      current = null
      continue
    }
    if (!line.startsWith("--")) break
    const keyed = KEY_LINE.exec(line)
    if (keyed !== null && KEYS.has(keyed[1]!)) {
      if (values.has(keyed[1]!)) throw new ReportFailed({ file, cause: `header names "${keyed[1]}" twice` })
      current = keyed[1]!
      values.set(current, keyed[2]!.trim())
      continue
    }
    const continuation = CONTINUATION.exec(line)
    if (current !== null && continuation !== null) {
      values.set(current, `${values.get(current) ?? ""} ${continuation[1]!.trim()}`.trim())
    } else {
      current = null
    }
  }
  const required = (key: string): string => {
    const value = values.get(key)
    if (value === undefined || value === "") {
      throw new ReportFailed({ file, cause: `header has no "-- ${key}: …" line; start the file with "-- purpose: …" and "-- grain: …"` })
    }
    return value
  }
  const name = basename(file).replace(/\.sql$/i, "")
  const chart = values.get("chart")
  const layout = values.get("layout")
  return {
    name,
    file,
    title: titleFromName(name),
    purpose: required("purpose"),
    grain: required("grain"),
    chart: chart === undefined ? null : parseChart(file, chart),
    layout: layout === undefined ? "table" : parseLayout(file, layout),
    sql: text
  }
}

/** Reads and parses one report file. */
export const readReportSql = async (file: string): Promise<ReportSql> => {
  const text = await readFile(file, "utf8")
  // A BOM from some editors would hide the first `--`.
  return parseReportSql(file, text.replace(/^\uFEFF/, ""))
}
