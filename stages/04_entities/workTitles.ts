import type { Token } from "./nerContract.js"
import type { SentenceMention } from "./recognizeSentence.js"
import { spanText } from "./typeSpan.js"

/**
 * Lower-case nouns of works written right before a title: "the film Sunset Harbour", "drama
 * Night Watch", "his album Blue Lantern". Not "show", "play", "book", "game" or "single", which
 * are verbs or adjectives as often ("polls show Labour ahead").
 */
const WORK_NOUNS = new Set([
  "film", "films", "movie", "movies", "series", "sitcom", "sitcoms", "drama", "dramas", "thriller", "thrillers", "comedy",
  "comedies", "biopic", "blockbuster", "blockbusters", "documentary", "documentaries", "album", "albums", "novel", "novels",
  "musical", "musicals", "soap", "cartoon", "remake", "sequel", "opera", "ballet"
])

/** Nouns of works that are also verbs: not a cue after a pronoun ("she films Ann Lee"). */
const VERB_LIKE = new Set(["films"])
const PRONOUNS = new Set(["he", "she", "it", "they", "who", "we", "i", "you"])

/** Words before "version of" that make it a work's: "a screen version of X", "the stage version of X". */
const SCREEN_WORDS = new Set(["screen", "stage", "tv", "television", "cinema", "big-screen"])

/** Nouns of groups of musicians: "the band Paper Kites", "rock band Keane" are organizations. */
const BAND_NOUNS = new Set(["band", "bands"])

/** Tagger confidence from which another mention of the title keeps its own type (as linking's 0.8). */
const SURE_CONFIDENCE = 0.8

/** A token's text as written ("" past either end): every cue is a lower-case word, so none is lower-cased. */
const textAt = (tokens: ReadonlyArray<Token>, i: number): string => (i >= 0 && i < tokens.length ? tokens[i]!.text : "")

/** Words after a name that make it a modifier of the title that follows ("a remake of Hollywood classic King Kong"). */
const MODIFIER_NOUNS = new Set(["classic", "classics", "hit", "hits", "favourite", "favorite"])

/** What cues a name as a work: nothing, one title ("the film X"), or a list of them ("films such as X, Y and Z"). */
const NO_CUE = 0
const ONE_TITLE = 1
const TITLES = 2

/** How a work noun cues the name starting at `a`: "film X", "film version of X", "films X, Y", "films such as X", "films like X". */
const workCueBefore = (tokens: ReadonlyArray<Token>, a: number): number => {
  // The cue is a word written in lower case ("SOAP OPERA Jim Albaugh" is a heading run into the
  // text): most names follow no such word, and are decided by this one test.
  if (a === 0) return NO_CUE
  const w1 = tokens[a - 1]!.text
  const c = w1.charCodeAt(0)
  if (c < 97 || c > 122) return NO_CUE
  if (WORK_NOUNS.has(w1)) {
    if (VERB_LIKE.has(w1) && PRONOUNS.has(textAt(tokens, a - 2).toLowerCase())) return NO_CUE
    const plural = w1.endsWith("s") && w1 !== "series"
    // "a series Ann Lee is holding", "a film Ann Lee made": after "a" the name starts a clause.
    const article = textAt(tokens, a - 2)
    if (!plural && (article === "a" || article === "an")) return NO_CUE
    return plural ? TITLES : ONE_TITLE
  }
  // "a film version of X", "a remake of X" (not "a version of New York's statue")
  if (w1 === "of" && textAt(tokens, a - 2) === "remake") return ONE_TITLE
  if (w1 === "of" && textAt(tokens, a - 2) === "version" && (WORK_NOUNS.has(textAt(tokens, a - 3)) || SCREEN_WORDS.has(textAt(tokens, a - 3).toLowerCase()))) return ONE_TITLE
  // "films such as X", "films like X"
  if (w1 === "as" && textAt(tokens, a - 2) === "such") return WORK_NOUNS.has(textAt(tokens, a - 3)) ? TITLES : NO_CUE
  if (w1 === "like") return WORK_NOUNS.has(textAt(tokens, a - 2)) ? TITLES : NO_CUE
  return NO_CUE
}

/** Whether only list punctuation and "and"/"or" stand between two mentions ("X, Y and Z"). */
const listGap = (tokens: ReadonlyArray<Token>, from: number, to: number): boolean => {
  if (to <= from) return false
  for (let i = from; i < to; i++) {
    const w = tokens[i]!.text
    if (w !== "," && w !== "and" && w !== "or" && w !== "&") return false
  }
  return true
}

/**
 * Titles of films, series and albums are works (MISC), and bands are organizations, whatever the
 * tagger said, when the sentence names them so: a work noun right before the name ("the film
 * Sunset Harbour", "sitcom Night Shift", "a film version of Lost Roads"), and the names listed
 * after "films such as"/"like" ("films such as A, B and C"); "band X" is an ORG. The document's
 * other mentions of the same title the tagger was unsure of (< 0.8) follow. Countries and
 * nationalities stay. Changes the mentions in place.
 */
export const typeWorkTitles = (
  text: string,
  sentences: ReadonlyArray<{ readonly tokens: ReadonlyArray<Token>; readonly mentions: ReadonlyArray<SentenceMention> }>
): void => {
  let works: Set<string> | null = null
  for (const s of sentences) {
    const tokens = s.tokens
    const mentions = s.mentions as SentenceMention[]
    let listing = false
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k]!
      const retypable = m.country === null && m.from === undefined && m.type !== "NORP"
      // "a remake of Roald Dahl's classic": a name before a possessive owns the work.
      // "a remake of Hollywood classic King Kong": a name before "classic" or a work noun modifies the title after it.
      const next = textAt(tokens, m.b)
      const owner = next === "'s" || next === "’s" || next === "'" || next === "’" || MODIFIER_NOUNS.has(next) || WORK_NOUNS.has(next)
      const cue = owner ? NO_CUE : workCueBefore(tokens, m.a)
      // After a plural cue the list goes on while only commas and "and" separate its names
      // ("films such as A, B and C"); after "the film A," a name is the sentence's next subject.
      const work: boolean = cue !== NO_CUE || (listing && k > 0 && listGap(tokens, mentions[k - 1]!.b, m.a))
      listing = cue === TITLES || (cue === NO_CUE && work)
      if (!retypable) continue
      if (work) {
        m.type = "MISC"
        ;(works ??= new Set()).add(spanText(text, tokens, m.a, m.b))
      } else if (BAND_NOUNS.has(textAt(tokens, m.a - 1)) && (m.type === "PERSON" || m.type === "GPE" || m.type === "MISC")) {
        m.type = "ORG"
      }
    }
  }
  if (works === null) return
  for (const s of sentences) {
    for (const m of s.mentions as SentenceMention[]) {
      if (m.type === "MISC" || m.type === "NORP" || m.country !== null || m.from !== undefined || m.confidence >= SURE_CONFIDENCE) continue
      if (works.has(spanText(text, s.tokens, m.a, m.b))) m.type = "MISC"
    }
  }
}
