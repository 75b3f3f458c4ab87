-- Synthetic load for `make bench`: 153 authorities (England has 153 with children's services), each with its
-- statistical neighbours, 60 indicators (40 yearly, 20 quarterly), 12 years of values, and yearly targets.
-- Codes start E19 / BENCH_ so they can never be mistaken for real ones.
insert into area (code, name, kind, parent_code)
select 'E19' || lpad(i::text, 6, '0'), 'Bench authority ' || i, 'local-authority', 'E12000005'
from generate_series(1, 153) i;
-- Every bench authority publishes its scorecard, so that the public scorecard is timed as the others are.
update area set publishes_scorecard = true where code like 'E19%';

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

-- Performance packs (issue 12): the first bench authority's yearly scorecard has 60 indicators, its 40 yearly ones and
-- 20 snapshot ones read at the year's end (values at every 31 March for it and its comparators, and targets), and six
-- "You said, we did" asks, so that its pack for a year holds what a board's does. Other authorities have none of the
-- snapshot values, so their scorecards keep their 40 rows.
insert into indicator (code, name, plain_name, definition, unit, polarity, priority, period_kind, decimals, source)
select 'BENCH_' || lpad(i::text, 3, '0'), 'Bench indicator ' || i, 'Synthetic indicator ' || i, 'Synthetic, for benchmarks.',
       case when i % 3 = 0 then 'count' else 'percent' end,
       case when i % 5 = 0 then 'lower_is_better' else 'higher_is_better' end,
       (array['leadership', 'safety-and-permanency', 'health-and-wellbeing', 'education-and-employment',
              'transitions-and-independence', 'influence-and-involvement'])[1 + i % 6],
       'snapshot', 0, 'Synthetic'
from generate_series(61, 80) i;

insert into indicator_value (indicator_code, area_code, period_code, period_end, value, status, updated_by)
select i.code, a.code, make_date(y + 1, 3, 31)::text, make_date(y + 1, 3, 31), round((random() * 100)::numeric, 0),
       'final', 'bench'
from indicator i
cross join (values ('E19000001'), ('SN-E19000001'), ('E12000005'), ('E92000001')) as a(code)
cross join generate_series(2013, 2024) y
where i.code like 'BENCH_%' and i.period_kind = 'snapshot';

insert into target (indicator_code, area_code, period_code, period_end, value, basis, updated_by)
select i.code, 'E19000001', make_date(y + 1, 3, 31)::text, make_date(y + 1, 3, 31), 60, 'Synthetic', 'bench'
from indicator i cross join generate_series(2013, 2024) y
where i.code like 'BENCH_%' and i.period_kind = 'snapshot';

insert into you_said (authority_code, ask, forum, asked_in, position)
select 'E19000001', 'Synthetic ask ' || n || ' of the children in care council', 'Bench children in care council',
       '2023-02', n
from generate_series(1, 6) n;

insert into you_said_entry (you_said_id, kind, entry_date, text, position)
select y.id, case when e <= 3 then 'done' else 'next' end, date '2023-11-13', 'Synthetic answer ' || e, e
from you_said y cross join generate_series(1, 5) e
where y.authority_code = 'E19000001';

-- Reports (issue 12): 5,000 board reports over the 153 authorities and ten years, of every type, 1 in 10 exempt and
-- 1 in 8 a draft, each with four to seven numbered sections of three to five paragraphs and a table, in the words
-- such reports use, about 9 KB of text each. Each paragraph has three sentences on the report's own subject (the
-- topic of its type) and one of the general ones (topic 10), drawn in turn, so every run has the same text and a
-- search finds the reports on its subject rather than every report.
create temporary table bench_sentence (topic integer, n integer, text text not null, primary key (topic, n));
insert into bench_sentence (topic, n, text) values
    (0, 0, 'The number of children in care has risen over the year, in line with the regional trend.'),
    (0, 1, 'Placement stability remains a priority: fewer children experienced three or more moves than last year.'),
    (0, 2, 'The number of young people not in education, employment or training fell this quarter.'),
    (0, 3, 'Social worker caseloads reduced after the recruitment of permanent staff to vacant posts.'),
    (0, 4, 'Timeliness of reviews improved in the quarter against the previous one.'),
    (1, 0, 'Recruitment of foster carers continues to be a significant challenge, both nationally and locally.'),
    (1, 1, 'The service approved new mainstream fostering households and connected persons carers during the year.'),
    (1, 2, 'The Mockingbird family model now supports several constellations of foster families.'),
    (1, 3, 'Fostering fees and allowances were increased in line with the recommended national rates.'),
    (1, 4, 'Delegated authority was explained to foster carers so that day-to-day decisions are theirs.'),
    (2, 0, 'The adoption agency matched children with adopters more quickly than the national average.'),
    (2, 1, 'Inter-agency placements were used where no suitable adopters of our own were available.'),
    (2, 2, 'The regional adoption agency recruited adopters for children who wait the longest.'),
    (2, 3, 'Early permanence placements increased following the launch of the good practice guide.'),
    (2, 4, 'Adoption support plans were agreed for every family at the time of the adoption order.'),
    (3, 0, 'Independent reviewing officers chaired reviews within timescales for nearly all children.'),
    (3, 1, 'Family time arrangements were reviewed for children whose plan is reunification.'),
    (3, 2, 'Audits found the quality of practice to be good or better in most case files reviewed.'),
    (3, 3, 'Reviewing officers escalated concerns about drift in care planning through the dispute resolution process.'),
    (3, 4, 'Children were helped to chair or contribute to their own review meetings.'),
    (4, 0, 'The Virtual School supports personal education plans for every child of school age in care.'),
    (4, 1, 'Attainment at Key Stage 4 improved, although the gap with children not in care remains wide.'),
    (4, 2, 'Corporate parents across the council offered work experience and apprenticeship places.'),
    (4, 3, 'Pupil premium plus funding was used for tutoring and mentoring agreed in education plans.'),
    (4, 4, 'School attendance and exclusions are tracked weekly by the Virtual School team.'),
    (5, 0, 'Initial health assessments were delayed for some children because of late notification from partners.'),
    (5, 1, 'Annual health assessments and dental checks are monitored monthly with the designated nurse.'),
    (5, 2, 'Strengths and Difficulties Questionnaires were completed for most eligible children.'),
    (5, 3, 'Dental checks fell during the pandemic and have been recovering since.'),
    (5, 4, 'Health passports were offered to every young person leaving care during the year.'),
    (6, 0, 'Total Respect training was delivered to councillors and staff with young people as trainers.'),
    (6, 1, 'The strategy sets out five priorities agreed with the children in care council.'),
    (6, 2, 'Every councillor is a corporate parent and shares the duty to act as a good parent would.'),
    (6, 3, 'The action plan names an owner and a date for each action the board will monitor.'),
    (6, 4, 'The board asked officers to compare the figures with statistical neighbours.'),
    (7, 0, 'The placement sufficiency strategy sets out how the council will secure homes close to home.'),
    (7, 1, 'Unregistered placements were used only in exceptional circumstances and reviewed weekly.'),
    (7, 2, 'The residential homes were judged good by Ofsted at their most recent inspections.'),
    (7, 3, 'Unaccompanied asylum seeking children are supported through the national transfer scheme.'),
    (7, 4, 'Commissioning will increase local provision for older children and sibling groups.'),
    (8, 0, 'The board noted the report and asked for an update on apprenticeships at its next meeting.'),
    (8, 1, 'Savings for children in care were increased and are now managed centrally.'),
    (8, 2, 'Children in care were invited to take part in leisure activities with free passes.'),
    (8, 3, 'The independent visitor service matched more children with a volunteer this year.'),
    (8, 4, 'The board considered a programme of reports for the coming municipal year.'),
    (9, 0, 'Young people told the board that they want to be spoken to in a way that is respectful.'),
    (9, 1, 'The children in care council met with managers to shape the local offer for care leavers.'),
    (9, 2, 'A new participation apprentice post has been ring-fenced for a care leaver.'),
    (9, 3, 'Council tax exemption for care leavers was extended to the age of 25 from April.'),
    (9, 4, 'Young people asked for help to understand what their carers can agree to and why.'),
    (10, 0, 'Care leavers aged 19 to 21 in education, employment or training remain below the England average.'),
    (10, 1, 'Most care leavers live in suitable accommodation; those who do not are mainly in custody.'),
    (10, 2, 'Staying put arrangements allow young people to remain with their foster carers after 18.'),
    (10, 3, 'Missing episodes are followed by a return home interview offered within 72 hours.'),
    (10, 4, 'Exploitation risks are considered at a multi-agency panel that meets every month.'),
    (10, 5, 'Pathway plans were updated for most care leavers, though staff turnover affected timeliness.'),
    (10, 6, 'Complaints from young people were resolved at the first stage in most cases.'),
    (10, 7, 'The housing protocol for care experienced young people was reviewed with partners.'),
    (10, 8, 'Emotional wellbeing support is now delivered jointly by health and social care teams.'),
    (10, 9, 'The number of children subject to a child protection plan was stable over the year.');

create temporary table bench_heading (n integer primary key, text text not null);
insert into bench_heading (n, text) values
    (0, 'Context'), (1, 'Performance overview'), (2, 'Children living with foster carers'), (3, 'Recruitment'),
    (4, 'Health and wellbeing'), (5, 'Education and employment'), (6, 'Care leavers'), (7, 'Adoption'),
    (8, 'Permanence'), (9, 'Placement sufficiency'), (10, 'Participation and the voice of the child'),
    (11, 'Quality assurance'), (12, 'Workforce'), (13, 'Complaints and compliments'), (14, 'Service priorities'),
    (15, 'Finance'), (16, 'Risk management'), (17, 'Equality impact'), (18, 'Consultation'), (19, 'Next steps');

insert into report (authority_code, type, title, period_covered, author, contact_officer, executive_summary,
                    recommendations, visibility, exempt_paragraph, status, document_version, published_at, sections,
                    created_by, updated_by, created_at, updated_at)
select 'E19' || lpad((1 + g % 153)::text, 6, '0'), t.type,
       t.title || ' ' || year || '-' || lpad(((year + 1) % 100)::text, 2, '0'),
       year || '-' || lpad(((year + 1) % 100)::text, 2, '0'), 'Bench author ' || g % 40, 'Bench officer ' || g % 25,
       (select string_agg(x.text, ' ' order by k) from generate_series(0, 2) k
        join bench_sentence x on x.topic = g % 10 and x.n = (g + k * 2) % 5),
       jsonb_build_array('That the board notes the report.',
                         (array['That the board agrees the priorities for the coming year.',
                                'That the board receives an update at its next meeting.',
                                'That the board endorses the action plan.',
                                'That the board asks officers to compare the figures with statistical neighbours.'])
                             [1 + g % 4]),
       case when g / 10 % 10 = 0 then 'exempt' else 'public' end, case when g / 10 % 10 = 0 then 1 + g % 7 end,
       case when g / 10 % 8 = 1 then 'draft' else 'published' end, case when g / 10 % 8 = 1 then 0 else 1 end,
       case when g / 10 % 8 <> 1 then make_date(year + 1, 1 + g % 12, 1 + g % 28)::timestamptz end,
       (select jsonb_agg(jsonb_build_object('number', s::text, 'heading', h.text, 'blocks',
            (select jsonb_agg(jsonb_build_object('kind', 'paragraph', 'text',
                 (select string_agg(x.text, ' ' order by k) from generate_series(0, 3) k
                  join bench_sentence x on x.topic = case when k < 3 then g % 10 else 10 end
                                       and x.n = (g * 7 + s * 13 + p * 31 + k * 17) % case when k < 3 then 5 else 10 end))
                 order by p)
             from generate_series(1, 3 + (g + s) % 3) p)
            || case when s = 2 then jsonb_build_array(jsonb_build_object('kind', 'table',
                   'caption', 'Table: ' || lower(h.text) || ' over three years',
                   'columns', jsonb_build_array(jsonb_build_object('heading', 'Measure', 'numeric', false),
                       jsonb_build_object('heading', (year - 2) || '-' || lpad(((year - 1) % 100)::text, 2, '0'),
                                          'numeric', true),
                       jsonb_build_object('heading', (year - 1) || '-' || lpad((year % 100)::text, 2, '0'),
                                          'numeric', true),
                       jsonb_build_object('heading', year || '-' || lpad(((year + 1) % 100)::text, 2, '0'),
                                          'numeric', true)),
                   'rows', (select jsonb_agg(jsonb_build_object('header', 'Synthetic measure ' || r, 'cells',
                                jsonb_build_array(((g * r) % 90)::text, ((g * r + 7) % 90)::text,
                                                  ((g * r + 13) % 90)::text)) order by r)
                            from generate_series(1, 6) r)))
               else '[]'::jsonb end) order by s)
        from generate_series(1, 4 + g % 4) s join bench_heading h on h.n = (g + s * 5) % 20),
       'bench', 'bench', make_date(year + 1, 1, 1), make_date(year + 1, 1, 1)
from generate_series(1, 5000) g
cross join lateral (select 2014 + g % 10 as year) y
cross join lateral (select (array['quarterly-performance', 'annual-fostering', 'annual-adoption', 'iro',
                                  'virtual-school', 'health', 'strategy', 'sufficiency', 'municipal-year',
                                  'other'])[1 + g % 10] as type,
                           (array['Quarterly Performance Report', 'Fostering Service Annual Report',
                                  'Adoption Service Report', 'Independent Reviewing Officer Annual Report',
                                  'Virtual School Annual Report', 'Health of Children in Care Annual Report',
                                  'Corporate Parenting Strategy update', 'Placement Sufficiency Strategy',
                                  'Municipal Year Report', 'Update on the young people''s action plan'])[1 + g % 10]
                               as title) t;

vacuum analyze area, indicator, indicator_value, target, action_plan, action_item, action_item_indicator, progress_update,
    board, board_member, meeting, agenda_item, agenda_paper, agenda_item_indicator, attendance, minute_version, resolution,
    you_said, you_said_entry, report;
