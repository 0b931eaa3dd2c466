import type { CorpusContext, Stage } from "../../pipeline/runner/Stage.js"
import { CodePointIndex } from "../../pipeline/text/codePoints.js"
import type { DocumentRow } from "../01_ingest/schema.js"
import type { SentenceRow } from "../03_sentences/schema.js"
import { toUtf16Offsets } from "./toUtf16Offsets.js"
import { mergeCorpusEntities } from "./mergeCorpusEntities.js"
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
      const rows = await ctx.query(`select * from ${stagingName(docEntitiesTable.name)} order by entity_id, doc_id`)
      const { entities, merged } = mergeCorpusEntities(
        rows.map((r) => ({
          doc_id: String(r.doc_id),
          entity_id: String(r.entity_id),
          name: String(r.name),
          type: String(r.type),
          aliases: (r.aliases as ReadonlyArray<string>) ?? [],
          country_code: (r.country_code as string | null) ?? null,
          lat: (r.lat as number | null) ?? null,
          lon: (r.lon as number | null) ?? null,
          n_mentions: Number(r.n_mentions)
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
