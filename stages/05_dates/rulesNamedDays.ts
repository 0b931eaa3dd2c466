import * as T from "./triggers.js"
import { fixed, textAfter, type Rule } from "./Rule.js"

/**
 * "the September 11 attacks", "Sept. 11th terrorist attacks", "September 11 victims": a day that
 * names the 2001 attacks on the United States, whatever the story's year. Read as a month and
 * day it would take the publication's year. Only before a word of the attacks: "on September
 * 11" alone stays a day of its own year.
 */
export const namedDayRule: Rule = {
  triggers: T.MONTH,
  requires: T.DIGIT,
  name: "named_day",
  priority: 6,
  pattern: /(?<![\w-])(?:September|Sept\.?|Sep\.?) 11(?:th)?(?![\w,-]| \d)/g,
  resolve: (_m, ctx) => (ATTACK_WORDS.test(textAfter(ctx, 40)) ? fixed("DATE", "2001-09-11", 0.9) : null)
}

/** Up to two words, then a word of the attacks: " terrorist attacks", " hijackers", " Commission". */
const ATTACK_WORDS = /^ (?:[a-z-]+ ){0,2}(?:attacks?|attackers|hijack(?:ers|ings?)|terror(?:ism|ist)?|strikes|victims|Commission|commission|memorial|anniversary|era)\b/
