/**
 * Turns the bytes of one input file into text, or says why it cannot. Real folders of news hold
 * UTF-8 with and without BOM, UTF-16 exported from Word (with or without BOM), Windows-1252 from
 * old CMSs, and the odd binary file with a text extension; each gets an explicit answer, never
 * mojibake.
 */
import chardet from "chardet"
import iconv from "iconv-lite"
import { isBlank } from "./isBlank.js"
import { normalizeText } from "./normalizeText.js"
import { sniffUtf16 } from "./sniffUtf16.js"

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: string }
  | { readonly ok: false; readonly reason: string }

export interface DecodeOptions {
  /** Charset the file declares about itself (e.g. an HTML `<meta charset>`), tried before guessing. */
  readonly declaredCharset?: string | null
}

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })

// A few stray control characters occur in real text (form feeds, ESC in pasted terminal output);
// binary data has them everywhere. Above this share of bytes, the file is not text.
const MAX_CONTROL_SHARE = 0.01
const MIN_CONTROL_COUNT = 8

// Legacy encodings that chardet reports for Western text: Windows-1252 is a superset of their
// printable range (it maps 0x80-0x9F to curly quotes, dashes and € where ISO-8859-1 has C1
// controls), so decoding as 1252 loses nothing and recovers the quotes.
const WESTERN = new Set(["iso-8859-1", "iso-8859-15", "windows-1252", "ascii"])
// Below this chardet confidence a non-Western guess on a short English text is noise.
const MIN_CONFIDENCE = 50

const binaryReason = (bytes: Uint8Array): string | null => {
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    return `binary content (NUL byte at offset ${nul}); sitrep reads text files: remove it or export it as .txt`
  }
  let controls = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    // C0 controls except \t \n \f \r (and ESC, seen in pasted terminal text), plus DEL.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) controls++
  }
  if (controls >= MIN_CONTROL_COUNT && controls > bytes.length * MAX_CONTROL_SHARE) {
    return `binary content (${controls} control characters in ${bytes.length} bytes); sitrep reads text files: remove it or export it as .txt`
  }
  return null
}

/** Strict decoding: null when the bytes are not valid in `encoding`. */
const tryDecode = (encoding: string, bytes: Uint8Array): string | null => {
  try {
    return (encoding === "utf-8" ? UTF8 : new TextDecoder(encoding, { fatal: true, ignoreBOM: true })).decode(bytes)
  } catch {
    return null
  }
}

/** Picks a legacy encoding: the declared one if iconv knows it, else chardet's guess, else Windows-1252. */
const legacyEncoding = (bytes: Uint8Array, declared: string | null | undefined): string => {
  if (declared) {
    const name = declared.trim().toLowerCase()
    if (!name.startsWith("utf") && iconv.encodingExists(name)) return WESTERN.has(name) ? "windows-1252" : name
  }
  const best = chardet.analyse(bytes)[0]
  if (best === undefined) return "windows-1252"
  const name = best.name.toLowerCase()
  if (WESTERN.has(name) || name.startsWith("utf") || best.confidence < MIN_CONFIDENCE) return "windows-1252"
  return iconv.encodingExists(name) ? name : "windows-1252"
}

const finish = (raw: string, encoding: string): Decoded => {
  const text = normalizeText(raw)
  if (isBlank(text)) return { ok: false, reason: "only whitespace; nothing to read" }
  return { ok: true, text, encoding }
}

/** Decodes one file's bytes to LF-normalized NFC text and names the encoding used. */
export const decodeBytes = (bytes: Uint8Array, options: DecodeOptions = {}): Decoded => {
  if (bytes.length === 0) return { ok: false, reason: "empty file" }
  const b0 = bytes[0]
  const b1 = bytes[1]
  if (b0 === 0xff && b1 === 0xfe) return finish(iconv.decode(bytes.subarray(2), "utf-16le"), "utf-16le")
  if (b0 === 0xfe && b1 === 0xff) return finish(iconv.decode(bytes.subarray(2), "utf-16be"), "utf-16be")

  // NUL bytes are either binary data or UTF-16 written without a BOM.
  const utf16 = bytes.indexOf(0) === -1 ? null : sniffUtf16(bytes)
  if (utf16 !== null) {
    const text = tryDecode(utf16, bytes)
    if (text !== null) return finish(text, utf16)
  }

  const hasBom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf
  const body = hasBom ? bytes.subarray(3) : bytes
  const binary = binaryReason(body)
  if (binary !== null) return { ok: false, reason: binary }

  const utf8 = tryDecode("utf-8", body)
  if (utf8 !== null) return finish(utf8, hasBom ? "utf-8-bom" : "utf-8")

  const encoding = legacyEncoding(body, options.declaredCharset)
  return finish(iconv.decode(body, encoding), encoding)
}
