import type { ConllDocument } from "./conll.js"
import { spansOfLabels, type LabelSpan } from "./labels.js"
import type { NerTagger } from "./NerTypes.js"
import { scoreSpans, type SpanScoreTable } from "./scoreSpans.js"

/** Tags every sentence of CoNLL documents with `tagger` and scores the spans against the gold labels. */
export const evaluateTagger = (docs: ReadonlyArray<ConllDocument>, tagger: NerTagger): SpanScoreTable => {
  const gold: LabelSpan[][] = []
  const predicted: LabelSpan[][] = []
  for (const doc of docs) {
    for (const sentence of doc.sentences) {
      gold.push(spansOfLabels(sentence.labels))
      predicted.push(tagger.tag(sentence.words).map((s) => ({ start: s.startToken, end: s.endToken, type: s.type })))
    }
  }
  return scoreSpans(gold, predicted)
}
