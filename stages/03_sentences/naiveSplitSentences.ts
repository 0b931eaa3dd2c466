import { CodePointIndex } from "../../pipeline/text/codePoints.js"

/**
 * The baseline the splitter must beat: a sentence ends at `.`, `!` or `?` followed by whitespace
 * and an ASCII capital, and nowhere else (no abbreviations, quotes, lines or paragraphs).
 * Returns code-point spans without surrounding whitespace, like `splitSentences`.
 */
export const naiveSplitSentences = (_docId: string, text: string): Array<{ readonly start: number; readonly end: number }> => {
  const index = new CodePointIndex(text)
  const spans: Array<{ start: number; end: number }> = []
  let start = 0
  const push = (from: number, to: number): void => {
    while (from < to && /\s/.test(text[from] ?? "")) from++
    while (to > from && /\s/.test(text[to - 1] ?? "")) to--
    if (from < to) spans.push({ start: index.toCodePoint(from), end: index.toCodePoint(to) })
  }
  for (const m of text.matchAll(/[.!?](?=\s+[A-Z])/g)) {
    const end = m.index + 1
    push(start, end)
    start = end
  }
  push(start, text.length)
  return spans
}
