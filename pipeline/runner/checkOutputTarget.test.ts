import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { OUTPUT_MARKER, checkOutputTarget, resolveOutputDir } from "./checkOutputTarget.js"

const root = mkdtempSync(join(tmpdir(), "sitrep-outcheck-"))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe("checkOutputTarget", () => {
  const input = join(root, "in")
  mkdirSync(input, { recursive: true })

  it("accepts a new folder, an empty one, and an earlier sitrep output", () => {
    expect(checkOutputTarget(input, join(root, "fresh"))).toBeUndefined()
    mkdirSync(join(root, "empty"))
    expect(checkOutputTarget(input, join(root, "empty"))).toBeUndefined()
    const earlier = join(root, "earlier")
    mkdirSync(join(earlier, "reports"), { recursive: true })
    for (const f of [OUTPUT_MARKER, "dictionary.json", "documents.csv", "documents.arrow", "sitrep.duckdb"]) writeFileSync(join(earlier, f), "")
    expect(checkOutputTarget(input, earlier)).toBeUndefined()
  })

  it("refuses the input folder itself, a parent of it, and a folder inside it, but not a sibling named ..x", () => {
    expect(checkOutputTarget(input, input)?.why).toContain("contains the input")
    expect(checkOutputTarget(input, root)?.why).toContain("contains the input")
    expect(checkOutputTarget(input, join(input, "out"))?.why).toContain("inside the input")
    expect(checkOutputTarget(input, join(input, "..out"))?.why).toContain("inside the input")
    expect(checkOutputTarget(input, join(root, "..sibling"))).toBeUndefined()
  })

  it("refuses a non-empty folder that is not a sitrep output, even with a dictionary.json in it", () => {
    const docs = join(root, "my-project")
    mkdirSync(join(docs, "src"), { recursive: true })
    writeFileSync(join(docs, "dictionary.json"), "{}")
    writeFileSync(join(docs, "thesis.docx"), "precious")
    expect(checkOutputTarget(input, docs)?.message).toContain("thesis.docx")
    writeFileSync(join(docs, OUTPUT_MARKER), "")
    expect(checkOutputTarget(input, docs)?.message).toContain("thesis.docx")
    const other = join(root, "notes")
    mkdirSync(other)
    writeFileSync(join(other, "notes.txt"), "mine")
    expect(checkOutputTarget(input, other)?.message).toContain("not an earlier sitrep output")
  })

  it("follows a symbolic link to the folder it names", () => {
    const real = join(root, "real-out")
    mkdirSync(real)
    symlinkSync(real, join(root, "link-out"))
    expect(resolveOutputDir(join(root, "link-out"))).toBe(real)
  })
})
