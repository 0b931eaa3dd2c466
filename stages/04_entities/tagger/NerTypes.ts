/** One token of a sentence; start/end are UTF-16 offsets into the string given to tokenizeForNer. */
export interface NerToken {
  /** The token as the tagger reads it: the slice at [start, end), typographic quotes straightened. */
  readonly text: string
  readonly start: number
  readonly end: number
}

/** The four CoNLL-2003 entity types. */
export type NerType = "PER" | "ORG" | "LOC" | "MISC"

/** An entity span over tokens [startToken, endToken) with a confidence in [0,1]. */
export interface NerSpan {
  readonly startToken: number
  readonly endToken: number
  readonly type: NerType
  readonly confidence: number
}

/** Tags one sentence, given as its tokens' texts. */
export interface NerTagger {
  tag(tokens: ReadonlyArray<string>): NerSpan[]
  /**
   * Tags the sentences of one document in order, one span list per sentence. Better than `tag`
   * on each sentence: a word's earlier labels in the document inform later mentions ("Jesper
   * Parnevik" … "Parnevik"). Optional so that stubs need not provide it.
   */
  tagDocument?(sentences: ReadonlyArray<ReadonlyArray<string>>): NerSpan[][]
  /**
   * How often the word is capitalized away from a sentence start in unlabeled news, as a bin
   * (0 almost never … 5 almost always, 6 all capitals; -1 unknown). Optional, as for tagDocument.
   */
  capitalizationBin?(word: string): number
}
