/**
 * The shape of the statistical tagger this stage calls (see tagger/index.ts, agreed in
 * notes/tagger-interface.md), restated structurally so that the typing and linking code can be
 * built, tested and evaluated with any tagger: the real one in the stage, a stub in unit tests.
 */

/** One token; start/end are UTF-16 offsets into the text it was cut from. */
export interface Token {
  readonly text: string
  readonly start: number
  readonly end: number
}

export type ConllType = "PER" | "ORG" | "LOC" | "MISC"

/** Tokens [startToken, endToken) of one sentence, with a confidence in [0, 1]. */
export interface TaggedSpan {
  readonly startToken: number
  readonly endToken: number
  readonly type: ConllType
  readonly confidence: number
}

export interface SpanTagger {
  tag(tokens: ReadonlyArray<string>): ReadonlyArray<TaggedSpan>
  /** One span list per sentence of a document, in order; better than `tag` when offered. */
  tagDocument?(sentences: ReadonlyArray<ReadonlyArray<string>>): ReadonlyArray<ReadonlyArray<TaggedSpan>>
  /** How often the word is capitalized away from a sentence start (see NerTagger); -1 unknown. */
  capitalizationBin?(word: string): number
}
