import { beforeAll, describe, expect, it } from "vitest"
import { loadHtmlSupport } from "./html.js"
import { ingestFile } from "./ingestFile.js"

beforeAll(loadHtmlSupport)

const failing = (code: string) => (): Uint8Array => {
  throw Object.assign(new Error(`${code}: simulated`), { code })
}

describe("ingestFile", () => {
  it("turns a read error into one reject naming the cause and the fix", () => {
    expect(ingestFile("/x/a.txt", "a.txt", "text", undefined, failing("EACCES"))).toEqual([
      { kind: "reject", row: { file: "a.txt", line: null, reason: "cannot be read: permission denied (EACCES); check the file's permissions" } }
    ])
    expect(ingestFile("/x/b.txt", "b.txt", "text", undefined, failing("EIO"))[0]!.row).toMatchObject({
      reason: "cannot be read: input/output error (EIO); the disk or network share may be failing"
    })
  })

  it("reads a file that is a folder as a reject, not a crash", () => {
    const [event] = ingestFile("/", "folder.txt", "text", undefined)
    expect(event).toEqual({ kind: "reject", row: { file: "folder.txt", line: null, reason: "cannot be read: it is a folder, not a file (EISDIR)" } })
  })

  it("names the number of figure captions set aside when an HTML page has nothing else", () => {
    const page = Buffer.from("<html><body><figure><img src=a.jpg><figcaption>Crews at dawn</figcaption></figure></body></html>")
    const [event] = ingestFile("/x/p.html", "p.html", "html", undefined, () => page)
    expect(event!.row).toEqual({
      file: "p.html",
      line: null,
      reason: "HTML page has no readable text (no article and no body text; 1 figure caption set aside)"
    })
  })
})
