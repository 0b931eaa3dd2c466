import { dctDay, newNarrative, timexesOfSentence } from "../extractTimexes.js"

/**
 * For tests: "text → TYPE value" for each expression of one or more sentences, read in order as
 * one narrative against the publication date `published` (null: none).
 */
export const readTimexes = (sentences: ReadonlyArray<string>, published: string | null): string[] => {
  const narrative = newNarrative()
  return sentences.flatMap((s) => timexesOfSentence(s, dctDay(published), narrative).map((t) => `${t.text} → ${t.type} ${t.value}`))
}
