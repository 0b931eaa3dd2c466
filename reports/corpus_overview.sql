-- purpose: The corpus at a glance: how many articles were read, how many distinct stories they
--   hold once syndicated copies are set aside, how many words, which dates and sources they
--   cover, and how much input could not be used.
-- grain: one row for the whole corpus (shown as one line per measure)
-- layout: transposed
-- chart: none
with docs as (
  select
    duplicate_of is null as is_unique_story,
    n_words,
    -- blank and missing sources are the same thing: no source
    nullif(trim(source), '') as source,
    -- the first ten characters are the calendar date as the publisher wrote it, for plain dates
    -- and ISO date-times alike (the offset is the publisher's own day); anything else is undated
    try_cast(substr(published_at, 1, 10) as date) as published_on
  from documents
),

reject_count as (
  select count(*) as rejects
  from rejects
)

select
  count(*) as documents,
  -- originals only: each syndicated story counts once
  count(*) filter (where is_unique_story) as unique_stories,
  -- copies that name an earlier original
  count(*) filter (where not is_unique_story) as duplicates,
  cast(coalesce(sum(n_words), 0) as bigint) as words,
  -- words of originals only, so syndicated text is not counted twice
  cast(coalesce(sum(n_words) filter (where is_unique_story), 0) as bigint) as words_unique_stories,
  min(published_on) as earliest_published,
  max(published_on) as latest_published,
  count(distinct source) as sources,
  -- no usable publication date: left out of documents_by_month
  count(*) filter (where published_on is null) as undated_documents,
  (select rejects from reject_count) as rejects
from docs
