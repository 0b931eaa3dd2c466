/**
 * Files that cannot be read. Tests run as root, where chmod 000 does not stop a read, so the
 * EACCES a user would get is simulated: the two fs functions the stage reads with are mocked to
 * fail for the paths in `locked`, and read the real file otherwise.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it, vi } from "vitest"
import type { IngestEvent } from "./IngestEvent.js"

const locked = vi.hoisted(() => new Set<string>())

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>()
  const { Readable } = await import("node:stream")
  const denied = (path: unknown): NodeJS.ErrnoException =>
    Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: "EACCES" })
  return {
    ...fs,
    readFileSync: ((path: unknown, ...rest: unknown[]) => {
      if (locked.has(String(path))) throw denied(path)
      return (fs.readFileSync as (...a: unknown[]) => unknown)(path, ...rest)
    }) as typeof fs.readFileSync,
    createReadStream: ((path: unknown, ...rest: unknown[]) => {
      if (!locked.has(String(path))) return (fs.createReadStream as (...a: unknown[]) => unknown)(path, ...rest)
      // Like a real stream on an unreadable file: the error surfaces on the first read.
      return new Readable({
        read() {
          this.destroy(denied(path))
        }
      })
    }) as typeof fs.createReadStream
  }
})

const { ingestCorpus } = await import("./ingest.js")

const created: string[] = []
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true })
})

/** A folder with `files`; those named in `unreadable` cannot be read. */
const folder = (files: Record<string, string>, unreadable: ReadonlyArray<string>): string => {
  const root = mkdtempSync(join(tmpdir(), "sitrep-read-"))
  created.push(root)
  for (const [name, content] of Object.entries(files)) writeFileSync(join(root, name), content)
  for (const name of unreadable) locked.add(join(root, name))
  return root
}

const run = async (root: string): Promise<IngestEvent[]> => {
  const events: IngestEvent[] = []
  for await (const event of ingestCorpus(root, { maxFileBytes: 1e6 })) events.push(event)
  return events
}

const PERMISSION = "cannot be read: permission denied (EACCES); check the file's permissions"

describe("ingestCorpus: files that cannot be read (EACCES)", () => {
  it("rejects an unreadable article or JSONL file by name and reads the rest", async () => {
    const root = folder(
      {
        "a.txt": "The ferry resumed service on Monday.",
        "b.txt": "Never read.",
        "c.jsonl": '{"text":"Never read."}\n',
        "d.jsonl": '{"text":"A record after the unreadable files."}\n'
      },
      ["b.txt", "c.jsonl"]
    )
    const events = await run(root)
    expect(events.map((e) => (e.kind === "document" ? `document ${e.row.file}` : `reject ${e.row.file}`))).toEqual([
      "document a.txt",
      "reject b.txt",
      "reject c.jsonl",
      "document d.jsonl"
    ])
    expect(events.filter((e) => e.kind === "reject").map((e) => e.row)).toEqual([
      { file: "b.txt", line: null, reason: PERMISSION },
      { file: "c.jsonl", line: null, reason: PERMISSION }
    ])
  })

  it("runs without the manifest when it cannot be read", async () => {
    const root = folder({ "a.txt": "The ferry resumed service on Monday.", "manifest.csv": "file,title\na.txt,T\n" }, ["manifest.csv"])
    const events = await run(root)
    expect(events[0]).toEqual({
      kind: "reject",
      row: { file: "manifest.csv", line: null, reason: `manifest.csv ${PERMISSION}; the run continues without the manifest` }
    })
    expect(events.slice(1).map((e) => e.kind)).toEqual(["document"])
  })
})
