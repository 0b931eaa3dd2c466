import { defineTable, type RowOf } from "../../pipeline/contracts/TableContract.js"

export const timexesTable = defineTable({
  name: "timexes",
  grain: "one row per temporal expression (TIMEX3) in a document's text",
  description:
    "Dates, times, durations and sets found in the text and normalised to TIMEX3 values, resolved against the publication date (documents.published_at) or an earlier date of the narrative, with the rule that produced each and how sure it is.",
  key: ["doc_id", "start"],
  columns: [
    { name: "doc_id", type: "string", nullable: false, description: "Document the expression belongs to (documents.doc_id)." },
    { name: "sentence_id", type: "int32", nullable: false, description: "Sentence that holds the expression (sentences.sentence_id)." },
    { name: "start", type: "int32", nullable: false, description: "Start offset in documents.text (0-based, code points)." },
    { name: "end", type: "int32", nullable: false, description: "End offset in documents.text (exclusive, code points)." },
    { name: "text", type: "string", nullable: false, description: "The expression as written, equal to documents.text[start:end] (prepositions such as 'on' or 'in' are not part of it; 'the', 'last', 'early' are)." },
    { name: "type", type: "string", nullable: false, description: "TIMEX3 type: DATE (a calendar date or period: 'Monday', 'last year', 'the 1990s', 'now'), TIME (a time of day: '7:20 p.m.', 'Monday night'), DURATION ('five weeks') or SET (a recurrence: 'every year', 'daily')." },
    { name: "value", type: "string", nullable: false, description: "TIMEX3 value: 2019-12-09, 2019-W49, 2019-W49-WE, 2019-10, 2019-Q3, 2019-H1, 2019-SU, 2018, 199 (the 1990s), 20 (the 21st century), 2019-12-27T19:20, 2019-12-09TNI; durations and sets P5W, PT24H, P1D, PXY (X = unspecified); PRESENT_REF, PAST_REF, FUTURE_REF. X digits mark what the text leaves unknown, e.g. XXXX-WXX-1 for 'Monday' in a document without a publication date." },
    { name: "date_start", type: "string", nullable: true, description: "First calendar day (YYYY-MM-DD) a DATE or TIME covers; empty for durations, sets, references and unresolved values." },
    { name: "date_end", type: "string", nullable: true, description: "Last calendar day (YYYY-MM-DD, inclusive) a DATE or TIME covers; empty when date_start is." },
    { name: "granularity", type: "string", nullable: false, description: "Precision of the value: minute, part_of_day, day, weekend, week, month, quarter, season, half_year, year, decade, century, reference (PRESENT_REF…), or for durations and sets the unit (second … year); unknown when it cannot be told." },
    { name: "anchor", type: "string", nullable: false, description: "What a relative expression was resolved against: 'published_at' (the document's publication date), 'timex@N' (an earlier expression of the same document, e.g. for 'two days later': the one that starts at code point N of the same document), or 'none' (absolute expressions, durations, and relative ones left unresolved)." },
    { name: "rule", type: "string", nullable: false, description: "Grammar rule that produced the expression (weekday, relative_day, relative_unit, month, year, decade, quarter, offset, duration, set, reference, time_of_day, chrono_date, …), so that its resolution can be explained and audited." },
    { name: "confidence", type: "float64", nullable: false, description: "How sure the resolution is, from 0 to 1: about 0.95 for fully written dates, 0.8–0.9 for dates resolved against the publication date, 0.6 for ones anchored on the narrative or inferred from tense, 0.5 or less for unresolved or vague values." }
  ]
})
export type TimexRow = RowOf<typeof timexesTable>
