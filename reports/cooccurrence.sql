-- purpose: Which entities are named together: pairs of entities mentioned in the same sentence,
--   how often and in how many stories, with the first such sentence as an example.
-- grain: one row per unordered pair of entities sharing at least one sentence; the 100 pairs
--   sharing the most sentences (ties broken by stories, then names)
-- chart: hbar x=pair y=sentences
with originals as (
  select doc_id
  from documents
  -- count each story once: syndicated copies repeat their original's sentences
  where duplicate_of is null
),

sentence_entities as (
  select distinct m.doc_id, m.sentence_id, m.entity_id
  from mentions m
  join originals using (doc_id)
),

pairs as (
  select a.entity_id as entity_a, b.entity_id as entity_b, a.doc_id, a.sentence_id
  from sentence_entities a
  join sentence_entities b
    -- same sentence; each unordered pair once, never an entity with itself
    on a.doc_id = b.doc_id and a.sentence_id = b.sentence_id and a.entity_id < b.entity_id
),

counted as (
  select
    entity_a,
    entity_b,
    count(*) as sentences,
    count(distinct doc_id) as stories,
    -- the first sentence, in document and sentence order, that names both
    min({'doc_id': doc_id, 'sentence_id': sentence_id}) as example
  from pairs
  group by entity_a, entity_b
),

top_pairs as (
  select c.*, ea.name as name_a, ea.type as type_a, eb.name as name_b, eb.type as type_b
  from counted c
  join entities ea on ea.entity_id = c.entity_a
  join entities eb on eb.entity_id = c.entity_b
  order by sentences desc, stories desc, name_a, name_b
  limit 100
)

select
  name_a || ' + ' || name_b as pair,
  type_a,
  type_b,
  sentences,
  stories,
  s.doc_id as example_doc_id,
  s.text as example_sentence
from top_pairs p
join sentences s on s.doc_id = p.example.doc_id and s.sentence_id = p.example.sentence_id
order by sentences desc, stories desc, name_a, name_b
