import type { CorpusContext } from "../../pipeline/runner/Stage.js"
import { chooseOriginals } from "./chooseOriginals.js"
import { BANDS, ROWS_PER_BAND, SIGNATURE_SIZE } from "./minhash.js"
import { duplicateMapTable, minhashTable } from "./schema.js"

/** Hex digits of one 32-bit signature value, and of one LSH band. */
const HEX_PER_VALUE = 8
const HEX_PER_BAND = HEX_PER_VALUE * ROWS_PER_BAND

/** Estimated Jaccard over word 5-shingles at or above which two texts are one story. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8

/**
 * Corpus step: candidate pairs come from shared LSH buckets (BANDS slices of each signature,
 * joined inside DuckDB, so memory stays flat), are verified on their full signatures, and
 * grouped; each group points at its earliest member.
 */
export async function findDuplicates(ctx: CorpusContext, stagingName: (table: string) => string): Promise<number> {
  const sigs = stagingName(minhashTable.name)
  // Verification runs in SQL too, comparing the signatures' 8-hex-digit words, so that a large
  // cluster of copies never brings its pairs' signatures into JavaScript.
  const verified = await ctx.query(`
    with bands as (
      select doc_id, band, substr(signature, band * ${HEX_PER_BAND} + 1, ${HEX_PER_BAND}) as bucket
      from ${sigs}, range(${BANDS}) as t(band)
    ),
    pairs as (
      select distinct a.doc_id as a, b.doc_id as b
      from bands a join bands b on a.band = b.band and a.bucket = b.bucket and a.doc_id < b.doc_id
    )
    select p.a, p.b, sa.published_at as pub_a, sb.published_at as pub_b
    from pairs p
    join ${sigs} sa on sa.doc_id = p.a
    join ${sigs} sb on sb.doc_id = p.b
    -- keep only pairs whose estimated Jaccard similarity reaches the threshold
    where list_sum([(substr(sa.signature, i * ${HEX_PER_VALUE} + 1, ${HEX_PER_VALUE}) = substr(sb.signature, i * ${HEX_PER_VALUE} + 1, ${HEX_PER_VALUE}))::int
                    for i in range(${SIGNATURE_SIZE})]) >= ${Math.ceil(NEAR_DUPLICATE_THRESHOLD * SIGNATURE_SIZE)}
    order by p.a, p.b`)
  const pairs = verified.map(
    (row) =>
      [
        { docId: String(row.a), publishedAt: (row.pub_a as string | null) ?? null },
        { docId: String(row.b), publishedAt: (row.pub_b as string | null) ?? null }
      ] as const
  )
  const duplicateOf = chooseOriginals(pairs)
  const rows = [...duplicateOf].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([doc_id, of]) => ({ doc_id, duplicate_of: of }))
  await ctx.append(duplicateMapTable, rows)
  return rows.length
}
