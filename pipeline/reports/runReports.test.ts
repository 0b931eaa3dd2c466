import { DuckDBInstance } from "@duckdb/node-api"
import { parse } from "csv-parse/sync"
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { ReportFailed } from "./ReportFailed.js"
import { runReports } from "./runReports.js"

const repoReports = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "reports")

// Tables as the contracts in stages/01_ingest, 03_sentences, 04_entities and 05_dates (schema.ts) declare them.
const SCHEMA = `
create table documents (
  doc_id varchar not null, file varchar not null, title varchar, source varchar, url varchar,
  published_at varchar, text varchar not null, n_chars integer not null, n_words integer not null,
  encoding varchar not null, removed varchar[] not null, text_sha256 varchar not null, duplicate_of varchar
);
create table rejects (file varchar not null, line integer, reason varchar not null);
create table sentences (
  doc_id varchar not null, sentence_id integer not null, paragraph_id integer not null,
  start integer not null, "end" integer not null, text varchar not null
);
insert into documents values
  ('a1', '001.txt', '<script>alert(1)</script> Talks resume', 'CNN', null, '2019-12-09', 'x', 1, 100, 'utf-8', [], 'h1', null),
  ('a2', '002.txt', 'Talks resume', ' Israel National News ', null, '2019-12-10T08:00:00+02:00', 'x', 1, 98, 'utf-8', ['byline: X'], 'h2', 'a1'),
  ('a3', '003.txt', '=cmd|'' /C calc''!A0', 'CNN', null, '2019-12-16T15:04:00Z', 'x', 1, 50, 'utf-8', [], 'h3', null),
  ('a4', '004.txt', 'Undated piece', null, null, null, 'x', 1, 20, 'utf-8', [], 'h4', null),
  ('a5', '005.txt', 'February story', 'Reuters', null, '2020-02-01', 'x', 1, 10, 'windows-1252', [], 'h5', null);
insert into rejects values
  ('empty.txt', null, 'empty file: nothing to read'),
  ('big.txt', null, 'file is 12.5 MB, over the 10 MB limit: split it'),
  ('huge.txt', null, 'file is 31 MB, over the 10 MB limit: split it'),
  ('feed.jsonl', 3, 'malformed JSON (line 3): Unexpected token }');
create table timexes (
  doc_id varchar not null, sentence_id integer not null, start integer not null, "end" integer not null,
  text varchar not null, type varchar not null, value varchar not null, date_start varchar, date_end varchar,
  granularity varchar not null, anchor varchar not null, rule varchar not null, confidence double not null
);
insert into sentences values ('a1', 0, 0, 0, 1, 'x'), ('a1', 1, 0, 2, 30, 'It began on Monday.'), ('a2', 0, 0, 0, 20, 'Copy: on Monday.'),
  ('a3', 0, 0, 0, 40, 'Last week and on Friday, then Monday.');
insert into timexes values
  ('a1', 1, 14, 20, 'Monday', 'DATE', '2019-12-09', '2019-12-09', '2019-12-09', 'day', 'published_at', 'weekday', 0.8),
  ('a2', 0, 9, 15, 'Monday', 'DATE', '2019-12-09', '2019-12-09', '2019-12-09', 'day', 'published_at', 'weekday', 0.8),
  ('a3', 0, 0, 9, 'Last week', 'DATE', '2019-W50', '2019-12-09', '2019-12-15', 'week', 'published_at', 'relative_unit', 0.9),
  ('a3', 0, 17, 23, 'Friday', 'DATE', '2019-12-13', '2019-12-13', '2019-12-13', 'day', 'published_at', 'weekday', 0.8),
  ('a3', 0, 30, 36, 'Monday', 'DATE', '2019-12-09', '2019-12-09', '2019-12-09', 'day', 'published_at', 'weekday', 0.95);
create table mentions (
  doc_id varchar not null, sentence_id integer not null, start integer not null, "end" integer not null,
  text varchar not null, type varchar not null, entity_id varchar not null, title varchar, confidence double not null
);
create table entities (
  entity_id varchar not null, name varchar not null, type varchar not null, aliases varchar[] not null,
  country_code varchar, lat double, lon double, n_mentions bigint not null, n_docs bigint not null
);
insert into mentions values
  ('a1', 0, 0, 1, 'x', 'GPE', 'USA', null, 0.9), ('a1', 0, 0, 1, 'x', 'PERSON', 'person_1', 'Secretary', 0.9),
  ('a2', 0, 0, 1, 'x', 'GPE', 'USA', null, 0.9), ('a2', 0, 0, 1, 'x', 'PERSON', 'person_1', null, 0.9),
  ('a3', 0, 0, 1, 'x', 'GPE', 'USA', null, 0.9), ('a3', 0, 0, 1, 'x', 'PERSON', 'person_1', null, 0.9),
  ('a3', 0, 0, 1, 'x', 'ORG', 'org_1', null, 0.9);
insert into entities values
  ('USA', 'United States', 'GPE', ['US', 'United States'], 'USA', 38.0, -97.0, 3, 3),
  ('person_1', 'Ann Vance', 'PERSON', ['Ann Vance', 'Vance'], null, null, null, 3, 3),
  ('org_1', 'Rail Board', 'ORG', ['Rail Board'], null, null, null, 1, 1);
`

// Only in the test: a report that shows titles, to see hostile text come out escaped.
const TITLES_SQL = `-- purpose: Titles, to check escaping.
-- grain: one row per document
select doc_id, title from documents order by doc_id
`

const MANY_SQL = `-- purpose: Many rows, to check the row cap.
-- grain: one row per number
-- chart: line x=n y=square
select range as n, range * range as square from range(120) order by n
`

let root: string
let databasePath: string
let reportsDir: string

const readCsv = async (outDir: string, name: string): Promise<Array<Record<string, string>>> =>
  parse(await readFile(join(outDir, `${name}.csv`), "utf8"), { columns: true }) as Array<Record<string, string>>

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sitrep-reports-"))
  databasePath = join(root, "sitrep.duckdb")
  const instance = await DuckDBInstance.create(databasePath)
  const connection = await instance.connect()
  await connection.run(SCHEMA)
  connection.closeSync()
  instance.closeSync()

  reportsDir = join(root, "reports")
  await mkdir(reportsDir)
  for (const name of await readdir(repoReports)) {
    if (name.endsWith(".sql")) await copyFile(join(repoReports, name), join(reportsDir, name))
  }
  await writeFile(join(reportsDir, "titles.sql"), TITLES_SQL)
  await writeFile(join(reportsDir, "zz_many.sql"), MANY_SQL)
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe("runReports", () => {
  it("counts each story once and reports the corpus overview", async () => {
    const outDir = join(root, "out-overview")
    const results = await runReports({ databasePath, reportsDir, outDir })
    expect(results.map((r) => r.name)).toEqual([
      "cooccurrence",
      "corpus_overview",
      "documents_by_month",
      "documents_by_source",
      "rejects_by_reason",
      "timeline",
      "titles",
      "top_entities",
      "zz_many"
    ])
    const [overview] = await readCsv(outDir, "corpus_overview")
    expect(overview).toEqual({
      documents: "5",
      unique_stories: "4",
      duplicates: "1",
      words: "278",
      words_unique_stories: "180",
      earliest_published: "2019-12-09",
      latest_published: "2020-02-01",
      sources: "3",
      undated_documents: "1",
      rejects: "4"
    })
    // DuckDB's COUNT is BIGINT: it arrives as bigint and is kept exact.
    expect(results.find((r) => r.name === "corpus_overview")!.rows[0]![0]).toBe(5n)
  })

  it("fills empty months and counts only unique stories per month", async () => {
    const outDir = join(root, "out-month")
    await runReports({ databasePath, reportsDir, outDir })
    expect(await readCsv(outDir, "documents_by_month")).toEqual([
      { month: "2019-12", stories: "2" },
      { month: "2020-01", stories: "0" },
      { month: "2020-02", stories: "1" }
    ])
  })

  it("groups sources and reject reasons", async () => {
    const outDir = join(root, "out-groups")
    await runReports({ databasePath, reportsDir, outDir })
    expect(await readCsv(outDir, "documents_by_source")).toEqual([
      { source: "CNN", documents: "2", unique_stories: "2", duplicates: "0", words: "150", words_unique_stories: "150" },
      { source: "(no source)", documents: "1", unique_stories: "1", duplicates: "0", words: "20", words_unique_stories: "20" },
      { source: "Israel National News", documents: "1", unique_stories: "0", duplicates: "1", words: "98", words_unique_stories: "0" },
      { source: "Reuters", documents: "1", unique_stories: "1", duplicates: "0", words: "10", words_unique_stories: "10" }
    ])
    const reasons = await readCsv(outDir, "rejects_by_reason")
    expect(reasons.map((r) => [r.reason_class, r.rejects, r.example_files])).toEqual([
      ["file is N MB, over the N MB limit", "2", "big.txt, huge.txt"],
      ["empty file", "1", "empty.txt"],
      ["malformed JSON", "1", "feed.jsonl"]
    ])
  })

  it("lists each day named by a day-precise date in unique stories, with its most confident sentence", async () => {
    const outDir = join(root, "out-timeline")
    await runReports({ databasePath, reportsDir, outDir })
    // The copy (a2) is left out, and so is the week (not day-precise).
    expect(await readCsv(outDir, "timeline")).toEqual([
      { day: "2019-12-09", mentions: "2", stories: "2", expression: "Monday", evidence: "Last week and on Friday, then Monday.", doc_id: "a3" },
      { day: "2019-12-13", mentions: "1", stories: "1", expression: "Friday", evidence: "Last week and on Friday, then Monday.", doc_id: "a3" }
    ])
  })

  it("guards formula cells in CSV and escapes HTML", async () => {
    const outDir = join(root, "out-escape")
    await runReports({ databasePath, reportsDir, outDir })
    const titles = await readCsv(outDir, "titles")
    expect(titles.find((r) => r.doc_id === "a3")?.title).toBe("'=cmd|' /C calc'!A0")
    const html = await readFile(join(outDir, "index.html"), "utf8")
    expect(html).not.toContain("<script>")
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; Talks resume")
    expect(html).toContain("<svg")
    expect(html).not.toMatch(/<script|<link|@import|url\(/i)
    // Thousands separators on screen, raw values in the CSV.
    expect(html).toContain('<td class="num">2,401</td>')
    const csv = await readFile(join(outDir, "zz_many.csv"), "utf8")
    expect(csv).toContain("119,14161\r\n")
  })

  it("ranks entities per type and counts co-mentions once per story", async () => {
    const outDir = join(root, "out-entities")
    await runReports({ databasePath, reportsDir, outDir })
    const top = await readCsv(outDir, "top_entities")
    expect(top.map((r) => [r.type, r.entity, r.mentions, r.documents])).toEqual([
      ["PERSON", "Ann Vance", "3", "3"],
      ["ORG", "Rail Board", "1", "1"],
      ["GPE", "United States", "3", "3"]
    ])
    const pairs = await readCsv(outDir, "cooccurrence")
    // a2 copies a1: its sentence is not counted again.
    expect(pairs.map((r) => [r.pair, r.sentences, r.stories, r.example_doc_id])).toEqual([
      ["United States + Ann Vance", "2", "2", "a1"],
      ["Rail Board + Ann Vance", "1", "1", "a3"],
      ["United States + Rail Board", "1", "1", "a3"]
    ])
  })

  it("writes a Markdown table per report and caps long ones", async () => {
    const outDir = join(root, "out-md")
    const results = await runReports({ databasePath, reportsDir, outDir })
    const md = await readFile(join(outDir, "index.md"), "utf8")
    const sections = md.split(/^## /m).slice(1)
    expect(sections).toHaveLength(results.length)
    for (const section of sections) expect(section).toMatch(/^\| .+ \|\n\| (---:?)( \| ---:?)* \|$/m)
    expect(md).toContain("**Purpose:** The corpus at a glance")
    expect(md).toContain("| unique_stories | 4 |")
    expect(md).toContain("\\<script\\>alert(1)\\</script\\>")
    expect(md).toContain("70 more rows in zz_many.csv")
  })

  it("gives byte-identical outputs on a rerun", async () => {
    const first = join(root, "out-first")
    const second = join(root, "out-second")
    await runReports({ databasePath, reportsDir, outDir: first })
    await runReports({ databasePath, reportsDir, outDir: second })
    const files = (await readdir(first)).sort()
    expect(files).toEqual((await readdir(second)).sort())
    expect(files).toContain("index.html")
    for (const file of files) {
      expect(await readFile(join(second, file)), file).toEqual(await readFile(join(first, file)))
    }
  })

  it("fails with ReportFailed naming the broken file and DuckDB's message", async () => {
    const brokenDir = join(root, "reports-broken")
    await mkdir(brokenDir)
    await writeFile(join(brokenDir, "broken.sql"), "-- purpose: x\n-- grain: y\nselect * from no_such_table\n")
    const run = runReports({ databasePath, reportsDir: brokenDir, outDir: join(root, "out-broken") })
    const error = await run.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ReportFailed)
    const failed = error as ReportFailed
    expect(failed._tag).toBe("ReportFailed")
    expect(failed.file).toBe(join(brokenDir, "broken.sql"))
    expect(failed.cause).toContain("no_such_table")
    expect(failed.message).toContain("broken.sql")
    expect(failed.message).toContain("Outputs were not replaced")
  })

  it("refuses files with several statements, no query or a chart on a missing column", async () => {
    const cases: Record<string, string> = {
      "two.sql": "-- purpose: x\n-- grain: y\nselect 1; select 2;\n",
      "empty.sql": "-- purpose: x\n-- grain: y\n-- nothing here\n",
      "write.sql": "-- purpose: x\n-- grain: y\ndelete from documents\n",
      "chart.sql": "-- purpose: x\n-- grain: y\n-- chart: bar x=month y=nope\nselect 1 as month\n"
    }
    for (const [name, sql] of Object.entries(cases)) {
      const dir = await mkdtemp(join(root, "case-"))
      await writeFile(join(dir, name), sql)
      const error = await runReports({ databasePath, reportsDir: dir, outDir: join(dir, "out") }).catch((e: unknown) => e)
      expect(error, name).toBeInstanceOf(ReportFailed)
      expect((error as ReportFailed).file, name).toBe(join(dir, name))
    }
  })

  it("names the database when it cannot be opened", async () => {
    const missing = join(root, "missing.duckdb")
    const error = await runReports({ databasePath: missing, reportsDir, outDir: join(root, "out-missing") }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ReportFailed)
    expect((error as ReportFailed).file).toBe(missing)
  })
})
