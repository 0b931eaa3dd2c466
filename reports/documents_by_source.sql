-- purpose: Which outlets the corpus comes from, how much each contributes, and how much of it is
--   syndicated copies of stories that appeared first elsewhere.
-- grain: one row per source as the metadata names it; documents without a source form one row,
--   "(no source)"
-- chart: hbar x=source y=documents
with docs as (
  select
    -- blank and missing sources are the same thing: no source
    coalesce(nullif(trim(source), ''), '(no source)') as source,
    duplicate_of is null as is_unique_story,
    n_words
  from documents
)

select
  source,
  count(*) as documents,
  -- originals only: a syndicated story counts for the source that had it first
  count(*) filter (where is_unique_story) as unique_stories,
  -- copies of a story first published elsewhere (or earlier by the same source)
  count(*) filter (where not is_unique_story) as duplicates,
  cast(sum(n_words) as bigint) as words,
  -- words of originals only, so syndicated text is not counted twice
  cast(coalesce(sum(n_words) filter (where is_unique_story), 0) as bigint) as words_unique_stories
from docs
group by source
order by documents desc, source
