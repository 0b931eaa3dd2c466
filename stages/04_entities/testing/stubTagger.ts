import type { ConllType, SpanTagger, TaggedSpan, Token } from "../nerContract.js"

/**
 * Test double for the statistical tagger: tags exactly the names it is given (longest match
 * first), with confidence 0.9 unless told otherwise. Lets the typing and linking rules be tested on hand-written
 * sentences whatever the trained model does.
 */
export const stubTagger = (
  names: Readonly<Record<string, ConllType>>,
  /** Capitalization bins (see SpanTagger.capitalizationBin) by lower-cased word; others are unknown (-1). */
  capitalization?: Readonly<Record<string, number>>,
  /** Confidence by name, for rules that heed the tagger's doubt; others get 0.9. */
  confidences?: Readonly<Record<string, number>>
): SpanTagger => {
  const entries = Object.entries(names).map(([name, type]) => ({ words: stubTokenize(name).map((t) => t.text), type, confidence: confidences?.[name] ?? 0.9 }))
  entries.sort((a, b) => b.words.length - a.words.length)
  return {
    ...(capitalization === undefined ? {} : { capitalizationBin: (word: string) => capitalization[word.toLowerCase()] ?? -1 }),
    tag(tokens: ReadonlyArray<string>): TaggedSpan[] {
      const spans: TaggedSpan[] = []
      for (let i = 0; i < tokens.length; ) {
        const hit = entries.find((e) => e.words.every((w, k) => tokens[i + k] === w))
        if (hit === undefined) {
          i++
          continue
        }
        spans.push({ startToken: i, endToken: i + hit.words.length, type: hit.type, confidence: hit.confidence })
        i += hit.words.length
      }
      return spans
    }
  }
}

const TOKEN = /(?:\p{Lu}\.){2,}|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|Sgt|Capt|Det|Ofc|St|Ave|Blvd)\.|\p{L}+'(?:m|re|ve|ll|d)(?!\p{L})|[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*|'s|\S/gu

/** Test double for tokenizeForNer: words, "U.S."-style abbreviations, titles, contractions ("I'm"), 's and punctuation. */
export const stubTokenize = (text: string, from = 0, to = text.length): Token[] => {
  const out: Token[] = []
  const slice = text.slice(from, to)
  for (const m of slice.matchAll(TOKEN)) out.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length })
  return out
}
