/**
 * Shortens text for a table cell: whitespace runs (newlines included) become one space, and text
 * longer than `max` code points is cut with "…". Counting code points never splits an emoji.
 */
export const truncateText = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, " ").trim()
  if (flat.length <= max) return flat
  const codePoints = Array.from(flat)
  return codePoints.length <= max ? flat : `${codePoints.slice(0, max - 1).join("").trimEnd()}…`
}
