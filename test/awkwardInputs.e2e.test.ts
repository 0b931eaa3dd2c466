import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { makeAwkwardInputs } from "./support/makeAwkwardInputs.js"
import { readCsv } from "./support/readCsv.js"
import { repoRoot, runCli } from "./support/runCli.js"

const work = mkdtempSync(join(tmpdir(), "sitrep-awkward-"))
afterAll(() => rmSync(work, { recursive: true, force: true }))

// Any article will do as the good text; the checks below are about ingestion, not its words.
const rawDir = join(repoRoot, "data", "raw")
const article = readFileSync(join(rawDir, readdirSync(rawDir).find((f) => f.endsWith(".txt"))!), "utf8")
const folder = makeAwkwardInputs(work, article, { hugeBytes: 30 * 1024 * 1024 })
const out = join(work, "out")
const result = runCli(["run", folder.dir, "--out", out])
const documents = readCsv(join(out, "documents.csv"))
const rejects = readCsv(join(out, "rejects.csv"))
const byFile = (file: string) => documents.filter((d) => d.file === file)
const rejectFor = (file: string) => rejects.filter((r) => r.file === file).map((r) => r.reason!)

describe("a folder of awkward inputs", () => {
  it("completes with exit 0 although inputs were rejected", () => {
    expect(result.status, result.stderr).toBe(0)
    // The summary line points at the file that says why.
    expect(result.stderr).toMatch(/\d+ rejected, .*why each input was rejected: .*rejects\.csv/)
  })

  it("keeps every good file as a document", () => {
    for (const file of folder.good) expect(byFile(file).length, file).toBeGreaterThan(0)
  })

  it("names every bad input in rejects with its reason", () => {
    expect(rejectFor("empty.txt").join()).toMatch(/empty/)
    expect(rejectFor("whitespace.txt").join()).toMatch(/whitespace/)
    expect(rejectFor("binary.txt").join()).toMatch(/binary/)
    expect(rejectFor("image.png").join()).toMatch(/unsupported file type \.png/)
    expect(rejectFor("huge.txt").join()).toMatch(/over the limit/)
    const jsonl = rejects.filter((r) => r.file === "articles.jsonl")
    expect(jsonl.map((r) => [Number(r.line), r.reason!.split(":")[0]!.split(" (")[0]])).toEqual([
      [2, "malformed JSON"],
      [3, "record has no text"]
    ])
    expect(rejects.find((r) => r.file!.includes("outside-secret"))?.reason).toMatch(/escapes the input folder/)
    expect(rejectFor("nope.txt").join()).toMatch(/not found/)
    expect(rejects.some((r) => /2019-13-45/.test(r.reason!))).toBe(true)
  })

  it("never reads the file a manifest row points at outside the folder", () => {
    for (const name of readdirSync(out).filter((n) => n.endsWith(".csv"))) {
      expect(readFileSync(join(out, name), "utf8")).not.toContain("OUTSIDE-SENTINEL")
    }
  })

  it("decodes Latin-1, strips a BOM and CRLF, and keeps a bad manifest date out of the document", () => {
    const latin = byFile("latin1.txt")[0]!
    expect(latin.text).toContain("Café")
    expect(latin.text).toContain("£")
    expect(latin.encoding).toMatch(/1252|8859/)
    expect(latin.published_at).toBe("")
    const bom = byFile("nested/bom-crlf.txt")[0]!
    expect(bom.encoding).toBe("utf-8-bom")
    expect(bom.text).not.toMatch(/\r|\uFEFF/)
  })

  it("extracts HTML article text without script, navigation or footer, with the meta date", () => {
    const page = byFile("page.html")[0]!
    expect(page.text).not.toMatch(/SCRIPT-SENTINEL|NAV-SENTINEL|FOOTER-SENTINEL/)
    expect(page.text!.split("\n\n").length).toBeGreaterThan(3)
    expect(page.published_at).toBe("2019-12-09T20:00:00Z")
  })

  it("takes metadata from the manifest, front matter and JSONL", () => {
    expect(byFile("plain.txt")[0]!.title).toBe("Plain copy")
    expect(byFile("front-matter.md")[0]!.title).toBe("A front matter title")
    expect(byFile("front-matter.md")[0]!.published_at).toBe("2019-12-10")
    expect(byFile("articles.jsonl")[0]!.title).toBe("A JSONL article")
  })

  it("marks the copies of one article as duplicates of the earliest", () => {
    const copies = documents.filter((d) => ["plain.txt", "front-matter.md", "nested/bom-crlf.txt", "articles.jsonl"].includes(d.file!))
    const originals = copies.filter((d) => d.duplicate_of === "")
    expect(originals.length).toBe(1)
    for (const d of copies) if (d !== originals[0]) expect(d.duplicate_of).toBe(originals[0]!.doc_id)
    // The front-matter copy is dated a day later, so it can never be the original.
    expect(originals[0]!.file).not.toBe("front-matter.md")
    const overview = readCsv(join(out, "reports", "corpus_overview.csv"))[0]!
    expect(Number(overview.unique_stories)).toBe(documents.filter((d) => d.duplicate_of === "").length)
  })

  it("exits 3 under --strict when anything was rejected", () => {
    expect(runCli(["run", folder.dir, "--out", join(work, "strict-out"), "--strict", "--quiet"]).status).toBe(3)
  })

  it("reads the huge file when the limit is raised", () => {
    const r = runCli(["run", folder.dir, "--out", join(work, "big-out"), "--max-file-mb", "40", "--quiet"])
    expect(r.status).toBe(0)
    expect(readCsv(join(work, "big-out", "documents.csv")).some((d) => d.file === "huge.txt")).toBe(true)
  })
})
