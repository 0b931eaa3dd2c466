import * as T from "./triggers.js"
import { fixed, textAfter, type Rule } from "./Rule.js"
import { cap } from "./vocabulary.js"

/**
 * "this season", "last season", "earlier this season", "the following season": a season of play
 * (sport, television, theatre), which straddles calendar years and starts on no fixed day. Only its
 * direction from the story's time is certain, so TIMEX3's PRESENT_REF, PAST_REF and FUTURE_REF say it.
 */
export const playingSeasonRule: Rule = {
  triggers: T.SEASON,
  name: "playing_season",
  priority: 3,
  pattern: new RegExp(
    `(?<![\\w-])(?:(?:${cap("earlier")}|${cap("later")}) )?(${cap("this")}|${cap("last")}|${cap("next")}|${cap("the")} (?:previous|following|coming|current|last|next)) season(?![\\w-])`,
    "g"
  ),
  resolve: (m, ctx) => {
    // "season tickets", "season passes" are things sold, not the season.
    if (/^ (?:tickets?|pass(?:es)?|holders?)\b/.test(textAfter(ctx, 10))) return null
    const which = m[1]!.toLowerCase()
    if (which === "this" || which === "the current") return fixed("DATE", "PRESENT_REF", 0.6)
    if (which === "last" || which === "the previous" || which === "the last") return fixed("DATE", "PAST_REF", 0.6)
    return fixed("DATE", "FUTURE_REF", 0.6)
  }
}
