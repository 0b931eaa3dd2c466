import type { CorpusContext, Stage } from "../../pipeline/runner/Stage.js"
import { CodePointIndex } from "../../pipeline/text/codePoints.js"
import type { DocumentRow } from "../01_ingest/schema.js"
import type { SentenceRow } from "../03_sentences/schema.js"
import { toUtf16Offsets } from "./toUtf16Offsets.js"
import { mergeCorpusEntities, type FormCount } from "./mergeCorpusEntities.js"
import { gazetteer } from "./gazetteer/Gazetteer.js"
import type { SpanTagger, Token } from "./nerContract.js"
import { recognizeDocument } from "./recognizeDocument.js"
import { entitiesTable, entityMergeTable, entityPlaceTable, mentionsTable, type MentionRow } from "./schema.js"

export interface EntitiesDependencies {
  /** Cuts text[from, to) (UTF-16) into tokens whose offsets point into `text`. */
  readonly tokenize: (text: string, from: number, to: number) => ReadonlyArray<Token>
  /** Called once per thread, on the first document. */
  readonly loadTagger: () => SpanTagger
}

/**
 * One document as the stage sees it: its sentences tokenized, tagged, typed and linked. Returns
 * the mention rows (code-point offsets) and the document's own entities (for the evaluation;
 * empty when `withEntities` is false, as the stage reads only the mentions).
 */
export const analyzeDocument = (
  deps: EntitiesDependencies,
  tagger: SpanTagger,
  doc: Pick<DocumentRow, "doc_id" | "text">,
  sentences: ReadonlyArray<SentenceRow>,
  withEntities = true
) => {
  const text = doc.text
  const toUtf16 = toUtf16Offsets(text)
  const tokenized = sentences.map((s) => ({ sentenceId: s.sentence_id, tokens: deps.tokenize(text, toUtf16(s.start), toUtf16(s.end)) }))
  const { mentions, entities, places } = recognizeDocument(text, tokenized, tagger, gazetteer(), withEntities)
  const cp = new CodePointIndex(text)
  const rows: MentionRow[] = mentions.map((m) => ({
    doc_id: doc.doc_id,
    sentence_id: m.sentenceId,
    start: cp.toCodePoint(m.start),
    end: cp.toCodePoint(m.end),
    text: m.text,
    type: m.type,
    entity_id: m.entityId,
    title: m.title,
    confidence: Math.round(m.confidence * 1e4) / 1e4
  }))
  const placeRows = places.map((p) => ({ entity_id: p.entityId, country_code: p.countryCode, lat: p.lat, lon: p.lon }))
  return { mentions: rows, entities, places: placeRows }
}

/** Lower-case bins of the tagger's lexicon (under 20% capitalized away from a sentence start): "Crime", "Takeover". */
const COMMON_WORD_MAX_BIN = 1

/** Whether the news behind the tagger's lexicon writes a word in lower case most of the time; never, without a lexicon. */
const isCommonWordOf = (tagger: SpanTagger): ((word: string) => boolean) => {
  if (tagger.capitalizationBin === undefined) return () => false
  return (word) => {
    const bin = tagger.capitalizationBin!(word)
    return bin >= 0 && bin <= COMMON_WORD_MAX_BIN
  }
}

/**
 * The entities stage, given its tokenizer and tagger (stage.ts passes the trained ones; tests a
 * stub). Per document: mentions, each pointing at a document-level entity id; per corpus: the
 * entities, grouped from the mentions and merged across documents, and each mention pointed at
 * its corpus entity.
 */
export const entitiesStageWith = (deps: EntitiesDependencies, stagingName: (table: string) => string): Stage => {
  let tagger: SpanTagger | undefined
  return {
    name: "entities",
    requires: ["documents.text", "sentences"],
    provides: [mentionsTable.name, entitiesTable.name],
    tables: [mentionsTable, entitiesTable, entityMergeTable, entityPlaceTable],
    perDocument: (doc: DocumentRow, upstream) => {
      tagger ??= deps.loadTagger()
      const sentences = (upstream["sentences"] ?? []) as ReadonlyArray<SentenceRow>
      const { mentions, places } = analyzeDocument(deps, tagger, doc, sentences, false)
      return places.length === 0 ? { [mentionsTable.name]: mentions } : { [mentionsTable.name]: mentions, [entityPlaceTable.name]: places }
    },
    perCorpus: async (ctx: CorpusContext) => {
      // One row per document-level id, lists joined into strings: converting rows with list
      // columns to JS objects one by one is slow, and everything else follows from the mentions.
      const rows = await ctx.query(`
        select
          entity_id,
          string_agg(distinct text, chr(31)) as aliases,
          string_agg(distinct doc_id, chr(31)) as docs,
          count(*)::double as n_mentions,
          sum(confidence)::double as confidence_sum
        from ${stagingName(mentionsTable.name)}
        -- no order: mergeCorpusEntities sorts everything it reads
        group by entity_id`)
      const split = (v: unknown): string[] => (typeof v === "string" && v !== "" ? v.split("\u001f") : [])
      // For the few ids with a form ending in "'s": mentions by form, and how many the text
      // continues with "'s" (read in the mention's sentence: a substring of a whole article costs
      // its length, and one 30 MB article took minutes), so that the name is the form written more often ("Standard & Poor's";
      // "US Federal Reserve", not the "US Federal Reserve's" of one sentence).
      const formRows = await ctx.query(`
        select m.entity_id, m.text, count(*)::double as n,
          count(*) filter (where substring(s.text, m."end" - s.start + 1, 2) in ('''s', '’s'))::double as before_s
        from ${stagingName(mentionsTable.name)} m join ${stagingName("sentences")} s using (doc_id, sentence_id)
        where m.entity_id in (select entity_id from ${stagingName(mentionsTable.name)} where text like '%''s' or text like '%’s')
        group by m.entity_id, m.text`)
      // Mentions of two capitals typed as places, and how many the text writes where a US state's
      // postal code goes ("Salem, MA", "Elk Grove CA", "in NY"), not before a noun ("SD cards").
      const mentions = stagingName(mentionsTable.name)
      const cuedRows = await ctx.query(`
        select m.entity_id, count(*) filter (where
            (m.start - s.start >= 2 and substring(s.text, m.start - s.start - 1, 2) = ', ')
            or (m.start - s.start >= 4 and lower(substring(s.text, m.start - s.start - 3, 4)) in (' in ', ' of '))
            or (m.start - s.start >= 6 and lower(substring(s.text, m.start - s.start - 5, 6)) in (' from ', ' near '))
            or p.doc_id is not null)::double as place_cued
        from ${mentions} m join ${stagingName("sentences")} s using (doc_id, sentence_id)
          left join (select distinct doc_id, "end" from ${mentions} where type in ('GPE', 'LOC')) p on p.doc_id = m.doc_id and p."end" = m.start - 1
        where m.type = 'GPE' and regexp_full_match(m.text, '[A-Z]{2}')
        group by m.entity_id`)
      const placeCued = new Map(cuedRows.map((r) => [String(r.entity_id), Number(r.place_cued)]))
      const formCounts = new Map<string, Map<string, FormCount>>()
      for (const r of formRows) {
        const id = String(r.entity_id)
        const forms = formCounts.get(id) ?? new Map<string, FormCount>()
        forms.set(String(r.text), { n: Number(r.n), beforePossessive: Number(r.before_s) })
        formCounts.set(id, forms)
      }
      // Every document says the same of one id (the id names where the place is).
      const placeRows = await ctx.query(`select distinct entity_id, country_code, lat, lon from ${stagingName(entityPlaceTable.name)}`)
      const places = new Map(
        placeRows.map((r) => [String(r.entity_id), { countryCode: String(r.country_code), lat: r.lat === null ? null : Number(r.lat), lon: r.lon === null ? null : Number(r.lon) }])
      )
      const { entities, merged } = mergeCorpusEntities(
        rows.map((r) => ({
          entity_id: String(r.entity_id),
          aliases: split(r.aliases),
          docs: split(r.docs),
          n_mentions: Number(r.n_mentions),
          confidence_sum: Number(r.confidence_sum),
          form_counts: formCounts.get(String(r.entity_id)),
          place_cued: placeCued.get(String(r.entity_id)) ?? 0
        })),
        gazetteer(),
        places,
        isCommonWordOf((tagger ??= deps.loadTagger()))
      )
      await ctx.append(entitiesTable, entities)
      await ctx.append(entityMergeTable, merged)
    },
    finalSelect: {
      // Mentions point at the corpus entity their document-level entity was merged into.
      [mentionsTable.name]: (staging) =>
        `select ${mentionsTable.columns
          .map((c) => (c.name === "entity_id" ? `coalesce(x.merged_id, m.entity_id) as entity_id` : `m."${c.name}"`))
          .join(", ")} from ${staging} m left join ${stagingName(entityMergeTable.name)} x using (entity_id)`
    }
  }
}
