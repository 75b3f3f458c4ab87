-- Synthetic load for `make bench`: 153 authorities (England has 153 with children's services), each with its
-- statistical neighbours, 60 indicators (40 yearly, 20 quarterly), 12 years of values, and yearly targets.
-- Codes start E19 / BENCH_ so they can never be mistaken for real ones.
insert into area (code, name, kind, parent_code)
select 'E19' || lpad(i::text, 6, '0'), 'Bench authority ' || i, 'local-authority', 'E12000005'
from generate_series(1, 153) i;

insert into area (code, name, kind, parent_code)
select 'SN-E19' || lpad(i::text, 6, '0'), 'Bench neighbours of ' || i, 'statistical-neighbours', 'E19' || lpad(i::text, 6, '0')
from generate_series(1, 153) i;

insert into indicator (code, name, plain_name, definition, unit, polarity, priority, period_kind, decimals, source)
select 'BENCH_' || lpad(i::text, 3, '0'), 'Bench indicator ' || i, 'Synthetic indicator ' || i, 'Synthetic, for benchmarks.',
       case when i % 3 = 0 then 'count' else 'percent' end,
       case when i % 5 = 0 then 'lower_is_better' when i % 7 = 0 then 'contextual' else 'higher_is_better' end,
       (array['leadership', 'safety-and-permanency', 'health-and-wellbeing', 'education-and-employment',
              'transitions-and-independence', 'influence-and-involvement'])[1 + i % 6],
       case when i <= 40 then 'financial-year' else 'financial-quarter' end, 0, 'Synthetic'
from generate_series(1, 60) i;

-- Yearly values 2013-14 to 2024-25 for every authority, its neighbours, the region and England.
insert into indicator_value (indicator_code, area_code, period_code, period_end, value, status, updated_by)
select i.code, a.code, y || '-' || lpad(((y + 1) % 100)::text, 2, '0'), make_date(y + 1, 3, 31),
       round((random() * 100)::numeric, 0), 'final', 'bench'
from indicator i
cross join area a
cross join generate_series(2013, 2024) y
where i.code like 'BENCH_%' and i.period_kind = 'financial-year'
  and (a.code like 'E19%' or a.code like 'SN-E19%' or a.code in ('E92000001', 'E12000005'));

-- Quarterly values for every authority, 48 quarters.
insert into indicator_value (indicator_code, area_code, period_code, period_end, value, status, updated_by)
select i.code, a.code, y || '-' || lpad(((y + 1) % 100)::text, 2, '0') || '-Q' || q,
       (make_date(y, 4, 1) + make_interval(months => 3 * q) - interval '1 day')::date,
       round((random() * 100)::numeric, 0), 'final', 'bench'
from indicator i
cross join area a
cross join generate_series(2013, 2024) y
cross join generate_series(1, 4) q
where i.code like 'BENCH_%' and i.period_kind = 'financial-quarter' and a.code like 'E19%';

insert into target (indicator_code, area_code, period_code, period_end, value, basis, updated_by)
select i.code, a.code, y || '-' || lpad(((y + 1) % 100)::text, 2, '0'), make_date(y + 1, 3, 31), 60, 'Synthetic', 'bench'
from indicator i
cross join area a
cross join generate_series(2013, 2024) y
where i.code like 'BENCH_%' and i.period_kind = 'financial-year' and a.code like 'E19%';

vacuum analyze area, indicator, indicator_value, target;
