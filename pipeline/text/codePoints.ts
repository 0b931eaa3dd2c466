/**
 * Offsets in every table are Unicode code points, so that Python slicing and DuckDB `substring`
 * give back the span. JavaScript strings index UTF-16 units; these helpers convert between them.
 * Most news text has no astral characters, so the fast path is "no surrogates, same numbers".
 */

const SURROGATE = /[\uD800-\uDFFF]/

/** Converts UTF-16 offsets of one text to code-point offsets. Build once per text, query often. */
export class CodePointIndex {
  /** null when the text has no surrogate pairs: offsets are then equal. */
  private readonly prefix: Int32Array | null

  constructor(text: string) {
    if (!SURROGATE.test(text)) {
      this.prefix = null
      return
    }
    // prefix[i] = number of code points in text[0..i) (UTF-16 index i).
    const prefix = new Int32Array(text.length + 1)
    let cp = 0
    for (let i = 0; i < text.length; i++) {
      prefix[i] = cp
      const c = text.charCodeAt(i)
      // A high surrogate followed by a low one is one code point: count it at the high half.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1)
        if (d >= 0xdc00 && d <= 0xdfff) {
          prefix[i + 1] = cp
          i++
        }
      }
      cp++
    }
    prefix[text.length] = cp
    this.prefix = prefix
  }

  /** Code-point offset of a UTF-16 offset. */
  toCodePoint(utf16Offset: number): number {
    return this.prefix === null ? utf16Offset : (this.prefix[utf16Offset] ?? utf16Offset)
  }
}

/** Length of a string in code points. */
export const codePointLength = (text: string): number => {
  if (!SURROGATE.test(text)) return text.length
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
    n++
  }
  return n
}
