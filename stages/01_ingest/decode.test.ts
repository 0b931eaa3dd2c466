import iconv from "iconv-lite"
import { describe, expect, it } from "vitest"
import { decodeBytes } from "./decode.js"

const utf8 = (s: string) => Buffer.from(s, "utf8")

describe("decodeBytes", () => {
  it("rejects an empty file", () => {
    expect(decodeBytes(new Uint8Array(0))).toEqual({ ok: false, reason: "empty file" })
  })

  it("rejects a file of whitespace only", () => {
    const result = decodeBytes(utf8("  \n\n\t \r\n"))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(/^only whitespace/)
  })

  it("rejects binary content: NUL bytes, or many control characters", () => {
    const withNul = decodeBytes(Buffer.from([0x48, 0x69, 0x00, 0x21]))
    expect(withNul.ok || withNul.reason).toMatch(/^binary content \(NUL byte at offset 2\)/)
    const controls = Buffer.alloc(400, 0x41)
    for (let i = 0; i < 400; i += 20) controls[i] = 0x01
    const noisy = decodeBytes(controls)
    expect(noisy.ok || noisy.reason).toMatch(/^binary content \(20 control characters/)
  })

  it("reads plain UTF-8, normalizing CR line endings and composing accents (NFC)", () => {
    const result = decodeBytes(utf8("Cafe\u0301 opens\r\nold Mac line\rend"))
    expect(result).toEqual({ ok: true, text: "Caf\u00e9 opens\nold Mac line\nend", encoding: "utf-8" })
  })

  it("strips a UTF-8 BOM, reports it, and turns CRLF into LF", () => {
    const result = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8("Line one\r\nLine two\r\n")]))
    expect(result).toEqual({ ok: true, text: "Line one\nLine two\n", encoding: "utf-8-bom" })
  })

  it("decodes UTF-16 with either byte-order mark", () => {
    const text = "Zoë said “hello”"
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")])
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf-16be")])
    expect(decodeBytes(le)).toEqual({ ok: true, text, encoding: "utf-16le" })
    expect(decodeBytes(be)).toEqual({ ok: true, text, encoding: "utf-16be" })
  })

  it("decodes Latin-1 / Windows-1252 bytes: é, £ and curly quotes survive", () => {
    // 0xE9 é, 0xA3 £, 0x93/0x94 curly double quotes (only printable in Windows-1252).
    const bytes = Buffer.concat([
      Buffer.from("The caf", "latin1"),
      Buffer.from([0xe9]),
      Buffer.from(" raised the price to ", "latin1"),
      Buffer.from([0xa3]),
      Buffer.from("3, calling it ", "latin1"),
      Buffer.from([0x93]),
      Buffer.from("fair", "latin1"),
      Buffer.from([0x94]),
      Buffer.from(".\n", "latin1")
    ])
    const result = decodeBytes(bytes)
    expect(result).toEqual({ ok: true, text: "The café raised the price to £3, calling it “fair”.\n", encoding: "windows-1252" })
  })

  it("records Windows-1252 when the bytes look like ISO-8859-1 (1252 is its printable superset)", () => {
    const text =
      "The café owners in the old town said the price of a loaf rose to £2 on Monday, after the storm closed the bakery " +
      "for a week. Customers queued outside the café from early morning, and the owner expected prices to fall soon.\n"
    expect(decodeBytes(Buffer.from(text, "latin1"))).toEqual({ ok: true, text, encoding: "windows-1252" })
  })

  it("uses the charset an HTML page declares when the bytes are not UTF-8", () => {
    const bytes = iconv.encode("Ceská zpráva: řeka", "iso-8859-2")
    const result = decodeBytes(bytes, { declaredCharset: "ISO-8859-2" })
    expect(result).toEqual({ ok: true, text: "Ceská zpráva: řeka", encoding: "iso-8859-2" })
  })

  it("reads UTF-16 written without a byte order mark, little- and big-endian", () => {
    const text = "Some text about the harbour, with an accent: café."
    const le = Buffer.from(text, "utf16le")
    expect(decodeBytes(le)).toEqual({ ok: true, text, encoding: "utf-16le" })
    expect(decodeBytes(Buffer.from(le).swap16())).toEqual({ ok: true, text, encoding: "utf-16be" })
  })

  it("still rejects 16-bit binary data, whose NULs alternate but which decodes to control characters", () => {
    const samples = Buffer.alloc(512)
    for (let i = 0; i < 256; i++) samples.writeUInt16LE((i % 31) + 1, i * 2)
    const result = decodeBytes(samples)
    expect(result.ok || result.reason).toMatch(/^binary content/)
  })
})
