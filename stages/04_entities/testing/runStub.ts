import { recognizeDocument } from "../recognizeDocument.js"
import type { ConllType } from "../nerContract.js"
import { stubTagger, stubTokenize } from "./stubTagger.js"

/** One sentence per line of `text`, tokenized by stubTokenize, with offsets into the whole text. */
export const stubSentences = (text: string): Array<{ sentenceId: number; tokens: ReturnType<typeof stubTokenize> }> => {
  let at = 0
  return text.split("\n").map((line, sentenceId) => {
    const tokens = stubTokenize(text, at, at + line.length)
    at += line.length + 1
    return { sentenceId, tokens }
  })
}

/** Runs the stage's document logic on one-sentence-per-line text with the stub tagger. */
export const runStub = (
  text: string,
  names: Readonly<Record<string, ConllType>>,
  capitalization?: Readonly<Record<string, number>>,
  confidences?: Readonly<Record<string, number>>
) => recognizeDocument(text, stubSentences(text), stubTagger(names, capitalization, confidences))

/** Each mention as [text, type], in order. */
export const mentionTypes = (r: ReturnType<typeof runStub>): string[][] => r.mentions.map((m) => [m.text, m.type])

/** The mentions' texts grouped by entity, in order of first mention. */
export const entityGroups = (r: ReturnType<typeof runStub>): string[][] => {
  const byId = new Map<string, string[]>()
  for (const m of r.mentions) byId.set(m.entityId, [...(byId.get(m.entityId) ?? []), m.text])
  return [...byId.values()]
}
