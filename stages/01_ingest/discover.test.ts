import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { discoverFiles, escapeName } from "./discover.js"

const created: string[] = []
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true })
})

const folder = (): string => {
  const root = mkdtempSync(join(tmpdir(), "sitrep-discover-"))
  created.push(root)
  return root
}

describe("escapeName", () => {
  it("shows valid UTF-8 as text and every other byte as \\xHH", () => {
    expect(escapeName(Buffer.from([0x62, 0x61, 0x64, 0x2d, 0xff, 0xfe, 0x2e, 0x74]))).toBe("bad-\\xff\\xfe.t")
    expect(escapeName(Buffer.concat([Buffer.from("café-"), Buffer.from([0xe9, 0x0a])]))).toBe("café-\\xe9\\x0a")
  })
})

describe("discoverFiles", () => {
  it("rejects a name that is not UTF-8 instead of failing on it", () => {
    const root = folder()
    writeFileSync(join(root, "ok.txt"), "x")
    writeFileSync(Buffer.concat([Buffer.from(`${root}/bad-`), Buffer.from([0xff, 0xfe]), Buffer.from(".txt")]), "x")
    expect(discoverFiles(root)).toEqual([
      { kind: "reject", relPath: "bad-\\xff\\xfe.txt", reason: expect.stringMatching(/^file name is not valid UTF-8 .*rename it/) },
      { kind: "file", relPath: "ok.txt", absPath: join(root, "ok.txt"), size: 1 }
    ])
  })

  it("skips a link to a file inside the folder, which is listed at its real place", () => {
    const root = folder()
    writeFileSync(join(root, "a.txt"), "x")
    symlinkSync(join(root, "a.txt"), join(root, "copy.txt"))
    expect(discoverFiles(root).map((f) => [f.relPath, f.kind === "reject" ? f.reason : "file"])).toEqual([
      ["a.txt", "file"],
      ["copy.txt", "symbolic link to a.txt, which is read directly"]
    ])
  })

  it("names a link loop as a loop", () => {
    const root = folder()
    symlinkSync(join(root, "b"), join(root, "a"))
    symlinkSync(join(root, "a"), join(root, "b"))
    const found = discoverFiles(root)
    expect(found.map((f) => f.kind === "reject" && f.reason.startsWith("symbolic link loop"))).toEqual([true, true])
  })
})
