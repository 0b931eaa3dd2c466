import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { checkOutputTarget } from "./checkOutputTarget.js"

const root = mkdtempSync(join(tmpdir(), "sitrep-outcheck-"))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe("checkOutputTarget", () => {
  const input = join(root, "in")
  mkdirSync(input, { recursive: true })

  it("accepts a new folder and an earlier sitrep output", () => {
    expect(checkOutputTarget(input, join(root, "fresh"))).toBeUndefined()
    const earlier = join(root, "earlier")
    mkdirSync(earlier)
    writeFileSync(join(earlier, "dictionary.json"), "{}")
    expect(checkOutputTarget(input, earlier)).toBeUndefined()
  })

  it("refuses the input folder itself, a parent of it, and a folder inside it", () => {
    expect(checkOutputTarget(input, input)?.why).toContain("contains the input")
    expect(checkOutputTarget(input, root)?.why).toContain("contains the input")
    expect(checkOutputTarget(input, join(input, "out"))?.why).toContain("inside the input")
  })

  it("refuses a non-empty folder that is not a sitrep output", () => {
    const docs = join(root, "my-documents")
    mkdirSync(docs)
    writeFileSync(join(docs, "thesis.docx"), "precious")
    expect(checkOutputTarget(input, docs)?.message).toContain("not an earlier sitrep output")
  })
})
