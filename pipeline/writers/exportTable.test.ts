import { execFileSync, spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { tableFromIPC } from "apache-arrow"
import { afterAll, describe, expect, it } from "vitest"
import type { TableContract } from "../contracts/TableContract.js"
import { documentsTable, rejectsTable } from "../../stages/01_ingest/schema.js"
import { sentencesTable } from "../../stages/03_sentences/schema.js"
import { writeDictionary } from "../dictionary/writeDictionary.js"
import { TableStore } from "../store/TableStore.js"
import { exportTable } from "./exportTable.js"
import { expectedRows, readArrow, readCsv, readDuckdb, readParquet } from "./fixtures/readBack.js"
import { makeCorpus, sampleRows, samplesTable } from "./fixtures/sampleTables.js"

const root = mkdtempSync(join(tmpdir(), "sitrep-export-"))
// The contract checker lives beside the repository (../shared), not in it: a fresh clone
// without ../shared skips this one test.
const CHECKER = fileURLToPath(new URL("../../../shared/tools/check_outputs.py", import.meta.url))

type Input = ReadonlyArray<readonly [TableContract<unknown>, ReadonlyArray<object>]>

const corpus = makeCorpus()
const inputs: Input = [
  [samplesTable, sampleRows],
  [documentsTable, corpus.documents],
  [sentencesTable, corpus.sentences],
  [rejectsTable, []]
]

/** One full write: store → finalize → export → dictionary. `shuffle` changes arrival order and batch sizes. */
const writeAll = async (dir: string, shuffle: boolean): Promise<TableStore> => {
  const store = await TableStore.open(join(dir, "sitrep.duckdb"))
  for (const [contract, rows] of inputs) {
    await store.create(contract)
    const ordered = shuffle ? [...rows].reverse() : rows
    const step = shuffle ? 1 : 1000
    for (let i = 0; i < ordered.length; i += step) await store.append(contract, ordered.slice(i, i + step))
    await store.finalize(contract)
    await exportTable(store, contract, dir)
  }
  await writeDictionary(inputs.map(([c]) => c), dir)
  return store
}

const first = join(root, "first")
const second = join(root, "second")
const stores: TableStore[] = []
const ready = (async () => {
  execFileSync("mkdir", ["-p", first, second])
  stores.push(await writeAll(first, false))
  stores.push(await writeAll(second, true))
})()

afterAll(async () => {
  for (const s of stores) await s.close()
  rmSync(root, { recursive: true, force: true })
})

describe("exportTable", () => {
  for (const [contract, rows] of inputs) {
    describe(contract.name, () => {
      const expected = expectedRows(contract, rows)
      const path = (ext: string) => join(first, `${contract.name}.${ext}`)

      it("keeps the rows in DuckDB, sorted by key", async () => {
        await ready
        expect(await readDuckdb(stores[0]!, contract)).toEqual(expected)
      })

      it("writes Arrow that reads back equal, with the contract's schema and metadata", async () => {
        await ready
        expect(readArrow(contract, path("arrow"))).toEqual(expected)
        // IPC *file* format: magic at both ends (the stream format has neither).
        const bytes = readFileSync(path("arrow"))
        expect([bytes.subarray(0, 6).toString(), bytes.subarray(-6).toString()]).toEqual(["ARROW1", "ARROW1"])
        const schema = tableFromIPC(readFileSync(path("arrow"))).schema
        expect(schema.fields.map((f) => f.name)).toEqual(contract.columns.map((c) => c.name))
        expect(schema.fields.map((f) => f.nullable)).toEqual(contract.columns.map((c) => c.nullable))
        expect(schema.fields.map((f) => f.metadata.get("description"))).toEqual(contract.columns.map((c) => c.description))
        expect(schema.metadata.get("grain")).toBe(contract.grain)
      })

      it("writes CSV that reads back equal after un-guarding", async () => {
        await ready
        const { header, rows: back } = readCsv(contract, path("csv"))
        expect(header).toEqual(contract.columns.map((c) => c.name))
        expect(back).toEqual(expected)
      })

      it("writes Parquet that reads back equal", async () => {
        await ready
        expect(await readParquet(stores[0]!, contract, path("parquet"))).toEqual(expected)
      })

      it("writes the same bytes when the same rows arrive in another order and batching", async () => {
        await ready
        for (const ext of ["arrow", "csv", "parquet"]) {
          expect(readFileSync(join(second, `${contract.name}.${ext}`)).equals(readFileSync(path(ext))), ext).toBe(true)
        }
      })
    })
  }

  it("guards formula-looking text in CSV only, and leaves numbers alone", async () => {
    await ready
    const csv = readFileSync(join(first, "samples.csv"), "utf8")
    expect(csv.startsWith("sample_id,part,")).toBe(true) // no BOM
    expect(csv).toContain(`,'=SUM(A1:A9)\r\n`)
    expect(csv).toContain(`,'-5\r\n`)
    expect(csv).toContain(`,-3.5,`)
    expect(csv).toContain(`,0.0000001,`)
    expect(csv).toContain(`,1000000000000000000000,`)
    expect(csv).toContain(`,'-Infinity,`)
    expect(csv).toContain(`s1,2,,,,,\r\n`) // nulls are bare empty cells
    expect(csv).toContain(`,""\r\n`) // an empty string is quoted
    expect(csv).toContain(`"He said ""hi"", then left;\nnew line\r\nand CRLF"`)
    const arrowNotes = readArrow(samplesTable, join(first, "samples.arrow")).map((r) => r["note"])
    expect(arrowNotes).toContain("=SUM(A1:A9)")
  })

  it("writes an empty table as header-only CSV and schema-only Arrow/Parquet", async () => {
    await ready
    expect(readFileSync(join(first, "rejects.csv"), "utf8")).toBe("file,line,reason\r\n")
    expect(tableFromIPC(readFileSync(join(first, "rejects.arrow"))).numRows).toBe(0)
    const cols = await stores[0]!.query(`DESCRIBE SELECT * FROM read_parquet('${join(first, "rejects.parquet")}')`)
    expect(cols.map((c) => c["column_name"])).toEqual(["file", "line", "reason"])
  })

  it("fails with the table's name, not a hang, when the folder cannot be written", async () => {
    await ready
    await expect(exportTable(stores[0]!, samplesTable, join(root, "no", "such", "folder"))).rejects.toThrow(
      /samples.*(ENOENT|No such file)/
    )
  })

  it.skipIf(!existsSync(CHECKER))("passes check_outputs.py", async () => {
    await ready
    const python = spawnSync("python3", ["--version"])
    if (python.status !== 0) return // no Python here: nothing to run the checker with
    const tables = [documentsTable, sentencesTable, rejectsTable]
    const dir = join(root, "checked")
    execFileSync("mkdir", ["-p", dir])
    for (const t of tables) for (const ext of ["arrow", "csv", "parquet"]) execFileSync("cp", [join(first, `${t.name}.${ext}`), dir])
    await writeDictionary(tables, dir)
    const run = spawnSync("python3", [CHECKER, dir], { encoding: "utf8" })
    expect(run.stdout).toMatch(/^ok: 3 tables/m)
    expect(run.status).toBe(0)
  })
})
