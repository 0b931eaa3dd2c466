import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { InputNotFound, InputNotSupported } from "./errors.js"
import { type IngestEvent, ingestCorpus } from "./ingest.js"
import type { DocumentRow, RejectRow } from "./schema.js"

const ARTICLE = [
  "Harbour reopens after storm",
  "",
  "The harbour reopened on Tuesday after a storm closed it for three days, the port authority said.",
  "",
  "Fishing crews returned to sea at dawn."
].join("\n")

interface Run {
  readonly events: IngestEvent[]
  readonly docs: DocumentRow[]
  readonly rejects: RejectRow[]
}

const run = async (input: string, maxFileBytes = 1_000_000): Promise<Run> => {
  const events: IngestEvent[] = []
  for await (const event of ingestCorpus(input, { maxFileBytes })) events.push(event)
  return {
    events,
    docs: events.flatMap((e) => (e.kind === "document" ? [e.row] : [])),
    rejects: events.flatMap((e) => (e.kind === "reject" ? [e.row] : []))
  }
}

const reasonFor = (r: Run, file: string): string | undefined => r.rejects.find((x) => x.file === file)?.reason

const created: string[] = []
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true })
})

/** A temp dir holding `corpus/` (the input) and, beside it, a sentinel file outside the input. */
const makeCorpus = (files: Record<string, string | Buffer>): { root: string; outside: string } => {
  const base = mkdtempSync(join(tmpdir(), "sitrep-ingest-"))
  created.push(base)
  const root = join(base, "corpus")
  mkdirSync(root)
  const outside = join(base, "secret.txt")
  writeFileSync(outside, "SENTINEL-OUTSIDE-THE-CORPUS should never be read.\n")
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, ".."), { recursive: true })
    writeFileSync(join(root, name), content)
  }
  return { root, outside }
}

describe("ingestCorpus: inputs that cannot be read", () => {
  it("rejects each awkward file with its reason and keeps going", async () => {
    const { root } = makeCorpus({
      "good.txt": ARTICLE,
      "empty.txt": "",
      "blank.txt": "  \n\n\t \n",
      "binary.txt": Buffer.concat([Buffer.from("MZ"), Buffer.alloc(64), Buffer.from("data")]),
      "image.png": Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      "big.txt": "x".repeat(3000)
    })
    const r = await run(root, 2000)
    expect(r.docs.map((d) => d.file)).toEqual(["good.txt"])
    expect(reasonFor(r, "empty.txt")).toBe("empty file")
    expect(reasonFor(r, "blank.txt")).toMatch(/^only whitespace/)
    expect(reasonFor(r, "binary.txt")).toMatch(/^binary content/)
    expect(reasonFor(r, "image.png")).toBe("unsupported file type .png (sitrep reads .txt, .md, .markdown, .html, .htm, .jsonl)")
    expect(reasonFor(r, "big.txt")).toBe("file is 3000 bytes, over the limit of 2000 bytes; raise --max-file-mb to read it")
    expect(r.rejects.every((x) => x.line === null)).toBe(true)
  })

  it("states the size and the limit in megabytes for large files", async () => {
    const { root } = makeCorpus({ "big.txt": "word ".repeat(629_146) }) // 3.0 MiB
    const r = await run(root, 2 * 1024 * 1024)
    expect(reasonFor(r, "big.txt")).toBe("file is 3.0 MiB, over the limit of 2.0 MiB; raise --max-file-mb to read it")
  })

  it("rejects JSONL lines that are malformed or have no text, with line numbers", async () => {
    const jsonl = [
      JSON.stringify({ id: "k1", title: "First", text: ARTICLE }),
      '{"id":"k2", "title": broken',
      JSON.stringify({ id: "k3", title: "No text" }),
      "",
      JSON.stringify(["not", "an", "object"]),
      JSON.stringify({ id: "k4", text: "   " }),
      JSON.stringify({ id: "k5", text: "Second article body.", published_at: "2019-12-09" })
    ].join("\n")
    const { root } = makeCorpus({ "feed.jsonl": jsonl })
    const r = await run(root)
    expect(r.docs.map((d) => [d.title, d.published_at])).toEqual([
      ["First", null],
      ["Second article body.", "2019-12-09"]
    ])
    expect(r.rejects.map((x) => [x.file, x.line, x.reason.split(" (")[0]!.split(":")[0]])).toEqual([
      ["feed.jsonl", 2, "malformed JSON"],
      ["feed.jsonl", 3, "record has no text"],
      ["feed.jsonl", 5, "record has no text"],
      ["feed.jsonl", 6, "record has no text"]
    ])
  })
})

describe("ingestCorpus: one bad file never stops the run", () => {
  it("rejects a file that disappears between listing and reading, and reads the rest", async () => {
    const { root } = makeCorpus({ "a.txt": ARTICLE, "b.txt": ARTICLE, "c.txt": ARTICLE })
    const events: IngestEvent[] = []
    for await (const event of ingestCorpus(root, { maxFileBytes: 1e6 })) {
      events.push(event)
      // The folder was listed before the first event; b.txt goes before it is read.
      if (events.length === 1) rmSync(join(root, "b.txt"))
    }
    expect(events.map((e) => [e.kind, e.row.file])).toEqual([
      ["document", "a.txt"],
      ["reject", "b.txt"],
      ["document", "c.txt"]
    ])
    expect(events[1]!.row).toMatchObject({ line: null, reason: expect.stringMatching(/^cannot be read: it disappeared .*\(ENOENT\)/) })
  })

  // As root (the test container) chmod 000 does not stop reads; readFailures.test.ts simulates it.
  it.skipIf(process.getuid?.() === 0)("rejects a file without read permission", async () => {
    const { root } = makeCorpus({ "a.txt": ARTICLE, "locked.txt": ARTICLE })
    chmodSync(join(root, "locked.txt"), 0o000)
    const r = await run(root)
    expect(r.docs.map((d) => d.file)).toEqual(["a.txt"])
    expect(reasonFor(r, "locked.txt")).toBe("cannot be read: permission denied (EACCES); check the file's permissions")
  })

  it("rejects a file whose name is not valid UTF-8, showing its bytes", async () => {
    const { root } = makeCorpus({ "ok.txt": ARTICLE })
    writeFileSync(Buffer.concat([Buffer.from(`${root}/bad-`), Buffer.from([0xff, 0xfe]), Buffer.from(".txt")]), ARTICLE)
    const r = await run(root)
    expect(r.docs.map((d) => d.file)).toEqual(["ok.txt"])
    expect(r.rejects).toEqual([
      { file: "bad-\\xff\\xfe.txt", line: null, reason: expect.stringMatching(/^file name is not valid UTF-8/) }
    ])
  })

  it("rejects a JSONL file that is empty or holds only blank lines", async () => {
    const { root } = makeCorpus({ "empty.jsonl": "", "blank.jsonl": "\n  \n\t\n" })
    const r = await run(root)
    expect(r.rejects).toEqual([
      { file: "blank.jsonl", line: null, reason: "JSONL file has no records (it is empty or holds only blank lines)" },
      { file: "empty.jsonl", line: null, reason: "JSONL file has no records (it is empty or holds only blank lines)" }
    ])
  })

  it("reads UTF-16 text saved without a byte order mark", async () => {
    const text = "Ferry service resumed on Monday after the storm."
    const be = Buffer.from(text, "utf16le").swap16()
    const { root } = makeCorpus({ "le.txt": Buffer.from(text, "utf16le"), "be.txt": be })
    const r = await run(root)
    expect(r.rejects).toEqual([])
    expect(r.docs.map((d) => [d.file, d.encoding, d.text])).toEqual([
      ["be.txt", "utf-16be", text],
      ["le.txt", "utf-16le", text]
    ])
  })

  it("removes NUL and other control characters from JSONL text, and counts them", async () => {
    const { root } = makeCorpus({ "feed.jsonl": JSON.stringify({ text: "Ferry\u0000 service\u0007 resumed." }) })
    const [doc] = (await run(root)).docs
    expect(doc!.text).toBe("Ferry service resumed.")
    expect(doc!.removed).toEqual(["control: 2 characters"])
  })

  it("keeps a document whose metadata is not text, and says which field was ignored", async () => {
    const { root } = makeCorpus({
      "feed.jsonl": JSON.stringify({ title: { en: "Nested" }, source: "Wire", text: "Ferry service resumed." }),
      "note.md": "---\ntitle: Kept\nsource: {a: 1}\n---\nFerry service resumed on Monday."
    })
    const r = await run(root)
    expect(r.docs.map((d) => [d.file, d.title, d.source])).toEqual([
      ["feed.jsonl", "Ferry service resumed.", "Wire"],
      ["note.md", "Kept", null]
    ])
    expect(r.rejects).toEqual([
      { file: "feed.jsonl", line: 1, reason: 'metadata field "title" is an object, not text; the field is ignored, the document is kept' },
      { file: "note.md", line: null, reason: 'front matter: metadata field "source" is an object, not text; the field is ignored, the document is kept' }
    ])
  })

  it("counts a Markdown image caption among the pieces removed when nothing else is left", async () => {
    const { root } = makeCorpus({ "image.md": "![Crews on the levee at dawn](levee.jpg)\n", "meta.md": "---\ntitle: T\n---\n" })
    const r = await run(root)
    expect(reasonFor(r, "image.md")).toBe(
      "no article text left after removing captions, credits, bylines and boilerplate (1 piece removed)"
    )
    // Nothing removed: the file had no text to begin with, and the reason says so.
    expect(reasonFor(r, "meta.md")).toBe("no article text (the file holds only metadata or markup)")
  })

  it("reads HTML fragments and an .html file holding plain text", async () => {
    const { root } = makeCorpus({
      "a.html": "<p>Hello world. Ferry service resumed on Monday.</p>",
      "b.html": "<!DOCTYPE html><p>Ferry service resumed on Monday.</p>",
      "c.html": "<html><head><title>T</title></head><p>Ferry service resumed on Monday.</p></html>",
      "d.html": "Plain text saved as HTML.\n\nSecond paragraph, no tags at all."
    })
    const r = await run(root)
    expect(r.rejects).toEqual([])
    expect(r.docs.map((d) => [d.file, d.text])).toEqual([
      ["a.html", "Hello world. Ferry service resumed on Monday."],
      ["b.html", "Ferry service resumed on Monday."],
      ["c.html", "Ferry service resumed on Monday."],
      ["d.html", "Plain text saved as HTML.\n\nSecond paragraph, no tags at all."]
    ])
  })
})

describe("ingestCorpus: manifest", () => {
  it("never reads a path that escapes the folder, and reports it", async () => {
    const { root } = makeCorpus({
      "a.txt": ARTICLE,
      "manifest.csv": "file,title,source,url,published_at\n../secret.txt,Escape,X,,2019-12-09\n/etc/hostname,Abs,X,,\n"
    })
    const r = await run(root)
    expect(r.docs.map((d) => d.file)).toEqual(["a.txt"])
    expect(r.docs.some((d) => d.text.includes("SENTINEL"))).toBe(false)
    expect(r.rejects).toEqual([
      { file: "../secret.txt", line: 2, reason: expect.stringContaining("escapes the input folder") },
      { file: "/etc/hostname", line: 3, reason: expect.stringContaining("absolute path") }
    ])
  })

  it("rejects a symbolic link that points outside the folder without reading it", async () => {
    const { root, outside } = makeCorpus({ "a.txt": ARTICLE })
    symlinkSync(outside, join(root, "link.txt"))
    symlinkSync(join(root, "a.txt"), join(root, "inside-link.txt"))
    const r = await run(root)
    // A link to a file inside the folder would read that article twice: it is skipped, saying why.
    expect(r.docs.map((d) => d.file)).toEqual(["a.txt"])
    expect(r.docs.some((d) => d.text.includes("SENTINEL"))).toBe(false)
    expect(reasonFor(r, "link.txt")).toMatch(/^symbolic link pointing outside the input folder/)
    expect(reasonFor(r, "inside-link.txt")).toBe("symbolic link to a.txt, which is read directly")
  })

  it("reports a symbolic link loop as a loop, not as a broken link", async () => {
    const { root } = makeCorpus({ "a.txt": ARTICLE })
    symlinkSync(join(root, "loop2"), join(root, "loop1"))
    symlinkSync(join(root, "loop1"), join(root, "loop2"))
    symlinkSync(join(root, "nowhere"), join(root, "broken.txt"))
    const r = await run(root)
    expect(reasonFor(r, "loop1")).toMatch(/^symbolic link loop/)
    expect(reasonFor(r, "broken.txt")).toBe("broken symbolic link (its target does not exist)")
  })

  it("rejects a manifest row naming the manifest itself", async () => {
    const { root } = makeCorpus({ "a.txt": ARTICLE, "manifest.csv": "file,title\nmanifest.csv,Self\n" })
    const r = await run(root)
    expect(r.rejects).toEqual([{ file: "manifest.csv", line: 2, reason: expect.stringContaining("the manifest cannot describe itself") }])
  })

  it("gives manifest metadata precedence over the file's own, except for empty cells", async () => {
    const md = "---\ntitle: Own title\nsource: Own source\npublished_at: 2020-01-01\n---\n\nBody of the note."
    const { root } = makeCorpus({
      "note.md": md,
      "manifest.csv": "file,title,source,url,published_at\nnote.md,Manifest title,,https://m.example/n,2021-02-03\n"
    })
    const [doc] = (await run(root)).docs
    expect(doc).toMatchObject({
      title: "Manifest title",
      source: "Own source",
      url: "https://m.example/n",
      published_at: "2021-02-03",
      text: "Body of the note."
    })
  })

  it("keeps a document whose manifest date is invalid, and rejects that manifest line", async () => {
    const { root } = makeCorpus({
      "a.txt": ARTICLE,
      "manifest.csv": "file,title,published_at\na.txt,Kept,2019-13-45\nmissing.txt,Gone,2019-12-09\n"
    })
    const r = await run(root)
    expect(r.docs).toHaveLength(1)
    expect(r.docs[0]).toMatchObject({ file: "a.txt", title: "Kept", published_at: null })
    expect(r.rejects).toEqual([
      { file: "a.txt", line: 2, reason: expect.stringContaining('"2019-13-45"') },
      { file: "missing.txt", line: 3, reason: expect.stringContaining("file not found") }
    ])
  })

  it("runs without a malformed manifest and says so", async () => {
    const { root } = makeCorpus({ "a.txt": ARTICLE, "manifest.csv": "name,title\na.txt,T\n" })
    const r = await run(root)
    expect(r.docs[0]!.title).toBe("Harbour reopens after storm")
    expect(r.rejects).toEqual([{ file: "manifest.csv", line: null, reason: expect.stringContaining('no "file" column') }])
  })
})

describe("ingestCorpus: documents", () => {
  it("builds complete rows: counts in code points and words, hash, encoding, removed pieces", async () => {
    const text = "Rescue teams reach the valley\n\nPhoto: AP\n\nTeams reached the 𝔳alley on foot."
    const { root } = makeCorpus({ "x.txt": text })
    const [doc] = (await run(root)).docs
    const cleaned = "Rescue teams reach the valley\n\nTeams reached the 𝔳alley on foot."
    expect(doc).toMatchObject({
      file: "x.txt",
      title: "Rescue teams reach the valley",
      source: null,
      url: null,
      published_at: null,
      text: cleaned,
      n_chars: [...cleaned].length,
      n_words: 11,
      encoding: "utf-8",
      removed: ["credit: Photo: AP"],
      duplicate_of: null
    })
    expect(doc!.n_chars).toBe(cleaned.length - 1) // one astral character: two UTF-16 units, one code point
    expect(doc!.text_sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(doc!.doc_id).toMatch(/^[0-9a-f]{16}$/)
  })

  it("reads HTML with its meta date and without script text", async () => {
    const p = "The committee approved the plan after a long debate that ran late into the evening, members said."
    const html = `<html><head><meta property="article:published_time" content="2019-12-09T20:00:00Z"><script>var x = "script-text"</script></head>
<body><nav>Home | World</nav><article><p>${p}</p><p>${p} Again.</p></article><footer>Cookie policy</footer></body></html>`
    const { root } = makeCorpus({ "page.html": html })
    const [doc] = (await run(root)).docs
    expect(doc!.published_at).toBe("2019-12-09T20:00:00Z")
    expect(doc!.text).toBe(`${p}\n\n${p} Again.`)
  })

  it("reports an unusable date in the file's own metadata but keeps the document", async () => {
    const { root } = makeCorpus({ "n.md": "---\ndate: yesterday\n---\nBody text here." })
    const r = await run(root)
    expect(r.docs[0]!.published_at).toBeNull()
    expect(r.rejects).toEqual([{ file: "n.md", line: null, reason: expect.stringContaining('"yesterday"') }])
  })

  it("emits files in relative-path order (code units) and JSONL records in line order, with stable ids", async () => {
    const jsonl = ["b", "a", "a"].map((id) => JSON.stringify({ id, text: `Record ${id}.` })).join("\n")
    const files = { "b.txt": ARTICLE, "a/z.txt": ARTICLE, "B.txt": ARTICLE, "a.txt": ARTICLE, "m.jsonl": jsonl }
    const first = await run(makeCorpus(files).root)
    expect(first.docs.map((d) => d.file)).toEqual(["B.txt", "a.txt", "a/z.txt", "b.txt", "m.jsonl", "m.jsonl", "m.jsonl"])
    expect(first.docs.slice(4).map((d) => d.text)).toEqual(["Record b.", "Record a.", "Record a."])
    const ids = first.docs.map((d) => d.doc_id)
    expect(new Set(ids).size).toBe(ids.length)
    // A second copy of the same corpus elsewhere gets the same ids: they depend on relative paths only.
    const second = await run(makeCorpus(files).root)
    expect(second.docs.map((d) => d.doc_id)).toEqual(ids)
  })

  it("reads a single .jsonl file, naming rows by its base name", async () => {
    const { root } = makeCorpus({ "feed.jsonl": JSON.stringify({ id: 7, text: "Only record." }) })
    const r = await run(join(root, "feed.jsonl"))
    expect(r.docs.map((d) => [d.file, d.text])).toEqual([["feed.jsonl", "Only record."]])
  })
})

describe("ingestCorpus: bad input paths", () => {
  it("throws InputNotFound for a missing path, with a message naming it", async () => {
    const missing = join(tmpdir(), "sitrep-does-not-exist-4711")
    const error = await run(missing).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputNotFound)
    expect((error as InputNotFound)._tag).toBe("InputNotFound")
    expect((error as Error).message).toContain(missing)
  })

  it("throws InputNotSupported for a file that is not .jsonl", async () => {
    const { root } = makeCorpus({ "a.txt": ARTICLE })
    const error = await run(join(root, "a.txt")).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputNotSupported)
    expect((error as Error).message).toContain("a.txt")
  })
})
