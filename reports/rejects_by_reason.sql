-- purpose: Why inputs were not used, grouped into a few classes of reason, with the files to
--   look at first and one full reason text to show what to do about it.
-- grain: one row per reason class: the reason text before its first ':' or '(', with every
--   number written as N ("file is N MB over the N MB limit")
-- chart: hbar x=reason_class y=rejects
with classified as (
  select
    file,
    line,
    reason,
    -- the short phrase before the details names the problem; numbers (sizes, line numbers)
    -- differ from file to file and would split one class into many
    trim(regexp_replace(regexp_extract(reason, '^[^:(]*'), '[0-9]+([.,][0-9]+)*', 'N', 'g')) as reason_class
  from rejects
)

select
  coalesce(nullif(reason_class, ''), '(no reason)') as reason_class,
  count(*) as rejects,
  count(distinct file) as files,
  -- three files are enough to start looking; the rejects table has them all
  array_to_string(list_slice(list_sort(list_distinct(list(file))), 1, 3), ', ') as example_files,
  first(reason order by file, line, reason) as example_reason
from classified
group by all
order by rejects desc, reason_class
