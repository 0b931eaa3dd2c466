import type { Tense } from "./tense.js"

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET"

/** What a rule saw around its match, and the narrative so far. */
export interface ResolveContext {
  /** Publication date as a day number, or null when the document has none. */
  readonly dct: number | null
  /**
   * The day "today", "tonight" and "tomorrow" count from: publication's day, except in a story a
   * western bureau wrote overnight for its coming day (see datelineDay), whose quoted words were said the day before.
   */
  readonly spokenDay: number | null
  /** The stamp's own day when an Asian bureau's dateline moved publication to its next day (see datelineDay), else publication's. */
  readonly stampDay: number | null
  /** Tense of the clause around the match (nearest tense marker). */
  readonly tense: Tense
  /** Last day-precise date of the narrative before this expression, with its start (code points). */
  readonly previous: { readonly day: number; readonly start: number } | null
  /** Last quarter named before this expression (year × 4 + quarter − 1), for "a year earlier". */
  readonly previousQuarter: number | null
  /** Whether that quarter was named with its end ("the fiscal third quarter ended May 31"): reported, whatever its number. */
  readonly previousQuarterEnded: boolean
  /** Last year or month named before this expression (month null for a bare year), with its start (code points). */
  readonly previousPeriod: { readonly year: number; readonly month: number | null; readonly start: number } | null
  /** The sentence and where the match sits in it (UTF-16 offsets). */
  readonly sentence: string
  readonly index: number
  readonly length: number
  /** The first day-precise date resolved in this sentence so far, for times of day. */
  readonly sentenceDay: number | null
}

/** How an expression resolved; `anchor` is "published_at", "previous" or "none". */
export interface Resolution {
  readonly type: TimexType
  readonly value: string
  readonly anchor: "published_at" | "previous" | "none"
  readonly confidence: number
  /** Where the anchor starts (code points), when it is not the narrative's last day. */
  readonly anchorStart?: number
  /** A quarter known to have ended (see ResolveContext.previousQuarterEnded). */
  readonly ended?: boolean
}

/**
 * One grammar rule: a global regular expression over a sentence and the function that turns a
 * match into a TIMEX3 type and value (or null to drop the match after a closer look).
 */
export interface Rule {
  readonly name: string
  readonly pattern: RegExp
  /** Kinds of words (bits of triggers.ts) of which the sentence must hold one for the rule to run. */
  readonly triggers: number
  /** A second kind of word the sentence must also hold (any of these bits), when one is not enough. */
  readonly requires?: number
  /** Breaks ties between overlapping matches of equal length; higher wins. */
  readonly priority: number
  readonly resolve: (m: RegExpExecArray, ctx: ResolveContext) => Resolution | null
}

export const fixed = (type: TimexType, value: string, confidence: number): Resolution => ({ type, value, anchor: "none", confidence })
export const fromDct = (type: TimexType, value: string, confidence: number): Resolution => ({ type, value, anchor: "published_at", confidence })

/** The sentence's last `n` characters before the match (fewer at its start). */
export const textBefore = (ctx: ResolveContext, n: number): string => ctx.sentence.slice(Math.max(0, ctx.index - n), ctx.index)

/** The sentence's first `n` characters after the match (fewer at its end), or all the rest without `n`. */
export const textAfter = (ctx: ResolveContext, n?: number): string => {
  const end = ctx.index + ctx.length
  return ctx.sentence.slice(end, n === undefined ? undefined : end + n)
}
