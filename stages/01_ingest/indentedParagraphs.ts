/**
 * Some wire copy (Reuters-21578, typewriter-era text) has no blank lines: a paragraph starts with
 * an indented line, and its other lines are hard-wrapped at the margin. Cleaning trims every
 * line, which would erase those marks, so they are turned into blank lines first.
 *
 * Only an indented line after a line that ends a sentence counts as a paragraph start: rows of an
 * indented table ("    Net 1,211,000 vs 1,428,000") do not end like sentences and stay together,
 * and so do the indented continuation lines of a hanging-indent list. And only texts that use
 * indentation rather than blank lines are touched: fewer blank lines than starts, and either two
 * starts or one start followed by a flush continuation line (the shape of an indented paragraph),
 * so an ordinary blank-line text with an indented quote is left alone.
 */

const INDENTED = /^(?: {2,}|\t)\S/
const SENTENCE_END = /[.!?:;"”’')\]]\s*$/

const isBlankLine = (line: string): boolean => !/\S/.test(line)

/** `raw` with a blank line before every indented paragraph start, when the text is laid out so. */
export const markIndentedParagraphs = (raw: string): string => {
  // Cheap exit for the common case: no line starts with two spaces or a tab.
  if (!raw.includes("\n  ") && !raw.includes("\n\t")) return raw
  const lines = raw.split("\n")
  const starts: number[] = []
  let blanks = 0
  let shaped = false
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!
    const prev = lines[i - 1]!
    if (isBlankLine(line)) blanks++
    else if (INDENTED.test(line) && !isBlankLine(prev) && SENTENCE_END.test(prev)) {
      starts.push(i)
      const after = lines[i + 1]
      if (after !== undefined && !isBlankLine(after) && !/^\s/.test(after)) shaped = true
    }
  }
  if (starts.length === 0 || blanks >= starts.length || (starts.length === 1 && !shaped)) return raw
  const out: string[] = []
  let next = 0
  for (let i = 0; i < lines.length; i++) {
    if (i === starts[next]) {
      out.push("")
      next++
    }
    out.push(lines[i]!)
  }
  return out.join("\n")
}
