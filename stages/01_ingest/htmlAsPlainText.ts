/**
 * Last resort for a page the HTML parser cannot handle: its words are still worth more than a
 * reject. Tags are dropped, block ends and `<br>` become line breaks, the common entities are
 * decoded. Script and style are expected to be cut out already (`stripInert`).
 */
// The head holds the title and metadata, not the text.
const HEAD = /<(head|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi
const LINE_BREAK = /<br\b[^>]*>/gi
const BLOCK_END = /<\/(?:p|div|h[1-6]|li|tr|blockquote|section|article|pre|table|ul|ol)\s*>/gi
const TAG = /<[^>]*>/g
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" }

const decodeEntity = (whole: string, dec?: string, hex?: string, name?: string): string => {
  if (name !== undefined) return NAMED[name.toLowerCase()] ?? whole
  const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? "", 16)
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
}

/** Text of `html` with one paragraph per block; source line breaks are spaces, as in a browser. */
export const htmlAsPlainText = (html: string): string =>
  html
    .replace(HEAD, " ")
    .replace(/\s+/g, " ")
    .replace(LINE_BREAK, "\n")
    .replace(BLOCK_END, "\n\n")
    .replace(TAG, " ")
    .replace(ENTITY, decodeEntity)
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
