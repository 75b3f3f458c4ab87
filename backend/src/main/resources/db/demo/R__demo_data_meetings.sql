-- The board's business as the packs print it (docs/board-business-seed.md lists each row's source line, decision 32
-- what the packs leave to interpretation): Walsall's board as the agenda of 13 November 2023 lists it, its meetings
-- of 2023/24 (3 July and 4 September 2023 held, the second with its minutes, attendance, resolutions, the action
-- they raised and the work programme moves; 13 November 2023 with its agenda; the rest of the work programme's
-- meetings), its 2023/24 work programme; Dudley's board, the meetings its municipal year report 2023/24 names and
-- its programme for 2024-25. Nothing is invented: what the packs do not say is null. The packs' slips are kept as
-- printed (next meeting "9 January 2023", minutes of "3 September 2023" approved) for the meeting checks to flag.
-- The 13 November 2023 item on the strategy and action plan is linked to the 2023-24 plan's items by the strategy
-- script, which Flyway runs after this one (repeatable scripts run in the order of their names).
-- Repeatable and idempotent: each row is found by its natural key (a board by authority and name, a member by name,
-- a meeting by board and date, an item by meeting and number, a work programme item by year, title and position)
-- and only a missing one is inserted; ids are looked up, never written. Nothing is loaded when demo is false.
do $demo$
declare
    walsall constant varchar := 'E08000030';
    dudley constant varchar := 'E08000027';
    board_name constant varchar := 'Corporate Parenting Board';
    walsall_board bigint;
    dudley_board bigint;
    met_3_july bigint;
    met_4_september bigint;
    met_13_november bigint;
    met_9_january bigint;
    met_12_february bigint;
    met_3_april bigint;
    dudley_5_october bigint;
    dudley_7_december bigint;
    dudley_18_april bigint;
    at_university bigint;
    programme_changes bigint;
begin
if '${demo}' <> 'true' then
    return;
end if;

-- Boards. Walsall prints its quorum ("3 Members") and one vacancy; Dudley's report prints neither.
insert into board (authority_code, name, quorum, vacancies) values
    (walsall, board_name, 3, 1),
    (dudley, board_name, null, 0)
on conflict (authority_code, name) do nothing;
select id into walsall_board from board where authority_code = walsall and name = board_name;
select id into dudley_board from board where authority_code = dudley and name = board_name;

insert into board_member (board_id, name, role, voting, description, position)
select m.board_id, m.name, m.role, true, m.description, m.position
from (values
    (walsall_board, 'Councillor S. Elson', 'chair', null, 1),
    (walsall_board, 'Councillor T. Jukes', 'vice-chair', null, 2),
    (walsall_board, 'Councillor A. Hicken', 'member', null, 3),
    (walsall_board, 'Councillor N. Latham', 'member', null, 4),
    (walsall_board, 'Councillor V. Waters', 'member', null, 5),
    (walsall_board, 'Councillor R. Worrall', 'member', null, 6),
    (dudley_board, 'Cllr Ruth Buttery', 'chair', 'Lead Member', 1),
    (dudley_board, 'Cllr Sue Ridney', 'vice-chair', 'Coseley East', 2),
    (dudley_board, 'Cllr Cathy Bayton', 'member', 'St James Ward', 3),
    (dudley_board, 'Cllr Hilary Bills', 'member', 'Halesowen North', 4),
    (dudley_board, 'Cllr Luke Johnson', 'member', 'Kingswinford South', 5),
    (dudley_board, 'Cllr Peter Lee', 'member', 'Amblecote', 6),
    (dudley_board, 'Cllr Kerry Lewis', 'member', 'Wordsley', 7),
    (dudley_board, 'Cllr David Stanley', 'member', 'Lower Gornal', 8),
    (dudley_board, 'Cllr Shaun Keasey', 'member', 'Sedgley', 9),
    (dudley_board, 'Cllr Elaine Taylor', 'member', 'Netherton, Woodside and St Andrews', 10),
    (dudley_board, 'Cllr Mark Westwood', 'member', 'Upper Gornal and Woodsetton', 11)
) as m(board_id, name, role, description, position)
where not exists (select 1 from board_member b where b.board_id = m.board_id and b.name = m.name);

-- The agenda prints each advisor with a full stop ("NHS Walsall."): list punctuation, not part of the name.
insert into board_advisor (board_id, name, position)
select walsall_board, a.name, a.position
from (values ('NHS Walsall', 1), ('Head of Virtual School', 2), ('Director, Customer Engagement', 3))
    as a(name, position)
where not exists (select 1 from board_advisor b where b.board_id = walsall_board and b.name = a.name);

-- Meetings. The 13 November 2023 meeting is a committee meeting (its agenda is a committee's, and the board resolved
-- on 4 September 2023 that it "remains a committee meeting"), though the work programme calls it an "Engagement
-- session at TLC with Young People"; 12 February 2024 is known only as that session. Dudley's 18 April 2024 is still
-- to come in its report ("will see the first 'Permanency' report presented").
insert into meeting (board_id, authority_code, kind, title, meeting_date, start_time, close_time, venue, status,
                     next_meeting_date)
select m.board_id, m.authority_code, m.kind, m.title, m.meeting_date::date, m.start_time::time, m.close_time::time,
       m.venue, m.status, m.next_meeting_date::date
from (values
    (walsall_board, walsall, 'committee', board_name, '2023-07-03', null, null, null, 'minutes-approved', null),
    (walsall_board, walsall, 'committee', board_name, '2023-09-04', '18:30', '19:40',
        'Conference room 2, Walsall Council House', 'held', null),
    (walsall_board, walsall, 'committee', board_name, '2023-11-13', '17:30', null,
        'TLC Hub, Brineton Street, Pleck, Walsall, WS2 9EP', 'agenda-published', '2023-01-09'),
    (walsall_board, walsall, 'committee', board_name, '2024-01-09', null, null, null, 'scheduled', null),
    (walsall_board, walsall, 'engagement-session', 'Engagement session at TLC with Young People', '2024-02-12', null,
        null, null, 'scheduled', null),
    (walsall_board, walsall, 'committee', board_name, '2024-04-03', null, null, null, 'scheduled', null),
    (dudley_board, dudley, 'committee', board_name, '2023-10-05', null, null, null, 'held', null),
    (dudley_board, dudley, 'committee', board_name, '2023-12-07', null, null, null, 'held', null),
    (dudley_board, dudley, 'committee', board_name, '2024-04-18', null, null, null, 'scheduled', null)
) as m(board_id, authority_code, kind, title, meeting_date, start_time, close_time, venue, status, next_meeting_date)
where not exists (select 1 from meeting e where e.board_id = m.board_id and e.meeting_date = m.meeting_date::date);
select id into met_3_july from meeting where board_id = walsall_board and meeting_date = date '2023-07-03';
select id into met_4_september from meeting where board_id = walsall_board and meeting_date = date '2023-09-04';
select id into met_13_november from meeting where board_id = walsall_board and meeting_date = date '2023-11-13';
select id into met_9_january from meeting where board_id = walsall_board and meeting_date = date '2024-01-09';
select id into met_12_february from meeting where board_id = walsall_board and meeting_date = date '2024-02-12';
select id into met_3_april from meeting where board_id = walsall_board and meeting_date = date '2024-04-03';
select id into dudley_5_october from meeting where board_id = dudley_board and meeting_date = date '2023-10-05';
select id into dudley_7_december from meeting where board_id = dudley_board and meeting_date = date '2023-12-07';
select id into dudley_18_april from meeting where board_id = dudley_board and meeting_date = date '2024-04-18';

-- Agenda items. 4 September 2023 survives only as minutes, which Walsall numbers through the municipal year (6 to
-- 12). Dudley's report names what three meetings considered but not the agenda's numbers: they are numbered in the
-- order the report names them.
insert into agenda_item (meeting_id, number, title, description, position)
select i.meeting_id, i.number, i.title, i.description, i.number
from (values
    (met_13_november, 1, 'Apologies', null),
    (met_13_november, 2, 'Substitutions',
        'To receive notice of any substitutions for a Member of the Committee for the duration of the meeting.'),
    (met_13_november, 3, 'Minutes', 'To approve and sign the minutes of the meeting held on 4th September 2023].'),
    (met_13_november, 4, 'Declarations of Interest', null),
    (met_13_november, 5, 'Local Government (Access to Information) Act, 1985 (as amended)',
        'To agree that the public be excluded from the private session during consideration of the agenda items '
        || 'indicated for the reasons shown on the agenda.'),
    (met_13_november, 6, 'Update on action plan created by Young People', null),
    (met_13_november, 7, 'Corporate Parenting Board Strategy and Action Plan', null),
    (met_13_november, 8, 'Fostering Service Annual report 2022-2023', null),
    (met_13_november, 9, 'Adoption Service Report 2022- 2023', null),
    (met_13_november, 10, 'Work Programme', null),
    (met_13_november, 11, 'Date of next meeting', 'The date of the next meeting will be 9 January 2023.'),
    (met_4_september, 6, 'Apologies', null),
    (met_4_september, 7, 'Substitutions', null),
    (met_4_september, 8, 'Minutes', null),
    (met_4_september, 9, 'Future Governance of Corporate Parenting Board', null),
    (met_4_september, 10, 'Placement Sufficiency Strategy and action plan', null),
    (met_4_september, 11, 'Quarterly Performance Report', null),
    (met_4_september, 12, 'Work Programme 2023/24', null),
    (dudley_5_october, 1, 'Children''s Leisure membership', null),
    (dudley_7_december, 1, 'Proposals to increase as well as manage children''s savings', null),
    (dudley_7_december, 2, 'Fostering Annual Report 2023/24', null),
    (dudley_18_april, 1, 'Permanency report', null)
) as i(meeting_id, number, title, description)
on conflict (meeting_id, number) do nothing;

-- "(Enclosed)" on the agenda: a paper with the item's title (the reports themselves are another issue's). Dudley's
-- report names two reports presented to its board.
insert into agenda_paper (agenda_item_id, title, position)
select i.id, i.title, 1
from agenda_item i
where ((i.meeting_id = met_13_november and i.number in (3, 6, 7, 8, 9, 10))
       or (i.meeting_id = dudley_7_december and i.number = 2) or (i.meeting_id = dudley_18_april and i.number = 1))
  and not exists (select 1 from agenda_paper p where p.agenda_item_id = i.id and p.title = i.title);

-- The minutes of 4 September 2023 discuss the percentage of children in care who had a dental check.
insert into agenda_item_indicator (agenda_item_id, indicator_code)
select i.id, 'HLTH_DENTAL' from agenda_item i where i.meeting_id = met_4_september and i.number = 11
on conflict do nothing;

-- Who was at the 4 September 2023 meeting, in the minutes' order: the members present, the member who sent
-- apologies, the officers with their titles. The substitute is named as item 7 names him.
insert into attendance (meeting_id, name, capacity, presence, substitute_for, role_title, voting, board_member_id,
                        position)
select met_4_september, a.name, a.capacity, a.presence, a.substitute_for, a.role_title, a.capacity <> 'officer',
       (select b.id from board_member b where b.board_id = walsall_board and b.name = a.name), a.position
from (values
    ('Councillor S. Elson', 'member', 'present', null, null, 1),
    ('Councillor T. Jukes', 'member', 'present', null, null, 2),
    ('Councillor A. Hicken', 'member', 'present', null, null, 3),
    ('Councillor A. Nawaz', 'substitute', 'present', 'Councillor N. Latham', null, 4),
    ('Councillor R. Worrall', 'member', 'present', null, null, 5),
    ('Councillor N. Latham', 'member', 'apologies', null, null, 6),
    ('Rita Holmer', 'officer', 'present', null, 'Interim Director, Children''s Social Work', 7),
    ('Colleen Male', 'officer', 'present', null, 'Interim Executive Director, Children''s Services', 8),
    ('Zoe Morgan', 'officer', 'present', null, 'Head of Service', 9),
    ('Catherine Masterson', 'officer', 'present', null, 'Designated Children in Care Nurse - Black Country ICB', 10),
    ('Jivan Sembi', 'officer', 'present', null, 'Head of Service', 11),
    ('Lorraine Thompson', 'officer', 'present', null, 'Head of Virtual School', 12)
) as a(name, capacity, presence, substitute_for, role_title, position)
where not exists (select 1 from attendance e where e.meeting_id = met_4_september and e.name = a.name);

-- The minutes of 4 September 2023, item by item, paragraphs as printed; they await approval on 13 November 2023.
insert into minute_version (agenda_item_id, version_no, text, written_by)
select i.id, 1, m.text, 'demo data'
from (values
    (6, 'Apologies were received on behalf of Councillor Latham.'),
    (7, 'Councillor A. Nawaz substituted for Councillor Latham for the duration of the meeting.'),
    (8, $q$A copy of the minutes of the meeting held on 3 July 2023, were submitted.

(see annexed)$q$),
    (9, $q$The Head of Service presented the report and highlighted the salient points (annexed).

Members questioned why the recommendations within the report differed to those previously suggested, and Officers confirmed that there was not an appetite for de-constituting the Board at this time. It was stressed that it was important to ensure that young people were engaging with the Board, and it was hoped that Walsall could pioneer a new approach at some point in the future.

Members challenged how other local authorities operated their Corporate Parenting Boards, Officers confirmed that there was no clear best practice model operating. The proposed way of working was described and the difficulties experienced by young people attending formal Board meetings was acknowledged.

It was agreed that the effectiveness of the Board in 'engaging young people' would be on the agenda for the first meeting of the new municipal year to ensure that this was satisfactory.

Members expressed satisfaction with the options proposed within the report and agreed that engagement with young people was very important. Officers agreed that the action plan (detailing feedback from engagement sessions) would be 'rolling' and included on each agenda.$q$),
    (10, $q$The Head of Service presented the report and highlighted the salient points (annexed). The Board was informed that the report presented the Childrens Sufficiency Strategy for the next three years. Members were asked to consider and comment on the approach and implementation of the 2023-2026 sufficiency strategy.

The aims of the placement sufficiency strategy were described by the Head of Service alongside the summary of needs and trends in Walsall. This included an increase in boys and Black and Asian ethnic groups entering care. Members were informed that there had been a reduction in the number of children living in foster homes (in the previous year) due to a shortage of available foster carers. The service intentions in relation to fostering, residential, supported accommodation, and permanence were detailed along with the priorities and action plan.

In response to a question around unregistered placements Officers confirmed that it was a residential home which was not registered with Ofsted. The legalities of this were discussed and the Board was informed that in such circumstances the Local Authority would work with providers to support this registration. Members were informed that there were not a sufficient number of locally registered providers.

In response to challenge around the right children becoming looked after, the Interim Executive Director stated that through the family safeguarding model families were supported to ensure that children remained in their own homes as this produced better outcomes for the child. The turning point service, which was aimed at adolescents, had been successful in supporting families to stay together. It was stressed that services needed to evolve to respond to societal changes.

A discussion was held on the need for children to be living in communities and to be supported appropriately to do so. Training was carried out through the safeguarding partnership and extensive teamwork took place with partners. Further information was provided on the capital grant scheme, Members were informed that small grants, for building work, could be provided to connected carers to ensure children could remain within extended families.

Further to Member questions, Officers stated that analysis suggested that an increased number of foster carers were needed for boys, older children, sibling groups of 2/3 and more complex children.$q$),
    (11, $q$The Interim Executive Director presented the report (annexed), highlighting the salient points. The key quarter 1 performance for Children's Services for 2022/23 (relating to children in care and care leavers) was described.

A Member questioned the percentage of children in care who had received a dental check and asked what action was being taken to improve this figure. Officers confirmed that there had been difficulties accessing dental care however a dental pathway had been put in place to improve this issue as such it was expected that it would incrementally improve.

In response to a question the Head of the Virtual School confirmed that there were around 20 care leavers at university. It was agreed that once this information was collated that it would be shared with the Board (via e-mail).$q$),
    (12, $q$Councillor Jukes provided feedback on her visit to Hilton Road residential home, all of which was extremely positive. She read a poem written by a young person in care.

Members discussed the work programme, and were reminded by the Chair that the next meeting would be held at the TLC Hub and would start at the earlier time of 5.30pm to accommodate young people.$q$)
) as m(number, text)
join agenda_item i on i.meeting_id = met_4_september and i.number = m.number
on conflict (agenda_item_id, version_no) do nothing;

-- Resolutions as numbered in the minutes (null where one stands unnumbered); a vote only where printed. Item 8
-- names "3 September 2023" as printed and approves the meeting the minutes were submitted for, 3 July 2023.
insert into resolution (agenda_item_id, number, text, kind, vote, approves_minutes_of, approves_meeting_id, created_by)
select i.id, r.number, r.text, r.kind, r.vote, r.approves_minutes_of::date,
       case when r.kind = 'approve-minutes' then met_3_july end, 'demo data'
from (values
    (8, null::smallint, 'That the minutes of the meeting held on 3 September 2023, copies having previously been '
        || 'circulated to each member of the Board, be approved and signed by the Chairman as a correct record.',
        'approve-minutes', 'unanimous', '2023-09-03'),
    (9, 1, 'That the Corporate Parenting Board remains a committee meeting. Reports, minutes, and the meeting will '
        || 'remain in public and/or private depending on the sensitivities and/or participants for each meeting.',
        'decision', 'not-recorded', null),
    (9, 2, 'That the arrangements for engaging with young people are reviewed by the Corporate Parenting Board in 12 '
        || 'months time.', 'decision', 'not-recorded', null),
    (10, 1, 'That the Placement Sufficiency Strategy and action plan be noted.', 'note-report', 'not-recorded', null),
    (10, 2, 'That the Placement Sufficiency Strategy be reviewed in 6 months.', 'decision', 'not-recorded', null),
    (11, 1, 'The Corporate Parenting Board note the report.', 'note-report', 'not-recorded', null),
    (11, 2, 'The number of care leavers at university will be shared with Board Members once available.', 'decision',
        'not-recorded', null),
    (12, null, $q$The following changes were made to the work programme:

- The Virtual School Annual report would be moved to April.
- The Corporate Parenting Strategy would be considered at the next meeting.$q$, 'change-work-programme',
        'not-recorded', null)
) as r(item, number, text, kind, vote, approves_minutes_of)
join agenda_item i on i.meeting_id = met_4_september and i.number = r.item
where not exists (select 1 from resolution e where e.agenda_item_id = i.id and e.number is not distinct from r.number);

-- Item 11's second resolution raised the action arising (the Head of the Virtual School gave the figure, so the
-- post owns it); item 12's resolution moved two items.
select r.id into at_university from resolution r join agenda_item i on i.id = r.agenda_item_id
where i.meeting_id = met_4_september and i.number = 11 and r.number = 2;
select r.id into programme_changes from resolution r join agenda_item i on i.id = r.agenda_item_id
where i.meeting_id = met_4_september and i.number = 12 and r.number is null;

insert into action_arising (authority_code, resolution_id, description, owner, due_date, status)
select walsall, at_university,
       'The number of care leavers at university will be shared with Board Members once available.',
       'Head of Virtual School', null, 'open'
where not exists (select 1 from action_arising a where a.resolution_id = at_university);

-- Walsall's work programme 2023/24, the table at the end of the pack, in its order: what 4 September 2023 took is
-- considered, the rest planned. A report type only where the title names one.
insert into work_programme_item (authority_code, start_year, title, report_type, meeting_id, status, position)
select walsall, 2023, w.title, w.report_type, w.meeting_id,
       case when w.meeting_id = met_4_september then 'considered' else 'planned' end, w.position
from (values
    (met_4_september, 'Placement sufficiency strategy', 'sufficiency', 1),
    (met_4_september, 'Quarterly performance report', 'quarterly-performance', 2),
    (met_4_september, 'Future Governance of Corporate Parenting Board', null, 3),
    (met_13_november, 'Annual adoption report', 'annual-adoption', 4),
    (met_13_november, 'Annual Fostering service report', 'annual-fostering', 5),
    (met_13_november, 'Update on Action Plan of actions identified by Young People', null, 6),
    (met_13_november, 'CPB strategy and action plan', 'strategy', 7),
    (met_9_january, 'Independent Reviewing Officer (IRO) Annual Report', 'iro', 8),
    (met_9_january, 'CAMHs Report', null, 9),
    (met_9_january, 'Health Annual Report', 'health', 10),
    (met_9_january, 'Independent Visitor Annual Report', null, 11),
    (met_9_january, 'Quarterly performance report', 'quarterly-performance', 12),
    (met_12_february, 'Care leavers', null, 13),
    (met_12_february, 'Housing options for care leavers', null, 14),
    (met_12_february, 'Local Offer', null, 15),
    (met_12_february, 'Leisure and Housing WHG', null, 16),
    (met_12_february, 'Website and ease of access', null, 17),
    (met_3_april, 'CPB annual report', null, 18),
    (met_3_april, 'Quarterly Performance Report', 'quarterly-performance', 19),
    (met_3_april, 'Virtual school annual report', 'virtual-school', 20),
    (met_3_april, 'Placement Sufficiency Strategy', 'sufficiency', 21)
) as w(meeting_id, title, report_type, position)
where not exists (select 1 from work_programme_item e where e.authority_code = walsall and e.start_year = 2023
                  and e.title = w.title and e.position = w.position);

-- The moves of 4 September 2023, dated by the meeting. The minutes do not say where either item stood before.
-- They share a time, so they are read in the order of their ids, which is the order the minutes print them in
-- (the Virtual School's first); an earlier load wrote them the other way round, and those, still untouched, go.
delete from work_programme_move
where resolution_id = programme_changes and moved_by = 'demo data'
  and exists (select 1 from work_programme_move s join work_programme_item si on si.id = s.item_id,
                            work_programme_move v join work_programme_item vi on vi.id = v.item_id
              where s.resolution_id = programme_changes and v.resolution_id = programme_changes
                and si.title = 'CPB strategy and action plan' and vi.title = 'Virtual school annual report'
                and s.id < v.id);
insert into work_programme_move (item_id, from_meeting_id, to_meeting_id, resolution_id, reason, moved_by, moved_at)
select e.id, null, e.meeting_id, programme_changes, m.reason, 'demo data',
       timestamp '2023-09-04 18:30' at time zone 'Europe/London'
from (values
    (1, 'Virtual school annual report', 20, 'The Virtual School Annual report would be moved to April.'),
    (2, 'CPB strategy and action plan', 7, 'The Corporate Parenting Strategy would be considered at the next meeting.')
) as m(printed, title, position, reason)
join work_programme_item e on e.authority_code = walsall and e.start_year = 2023 and e.title = m.title
                              and e.position = m.position
where not exists (select 1 from work_programme_move x where x.item_id = e.id and x.resolution_id = programme_changes)
order by m.printed;

-- Dudley's programme for the year its report plans, 2024-25 (under the heading "Planning for 2023/24"): the eight
-- items not yet placed at a meeting, then the three "Proposed inclusion for consideration".
insert into work_programme_item (authority_code, start_year, title, report_type, meeting_id, status, position)
select dudley, 2024, w.title, w.report_type, null, w.status, w.position
from (values
    ('Dudley Virtual School Annual report', 'virtual-school', 'planned', 1),
    ('Fostering and Permanency Service Annual Report', 'annual-fostering', 'planned', 2),
    ('Annual report from Adoption@Heart, our Regional Adoption Agency', 'annual-adoption', 'planned', 3),
    ('Annual report from Independent Reviewing Officers', 'iro', 'planned', 4),
    ('Report on the outcomes of the Ofsted Inspections and the Regulation Independent Visitor inspections in respect '
        || 'of the Children Home (England) regulations 2015', null, 'planned', 5),
    ('Annual Health Report for children and young people in care', 'health', 'planned', 6),
    ('Annual update from our Children in Care service', null, 'planned', 7),
    ('Annual update from our Care Experienced service', null, 'planned', 8),
    ('Review of the Corporate Parenting Strategy', 'strategy', 'proposed', 9),
    ('Delivery of Total Respect Training for the new members of Corporate Parenting Board', null, 'proposed', 10),
    ('Opportunity to consider next steps for inclusion of young people with the Corporate Parenting Board', null,
        'proposed', 11)
) as w(title, report_type, status, position)
where not exists (select 1 from work_programme_item e where e.authority_code = dudley and e.start_year = 2024
                  and e.title = w.title and e.position = w.position);
end
$demo$;
