import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { spawnSync } from "node:child_process"
import type { TableContract } from "../pipeline/contracts/TableContract.js"
import { TableStore } from "../pipeline/store/TableStore.js"
import { readArrow, readCsv as readCsvAs, readDuckdb, readParquet } from "../pipeline/writers/fixtures/readBack.js"
import { documentsTable, rejectsTable } from "../stages/01_ingest/schema.js"
import { sentencesTable } from "../stages/03_sentences/schema.js"
import { timexesTable } from "../stages/05_dates/schema.js"
import { entitiesTable, mentionsTable } from "../stages/04_entities/schema.js"
import { readCsv } from "./support/readCsv.js"
import { repoRoot, runCli } from "./support/runCli.js"

const work = mkdtempSync(join(tmpdir(), "sitrep-e2e-"))
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe("sitrep run on data/raw", () => {
  const out = join(work, "raw-out")
  const result = runCli(["run", "data/raw", "--out", out])

  it("exits 0 and prints a summary on stderr, nothing on stdout", () => {
    expect(result.status, result.stderr).toBe(0)
    expect(result.stderr).toMatch(/done: \d+ documents, 0 rejected/)
    expect(result.stdout).toBe("")
  })

  it("writes every table of the dictionary as Arrow, CSV and Parquet, plus the database and reports", () => {
    const dictionary = JSON.parse(readFileSync(join(out, "dictionary.json"), "utf8")) as { tables: Array<{ name: string }> }
    const names = dictionary.tables.map((t) => t.name)
    expect(names).toEqual(expect.arrayContaining(["documents", "sentences", "rejects", "mentions", "entities", "timexes"]))
    for (const name of names) for (const ext of ["arrow", "csv", "parquet"]) expect(existsSync(join(out, `${name}.${ext}`)), `${name}.${ext}`).toBe(true)
    for (const f of ["sitrep.duckdb", "dictionary.md", "reports/index.md", "reports/index.html", "reports/corpus_overview.csv"]) {
      expect(existsSync(join(out, f)), f).toBe(true)
    }
    expect(readdirSync(join(work)).filter((n) => n.includes(".partial-") || n.includes(".old-"))).toEqual([])
  })

  it("makes one document per input article, with sentences that quote it exactly (code points)", () => {
    const documents = readCsv(join(out, "documents.csv"))
    const inputs = readdirSync("data/raw").filter((f) => f.endsWith(".txt"))
    expect(documents.map((d) => d.file).sort()).toEqual(inputs.sort())
    const text = new Map(documents.map((d) => [d.doc_id!, [...d.text!]]))
    const sentences = readCsv(join(out, "sentences.csv"))
    expect(sentences.length).toBeGreaterThan(documents.length * 5)
    for (const s of sentences) {
      expect(text.get(s.doc_id!)!.slice(Number(s.start), Number(s.end)).join("")).toBe(s.text)
    }
    const timexes = readCsv(join(out, "timexes.csv"))
    expect(timexes.length).toBeGreaterThan(documents.length * 3)
    for (const t of timexes) {
      expect(text.get(t.doc_id!)!.slice(Number(t.start), Number(t.end)).join("")).toBe(t.text)
    }
    for (const d of documents) {
      expect(d.published_at).toMatch(/^\d{4}-\d{2}-\d{2}/)
      expect(Number(d.n_chars)).toBe([...d.text!].length)
    }
  })

  it("makes mentions that quote the text and point at an entity, and entities counted from them", () => {
    const documents = readCsv(join(out, "documents.csv"))
    const text = new Map(documents.map((d) => [d.doc_id!, [...d.text!]]))
    const mentions = readCsv(join(out, "mentions.csv"))
    const entities = readCsv(join(out, "entities.csv"))
    expect(mentions.length).toBeGreaterThan(documents.length * 5)
    const ids = new Set(entities.map((e) => e.entity_id))
    for (const m of mentions) {
      expect(text.get(m.doc_id!)!.slice(Number(m.start), Number(m.end)).join("")).toBe(m.text)
      expect(ids.has(m.entity_id), m.entity_id).toBe(true)
      expect(["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "MISC"]).toContain(m.type)
    }
    const counted = new Map<string, number>()
    for (const m of mentions) counted.set(m.entity_id!, (counted.get(m.entity_id!) ?? 0) + 1)
    for (const e of entities) expect(Number(e.n_mentions), e.name).toBe(counted.get(e.entity_id!))
    for (const f of ["reports/top_entities.csv", "reports/cooccurrence.csv"]) expect(existsSync(join(out, f)), f).toBe(true)
  })

  it("reports the corpus overview with the document count", () => {
    const overview = readCsv(join(out, "reports", "corpus_overview.csv"))
    expect(Number(overview[0]!.documents)).toBe(readCsv(join(out, "documents.csv")).length)
    expect(readFileSync(join(out, "reports", "index.html"), "utf8")).not.toMatch(/<script\s+src=|<link\s/i)
  })
})

describe("command-line contract", () => {
  it("answers --help and --version with exit 0", () => {
    const help = runCli(["--help"])
    expect(help.status).toBe(0)
    expect(help.stdout).toContain("run")
    const version = runCli(["--version"])
    expect(version.status).toBe(0)
    expect(version.stdout).toMatch(/\d+\.\d+\.\d+/)
  })

  it("exits 2 with a one-line reason and no stack trace for a missing input", () => {
    const r = runCli(["run", join(work, "no-such-folder"), "--out", join(work, "o-missing")])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain("no-such-folder")
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it("exits 2 for an unknown flag and for a nonsensical limit", () => {
    expect(runCli(["run", "--no-such-flag"]).status).toBe(2)
    expect(runCli(["run", "data/raw", "--max-file-mb", "-1", "--out", join(work, "o-neg")]).status).toBe(2)
  })

  it("warns, but completes with empty tables, when a folder holds no article", () => {
    const empty = join(work, "empty-input")
    mkdirSync(empty)
    const out = join(work, "o-empty")
    const r = runCli(["run", empty, "--out", out])
    expect(r.status).toBe(0)
    expect(r.stderr).toContain("no article was read")
    expect(readCsv(join(out, "documents.csv"))).toEqual([])
  })

  it("refuses an output folder that holds the input", () => {
    const r = runCli(["run", "data/raw", "--out", "data"])
    expect(r.status).toBe(2)
    expect(existsSync("data/raw/manifest.csv")).toBe(true)
  })
})

describe("the formats of one run agree", () => {
  const out = join(work, "agree-out")
  const ran = runCli(["run", "data/raw", "--out", out, "--quiet"])

  it("has the same rows in Arrow, CSV, Parquet and the DuckDB database", async () => {
    expect(ran.status, ran.stderr).toBe(0)
    const store = await TableStore.open(join(work, "readback.duckdb"))
    try {
      await store.run(`ATTACH '${join(out, "sitrep.duckdb")}' AS run (READ_ONLY)`)
      for (const contract of [documentsTable, sentencesTable, rejectsTable, mentionsTable, entitiesTable, timexesTable] as ReadonlyArray<TableContract<unknown>>) {
        const arrow = readArrow(contract, join(out, `${contract.name}.arrow`))
        const csv = readCsvAs(contract, join(out, `${contract.name}.csv`))
        const parquet = await readParquet(store, contract, join(out, `${contract.name}.parquet`))
        await store.run(`USE run`)
        const duck = await readDuckdb(store, contract)
        await store.run(`USE memory`)
        expect(csv.header).toEqual(contract.columns.map((c) => c.name))
        expect(csv.rows, contract.name).toEqual(arrow)
        expect(parquet, contract.name).toEqual(arrow)
        expect(duck, contract.name).toEqual(arrow)
      }
    } finally {
      await store.close()
    }
  })

  const checker = join(repoRoot, "..", "shared", "tools", "check_outputs.py")
  it.skipIf(!existsSync(checker))("passes the shared contract checker", () => {
    const run = spawnSync("python3", [checker, out], { encoding: "utf8" })
    expect(run.stdout).toMatch(/^ok: /m)
  })
})
