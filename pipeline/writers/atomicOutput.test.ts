import { spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { prepareStaging, publish, writeFileAtomic } from "./atomicOutput.js"

const root = mkdtempSync(join(tmpdir(), "sitrep-atomic-"))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const freshDir = (): string => mkdtempSync(join(root, "case-"))

/** A pid that certainly belongs to no running process: a child that has already exited. */
const deadPid = (): number => spawnSync(process.execPath, ["-e", ""]).pid!

const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), "utf8")]))

const withPreviousRun = (): { parent: string; out: string } => {
  const parent = freshDir()
  const out = join(parent, "out")
  mkdirSync(out)
  writeFileSync(join(out, "documents.csv"), "previous run\n")
  writeFileSync(join(out, "only-in-previous.txt"), "old\n")
  return { parent, out }
}

describe("atomic output", () => {
  it("leaves the previous outputs untouched when a run fails before publish", async () => {
    const { out } = withPreviousRun()
    const before = snapshot(out)
    const run = async () => {
      const staging = await prepareStaging(out)
      writeFileSync(join(staging, "documents.csv"), "half written")
      throw new Error("stage failed")
    }
    await expect(run()).rejects.toThrow("stage failed")
    expect(snapshot(out)).toEqual(before)
  })

  it("publish swaps the whole folder and leaves nothing beside it", async () => {
    const { parent, out } = withPreviousRun()
    const staging = await prepareStaging(out)
    writeFileSync(join(staging, "documents.csv"), "new run\n")
    await publish(staging, out)
    expect(snapshot(out)).toEqual({ "documents.csv": "new run\n" })
    expect(readdirSync(parent)).toEqual(["out"])
  })

  it("publishes into a folder that did not exist yet", async () => {
    const parent = freshDir()
    const out = join(parent, "nested", "out")
    const staging = await prepareStaging(out)
    writeFileSync(join(staging, "a.txt"), "a")
    await publish(staging, out)
    expect(snapshot(out)).toEqual({ "a.txt": "a" })
  })

  it("cleans partial folders of killed runs, but not those of live ones", async () => {
    const { parent, out } = withPreviousRun()
    const killed = join(parent, `.out.partial-${deadPid()}-abcdef`)
    const live = join(parent, `.out.partial-${process.ppid}-abcdef`)
    mkdirSync(killed)
    mkdirSync(live)
    const staging = await prepareStaging(out)
    expect(readdirSync(parent).sort()).toEqual([".out.partial-" + staging.split(".out.partial-")[1], live.split("/").pop(), "out"].sort())
  })

  it("restores the previous outputs when a run was killed between the two renames", async () => {
    const { parent, out } = withPreviousRun()
    const before = snapshot(out)
    // The killed run had moved the old folder aside and not yet moved its staging folder in.
    renameSync(out, join(parent, `.out.old-${Date.now()}-${deadPid()}-abcdef`))
    mkdirSync(join(parent, `.out.partial-${deadPid()}-123456`))
    const staging = await prepareStaging(out)
    expect(snapshot(out)).toEqual(before)
    expect(readdirSync(parent).sort()).toEqual([staging.split("/").pop(), "out"].sort())
  })

  it("writeFileAtomic replaces a file whole and leaves no temporary file", async () => {
    const dir = freshDir()
    const path = join(dir, "dictionary.json")
    writeFileSync(path, "old")
    await writeFileAtomic(path, "new ✓")
    expect(readFileSync(path, "utf8")).toBe("new ✓")
    expect(readdirSync(dir)).toEqual(["dictionary.json"])
    await expect(writeFileAtomic(join(dir, "missing", "x.json"), "x")).rejects.toThrow(/writing a file failed/)
  })
})
