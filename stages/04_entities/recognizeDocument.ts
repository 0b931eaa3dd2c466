import { gazetteer, type Gazetteer } from "./gazetteer/Gazetteer.js"
import { linkDocument, type DocumentEntity, type LinkedMention, type PlacedEntity, type SentenceResult } from "./linkDocument.js"
import type { SpanTagger, TaggedSpan, Token } from "./nerContract.js"
import { resolveSharedCountryNames, spreadPlacesInDocument } from "./placeContext.js"
import { typeConditionNames } from "./diseaseNames.js"
import { typeMakersOfModels } from "./makersOfModels.js"
import { keepBarePossessiveNames, keepPossessiveNames, possessiveOrgStems } from "./possessiveNames.js"
import { recognizeSentence, type SentenceMention } from "./recognizeSentence.js"
import { splitGluedNames } from "./splitGluedNames.js"
import { splitNamesOverAnd } from "./splitNamesOverAnd.js"
import { typeWorkTitles } from "./workTitles.js"

export interface TokenizedSentence {
  readonly sentenceId: number
  /** Tokens with UTF-16 offsets into the document text. */
  readonly tokens: ReadonlyArray<Token>
}

/**
 * Everything the stage does to one document once it is tokenized: each sentence tagged and
 * typed, then the document's mentions linked into entities. The stage and the evaluations
 * (CoNLL, MEANTIME, seed gold) call this same function.
 */
export const recognizeDocument = (
  text: string,
  sentences: ReadonlyArray<TokenizedSentence>,
  tagger: SpanTagger,
  gaz: Gazetteer = gazetteer(),
  /** False when only the mentions are read: the document's entities are then not described (empty). */
  withEntities = true
): { mentions: LinkedMention[]; entities: DocumentEntity[]; places: PlacedEntity[] } => {
  const words = sentences.map((s) => s.tokens.map((t) => t.text))
  // A document at a time when the tagger can: a word's earlier labels inform its later mentions.
  const tagged = tagger.tagDocument !== undefined ? tagger.tagDocument(words) : words.map((w) => tagger.tag(w))
  // "Chelsea and Arsenal" where the document names each club alone: two names (splitNamesOverAnd.ts).
  const capitalizationBin = tagger.capitalizationBin?.bind(tagger)
  const glued = tagged.map((spans, k) => splitGluedNames(sentences[k]!.tokens, spans, k === 0, capitalizationBin))
  // The names the glued ones were mended into are evidence too ("News Corp" of "News Corp NWSa.N");
  // a part split off may end in what the mending drops ("Motorola Inc. MOT.N and Nokia").
  const split = splitNamesOverAnd(words, glued, gaz, capitalizationBin)
  const spans = split === glued ? glued : split.map((spans, k) => (spans === glued[k] ? spans : splitGluedNames(sentences[k]!.tokens, spans, k === 0, capitalizationBin)))
  // Needed only when a one-word MISC looks like a common word: built then, once per document.
  let longer: Set<string> | undefined
  const inLongerNames = (): Set<string> => (longer ??= wordsInLongerNames(words, tagged))
  const results: SentenceResult[] = sentences.map((s, k) => ({
    sentenceId: s.sentenceId,
    tokens: s.tokens,
    mentions: recognizeSentence(text, s.tokens, spans[k] ?? [], gaz, capitalizationBin, inLongerNames)
  }))
  // "Wendy" + "'s" where the document also tags "Wendy's" as a company, or "a Wendy's": the company, whole.
  const stems = possessiveOrgStems(words, tagged, gaz)
  for (let k = 0; k < results.length; k++) keepPossessiveNames(words[k]!, results[k]!.mentions as SentenceMention[], stems)
  keepBarePossessiveNames(words, results.map((r) => r.mentions as SentenceMention[]))
  // "Alzheimer's", "Parkinson's disease": conditions, not the doctor or a company.
  typeConditionNames(words, results.map((r) => r.mentions as SentenceMention[]))
  // "the film Sunset Harbour", "the band Paper Kites": works are MISC, bands ORG.
  typeWorkTitles(text, results)
  // "Airbus" beside "Airbus A380": the maker of a numbered model is a company.
  typeMakersOfModels(results)
  spreadPlacesInDocument(text, results)
  resolveSharedCountryNames(results, gaz)
  return linkDocument(text, results, gaz, withEntities)
}

/** Every word of the tagger's spans of two or more tokens in the document. */
const wordsInLongerNames = (words: ReadonlyArray<ReadonlyArray<string>>, spans: ReadonlyArray<ReadonlyArray<TaggedSpan>>): Set<string> => {
  const out = new Set<string>()
  for (let k = 0; k < spans.length; k++) {
    for (const s of spans[k]!) {
      if (s.endToken - s.startToken < 2) continue
      for (let i = s.startToken; i < s.endToken; i++) out.add(words[k]![i]!)
    }
  }
  return out
}
