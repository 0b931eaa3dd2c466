/**
 * UTF-16 without a byte order mark (Windows tools write it): ASCII-range text then has a NUL as
 * every other byte, which the binary check would reject. The pattern is recognized on the first
 * kilobytes, and only accepted when the decoded text reads as text, so 16-bit binary data
 * (which also has many NULs) is still rejected as binary.
 */

const SAMPLE_BYTES = 4096
// Share of byte pairs whose high byte is NUL: English text is almost all ASCII, so nearly every
// pair; 60% still allows for accented or non-Latin words.
const MIN_NUL_SHARE = 0.6
// Share of pairs with a NUL in the other position: real text has (almost) none.
const MAX_OTHER_NUL_SHARE = 0.02
// Share of decoded characters that may be control characters or replacement characters.
const MAX_UNPRINTABLE_SHARE = 0.01

const isUnprintable = (c: number): boolean =>
  (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c < 0xa0) || c === 0xfffd

/** "utf-16le" or "utf-16be" when `bytes` look like BOM-less UTF-16 text, else null. */
export const sniffUtf16 = (bytes: Uint8Array): "utf-16le" | "utf-16be" | null => {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null
  const end = Math.min(bytes.length, SAMPLE_BYTES)
  const pairs = end >> 1
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const encoding =
    oddNul >= pairs * MIN_NUL_SHARE && evenNul <= pairs * MAX_OTHER_NUL_SHARE
      ? "utf-16le"
      : evenNul >= pairs * MIN_NUL_SHARE && oddNul <= pairs * MAX_OTHER_NUL_SHARE
        ? "utf-16be"
        : null
  if (encoding === null) return null
  const sample = new TextDecoder(encoding).decode(bytes.subarray(0, end))
  let unprintable = 0
  for (let i = 0; i < sample.length; i++) if (isUnprintable(sample.charCodeAt(i))) unprintable++
  return unprintable <= sample.length * MAX_UNPRINTABLE_SHARE ? encoding : null
}
