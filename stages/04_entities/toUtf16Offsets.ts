/**
 * The inverse of CodePointIndex: a function from code-point offsets of `text` to UTF-16
 * offsets. Identity (no table) when the text has no surrogate pairs, as most news text.
 */
export const toUtf16Offsets = (text: string): ((codePoint: number) => number) => {
  if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => cp
  const table: number[] = []
  for (let i = 0; i < text.length; i++) {
    table.push(i)
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
  }
  table.push(text.length)
  return (cp) => table[cp] ?? text.length
}
