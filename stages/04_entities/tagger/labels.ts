import type { NerType } from "./NerTypes.js"

/** The entity types in label order. */
export const NER_TYPES: ReadonlyArray<NerType> = ["PER", "ORG", "LOC", "MISC"]

/**
 * The tagger's label set, BIO: 0 = O, then B-type and I-type for each type in NER_TYPES order
 * (label 1 + 2t is B of type t, 2 + 2t is I of type t).
 */
export const LABELS: ReadonlyArray<string> = ["O", ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])]
export const N_LABELS = LABELS.length

/** Type index of a label (-1 for O). */
export const labelType = (label: number): number => (label === 0 ? -1 : (label - 1) >> 1)
/** Whether a label is a B- label. */
export const isBegin = (label: number): boolean => label !== 0 && ((label - 1) & 1) === 0

/** An entity span over tokens [start, end) of one type, found in a label sequence. */
export interface LabelSpan {
  readonly start: number
  readonly end: number
  readonly type: string
}

/**
 * Entity spans of a sequence of IOB1 or BIO string labels ("B-PER", "I-PER", "O"), read as
 * conlleval reads them: a span starts at a B- label or at an I- label whose type differs from the
 * previous label's; it ends where the type changes, at O, or at the next B-.
 */
export const spansOfLabels = (labels: ReadonlyArray<string>): LabelSpan[] => {
  const spans: LabelSpan[] = []
  let open = -1
  let openType = ""
  for (let i = 0; i <= labels.length; i++) {
    const label = i < labels.length ? labels[i]! : "O"
    const dash = label.indexOf("-")
    const type = label === "O" || dash < 0 ? "" : label.slice(dash + 1)
    const begins = type !== "" && (label.startsWith("B") || type !== openType)
    if (open >= 0 && (type !== openType || begins)) {
      spans.push({ start: open, end: i, type: openType })
      open = -1
      openType = ""
    }
    if (begins) {
      open = i
      openType = type
    }
  }
  return spans
}

/** Converts IOB1 (or BIO) string labels to BIO label indices. */
export const toBioIndices = (labels: ReadonlyArray<string>): Uint8Array => {
  const out = new Uint8Array(labels.length)
  for (const span of spansOfLabels(labels)) {
    const t = NER_TYPES.indexOf(span.type as NerType)
    if (t < 0) throw new Error(`unknown entity type ${span.type} (expected one of ${NER_TYPES.join(", ")})`)
    out[span.start] = 1 + 2 * t
    for (let k = span.start + 1; k < span.end; k++) out[k] = 2 + 2 * t
  }
  return out
}
