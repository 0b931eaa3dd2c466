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
  // Where each word starts in one running count of letters, so a search state (letters matched,
  // position reached) is one cell of `failed`: no state is searched twice, however long the name.
  const offset = new Int32Array(parts.length + 1)
  for (let w = 0; w < parts.length; w++) offset[w + 1] = offset[w]! + parts[w]!.length + 1
  const failed = new Uint8Array((letters.length + 1) * (offset[parts.length]! + 1))
  return matchFrom({ letters, parts, offset, failed }, 0, -1, 0)
}

interface Search {
  readonly letters: string
  readonly parts: ReadonlyArray<string>
  readonly offset: Int32Array
  readonly failed: Uint8Array
}

/**
 * Matches letters[li..] given that the last letter matched was parts[wi][ci - 1] (wi = -1: none
 * yet): the next letter either continues the same word further on, or starts a later word.
 */
const matchFrom = (q: Search, li: number, wi: number, ci: number): boolean => {
  if (li === q.letters.length) return true
  const cell = wi < 0 ? -1 : li * (q.offset[q.parts.length]! + 1) + q.offset[wi]! + ci
  if (cell >= 0 && q.failed[cell] === 1) return false
  const c = q.letters[li]!
  let found = false
  if (wi >= 0) {
    const word = q.parts[wi]!
    for (let k = word.indexOf(c, ci); k !== -1 && !found; k = word.indexOf(c, k + 1)) found = matchFrom(q, li + 1, wi, k + 1)
  }
  for (let w = wi + 1; w < q.parts.length && !found; w++) if (q.parts[w]![0] === c) found = matchFrom(q, li + 1, w, 1)
  if (!found && cell >= 0) q.failed[cell] = 1
  return found
}

/**
 * A stock code after a company's name ("(XOM.N)", "(ISPA.AS)", a share class "(BBDb.TO)", an
 * exchange "(ROSN.RTS)"): a name the company goes by, whatever its letters.
 */
export const isTicker = (token: string): boolean => /^[A-Z0-9]{1,8}[a-z]?\.[A-Z]{1,3}$/.test(token)
