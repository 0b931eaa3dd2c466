/**
 * The charset an HTML file declares for itself (`<meta charset=…>` or the http-equiv form), read
 * from its first bytes as the HTML spec's prescan does. Only consulted when the bytes are not
 * valid UTF-8: a declaration is more reliable than a statistical guess on a short page.
 */
const DECLARATION = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i

/** Declared charset name, or null when the first kilobytes declare none. */
export const sniffHtmlCharset = (bytes: Uint8Array): string | null => {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString("latin1")
  return DECLARATION.exec(head)?.[1] ?? null
}
