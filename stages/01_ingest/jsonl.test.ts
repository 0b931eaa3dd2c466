import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { type JsonlItem, readJsonl } from "./jsonl.js"

const created: string[] = []
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true })
})

const write = (content: string | Buffer): string => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-jsonl-"))
  created.push(dir)
  const path = join(dir, "in.jsonl")
  writeFileSync(path, content)
  return path
}

const readAll = async (path: string, maxRecordBytes = 1e6): Promise<JsonlItem[]> => {
  const items: JsonlItem[] = []
  for await (const item of readJsonl(path, { maxRecordBytes })) items.push(item)
  return items
}

describe("readJsonl", () => {
  it("parses records in line order, skips blank lines, and reports malformed lines with their number", async () => {
    const path = write('{"id":"a","text":"One"}\r\n\n   \n{"id": broken\n[1,2]\n{"id":"b","text":"Two"}')
    const items = await readAll(path)
    expect(items.map((i) => [i.kind, i.line])).toEqual([
      ["record", 1],
      ["reject", 4],
      ["record", 5],
      ["record", 6]
    ])
    expect(items[1]).toMatchObject({ kind: "reject", reason: expect.stringMatching(/^malformed JSON: /) })
    expect(items[3]).toMatchObject({ value: { id: "b", text: "Two" }, encoding: "utf-8" })
  })

  it("reads lines that span read chunks (the reader uses 1 MB chunks)", async () => {
    const long = "x".repeat(700_000)
    const lines = Array.from({ length: 5 }, (_, i) => JSON.stringify({ id: i, text: `${i}${long}` }))
    const items = await readAll(write(`${lines.join("\n")}\n`), 2e6)
    expect(items).toHaveLength(5)
    expect(items.map((i) => (i.kind === "record" ? (i.value as { text: string }).text.length : -1))).toEqual(
      Array(5).fill(700_001)
    )
  })

  it("rejects a record over the per-record limit without stopping the file", async () => {
    const path = write(`${JSON.stringify({ text: "y".repeat(5000) })}\n{"text":"short"}\n`)
    const items = await readAll(path, 1000)
    expect(items[0]).toMatchObject({ kind: "reject", line: 1, reason: expect.stringContaining("--max-file-mb") })
    expect(items[1]).toMatchObject({ kind: "record", line: 2, value: { text: "short" } })
  })

  it("strips a UTF-8 BOM and decodes a Windows-1252 line on its own", async () => {
    const path = write(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"text":"ok"}\n{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')])
    )
    const items = await readAll(path)
    expect(items).toEqual([
      { kind: "record", line: 1, value: { text: "ok" }, encoding: "utf-8" },
      { kind: "record", line: 2, value: { text: "café" }, encoding: "windows-1252" }
    ])
  })

  it("rejects a UTF-16 file without a byte order mark as a whole, instead of one garbage line each", async () => {
    const path = write(Buffer.from('{"text":"One"}\n{"text":"Two"}\n', "utf16le"))
    expect(await readAll(path)).toEqual([{ kind: "reject", line: null, reason: expect.stringMatching(/^JSONL file is UTF-16/) }])
  })
})
