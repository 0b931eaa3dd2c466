import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { AUTO_WORKERS, AUTO_WORKERS_MIN_BYTES, MAX_WORKERS, chooseWorkers } from "./chooseWorkers.js"
import { inputBytes } from "./inputBytes.js"

const root = mkdtempSync(join(tmpdir(), "sitrep-workers-"))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe("chooseWorkers", () => {
  it("keeps small inputs in one thread and gives large ones a worker per core but one", () => {
    const small = join(root, "small")
    mkdirSync(join(small, "sub"), { recursive: true })
    writeFileSync(join(small, "a.txt"), "x".repeat(1000))
    writeFileSync(join(small, "sub", "b.txt"), "y".repeat(500))
    expect(inputBytes(small)).toBe(1500)
    expect(chooseWorkers(undefined, small)).toBe(0)
    const large = join(root, "large.jsonl")
    writeFileSync(large, "z".repeat(AUTO_WORKERS_MIN_BYTES))
    expect(chooseWorkers(undefined, large)).toBe(AUTO_WORKERS)
    expect(AUTO_WORKERS).toBe(MAX_WORKERS >= 2 ? Math.max(2, MAX_WORKERS - 1) : 1)
  })

  it("follows an explicit request, capped at the cores, and treats a missing input as small", () => {
    expect(chooseWorkers(0, join(root, "large.jsonl"))).toBe(0)
    expect(chooseWorkers(1_000, join(root, "nowhere"))).toBe(MAX_WORKERS)
    expect(chooseWorkers(undefined, join(root, "nowhere"))).toBe(0)
  })
})
