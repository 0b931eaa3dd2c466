import { recognizeDocument } from "../recognizeDocument.js"
import type { ConllType } from "../nerContract.js"
import { stubTagger, stubTokenize } from "./stubTagger.js"

/** Runs the stage's document logic on one-sentence-per-line text with the stub tagger. */
export const runStub = (
  text: string,
  names: Readonly<Record<string, ConllType>>,
  capitalization?: Readonly<Record<string, number>>,
  confidences?: Readonly<Record<string, number>>
) => {
  const sentences: Array<{ sentenceId: number; tokens: ReturnType<typeof stubTokenize> }> = []
  let at = 0
  text.split("\n").forEach((line, sentenceId) => {
    sentences.push({ sentenceId, tokens: stubTokenize(text, at, at + line.length) })
    at += line.length + 1
  })
  return recognizeDocument(text, sentences, stubTagger(names, capitalization, confidences))
}

/** Each mention as [text, type], in order. */
export const mentionTypes = (r: ReturnType<typeof runStub>): string[][] => r.mentions.map((m) => [m.text, m.type])

/** The mentions' texts grouped by entity, in order of first mention. */
export const entityGroups = (r: ReturnType<typeof runStub>): string[][] => {
  const byId = new Map<string, string[]>()
  for (const m of r.mentions) byId.set(m.entityId, [...(byId.get(m.entityId) ?? []), m.text])
  return [...byId.values()]
}
