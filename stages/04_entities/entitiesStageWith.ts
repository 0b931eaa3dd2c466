import type { CorpusContext, Stage } from "../../pipeline/runner/Stage.js"
import { CodePointIndex } from "../../pipeline/text/codePoints.js"
import type { DocumentRow } from "../01_ingest/schema.js"
import type { SentenceRow } from "../03_sentences/schema.js"
import { toUtf16Offsets } from "./toUtf16Offsets.js"
import { mergeAggregates } from "./mergeCorpusEntities.js"
import type { SpanTagger, Token } from "./nerContract.js"
import { recognizeDocument } from "./recognizeDocument.js"
import { docEntitiesTable, entitiesTable, entityMergeTable, mentionsTable, type DocEntityRow, type MentionRow } from "./schema.js"

export interface EntitiesDependencies {
  /** Cuts text[from, to) (UTF-16) into tokens whose offsets point into `text`. */
  readonly tokenize: (text: string, from: number, to: number) => ReadonlyArray<Token>
  /** Called once per thread, on the first document. */
  readonly loadTagger: () => SpanTagger
}

/**
 * The entities stage, given its tokenizer and tagger (stage.ts passes the trained ones; tests a
 * stub). Per document: mentions and the document's entities; per corpus: entities merged
 * across documents, and each mention pointed at its corpus entity.
 */
export const entitiesStageWith = (deps: EntitiesDependencies, stagingName: (table: string) => string): Stage => {
  let tagger: SpanTagger | undefined
  return {
    name: "entities",
    requires: ["documents.text", "sentences"],
    provides: [mentionsTable.name, entitiesTable.name],
    tables: [mentionsTable, entitiesTable, docEntitiesTable, entityMergeTable],
    perDocument: (doc: DocumentRow, upstream) => {
      tagger ??= deps.loadTagger()
      const text = doc.text
      const toUtf16 = toUtf16Offsets(text)
      const sentences = (upstream["sentences"] ?? []) as ReadonlyArray<SentenceRow>
      const tokenized = sentences.map((s) => ({ sentenceId: s.sentence_id, tokens: deps.tokenize(text, toUtf16(s.start), toUtf16(s.end)) }))
      const { mentions, entities } = recognizeDocument(text, tokenized, tagger)
      const cp = new CodePointIndex(text)
      const mentionRows: MentionRow[] = mentions.map((m) => ({
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
      const entityRows: DocEntityRow[] = entities.map((e) => ({
        doc_id: doc.doc_id,
        entity_id: e.entityId,
        name: e.name,
        type: e.type,
        aliases: e.aliases,
        country_code: e.countryCode,
        lat: e.lat,
        lon: e.lon,
        n_mentions: e.nMentions
      }))
      return { [mentionsTable.name]: mentionRows, [docEntitiesTable.name]: entityRows }
    },
    perCorpus: async (ctx: CorpusContext) => {
      // Grouped in SQL, lists joined into strings: ~35k rows converted one by one to JS
      // objects with list columns cost half a second on BBC; one row per entity id is cheap.
      const staging = stagingName(docEntitiesTable.name)
      const rows = await ctx.query(`
        with aliases as (
          select entity_id, string_agg(distinct alias, chr(31)) as aliases
          from (select entity_id, unnest(aliases) as alias from ${staging})
          group by entity_id
        )
        select d.entity_id, any_value(d.type) as type,
          string_agg(d.name, chr(31)) as names,
          string_agg(d.doc_id, chr(31)) as docs,
          any_value(a.aliases) as aliases,
          sum(d.n_mentions)::double as n_mentions,
          -- one document's place data, whole: lat and lon from the same row
          min(d.country_code) as country_code,
          min_by(d.lat, d.doc_id) filter (where d.lat is not null) as lat,
          min_by(d.lon, d.doc_id) filter (where d.lat is not null) as lon
        from ${staging} d join aliases a using (entity_id)
        -- no order: mergeAggregates sorts everything it reads
        group by d.entity_id`)
      const split = (v: unknown): string[] => (typeof v === "string" && v !== "" ? v.split("\u001f") : [])
      const { entities, merged } = mergeAggregates(
        rows.map((r) => ({
          entity_id: String(r.entity_id),
          type: String(r.type),
          names: split(r.names),
          docs: split(r.docs),
          aliases: split(r.aliases),
          n_mentions: Number(r.n_mentions),
          country_code: (r.country_code as string | null) ?? null,
          lat: (r.lat as number | null) ?? null,
          lon: (r.lon as number | null) ?? null
        }))
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
