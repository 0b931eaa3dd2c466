import { describe, expect, it } from "vitest"
import { parseManifest } from "./manifest.js"

const files = new Map(["a.txt", "sub/b.md", "c.jsonl", "caf\u00e9.txt"].map((f) => [f, f] as const))

describe("parseManifest", () => {
  it("maps rows to discovered files; empty cells stay null", () => {
    const csv = "file,title,source,url,published_at\na.txt,Title A,,https://x.example/a,2020-01-02\n./sub\\b.md,,Src,,\n"
    const { entries, rejects } = parseManifest(csv, files)
    expect(rejects).toEqual([])
    expect(entries.get("a.txt")).toEqual({ line: 2, title: "Title A", source: null, url: "https://x.example/a", publishedAt: "2020-01-02" })
    expect(entries.get("sub/b.md")).toEqual({ line: 3, title: null, source: "Src", url: null, publishedAt: null })
  })

  it("matches file names written composed against names stored decomposed, and vice versa", () => {
    const decomposed = new Map([["cafe\u0301.txt".normalize("NFC"), "cafe\u0301.txt"]])
    const { entries } = parseManifest("file,title\ncaf\u00e9.txt,T\n", decomposed)
    expect(entries.get("cafe\u0301.txt")?.title).toBe("T")
  })

  it("rejects a row naming a missing file, with its line number and the path as written", () => {
    const { entries, rejects } = parseManifest("file,title\nnope.txt,X\n", files)
    expect(entries.size).toBe(0)
    expect(rejects).toEqual([{ file: "nope.txt", line: 2, reason: expect.stringContaining("file not found in the input folder") }])
  })

  it("rejects paths that escape the folder or are absolute", () => {
    const csv = "file\n../../../etc/passwd\n/etc/passwd\nC:\\Windows\\win.ini\nsub/../../a.txt\n"
    const { entries, rejects } = parseManifest(csv, files)
    expect(entries.size).toBe(0)
    expect(rejects.map((r) => [r.file, r.line])).toEqual([
      ["../../../etc/passwd", 2],
      ["/etc/passwd", 3],
      ["C:\\Windows\\win.ini", 4],
      ["sub/../../a.txt", 5]
    ])
    expect(rejects[0]!.reason).toContain("escapes the input folder")
    expect(rejects[1]!.reason).toContain("absolute path")
  })

  it("keeps the row but drops an invalid date, naming the bad value", () => {
    const { entries, rejects } = parseManifest("file,title,published_at\na.txt,T,2019-13-45\n", files)
    expect(entries.get("a.txt")).toMatchObject({ title: "T", publishedAt: null })
    expect(rejects).toHaveLength(1)
    expect(rejects[0]).toMatchObject({ file: "a.txt", line: 2 })
    expect(rejects[0]!.reason).toContain('"2019-13-45"')
  })

  it("rejects the whole manifest when it is not CSV or has no file column", () => {
    const broken = parseManifest('file,title\n"a.txt,unterminated\n', files)
    expect(broken.entries.size).toBe(0)
    expect(broken.rejects).toEqual([{ file: "manifest.csv", line: null, reason: expect.stringMatching(/^manifest.csv is not valid CSV/) }])
    const noFile = parseManifest("name,title\na.txt,T\n", files)
    expect(noFile.rejects[0]!.reason).toMatch(/no "file" column.*continues without the manifest/)
  })

  it("rejects duplicate rows and rows for .jsonl files, counting lines across quoted line breaks", () => {
    const csv = 'file,title\na.txt,"two\nlines"\na.txt,again\nc.jsonl,All\n'
    const { entries, rejects } = parseManifest(csv, files)
    expect(entries.get("a.txt")?.title).toBe("two\nlines")
    expect(rejects.map((r) => [r.file, r.line])).toEqual([
      ["a.txt", 4],
      ["c.jsonl", 5]
    ])
    expect(rejects[0]!.reason).toContain("first at line 2")
  })

  it("rejects a row naming the manifest itself, saying why instead of 'not found'", () => {
    const { entries, rejects } = parseManifest("file,title\nmanifest.csv,Self\n./manifest.csv,Self\n", files)
    expect(entries.size).toBe(0)
    expect(rejects.map((r) => [r.file, r.line, r.reason])).toEqual([
      ["manifest.csv", 2, "manifest row: the manifest cannot describe itself (it is read as the manifest, not as an article); row ignored"],
      ["./manifest.csv", 3, "manifest row: the manifest cannot describe itself (it is read as the manifest, not as an article); row ignored"]
    ])
  })
})
