/**
 * Whether a bracketed acronym can abbreviate the name before it: its letters, in order, are the
 * initials of some of the name's words, each optionally followed by more letters of the same word
 * ("PMU" of "Popular Mobilization Units", "SEC" of "U.S. Securities and Exchange Commission",
 * "ISIS" of "Islamic State", "AfD" of "Alternative für Deutschland"). A station or agency after a
 * dateline does not fit ("PHILADELPHIA (CBS)", "AUSTIN (KXAN)"). `words` are the name's tokens
 * (hyphenated ones split into their parts), with a "the" before the name if one was written.
 */
export const acronymFits = (acronym: string, words: ReadonlyArray<string>): boolean => {
  const letters = acronym.toLowerCase().replace(/[^\p{L}]/gu, "")
  if (letters.length < 2) return false
  const parts: string[] = []
  for (const w of words) for (const p of w.toLowerCase().split(/[-/]/)) if (p !== "") parts.push(p.replace(/[^\p{L}]/gu, ""))
  return matchFrom(letters, 0, parts, -1, 0)
}

/**
 * Matches letters[li..] given that the last letter matched was parts[wi][ci - 1] (wi = -1: none
 * yet): the next letter either continues the same word further on, or starts a later word.
 */
const matchFrom = (letters: string, li: number, parts: ReadonlyArray<string>, wi: number, ci: number): boolean => {
  if (li === letters.length) return true
  const c = letters[li]!
  if (wi >= 0) {
    const word = parts[wi]!
    for (let k = word.indexOf(c, ci); k !== -1; k = word.indexOf(c, k + 1)) if (matchFrom(letters, li + 1, parts, wi, k + 1)) return true
  }
  for (let w = wi + 1; w < parts.length; w++) if (parts[w]![0] === c && matchFrom(letters, li + 1, parts, w, 1)) return true
  return false
}

/**
 * A stock code after a company's name ("(XOM.N)", "(ISPA.AS)", a share class "(BBDb.TO)", an
 * exchange "(ROSN.RTS)"): a name the company goes by, whatever its letters.
 */
export const isTicker = (token: string): boolean => /^[A-Z0-9]{1,8}[a-z]?\.[A-Z]{1,3}$/.test(token)
