import { createHash } from "node:crypto"
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { repoRoot, runCli } from "./support/runCli.js"

const work = mkdtempSync(join(tmpdir(), "sitrep-determinism-"))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** sha256 of every file under a folder, by relative path; the DuckDB file is excepted by contract. */
const fingerprint = (dir: string): Record<string, string> => {
  const sums: Record<string, string> = {}
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else if (name !== "sitrep.duckdb") sums[relative(dir, p)] = createHash("sha256").update(readFileSync(p)).digest("hex")
    }
  }
  walk(dir)
  return sums
}

describe("determinism", () => {
  it("writes byte-identical files on a rerun, from another working directory", () => {
    const a = join(work, "a")
    const b = join(work, "b")
    expect(runCli(["run", join(repoRoot, "data", "raw"), "--out", a, "--quiet"]).status).toBe(0)
    expect(runCli(["run", join(repoRoot, "data", "raw"), "--out", b, "--quiet"], { cwd: work }).status).toBe(0)
    const fa = fingerprint(a)
    expect(Object.keys(fa).length).toBeGreaterThan(10)
    expect(fingerprint(b)).toEqual(fa)
  })

  it("gives the same doc_ids when the same folder is copied elsewhere", () => {
    const copy = join(work, "copy-of-raw")
    cpSync(join(repoRoot, "data", "raw"), copy, { recursive: true })
    expect(runCli(["run", copy, "--out", join(work, "c"), "--quiet"]).status).toBe(0)
    expect(readFileSync(join(work, "c", "documents.csv"))).toEqual(readFileSync(join(work, "a", "documents.csv")))
  })
})

describe("worker threads", () => {
  it("give the same bytes as a run in one thread", () => {
    const one = join(work, "threads-0")
    const two = join(work, "threads-2")
    expect(runCli(["run", join(repoRoot, "data", "raw"), "--out", one, "--workers", "0", "--quiet"]).status).toBe(0)
    const run = runCli(["run", join(repoRoot, "data", "raw"), "--out", two, "--workers", "2", "--quiet"])
    expect(run.status, run.stderr).toBe(0)
    expect(fingerprint(two)).toEqual(fingerprint(one))
  })
})

describe("atomic outputs", () => {
  it("leaves the previous outputs untouched when a run fails", () => {
    const out = join(work, "kept")
    expect(runCli(["run", join(repoRoot, "data", "raw"), "--out", out, "--quiet"]).status).toBe(0)
    const before = fingerprint(out)
    const brokenReports = join(work, "broken-reports")
    mkdirSync(brokenReports)
    writeFileSync(join(brokenReports, "broken.sql"), "-- purpose: fails on purpose\n-- grain: none\nselect * from no_such_table\n")
    const failed = runCli(["run", join(repoRoot, "data", "raw"), "--out", out, "--reports", brokenReports, "--quiet"])
    expect(failed.status).toBe(1)
    expect(failed.stderr).toContain("broken.sql")
    expect(fingerprint(out)).toEqual(before)
    expect(readdirSync(work).filter((n) => n.startsWith(".kept."))).toEqual([])
  })
})

describe("an interrupted run", () => {
  it("exits 130 on Ctrl-C, keeps the previous outputs and leaves no staging folder", async () => {
    const { spawn } = await import("node:child_process")
    const { cliPath } = await import("./support/runCli.js")
    const out = join(work, "interrupted")
    expect(runCli(["run", join(repoRoot, "data", "raw"), "--out", out, "--quiet"]).status).toBe(0)
    const before = fingerprint(out)
    // An input large enough that the run is still reading when the signal comes.
    const big = join(work, "big-input.jsonl")
    const article = readFileSync(join(repoRoot, "data", "raw", readdirSync(join(repoRoot, "data", "raw")).find((f) => f.endsWith(".txt"))!), "utf8")
    writeFileSync(big, Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `${article}\n\nCopy ${i}.` })).join("\n"))
    const child = spawn(process.execPath, [cliPath, "run", big, "--out", out], { stdio: ["ignore", "ignore", "pipe"] })
    const exited = new Promise<number | null>((r) => child.on("exit", (c) => r(c)))
    let stderr = ""
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()))
    await new Promise((r) => setTimeout(r, 1500))
    child.kill("SIGINT")
    const code = await exited
    expect(code).toBe(130)
    expect(stderr).toContain("interrupted")
    expect(fingerprint(out)).toEqual(before)
    expect(readdirSync(work).filter((n) => n.startsWith(".interrupted."))).toEqual([])
  })
})
