import { readdir } from "node:fs/promises"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { readReportSql } from "./readReportSql.js"

const reportsDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "reports")

describe("reports/*.sql", () => {
  it("every report states its purpose and grain in its header", async () => {
    const files = (await readdir(reportsDir)).filter((name) => name.endsWith(".sql"))
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      // readReportSql throws ReportFailed naming the file when purpose or grain is missing.
      const report = await readReportSql(join(reportsDir, file))
      expect(report.purpose.length, file).toBeGreaterThan(10)
      expect(report.grain, file).toMatch(/^one row (per|for) /)
    }
  })
})
