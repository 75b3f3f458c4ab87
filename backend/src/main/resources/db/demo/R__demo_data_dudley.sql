-- Dudley's figures, every one its Corporate Parenting Board municipal year report 2023/24 states, with the period
-- the report gives it (decision 27): a figure the report dates ("February 2024, 93%") is a snapshot of that date, one
-- it gives a span for is of that span, and one it gives no period for is of the report's own year, 2023/24. Each is
-- final: the council published it in a public board report. Nothing here is invented; each note quotes the report.
-- Repeatable and idempotent: rows that exist (perhaps changed since) are left alone, except that rows this script
-- once loaded differently and nobody has touched since (updated_by = 'demo data') are replaced.
-- Nothing is loaded when the placeholder demo is false (PROMISE_DEMO_DATA=false).
do $demo$
declare
    dudley constant varchar := 'E08000027';
    report constant varchar := 'Dudley CPB municipal year report 2023/24';
begin
if '${demo}' <> 'true' then
    return;
end if;

insert into indicator (code, name, plain_name, definition, unit, polarity, priority, period_kind, decimals, source, numerator_label, denominator_label) values
    ('HLTH_ASSESS_UP_TO_DATE', 'Children in care with an up-to-date health assessment', 'Children in care whose health check is up to date', 'Children looked after on the date whose annual health assessment is up to date, as a percentage of children looked after.', 'percent', 'higher_is_better', 'health-and-wellbeing', 'snapshot', 0, 'Local performance data', 'children with an up-to-date health assessment', 'children looked after'),
    ('SMASHLIFE_ENGAGED', 'Young people engaged by the Smashlife programme', 'Young people who took part in Smashlife', 'Young people engaged by Smashlife, part of Dudley Virtual School''s post-16 programme, when it was launched (the report says 35+ initially).', 'count', 'higher_is_better', 'education-and-employment', 'financial-year', 0, 'Local performance data', null, null)
on conflict (code) do nothing;

-- The first demo data gave the February 2024 snapshot as the year's annual health assessment figure, and both it and
-- the initial health assessment delays as provisional.
delete from indicator_value
where area_code = dudley and updated_by = 'demo data'
  and ((indicator_code = 'HLTH_ASSESS' and period_code = '2023-24')
       or (indicator_code = 'IHA_DELAYED' and period_code = '2023-24' and status = 'provisional'));

insert into indicator_value (indicator_code, area_code, period_code, period_end, value, symbol, numerator, denominator, status, source, note, updated_by) values
    ('HLTH_ASSESS_UP_TO_DATE', dudley, '2024-02-29', '2024-02-29', 93, null, null, null, 'final', report, 'The report: "Performance on annual health assessments continues to improve and to be above target (February 2024, 93% with up to date health assessments)". It names the month, not the day: its last day stands for it.', 'demo data'),
    ('IHA_DELAYED', dudley, '2023-24', '2024-03-31', 18, null, null, null, 'final', report, 'The report: "Some Initial Health Care Assessments had been delayed due to late notification, however that percentage of delay had now reduced to 18%." It gives the figure no period but its own year, 2023/24.', 'demo data'),
    ('PERMANENCE_SGO_ADOPT_3Y', dudley, '2021-24', '2024-03-31', 82, null, null, null, 'final', report, 'April 2021 to March 2024; 12 children in the two years before the no-detriment policy of December 2020.', 'demo data'),
    ('SMASHLIFE_ENGAGED', dudley, '2023-24', '2024-03-31', 35, null, null, null, 'final', report, 'The report: "The Smashlife programme which was launched in 2023 engaged 35+ young people initially". 35 is the least it says. It dates the launch only to "2023", which straddles 2022-23 and 2023-24, and gives the figure no period but its own year, 2023/24.', 'demo data')
on conflict (indicator_code, area_code, period_code) do nothing;
end
$demo$;
