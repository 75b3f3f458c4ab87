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

-- An additive group and a rate of a count, so that the KPI feed's suppression has real work to do.
insert into indicator_part (total_code, part_code) values
    ('BENCH_003', 'BENCH_006'), ('BENCH_003', 'BENCH_009'), ('BENCH_003', 'BENCH_012');
update indicator set numerator_indicator = 'BENCH_003' where code = 'BENCH_001';

-- Action plans: three years for every authority, 20 items each linked to two indicators, five updates per item.
insert into action_plan (authority_code, start_year, title)
select a.code, y, 'Bench action plan ' || y || '-' || lpad(((y + 1) % 100)::text, 2, '0')
from area a cross join generate_series(2022, 2024) y
where a.code like 'E19%'
order by a.code, y;

insert into action_item (plan_id, letter, position, priority, what, how, measures, owner, due_date, status)
select p.id, chr(96 + n), n, 'safety-and-permanency', 'Synthetic action ' || n,
       '["Synthetic step one", "Synthetic step two"]', '["Synthetic measure"]', 'Bench owner ' || (n % 4),
       make_date(p.start_year + 1, 3, 31), (array['not-started', 'on-track', 'at-risk', 'off-track'])[1 + n % 4]
from action_plan p cross join generate_series(1, 20) n
where p.authority_code like 'E19%';

insert into action_item_indicator (item_id, indicator_code)
select i.id, 'BENCH_' || lpad((1 + (i.position * k) % 40)::text, 3, '0')
from action_item i join action_plan p on p.id = i.plan_id cross join (values (1), (3)) as m(k)
where p.authority_code like 'E19%'
on conflict do nothing;

insert into progress_update (item_id, update_date, author, text, status)
select i.id, make_date(p.start_year, 4, 1) + u * 60, 'bench', 'Synthetic progress update ' || u, i.status
from action_item i join action_plan p on p.id = i.plan_id cross join generate_series(1, 5) u
where p.authority_code like 'E19%';

-- The board's business (issue 11): the first bench authority has a board of 8 and ten years of meetings, 8 a year
-- (2015 to 2024), each with 15 agenda items (the last exempt), a paper and an indicator per item, 10 attendance rows
-- (8 members, 2 officers), a minute and a resolution per item, item 3 approving the previous meeting's minutes.
insert into board (authority_code, name, quorum, vacancies) values ('E19000001', 'Bench board', 3, 0);

insert into board_member (board_id, name, role, voting, position)
select b.id, 'Bench member ' || n, case n when 1 then 'chair' when 2 then 'vice-chair' else 'member' end, true, n
from board b cross join generate_series(1, 8) n
where b.authority_code = 'E19000001';

insert into meeting (board_id, authority_code, kind, title, meeting_date, start_time, close_time, venue, status)
select b.id, b.authority_code, 'committee', 'Bench board meeting', make_date(y, m, 10), '18:00', '20:00',
       'Bench council house', 'minutes-approved'
from board b cross join generate_series(2015, 2024) y cross join unnest(array[1, 3, 4, 6, 7, 9, 10, 12]) m
where b.authority_code = 'E19000001'
order by make_date(y, m, 10);

insert into agenda_item (meeting_id, number, title, description, exempt, exempt_paragraph, exempt_reason, position)
select m.id, n, 'Bench agenda item ' || n, 'Synthetic description of agenda item ' || n, n = 15,
       case when n = 15 then 1 end, case when n = 15 then 'Information relating to any individual.' end, n
from meeting m cross join generate_series(1, 15) n
where m.authority_code = 'E19000001';

insert into agenda_paper (agenda_item_id, title, position)
select i.id, 'Bench paper for item ' || i.number, 1
from agenda_item i join meeting m on m.id = i.meeting_id
where m.authority_code = 'E19000001';

insert into agenda_item_indicator (agenda_item_id, indicator_code)
select i.id, 'BENCH_' || lpad(i.number::text, 3, '0')
from agenda_item i join meeting m on m.id = i.meeting_id
where m.authority_code = 'E19000001';

insert into attendance (meeting_id, name, capacity, presence, role_title, voting, board_member_id, position)
select m.id, bm.name, 'member', case when bm.position = 8 then 'apologies' else 'present' end, null, true, bm.id,
       bm.position
from meeting m join board_member bm on bm.board_id = m.board_id
where m.authority_code = 'E19000001'
union all
select m.id, 'Bench officer ' || n, 'officer', 'present', 'Head of Service', false, null, 8 + n
from meeting m cross join generate_series(1, 2) n
where m.authority_code = 'E19000001';

insert into minute_version (agenda_item_id, version_no, text, written_by)
select i.id, 1, repeat('Synthetic minute of a board discussion. ', 15), 'bench'
from agenda_item i join meeting m on m.id = i.meeting_id
where m.authority_code = 'E19000001';

insert into resolution (agenda_item_id, number, text, kind, vote, approves_minutes_of, approves_meeting_id,
                        created_by)
select i.id, 1, 'That the synthetic report be noted.',
       case when i.number = 3 then 'approve-minutes' else 'note-report' end, 'not-recorded',
       case when i.number = 3 then previous.meeting_date end, case when i.number = 3 then previous.id end, 'bench'
from agenda_item i
join meeting m on m.id = i.meeting_id
left join lateral (select p.id, p.meeting_date from meeting p where p.board_id = m.board_id
                   and p.meeting_date < m.meeting_date order by p.meeting_date desc limit 1) previous on true
where m.authority_code = 'E19000001' and (i.number <> 3 or previous.id is not null);

vacuum analyze area, indicator, indicator_value, target, action_plan, action_item, action_item_indicator, progress_update,
    board, board_member, meeting, agenda_item, agenda_paper, agenda_item_indicator, attendance, minute_version, resolution;
