/**
 * The tense a reader would give a date expression: the nearest tense marker in the sentence
 * decides ("said on Monday" → past; "will meet on Monday" → future). News reports in the
 * past, so "none" is read as past by most rules, but month-day dates without a year use it to
 * pick the nearest year instead.
 */
export type Tense = "past" | "past_adjacent" | "future" | "none"

const FUTURE = /\b(?:(?:start|begin|resume|meet|convene)(?<=[a-z]s [a-z]+)|starts|begins|resumes|opens|closes|expires|comes|goes|meets|convenes|takes (?:effect|place)|falls? due|kicks? off|will|won't|wo n't|shall|'ll|going to|gonna|(?:is|are|was|were) (?:(?:both|all|also|still|now) )?(?:due|expected|set|scheduled|slated|poised|likely) to|(?:is|are) (?:scheduled|expected)|(?:is|are) to|plans? to|planned to|planning to|ahead of|(?<!been )scheduled|set to|upcoming|forthcoming|intends? to|expects? to|expected to|(?:most |more )?(?:un)?likely to|aims? to|later this|tomorrow|as soon as|as early as|(?:would|should|could|might|may)(?! have| not have))\b/g
// A participle after "is"/"are" is a present passive ("when the case is heard in May"), not a past; so is one
// after a modal's "be" ("could be announced on Monday", though "neither could be located" is a past), one that describes a noun after a determiner ("the
// closely watched report", "a still unspecified date"), and one after "remain" or "stay" ("will remain closed until Monday").
// "was"/"were" before "due to", "planning to" and the like look ahead. "-ed" words are past forms, except present verbs in -eed ("succeed", "need", "exceed") and "hundred".
const PAST = /(?<!\b(?:will|shall|should|must|may|might|can|would|to)(?: not| [a-z]+ly)? be )(?<!(?<!\b(?:neither|nor|not|never)\b.{0,60})\bcould be )(?<!\b(?:is|are|am) )\b(?:(?:was|were)(?! (?:due|expected|set|scheduled|slated|poised|likely|planning|going|about) to\b)|had|has been|have been|did|didn't|said|saying|says|told|ago|last|earlier|yesterday|previously|since|brought|came|went|took|made|got|gave|began|fell|rose|grew|sold|bought|won|lost|met|left|held|became|saw|found|thought|knew|led|paid|sent|spent|struck|fought|flew|drove|wrote|spoke|broke|chose|stood|kept|ran|shot|tore|wore|threw|drew|blew|caught|taught|sought|built|lent|felt|dealt|meant|slept|fled|sped|slid|hid|stole|froze|rode|woke|shook|sank|sang|rang|drank|swam|sat|stuck|swung|hung|dug|spun|understood|withdrew|overtook|forgot|heard|laid|arose|forbade|foresaw|bore|swore|(?:agr|fr|decr|guarant)eed|[a-z]{2,}(?<!e|\bhundr)ed(?<!\b(?:the|a|an|its|their|his|her|our|your|these|those)\s(?:(?:[a-z]+ly|still|yet|as yet)\s)?[a-z]+)(?<!\b(?:remains?|stays?|remained|stayed)\s[a-z]+))\b/g

/** Characters between a governing verb and its date: "killed on " is 10. */
const ADJACENT = 8
const PAST_BEFORE = /(?<!\b(?:is|are|am)\s+(?:[a-z]+ly\s+)?)\b(?:was|were|had|did|began|came|went|took|fell|rose|died|met|left|held|said|saying|told|made|sold|paid|bought|won|lost|found|shot|spoke|wrote|gave|saw|grew|ran|struck|fought|fled|sent|spent|built|broke|chose|stood|kept|flew|drove|brought|got|became|caught|sought|heard|felt|led|sank|swore|withdrew|[a-z]{2,}(?<!expect|schedul|plann|slat)ed)\s+(?:(?:late|early)\s+)?(?:on\s+|in\s+|at\s+|last\s+)?$/

/**
 * A past verb right after the date, with no comma between: " projected", " rose", " said". Not
 * "began" or "opened": a period named by a later day may have begun ("as Easter week began").
 */
const PAST_AFTER = /^\s(?:was|were|had|did|came|went|took|fell|rose|grew|met|left|held|said|told|made|sold|paid|bought|won|lost|found|[a-z]{2,}(?<!e|\bhundr|expect|schedul|plann|slat|start|open)ed)\b/

/** A past verb, then "at" or "during" and a short event phrase, then the date's preposition: "said at his rally in ". */
const PAST_AT_EVENT_BEFORE =
  /\b(?:was|were|said|spoke|told|made|met|gave|[a-z]{2,}(?<!expect|schedul|plann|slat|need)ed)\s+(?:at|during)\s+(?:his|her|their|its|a|an|the)\s+(?!(?:next|coming|upcoming|forthcoming)\b)(?:[a-z]+\s+){0,2}[a-z]+\s+(?:in|on)\s+$/

/**
 * "was blown up on ", "were shot dead on ", "was taken away late on ": a past passive, with a
 * particle or "dead" after it, right before the date (not "was due to", "was expected to").
 */
const PAST_PASSIVE_BEFORE =
  /\b(?:was|were)\s+(?:(?:also|then|later|reportedly|allegedly)\s+)?(?!(?:due|expected|set|scheduled|slated|poised|likely|planning|going|about|supposed|to)\b)[a-z]+\s+(?:up|down|off|out|away|dead|back|over|open|shut)\s+(?:(?:late|early)\s+)?(?:on|in|at)\s+$/

const PASSIVE_BEFORE = /\b(?:be|being)\s+[a-z]+\s+(?:on\s+|in\s+|at\s+)?$/

/** "by", "until" or "till", possibly followed by a clock time: "until 9 a.m. EST Tuesday". */
const DEADLINE = /\b(?:by|until|till)\s+(?:(?:at\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?|noon|midnight)\s*(?:[A-Z]{2,4}\s+|local time\s+)?,?\s*)?$/

/** ", the company said.", ", a spokesman for the ministry told Reuters.": the reporting clause closing a sentence. */
const REPORTING_TAIL = /^,\s+(?:[A-Za-z.'’-]+\s+){0,7}?(?:said|says|told [A-Za-z]+|added|reported)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?\s*[.!?]?\s*$/

// "and we will ..." after the date starts a clause of its own too.
const CLAUSE = /\b(?:that|which|who|(?:and|but) (?:we|they|he|she|it|I|you))\b/g

/** "had filed ... by", "had been told ... by": a past perfect before a deadline. */
const PAST_PERFECT = /\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|ne|wn|ld|nt|ght|id)\b/

/**
 * A schedule just before the date looks ahead whatever the verbs around it: "ahead of the vote
 * on Monday", "prior to", "rescheduled for", "starting Friday", "due on", "was due to appear in print on Sunday"
 * (but "had been due to expire Friday" is a past perfect: the Friday before).
 */
const SCHEDULED_BEFORE =
  /\b(?:(?:ahead of|prior to|in the run-up to)(?:\s+(?:the|its|their|his|her|a)\b)?(?:\s+[a-z]+)?|(?:re)?scheduled\s+for|slated\s+for|planned\s+for|set\s+for|(?:postponed|delayed|deferred|adjourned|put off)\s+(?:to|until|till)|starting|effective|(?<!\bhad been )due(?:\s+to\s+(?:be|start|begin|open|close|meet|vote|appear|take|arrive|expire|end|report|announce|release|publish|hold|return|resume|visit|testify|travel|sign|decide|rule|launch|present|deliver|complete|pay|mature|speak|submit|discuss)(?:\s+[a-z]+){0,2})?)\s+(?:on\s+|in\s+|at\s+|by\s+)?$/

/**
 * A present perfect in the date's clause ("has invited him to Paris for a dinner on Wednesday")
 * cannot take a past day of its own, so the day belongs to something still to come. Reporting
 * verbs are left out: "has said on Monday" is loose wire English for "said on Monday".
 */
const PERFECT_BEFORE = /\b(?:has|have|'ve)\s+(?:(?:not|already|just|also)\s+)?(?:been\s+)?(?!(?:said|told|announced|reported|stated|added|confirmed|denied|declined)\b)[a-z]+(?:ed|en|wn|nt|ght)\b[^,.;:]*?\s(?:on|for)\s+$/

/** Whether a present perfect in the clause before a weekday points it ahead (see PERFECT_BEFORE). */
export const perfectAhead = (sentence: string, index: number): boolean => {
  const m = PERFECT_BEFORE.exec(sentence.slice(Math.max(0, index - 80), index))
  // "have charged a man with shooting a girl on Wednesday": the day belongs to the deed the charge names, which is past.
  return m !== null && !DEED_BEFORE.test(m[0])
}

/**
 * "with shooting", "for killing", "of robbing", "in connection with stabbing", "in the fatal shooting of":
 * the deed behind a charge or an arrest.
 */
const DEED_BEFORE = /\b(?:with|for|of|after|in)\s+(?:(?:the|a|an)\s+(?:[a-z]+\s+)?)?[a-z]{2,}ing\b/

/** Whether a schedule word right before the date points it ahead (see SCHEDULED_BEFORE). */
export const scheduledAhead = (sentence: string, index: number): boolean => SCHEDULED_BEFORE.test(sentence.slice(Math.max(0, index - 60), index))

export const tenseAt = (sentence: string, index: number, length: number): Tense => {
  // "up 24 percent since January 1", "the lowest since Friday": a date after "since" has come, whatever the verb.
  if (SINCE_BEFORE.test(sentence.slice(Math.max(0, index - 12), index))) return "past_adjacent"
  if (scheduledAhead(sentence, index)) return "future"
  // A deadline ("by February", "until Nov. 6") looks ahead whatever the verb.
  // ... unless a past perfect sets it before the time of the report: "had filed their reports by Wednesday".
  if (DEADLINE.test(sentence.slice(Math.max(0, index - 30), index)) && !PAST_PERFECT.test(sentence.slice(Math.max(0, index - 60), index))) return "future"
  // Inside a quotation, the quoted words set the tense, not the reporting verb around them:
  // "He will leave Thursday," the minister said.
  const [from, quoteEnd] = quotationAround(sentence, index, index + length)
  // A clause introduced after the date ("warnings on Thursday that strikes could follow") has its own tense.
  CLAUSE.lastIndex = index + length
  const clause = CLAUSE.exec(sentence)
  let to = clause !== null && clause.index < quoteEnd ? clause.index : quoteEnd
  // A reporting tail ("..., officials said.") after an unquoted statement does not set the statement's tense:
  // "Talks will resume on Monday, officials said." looks ahead.
  if (from === 0 && quoteEnd === sentence.length) {
    // The tail holds no comma of its own, so only the last comma can open it.
    const comma = sentence.lastIndexOf(",")
    if (comma >= index + length && comma < to && REPORTING_TAIL.test(sentence.slice(comma))) to = comma
  }
  // A weekday with a present of the diary ("Merkel receives him on Friday", "the agency publishes its index on
  // Thursday") is one still to come; a month after such a verb is more often the period of the figures it releases.
  // (Not a weekday used as an adjective, "faces a charge in the Monday killing", which names a deed done.)
  const diary = WEEKDAY_TEXT.test(sentence.slice(index, index + length)) && !/\b[Tt]he\s+$/.test(sentence.slice(Math.max(0, index - 5), index)) ? nearest(DIARY_PRESENT, sentence, index, length, from, to) : Infinity
  const nearestFuture = Math.min(nearest(FUTURE, sentence, index, length, from, to), diary)
  const nearestPast = nearest(PAST, sentence, index, length, from, to)
  if (nearestFuture === Infinity && nearestPast === Infinity) return "none"
  // A past verb right before the date governs it ("began on Dec. 27", "was killed Monday"),
  // even when a future marker lies elsewhere in the sentence ("announced Wednesday, they will appeal")
  // ... but not a passive infinitive or modal: "to be held on", "may be signed on".
  const before = sentence.slice(Math.max(0, index - ADJACENT - 20), index)
  // A future marker after the date belongs to the next clause ("completed in August, may acquire"): only one before it competes.
  const futureBefore = nearestFuture === Infinity ? Infinity : nearest(FUTURE, sentence, index, length, from, Math.min(to, index))
  // "said late on Friday it will ...": "late" or "early" between the verb and the date keeps them adjacent.
  const reach = ADJACENT + (LATE_OR_EARLY_BEFORE.test(before) ? 6 : 0)
  const adjacentPast = nearestPast <= reach && nearestPast <= futureBefore && PAST_BEFORE.test(before) && !PASSIVE_BEFORE.test(before)
  if (adjacentPast) return "past_adjacent"
  // ... and so does a past passive with its particle: "was blown up on Friday", "were shot dead on Monday".
  if (nearestPast <= futureBefore && PAST_PASSIVE_BEFORE.test(sentence.slice(Math.max(0, index - 40), index))) return "past_adjacent"
  // ... and so does one whose event phrase stands between: "said at his rally in March", "spoke during a visit on Monday".
  if (nearestPast < nearestFuture && PAST_AT_EVENT_BEFORE.test(sentence.slice(Math.max(0, index - 60), index))) return "past_adjacent"
  // ... and so does one right after it, the date set between subject and verb: "The government in February projected".
  if (nearestPast <= 1 && nearestPast < nearestFuture && PAST_AFTER.test(sentence.slice(index + length, index + length + 24))) return "past_adjacent"
  // A past verb far back in a long sentence, with no future marker and no past one after the date, governs another
  // clause ("still had not signed ... when the case is heard in May"): the date itself has no tense to go by.
  if (nearestFuture === Infinity && nearestPast > FAR && nearest(PAST, sentence, index, length, Math.max(from, index + length), to) === Infinity) return "none"
  return nearestFuture <= nearestPast ? "future" : "past"
}

/** Present tenses of a schedule: "holds", "hosts", "receives", "faces", "publishes", "testifies". */
const DIARY_PRESENT = /\b(?:holds|hosts|receives|faces|hears|releases|publishes|travels|testifies)\b/g
const WEEKDAY_TEXT = /^(?:(?:early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i

const LATE_OR_EARLY_BEFORE = /\b(?:late|early)\s+(?:on\s+)?$/

const SINCE_BEFORE = /\b[Ss]ince\s+(?:(?:early|late)\s+|mid-)?$/

/** Characters beyond which a lone past marker no longer sets a date's tense. */
const FAR = 60

/** Distance in characters from the match to the nearest marker outside it, within [from, to). */
const nearest = (pattern: RegExp, sentence: string, index: number, length: number, from: number, to: number): number => {
  let best = Infinity
  pattern.lastIndex = 0
  for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
    const start = m.index
    const end = start + m[0].length
    if (start >= index && end <= index + length) continue
    if (start < from || end > to) continue
    const distance = end <= index ? index - end : start >= index + length ? start - (index + length) : 0
    if (distance < best) best = distance
  }
  return best
}

const OPENING = /``|“|^\s*''/g
const CLOSING = /(?<!^\s*)''|”/g

/**
 * The quotation holding [start, end), as [from, to), or the whole sentence when the expression
 * is not quoted. Quotation marks are TimeBank's `` '' (some wires open with '' too), curly ones,
 * or straight ones, paired in order. A quotation may open in an earlier sentence (a closing mark
 * after the expression with no opening before it) or close in a later one.
 */
export const quotationAround = (sentence: string, start: number, end: number): readonly [number, number] => {
  const straight = straightQuotation(sentence, start, end)
  if (straight !== null) return straight
  let open = -1
  OPENING.lastIndex = 0
  for (let m = OPENING.exec(sentence); m !== null && m.index < start; m = OPENING.exec(sentence)) open = m.index + m[0].length
  let closeBefore = -1
  CLOSING.lastIndex = 0
  let closeAfter = -1
  for (let m = CLOSING.exec(sentence); m !== null; m = CLOSING.exec(sentence)) {
    if (m.index < start) closeBefore = m.index
    else if (m.index >= end) {
      closeAfter = m.index
      break
    }
  }
  // Opened and not yet closed before the expression: quoted up to the next closing mark (or the end).
  if (open >= 0 && closeBefore < open) return [open, closeAfter >= 0 ? closeAfter : sentence.length]
  // No opening before it, but a closing after it: the quotation began in an earlier sentence.
  if (open < 0 && closeBefore < 0 && closeAfter >= 0) return [0, closeAfter]
  return [0, sentence.length]
}

/** Straight double quotes pair in order: an odd count before the expression means it is quoted. */
const straightQuotation = (sentence: string, start: number, end: number): readonly [number, number] | null => {
  let count = 0
  let last = -1
  for (let i = sentence.indexOf('"'); i >= 0 && i < start; i = sentence.indexOf('"', i + 1)) {
    count++
    last = i
  }
  if (count % 2 === 0) return null
  const close = sentence.indexOf('"', end)
  return [last + 1, close < 0 ? sentence.length : close]
}
