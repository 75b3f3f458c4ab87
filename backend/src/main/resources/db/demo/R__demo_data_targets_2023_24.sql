-- Walsall's targets for 2023-24, the year its board is monitoring, and the 2022-23 targets the first demo data left
-- out, each with the Walsall CPB agenda pack's words (13 November 2023, the action plans of item 7) as its basis;
-- and the one Walsall figure the pack gives for a period of 2023-24 (decision 27). The plan's "projections" for
-- children leaving care are its measures of success for the year, so they are targets whose basis says
-- "projection". Where the plan prints a measure under an older heading ("2022-23 Target" in the 2023-24 plan), the
-- basis says so. Indicators a target needs that the catalogue lacked are defined here, after the plan's wording.
-- Repeatable and idempotent: rows that exist (perhaps changed since) are left alone.
-- Nothing is loaded when the placeholder demo is false (PROMISE_DEMO_DATA=false).
do $demo$
declare
    walsall constant varchar := 'E08000030';
    pack constant varchar := 'Walsall CPB agenda pack, 13 November 2023';
begin
if '${demo}' <> 'true' then
    return;
end if;

insert into indicator (code, name, plain_name, definition, unit, polarity, priority, period_kind, decimals, source, numerator_label, denominator_label) values
    ('COUNCILLORS_TRAINED_PCT', 'Councillors who have completed Total Respect training', 'Councillors who have done the training on being a good corporate parent', 'Elected members of the council, Corporate Parenting Board members among them, who have completed Total Respect training by the end of the year, as a percentage of all the council''s elected members.', 'percent', 'higher_is_better', 'leadership', 'financial-year', 0, 'Local performance data', 'councillors who have completed Total Respect training', 'councillors'),
    ('MOCKINGBIRD_HUBS_NEW', 'Mockingbird constellations launched', 'New Mockingbird hubs set up this year', 'Mockingbird Family Model constellations (a hub carer supporting a group of fostering households) established during the year.', 'count', 'higher_is_better', 'safety-and-permanency', 'financial-year', 0, 'Local performance data', null, null),
    ('NEW_CHILDRENS_HOMES', 'New council children''s homes operational', 'New children''s homes the council has opened', 'Children''s homes the council has bought and opened under its placement sufficiency plan (registered with Ofsted and looking after children) at 31 March, counted from the plan''s start.', 'count', 'higher_is_better', 'safety-and-permanency', 'snapshot', 0, 'Local performance data', null, null),
    ('PARTICIPATION_APPRENTICES', 'Participation apprentices appointed', 'Apprentices taken on to help children in care be heard', 'Apprentices appointed during the year to participation posts (the Care Ambassadors), who help children in care and care experienced young people make their voices heard.', 'count', 'higher_is_better', 'influence-and-involvement', 'financial-year', 0, 'Local performance data', null, null)
on conflict (code) do nothing;

insert into target (indicator_code, area_code, period_code, period_end, value, tolerance, basis, pending, pending_reason, updated_by) values
    ('HLTH_ASSESS', walsall, '2023-24', '2024-03-31', 85, null, 'Walsall action plan 2023-24, "Measure of Success - 2022-24 targets": "85% of health assessments are undertaken within the statutory timescales"', false, null, 'demo data'),
    ('HLTH_DENTAL', walsall, '2023-24', '2024-03-31', 90, null, 'Walsall action plan 2023-24, "Measure of Success - 2022-24 targets": "90% of children with receive annual Dental Checks"', false, null, 'demo data'),
    ('SDQ_COMPLETE', walsall, '2023-24', '2024-03-31', 95, null, 'Walsall action plan 2023-24, "Measure of Success - 2022-24 targets": "95% of children will have an up-to-date SDQ"', false, null, 'demo data'),
    ('CL_HEALTH_PASSPORT_OFFERED', walsall, '2023-24', '2024-03-31', 100, null, 'Walsall action plan 2023-24, under "proposed indicator for 2022-23 Target health passports to be agreed with CCG and Health Trust": "100% of care experienced young people are offered their health passport."', false, null, 'demo data'),
    ('CL_HEALTH_PASSPORT', walsall, '2023-24', '2024-03-31', 90, null, 'Walsall action plan 2023-24, under "proposed indicator for 2022-23 Target health passports to be agreed with CCG and Health Trust": "90% of young people received their health passport."', false, null, 'demo data'),
    ('CL_STAYPUT_1920', walsall, '2023-24', '2024-03-31', 40, null, 'Walsall action plan 2023-24: "A minimum of 40% of care experienced young people stay put"', false, null, 'demo data'),
    ('LEAVE_REUNIF', walsall, '2023-24', '2024-03-31', 15, null, 'Walsall action plan 2023-24, a projection: "2023-24 Projections are : 15 children reunified to parents"', false, null, 'demo data'),
    ('LEAVE_ADOPT', walsall, '2023-24', '2024-03-31', 25, null, 'Walsall action plan 2023-24, a projection: "2023-24 Projections are : ... 25 secure adoption"', false, null, 'demo data'),
    ('LEAVE_SGO', walsall, '2023-24', '2024-03-31', 25, null, 'Walsall action plan 2023-24, a projection: "2023-24 Projections are : ... 25 secure Special Guardianship"', false, null, 'demo data'),
    ('FOST_NEW_PLACES', walsall, '2023-24', '2024-03-31', 25, null, 'Walsall action plan 2023-24: "Increase fostering households by 25 new placements in 2023- 24"', false, null, 'demo data'),
    ('MOCKINGBIRD_HUBS', walsall, '2024-03-31', '2024-03-31', 6, null, 'Walsall action plan 2023-24: "Establish the 6th Mockingbird Hub in 2023-24"', false, null, 'demo data'),
    ('NEW_CHILDRENS_HOMES', walsall, '2024-03-31', '2024-03-31', 2, null, 'Walsall action plan 2023-24: "2 new children''s homes purchased and operational by 2022/23. Home 1 – Ofsted Registration completed in July 2023. Home 2 – operational by October 2023". The plan''s Who/When column says October 2024; its measure says Home 2 operational by October 2023.', false, null, 'demo data'),
    ('CL_EET_1921', walsall, '2023-24', '2024-03-31', 60, null, 'Walsall action plan 2023-24, printed under "2022-23 Target": "At least 60% of care experienced young people age 19 to 21 will be in Education, Employment or Training (in line with national performance.)"', false, null, 'demo data'),
    ('CL_EET_1617', walsall, '2023-24', '2024-03-31', 65, null, 'Walsall action plan 2023-24, printed under "2022-23 Target": "At least 65% of 16/17 year olds will be in education, employment or training"', false, null, 'demo data'),
    ('CL_ACCOM_1921', walsall, '2023-24', '2024-03-31', 90, null, 'Walsall action plan 2023-24: "Target 2023-24 90% of care experienced young people age 19 to 21 will be living in suitable accommodation (in line with national performance.)"', false, null, 'demo data'),
    ('PATHWAY_PLANS', walsall, '2023-24', '2024-03-31', 95, null, 'Walsall action plan 2023-24: "Target 2023-24 95% of pathway plans are up to date"', false, null, 'demo data'),
    ('TRANSITION_POSITIVE', walsall, '2023-24', '2024-03-31', null, null, null, true, 'Target to be established after the baseline survey is completed', 'demo data'),
    ('LOCAL_OFFER_AWARE', walsall, '2023-24', '2024-03-31', null, null, null, true, 'Target to be set following the baseline survey', 'demo data'),
    ('COUNCILLORS_TRAINED_PCT', walsall, '2023-24', '2024-03-31', 50, null, 'Walsall action plan 2023-24: "Target agreed by CPB was 50% of our Councillors complete Respect Training including Councillors that sit on Corporate Parenting Board"', false, null, 'demo data'),
    ('PARTICIPATION_APPRENTICES', walsall, '2023-24', '2024-03-31', 1, null, 'Walsall action plan 2023-24: "Develop, recruit and appoint 1 new participation apprenticeship"', false, null, 'demo data'),
    -- 2022-23 targets the pack states that the first demo data left out.
    ('COUNCILLORS_TRAINED_PCT', walsall, '2022-23', '2023-03-31', 50, null, 'Walsall action plan 2022-23: "50% of our Councillors complete Respect Training between 2022/23, including Councillors that sit on Corporate Parenting Board"', false, null, 'demo data'),
    ('MOCKINGBIRD_HUBS_NEW', walsall, '2022-23', '2023-03-31', 2, null, 'Walsall action plan 2022-23: "Establish a further 2 Mockingbird Hubs in 2022/23"', false, null, 'demo data'),
    ('NEW_CHILDRENS_HOMES', walsall, '2023-03-31', '2023-03-31', 2, null, 'Walsall action plan 2022-23: "2 new children''s homes purchased and operational by 2022/23"', false, null, 'demo data'),
    ('PARTICIPATION_APPRENTICES', walsall, '2022-23', '2023-03-31', 2, null, 'Walsall action plan 2022-23: "Develop, recruit and appoint 2 posts for Care Ambassadors Apprenticeships"; "2 Care Ambassadors will be appointed"', false, null, 'demo data'),
    ('KNOW_WHERE_INFO', walsall, '2022-23', '2023-03-31', null, null, null, true, 'Target to be set following the baseline survey', 'demo data')
on conflict (indicator_code, area_code, period_code) do nothing;

-- A figure of 2023-24 in the pack: a snapshot of a date that has passed (the year's own figures came later).
insert into indicator_value (indicator_code, area_code, period_code, period_end, value, symbol, numerator, denominator, status, source, note, updated_by) values
    ('SGO_SUPPORTED', walsall, '2023-10-01', '2023-10-01', 358, null, null, null, 'final', pack, 'The fostering annual report: "The total number of children is continuing to rise in 2023/24 (358 as at 01/10/23)".', 'demo data')
on conflict (indicator_code, area_code, period_code) do nothing;

-- The plans' measures name the new indicators as they name the others (R__demo_data_strategy_and_plans.sql).
insert into action_item_indicator (item_id, indicator_code)
select i.id, l.code
from action_item i
join action_plan p on p.id = i.plan_id and p.authority_code = walsall
join (values
    (2022, 'a', 'COUNCILLORS_TRAINED_PCT'),
    (2022, 'e', 'MOCKINGBIRD_HUBS_NEW'),
    (2022, 'f', 'NEW_CHILDRENS_HOMES'),
    (2022, 'q', 'PARTICIPATION_APPRENTICES'),
    (2023, 'a', 'COUNCILLORS_TRAINED_PCT'),
    (2023, 'g', 'NEW_CHILDRENS_HOMES'),
    (2023, 'r', 'PARTICIPATION_APPRENTICES')
) as l(start_year, letter, code) on l.start_year = p.start_year and l.letter = i.letter
on conflict do nothing;
end
$demo$;
