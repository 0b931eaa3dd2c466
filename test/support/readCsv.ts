import { readFileSync } from "node:fs"
import { parse } from "csv-parse/sync"

/** A sitrep CSV as objects keyed by header, with the spreadsheet guard removed. */
export function readCsv(path: string): Array<Record<string, string>> {
  const rows = parse(readFileSync(path, "utf8"), { columns: true, skip_empty_lines: false }) as Array<Record<string, string>>
  for (const row of rows) {
    for (const k in row) {
      const v = row[k]!
      if (v.startsWith("'") && /^[=+\-@\t\r]/.test(v.slice(1))) row[k] = v.slice(1)
    }
  }
  return rows
}
