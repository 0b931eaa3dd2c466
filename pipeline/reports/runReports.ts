import type { DuckDBConnection } from "@duckdb/node-api"
import { DuckDBInstance } from "../store/duckdb.js"
import { mkdir, readdir, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { queryReport } from "./queryReport.js"
import { readReportSql } from "./readReportSql.js"
import { renderCsv } from "./renderCsv.js"
import { renderHtml } from "./renderHtml.js"
import { renderMarkdown } from "./renderMarkdown.js"
import { ReportFailed } from "./ReportFailed.js"
import type { ReportResult, ReportSql } from "./ReportResult.js"

export interface RunReportsOptions {
  /** The pipeline's DuckDB file (`sitrep.duckdb`); opened read-only. */
  readonly databasePath: string
  /**
   * An open connection whose database already holds the final tables (the run's own store),
   * used instead of opening `databasePath`: the run then needs no second copy of the database
   * and can run the reports while it writes the files. The caller keeps and closes it.
   */
  readonly connection?: DuckDBConnection
  /** Folder of `*.sql` report files; run in name order. */
  readonly reportsDir: string
  /** Where `<name>.csv`, `index.md` and `index.html` are written (created if missing). */
  readonly outDir: string
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** Code-unit order, not the locale's: the same order on every machine. */
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** A chart must point at columns the query returns, and measure something numeric. */
const checkChart = (report: ReportSql, columns: ReportResult["columns"]): void => {
  const chart = report.chart
  if (chart === null) return
  const names = columns.map((c) => c.name).join(", ")
  const x = columns.find((c) => c.name === chart.x)
  const y = columns.find((c) => c.name === chart.y)
  if (x === undefined || y === undefined) {
    const missing = x === undefined ? chart.x : chart.y
    throw new ReportFailed({ file: report.file, cause: `chart column "${missing}" is not in the result (columns: ${names})` })
  }
  if (!y.isNumeric) {
    throw new ReportFailed({ file: report.file, cause: `chart y column "${chart.y}" is ${y.type}; it must be a number` })
  }
}

const openReadOnly = async (databasePath: string): Promise<{ instance: DuckDBInstance; connection: DuckDBConnection }> => {
  try {
    // Read-only: reports can never change the tables, and can run beside another reader.
    const instance = await DuckDBInstance.create(databasePath, { access_mode: "READ_ONLY" })
    try {
      return { instance, connection: await instance.connect() }
    } catch (error) {
      instance.closeSync()
      throw error
    }
  } catch (error) {
    throw new ReportFailed({
      file: databasePath,
      cause: `cannot open the database read-only (${messageOf(error)}); run the pipeline first so that it exists`
    })
  }
}

/**
 * Runs every `*.sql` file of `reportsDir` against the database and writes one CSV per report plus
 * `index.md` and `index.html`. All headers are checked before the database is opened, and nothing
 * is written unless every report ran, so a failure never leaves a half-updated index behind.
 * Fails with `ReportFailed` naming the file.
 */
export const runReports = async (options: RunReportsOptions): Promise<ReportResult[]> => {
  const names = (await readdir(options.reportsDir)).filter((name) => name.endsWith(".sql")).sort(byName)
  const reports: Array<ReportSql> = []
  for (const name of names) reports.push(await readReportSql(join(options.reportsDir, name)))

  const results: Array<ReportResult> = []
  const { instance, connection } =
    options.connection === undefined ? await openReadOnly(options.databasePath) : { instance: null, connection: options.connection }
  try {
    for (const report of reports) {
      const { columns, rows } = await queryReport(connection, report)
      checkChart(report, columns)
      results.push({ ...report, columns, rows, csvPath: join(options.outDir, `${report.name}.csv`) })
    }
  } finally {
    if (instance !== null) {
      connection.closeSync()
      instance.closeSync()
    }
  }

  await mkdir(options.outDir, { recursive: true })
  for (const result of results) await writeFile(result.csvPath, renderCsv(result.columns, result.rows), "utf8")
  await writeFile(join(options.outDir, "index.md"), renderMarkdown(results), "utf8")
  await writeFile(join(options.outDir, "index.html"), renderHtml(results), "utf8")
  return results
}
