/**
 * A title for every document, so tables and reports can name it. Metadata wins; else the
 * headline line many plain-text articles start with; else the first sentence, which is what a
 * reader would quote. The sentence cut is a cheap approximation (the sentence stage does it
 * properly); it only has to avoid the commonest traps like "U.S." and "Mr.".
 */

const MAX_HEADLINE_WORDS = 20
const MAX_HEADLINE_CHARS = 200
const MAX_SENTENCE_CHARS = 300

// A period after these is not a sentence end.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "cdr",
  "adm", "maj", "pres", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "jun",
  "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u"
])

/** First paragraph, when it is a single short line without sentence punctuation at the end. */
const headline = (text: string): string | null => {
  const end = text.indexOf("\n\n")
  const first = end === -1 ? text : text.slice(0, end)
  if (first.includes("\n") || first.length > MAX_HEADLINE_CHARS) return null
  if (/[.!?…]["”’)]?$/.test(first)) return null
  // Only a headline when more text follows; a one-line document is a sentence, not a title.
  if (end === -1) return null
  return first.split(/\s+/).length <= MAX_HEADLINE_WORDS ? first : null
}

/** Text up to the first ". ", "? " or "! " followed by a capital, at most 300 characters. */
const firstSentence = (text: string): string => {
  const flat = text.slice(0, MAX_SENTENCE_CHARS * 2).replace(/\s+/g, " ").trim()
  // Also "Tuesday.Police said": scraped text sometimes loses the space between sentences.
  const boundary = /[.!?](?:["”’)]?\s+(?=["“‘(]?[A-Z0-9])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]))/g
  for (let m = boundary.exec(flat); m !== null; m = boundary.exec(flat)) {
    if (m.index >= MAX_SENTENCE_CHARS) break
    if (flat[m.index] === ".") {
      const word = /(\S+)$/.exec(flat.slice(0, m.index))?.[1]?.toLowerCase() ?? ""
      // "U.S. officials", "Mr. Esper", single initials ("J. Smith").
      if (ABBREVIATIONS.has(word.replace(/^[("“]+/, "")) || /^[a-z]$/.test(word)) continue
    }
    return flat.slice(0, m.index + m[0].trimEnd().length)
  }
  if (flat.length <= MAX_SENTENCE_CHARS) return flat
  // No sentence end in reach: cut at the last space before the limit rather than mid-word.
  const cut = flat.lastIndexOf(" ", MAX_SENTENCE_CHARS)
  return flat.slice(0, cut > 0 ? cut : MAX_SENTENCE_CHARS)
}

/** The document title: metadata, else headline line, else first sentence; null for empty text. */
export const deriveTitle = (metadataTitle: string | null, text: string): string | null => {
  const meta = metadataTitle?.replace(/\s+/g, " ").trim()
  if (meta) return meta
  if (text.trim() === "") return null
  return headline(text) ?? firstSentence(text)
}
