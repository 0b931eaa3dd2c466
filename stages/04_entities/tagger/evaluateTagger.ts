import type { ConllDocument } from "./conll.js"
import { spansOfLabels, type LabelSpan } from "./labels.js"
import type { NerTagger } from "./NerTypes.js"
import { scoreSpans, type SpanScoreTable } from "./scoreSpans.js"

/**
 * Tags CoNLL documents with `tagger` (a document at a time when it can, else sentence by sentence)
 * and scores the spans against the gold labels.
 */
export const evaluateTagger = (docs: ReadonlyArray<ConllDocument>, tagger: NerTagger): SpanScoreTable => {
  const gold: LabelSpan[][] = []
  const predicted: LabelSpan[][] = []
  for (const doc of docs) {
    const spans = tagger.tagDocument !== undefined
      ? tagger.tagDocument(doc.sentences.map((s) => s.words))
      : doc.sentences.map((s) => tagger.tag(s.words))
    doc.sentences.forEach((sentence, k) => {
      gold.push(spansOfLabels(sentence.labels))
      predicted.push(spans[k]!.map((s) => ({ start: s.startToken, end: s.endToken, type: s.type })))
    })
  }
  return scoreSpans(gold, predicted)
}
