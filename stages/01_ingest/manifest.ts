/**
 * `manifest.csv` at the root of the input folder gives metadata the files themselves lack (the
 * seed texts carry no date). Its rows are user input like any other: a row may name a missing
 * file, escape the folder with `..`, or carry an impossible date. Each such row becomes a reject
 * that says what is wrong; a path from the manifest is only ever matched against the files
 * already found inside the folder, never opened or stat'ed itself.
 */
import { parse } from "csv-parse/sync"
import { posix, win32 } from "node:path"
import type { RejectRow } from "./schema.js"
import { normalizePublishedAt } from "./publishedAt.js"

export const MANIFEST_NAME = "manifest.csv"

/** Metadata for one file; null where the cell was empty (empty cells do not override). */
export interface ManifestEntry {
  readonly line: number
  readonly title: string | null
  readonly source: string | null
  readonly url: string | null
  /** Normalized; null when empty or invalid (an invalid date is reported as a reject). */
  readonly publishedAt: string | null
}

export interface Manifest {
  /** Keyed by the file's relative path as discovered. */
  readonly entries: ReadonlyMap<string, ManifestEntry>
  readonly rejects: ReadonlyArray<RejectRow>
}

const COLUMNS = "file,title,source,url,published_at"

const wholeManifestReject = (reason: string): Manifest => ({
  entries: new Map(),
  rejects: [{ file: MANIFEST_NAME, line: null, reason: `${reason}; the run continues without the manifest` }]
})

const cell = (record: ReadonlyArray<string>, index: number): string | null => {
  if (index < 0) return null
  const value = record[index]?.trim() ?? ""
  return value === "" ? null : value
}

/** Why a path as written cannot name a file inside the folder, or its normalized form. */
const resolveInside = (written: string): { readonly path: string } | { readonly problem: string } => {
  if (written.includes("\u0000")) return { problem: "path contains a NUL character" }
  if (posix.isAbsolute(written) || win32.isAbsolute(written)) {
    return { problem: "absolute path; manifest paths must be relative to the folder holding manifest.csv" }
  }
  const normalized = posix.normalize(written.replace(/\\/g, "/")).replace(/^(\.\/)+/, "")
  if (normalized === ".." || normalized.startsWith("../")) {
    return { problem: "path escapes the input folder (..); only files inside the folder are read" }
  }
  return { path: normalized }
}

/**
 * Parses the manifest. `files` maps the NFC form of every discovered relative path to the path
 * itself (file names may be stored decomposed on disk while the CSV holds them composed).
 */
export const parseManifest = (text: string, files: ReadonlyMap<string, string>): Manifest => {
  let records: Array<{ record: string[]; info: { lines: number }; raw: string }>
  try {
    // With `info` and `raw`, csv-parse returns { record, info, raw } objects; its typings say string[][].
    records = parse(text, { info: true, raw: true, relax_column_count: true, skip_empty_lines: true, bom: true }) as unknown as typeof records
  } catch (e) {
    return wholeManifestReject(`manifest.csv is not valid CSV (${e instanceof Error ? e.message : String(e)})`)
  }
  const header = records[0]
  if (header === undefined) return wholeManifestReject(`manifest.csv is empty; expected the header ${COLUMNS}`)
  const names = header.record.map((h) => h.trim().toLowerCase())
  const fileCol = names.indexOf("file")
  if (fileCol < 0) {
    return wholeManifestReject(
      `manifest.csv has no "file" column (header: ${header.record.join(",")}); expected the header ${COLUMNS}`
    )
  }
  const titleCol = names.indexOf("title")
  const sourceCol = names.indexOf("source")
  const urlCol = names.indexOf("url")
  const dateCol = names.indexOf("published_at") >= 0 ? names.indexOf("published_at") : names.indexOf("date")

  const entries = new Map<string, ManifestEntry>()
  const rejects: RejectRow[] = []
  for (let r = 1; r < records.length; r++) {
    const { record, info, raw } = records[r]!
    // info.lines is where the record ends; a quoted cell may span lines, so count back to its start.
    const line = info.lines - (raw.replace(/\r?\n$/, "").match(/\n/g)?.length ?? 0)
    const written = record[fileCol] ?? ""
    const reject = (reason: string) => rejects.push({ file: written, line, reason: `manifest row: ${reason}` })
    if (written.trim() === "") {
      reject('the "file" cell is empty; row ignored')
      continue
    }
    const resolved = resolveInside(written.trim())
    if ("problem" in resolved) {
      reject(`${resolved.problem}; row ignored and the path was not read`)
      continue
    }
    if (resolved.path === MANIFEST_NAME) {
      reject("the manifest cannot describe itself (it is read as the manifest, not as an article); row ignored")
      continue
    }
    const relPath = files.get(resolved.path.normalize("NFC"))
    if (relPath === undefined) {
      reject("file not found in the input folder; check the name (relative to the folder holding manifest.csv, case-sensitive); row ignored")
      continue
    }
    if (relPath.toLowerCase().endsWith(".jsonl")) {
      reject("a .jsonl file holds many articles with their own metadata; the manifest cannot describe it; row ignored")
      continue
    }
    const first = entries.get(relPath)
    if (first !== undefined) {
      reject(`second row for the same file (first at line ${first.line}); row ignored`)
      continue
    }
    let publishedAt: string | null = null
    const rawDate = cell(record, dateCol)
    if (rawDate !== null) {
      const normalized = normalizePublishedAt(rawDate)
      publishedAt = normalized.value
      if (normalized.reason !== null) reject(`${normalized.reason}; this date is ignored, the document is kept`)
    }
    entries.set(relPath, {
      line,
      title: cell(record, titleCol),
      source: cell(record, sourceCol),
      url: cell(record, urlCol),
      publishedAt
    })
  }
  return { entries, rejects }
}
