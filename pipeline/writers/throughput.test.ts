/**
 * Throughput check for the output layer: 1M sentence-like rows appended in runner-sized
 * batches, finalized and exported. Speeds are printed, not asserted (machines differ); only
 * the row counts are checked.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { tableFromIPC } from "apache-arrow"
import { describe, expect, it } from "vitest"
import { sentencesTable, type SentenceRow } from "../../stages/03_sentences/schema.js"
import { TableStore } from "../store/TableStore.js"
import { exportTable } from "./exportTable.js"

const N = 1_000_000
const BATCH = 50_000

const makeBatch = (from: number, n: number): SentenceRow[] =>
  Array.from({ length: n }, (_, k) => {
    const i = from + k
    const doc = Math.floor(i / 50)
    const text = `Sentence ${i % 50} of document ${doc}, with some ordinary words in it.`
    return { doc_id: doc.toString(16).padStart(16, "0"), sentence_id: i % 50, paragraph_id: (i % 50) >> 2, start: (i % 50) * 80, end: (i % 50) * 80 + text.length, text }
  })

describe("throughput", () => {
  it("appends and exports 1M sentence rows", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-throughput-"))
    const store = await TableStore.open(join(dir, "sitrep.duckdb"))
    await store.create(sentencesTable)
    let appendMs = 0
    for (let i = 0; i < N; i += BATCH) {
      const rows = makeBatch(i, BATCH) // built outside the timer: that is the stages' cost
      const t = performance.now()
      await store.append(sentencesTable, rows)
      appendMs += performance.now() - t
    }
    let t = performance.now()
    await store.finalize(sentencesTable)
    const finalizeMs = performance.now() - t
    t = performance.now()
    const exported = await exportTable(store, sentencesTable, dir)
    const exportMs = performance.now() - t
    await store.close()

    const mb = (p: string) => statSync(p).size / 1e6
    const [arrow, csv, parquet] = exported.files.map((f) => f.path) as [string, string, string]
    const total = mb(arrow) + mb(csv) + mb(parquet)
    console.log(
      [
        `append:   ${Math.round(N / (appendMs / 1000)).toLocaleString("en")} rows/s (${Math.round(appendMs)} ms for ${N.toLocaleString("en")} rows)`,
        `finalize: ${Math.round(finalizeMs)} ms (sort by key into the final table)`,
        `export:   ${Math.round(exportMs)} ms, ${Math.round(N / (exportMs / 1000)).toLocaleString("en")} rows/s, ` +
          `${(total / (exportMs / 1000)).toFixed(1)} MB/s written (arrow ${mb(arrow).toFixed(1)} MB, csv ${mb(csv).toFixed(1)} MB, parquet ${mb(parquet).toFixed(1)} MB)`,
        `JS heap after export: ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB (the export holds one chunk and one Arrow batch)`
      ].join("\n")
    )
    expect(exported.rows).toBe(N)
    expect(tableFromIPC(readFileSync(arrow)).numRows).toBe(N)
    rmSync(dir, { recursive: true, force: true }) // ~250 MB of files
  })
})
