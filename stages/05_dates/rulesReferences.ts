import * as T from "./triggers.js"

import { dayValue } from "./rulesDays.js"
import { formatDay, formatWeek } from "./calendar.js"
import { fixed, fromDct, textAfter, textBefore, type Rule } from "./Rule.js"
import { cap } from "./vocabulary.js"

/**
 * Deictic references TIMEX3 writes as PRESENT_REF / PAST_REF / FUTURE_REF: "now", "currently",
 * "recently", "the past", "the future", "soon". Adjectives like "recent" or "former" describe
 * things, not times, and are left out.
 */
export const referenceRule: Rule = {
  triggers: T.REFERENCE,
  name: "reference",
  priority: 3,
  pattern: new RegExp(
    `(?<![\\w-])(?:(${cap("now")}|${cap("currently")}|${cap("presently")}|${cap("nowadays")}|${cap("these days")}|${cap("at the moment")}|${cap("at present")}|${cap("right now")}|${cap("current")})|(${cap("recently")}|${cap("lately")}|${cap("the past")})|(${cap("the")} (?:near |distant |foreseeable |immediate )?future|${cap("future")}|${cap("the")} (?:near|short|long|medium) term)|(${cap("the")} time being))(?![\\w-])`,
    "g"
  ),
  resolve: (m, ctx) => {
    const before = textBefore(ctx, 12)
    const after = textAfter(ctx, 16)
    if (m[1] !== undefined) {
      const word = m[1].toLowerCase()
      // "current" only as "the current chairman" (a present reference), not "the current year" (a unit rule) or "electric current".
      // "Now Playing", a video player's caption on a news page, is no time.
      if (word === "now" && /^:? [Pp]laying\b/.test(after)) return null
      // "banks may open on these days", "all these days", "the nature of these days to remain": days pointed at, not nowadays.
      if (word === "these days" && (/\b(?:all|on|for|during|of)\s+$/i.test(before) || /^ (?:to|of|when|that|which)\b/.test(after))) return null
      if (word === "current" && (!/\b(?:the|its|his|her|their|our)\s+$/i.test(before) || /^ (?:account|accounts|affairs|events|of|year|month|week|quarter|season|decade|century)\b/.test(after))) return null
      return fixed("DATE", "PRESENT_REF", 0.7)
    }
    if (m[2] !== undefined) {
      const word = m[2].toLowerCase()
      if (word === "the past" && /^ (?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|week|month|year|decade|day)/i.test(after)) return null
      return fixed("DATE", "PAST_REF", 0.6)
    }
    if (m[4] !== undefined) return fixed("DATE", "PRESENT_REF", 0.6)
    const word = m[3]!.toLowerCase()
    if (word === "soon" && (/\bas\s+$/i.test(before) || /^ (?:as|after|afterwards|before)\b/.test(after))) return null
    if (word.endsWith("future") && !/\b(?:in|into|for|the|near|and|of)\s+$/i.test(before) && !word.startsWith("the")) return null
    if (word.endsWith("future") && /^ of\b/.test(after)) return null
    // "access to the short term capital market", "the long term interests of": the adjective of a compound whose hyphen
    // was dropped, before its noun; the time stands alone ("the long term looks secure") or after a preposition of time.
    // After a preposition of time it stays a time, whatever follows ("in the short term investors gain").
    if (word.endsWith("term") && COMPOUND_NOUN_AFTER.test(after) && !/\b(?:in|over|for|into|during|beyond|through|across|within|until)\s+$/i.test(before)) return null
    return fixed("DATE", "FUTURE_REF", 0.6)
  }
}

/** A lower-case word after "the long term" that is no verb, conjunction or preposition: the noun of a compound. */
const COMPOUND_NOUN_AFTER =
  /^\s+(?!(?:is|was|are|were|be|looks?|looked|remains?|remained|seems?|seemed|appears?|will|would|could|can|may|might|should|must|has|had|have|does|did|and|or|but|nor|to|of|in|into|for|as|at|on|by|with|than|that|which|when|while|if|because|though|although|so|then|too|also|still|rather|instead|is|it|we|they|he|she|you|i)\b)[a-z]/

/** "the next day", "the following morning", "that day", "the day before": dates of the narrative. */
export const anchoredDayRule: Rule = {
  triggers: T.UNIT | T.PART_OF_DAY,
  requires: T.ANCHOR,
  name: "anchored_day",
  priority: 6,
  pattern: new RegExp(
    `(?<![\\w-])(?:(${cap("the")} (?:next|following|previous|preceding) (?:day|morning|afternoon|evening|night))|(${cap("the")} (?:day|night|morning|afternoon|evening) (?:before|after))(?= *[,.;:!?]| *$)|((?:(?:${cap("earlier")}|${cap("later")}) )?(?:${cap("that")}|${cap("the same")}) (?:day|morning|afternoon|evening|night)))(?![\\w-])`,
    "g"
  ),
  resolve: (m, ctx) => {
    const text = m[0].toLowerCase()
    const shift = /next|following| after$/.test(text) ? 1 : /previous|preceding| before$/.test(text) ? -1 : 0
    const part = /(morning|afternoon|evening|night)(?: before| after)?$/.exec(text)?.[1]
    if (ctx.previous === null) return dayValue(null, part, 0)
    const resolved = dayValue(ctx.previous.day + shift, part, 0.6)
    return { ...resolved, anchor: "previous" }
  }
}


/**
 * "shares ended the day 2% higher", "For the week, the index fell 3%": a trading session, on
 * the day the narrative is on, else the publication's day (or their ISO week).
 */
export const tradingSessionRule: Rule = {
  triggers: T.UNIT,
  name: "trading_session",
  priority: 6,
  pattern: /(?<=\b(?:end|ends|ended|ending|close|closes|closed|closing|finish|finishes|finished|finishing|start|starts|started|starting|begin|begins|began|beginning|open|opens|opened|opening) )the (day|week)(?![\w-])|(?<=\b[Ff]or )the (day|week)(?=,)/g,
  resolve: (m, ctx) => {
    // The day the narrative is on ("On Monday, the Dow ended the day ..."), else publication; a
    // session that ended is never after publication ("the Fed meets on September 18 ... fell for
    // the week" is the publication's week), though one yet to open may be ("to open the week"; not "began the day").
    const told = ctx.sentenceDay ?? ctx.previous?.day ?? null
    const opens = /\b(?:start|starts|starting|begin|begins|beginning|open|opens|opening) $/.test(textBefore(ctx, 12))
    const narrativeDay = told !== null && (ctx.dct === null || opens || told <= ctx.dct) ? told : null
    const day = narrativeDay ?? ctx.dct
    const unit = m[1] ?? m[2]
    if (day === null) return fixed("DATE", unit === "day" ? "XXXX-XX-XX" : "XXXX-WXX", 0.3)
    const value = unit === "day" ? formatDay(day) : formatWeek(day)
    return narrativeDay === null ? fromDct("DATE", value, 0.6) : { type: "DATE", value, anchor: "previous", confidence: 0.5 }
  }
}
