import type { SentenceMention } from "./recognizeSentence.js"
import type { Token } from "./nerContract.js"

const HAS_DIGIT = /\d/

/** Words that make what follows a thing, not a firm: "the Superjet", "its Superjet", "this Airbus". */
const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "each", "every"])

/** Whether a lower-case word (an adjective: "the civil Superjet") or nothing stands between a determiner and token `a`. */
const afterDeterminer = (tokens: ReadonlyArray<Token>, a: number): boolean => {
  let k = a - 1
  if (k >= 0 && /^\p{Ll}+$/u.test(tokens[k]!.text) && !DETERMINERS.has(tokens[k]!.text)) k--
  return k >= 0 && DETERMINERS.has(tokens[k]!.text.toLowerCase())
}

/**
 * A model's number: letters and digits ("A380", "F-150", "787-9") or a number of three digits or
 * more that is no year ("737", "747"). Not a year or a small number, which name editions and
 * versions ("Euro 2004", "Windows 95", "Windows 7").
 */
const MODEL_NUMBER = /^(?=.*\d)(?:(?=.*[A-Za-z])[A-Za-z0-9-]+|(?!(?:19|20)\d\d$)\d{3,}(?:-\d+)?s?)$/

/**
 * "Airbus" beside "Airbus A380", "Boeing" beside "Boeing 787-9": a one-word MISC name that the
 * document also writes before a numbered model is the maker, an organization, where it stands
 * alone ("Airbus said", "orders for Boeing"). The model keeps its type. Only numbered models: a
 * product line named in words ("iPod Nano", "Windows Vista") is no sign its first word is a
 * company. A word the document writes alone after a determiner ("the Superjet", "the civil
 * Superjet") as often as without one is a model's name ("Superjet" of "Superjet 100"), not its
 * maker's: firms take no article ("Airbus said"; a few "the Airbus offering" do not count).
 * Changes the mentions in place.
 */
export const typeMakersOfModels = (sentences: ReadonlyArray<{ readonly tokens: ReadonlyArray<Token>; readonly mentions: ReadonlyArray<SentenceMention> }>): void => {
  let makers: Set<string> | null = null
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.type !== "MISC" || m.b - m.a < 2 || m.from !== undefined) continue
      let numbered = false
      for (let i = m.a + 1; i < m.b && !numbered; i++) numbered = MODEL_NUMBER.test(s.tokens[i]!.text)
      if (numbered && !HAS_DIGIT.test(s.tokens[m.a]!.text)) (makers ??= new Set()).add(s.tokens[m.a]!.text)
    }
  }
  if (makers === null) return
  // Per maker word: lone mentions without a determiner minus those after one.
  const balance = new Map<string, number>()
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.type !== "MISC" || m.b - m.a !== 1 || m.from !== undefined) continue
      const word = s.tokens[m.a]!.text
      if (makers.has(word)) balance.set(word, (balance.get(word) ?? 0) + (afterDeterminer(s.tokens, m.a) ? -1 : 1))
    }
  }
  for (const s of sentences) {
    for (const m of s.mentions as SentenceMention[]) {
      if (m.type !== "MISC" || m.b - m.a !== 1 || m.from !== undefined) continue
      if ((balance.get(s.tokens[m.a]!.text) ?? 0) > 0) m.type = "ORG"
    }
  }
}
