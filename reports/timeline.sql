-- purpose: When the news says things happened: every day that original stories name (resolved
--   dates such as "Monday", "December 3", "two days later"), how often, with one sentence as evidence.
-- grain: one row per calendar day named by at least one day-precise date or time expression
-- chart: line x=day y=mentions
with day_mentions as (
  select
    t.date_start as day,
    t.doc_id,
    t.sentence_id,
    t.start,
    t.text as expression,
    t.confidence
  from timexes t
  join documents d on d.doc_id = t.doc_id
  -- count each story once: syndicated copies point at their original
  where d.duplicate_of is null
    -- dates and times only: durations and sets name no day
    and t.type in ('DATE', 'TIME')
    -- day-precise only: "last year" or "October" cover many days and would flatten the timeline
    and t.date_start is not null
    and t.date_start = t.date_end
),

ranked as (
  select
    day_mentions.*,
    -- the evidence shown for a day: its most confident mention, earliest in document order on ties
    row_number() over (partition by day order by confidence desc, doc_id, start) as rank_in_day
  from day_mentions
)

select
  r.day,
  count(*) as mentions,
  count(distinct r.doc_id) as stories,
  max(case when r.rank_in_day = 1 then r.expression end) as expression,
  max(case when r.rank_in_day = 1 then s.text end) as evidence,
  max(case when r.rank_in_day = 1 then r.doc_id end) as doc_id
from ranked r
join sentences s on s.doc_id = r.doc_id and s.sentence_id = r.sentence_id
group by r.day
order by r.day
