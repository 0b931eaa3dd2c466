-- purpose: How the unique stories spread over time, to spot gaps and bursts in the collection.
-- grain: one row per calendar month from the earliest to the latest dated story; months without
--   a story are listed with 0 so that gaps show
-- chart: bar x=month y=stories
with story_months as (
  select
    -- the calendar date as the publisher wrote it (see corpus_overview), truncated to its month
    date_trunc('month', try_cast(substr(published_at, 1, 10) as date)) as month_start
  from documents
  -- count each story once: syndicated copies point at their original
  where duplicate_of is null
),

dated as (
  select month_start
  from story_months
  -- undated stories have no month; corpus_overview counts them
  where month_start is not null
),

months as (
  -- every month between the first and the last, so that empty months are not skipped
  select unnest(generate_series(min(month_start), max(month_start), interval 1 month)) as month_start
  from dated
)

select
  strftime(months.month_start, '%Y-%m') as month,
  count(dated.month_start) as stories
from months
left join dated on dated.month_start = months.month_start
group by months.month_start
order by months.month_start
