-- purpose: Who and where the corpus talks about most: for each entity type, the entities with the
--   most mentions, with how many articles name them and how many different ways they are written.
-- grain: one row per entity among the 10 most mentioned of its type (ties broken by documents,
--   then name)
-- chart: hbar x=entity y=mentions
with ranked as (
  select
    type,
    name,
    country_code,
    n_mentions,
    n_docs,
    len(aliases) as surface_forms,
    row_number() over (partition by type order by n_mentions desc, n_docs desc, name, entity_id) as rank_in_type
  from entities
)

select
  type,
  rank_in_type,
  name as entity,
  n_mentions as mentions,
  n_docs as documents,
  surface_forms,
  country_code
from ranked
-- the head of each type; the long tail stays in the entities table
where rank_in_type <= 10
order by
  -- the types analysts ask about first; any other type after them, by name
  case type when 'PERSON' then 1 when 'ORG' then 2 when 'GPE' then 3 when 'NORP' then 4 when 'LOC' then 5 when 'FAC' then 6 else 7 end,
  type,
  rank_in_type
