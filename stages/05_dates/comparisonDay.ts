/**
 * Days a story names only as a point of comparison, and clauses that quote a market as it stands.
 * Neither says what day a later clock time is on: "a 21 percent premium to the price on Thursday"
 * compares with Thursday, and "the shares were down 2 percent at 1030 GMT" is the story's own day.
 */

/** Text within one clause: no clause punctuation, but the comma of a figure ("$7,020") is no clause break. */
const IN_CLAUSE = "(?:[^,;:()]|,(?=\\d))*"

/**
 * What may stand before a compared day in its clause: "a premium to X's price on Thursday",
 * "compared with ... on Monday", "higher than on July 1", "up from 4.8 percent on Friday", "the biggest
 * fall since March 3", "adding to a 5 percent slide on Monday". ("more than 13 percent at midday on Monday"
 * counts, it compares with no day.) ("since" alone is when something began,
 * which may well be the story's day.)
 */
const COMPARED_BEFORE = new RegExp(
  `(?:\\b(?:premium|discount) to|\\bcompared (?:with|to)|\\bversus|\\bvs\\.?|(?<!\\b(?:more|less|fewer|rather|other|no later|no earlier) )\\bthan|\\bfrom [$£€]?\\d|\\badding to|\\b(?:highest|lowest|biggest|largest|smallest|strongest|weakest|steepest|sharpest|deepest|longest|fastest|heaviest|best|worst|first time|most|least)\\b${IN_CLAUSE}\\bsince)\\b${IN_CLAUSE}$`
)

/** How far back in its clause a comparison word is looked for. */
const COMPARED_REACH = 70

/** Whether the day written at `start` in `sentence` is named as the point a comparison is made from. */
export const isComparedDay = (sentence: string, start: number): boolean =>
  COMPARED_BEFORE.test(sentence.slice(Math.max(0, start - COMPARED_REACH), start))

const MARKET_WORD = /\b(?:[Ss]hares|[Ss]tocks?|[Ii]ndex|[Ff]utures|[Yy]ields?|[Cc]rude|[Bb]onds?|[Cc]urrency|[Dd]ollar|[Ee]uro|[Yy]en|[Ww]on|[Pp]ound|[Gg]old|[Cc]opper|[Cc]ontracts?|Treasur(?:y|ies))\b/
const MARKET_MOVE = /\b(?:up|down|off|higher|lower|flat|unchanged|steady|rose|fell|gained|lost|dropped|dipped|slipped|climbed|jumped|edged|eased|firmed|slid|tumbled|surged|rallied|added|shed|traded|trading|quoted|stood)\b/
const MARKET_FIGURE = /\d\s*(?:percent|pct|%|points?|pence|cents?|yen|won|euros?|dollars?|pounds|crowns|francs)\b|[$£€]\s?\d|\bA\$\d/

/**
 * Whether a sentence quotes a market as it stands ("shares were up 2 percent at 275 pence at 0810 GMT",
 * "the index fell 0.3 percent to 1,423 by 0120 GMT"): a market word, a move and a figure. A clock time
 * in it is on the day the story reports, not on a day an earlier sentence looked back to.
 */
export const isMarketQuote = (sentence: string): boolean =>
  MARKET_WORD.test(sentence) && MARKET_MOVE.test(sentence) && MARKET_FIGURE.test(sentence)
