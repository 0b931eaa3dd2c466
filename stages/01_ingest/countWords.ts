/**
 * Counts whitespace-separated tokens in one pass without allocating (no split, no regex):
 * this runs on every document, over every character of the corpus.
 */

// The same set as JavaScript's \s (ASCII whitespace, NBSP, Unicode space separators, line and
// paragraph separators, BOM), as a lookup table: one array read per character is the fastest test.
const SPACE = new Uint8Array(0x10000)
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) SPACE[c] = 1
for (let c = 0x2000; c <= 0x200a; c++) SPACE[c] = 1

/** Number of maximal runs of non-whitespace characters. */
export const countWords = (text: string): number => {
  let words = 0
  let inWord = 0
  for (let i = 0; i < text.length; i++) {
    const word = SPACE[text.charCodeAt(i)]! ^ 1
    // A word starts where a non-space follows a space (or the start).
    words += word & (inWord ^ 1)
    inWord = word
  }
  return words
}
