-- The other places in the Walsall pack that give a stored figure with another number (docs/decisions.md, 28), so
-- that the data checks name both sources. Nothing invented: each row quotes the pack's words. Repeatable and
-- idempotent: a report already recorded (same authority, indicator, area, period and source) is left alone.
do $demo$
begin
if '${demo}' <> 'true' then
    return;
end if;

insert into value_report (authority_code, indicator_code, area_code, period_code, period_end, value, source, quote,
                          updated_by)
select r.authority_code, r.indicator_code, r.area_code, r.period_code, r.period_end::date, r.value, r.source, r.quote,
       'demo data'
from (values
    -- The strategy's table gives 75% living with foster families at 31 March 2023; the fostering annual report 448 of 650.
    ('E08000030', 'PLC_FOSTER', 'E08000030', '2023-03-31', '2023-03-31', 69,
     'Fostering Service Annual Report 2022-2023, 3.1 (Walsall CPB agenda pack, 13 November 2023)',
     'At the end of March 2023, of the 650 Children in Care, 448 (69%) were living with Foster Carers of which 244 (37%) were living with Walsall Foster Carers'),
    -- The action plan gives "27 (16%) Adoptions in 2022-23"; Adoption@Heart's report on Walsall gives 14%.
    ('E08000030', 'LEAVE_ADOPT_PCT', 'E08000030', '2022-23', '2023-03-31', 14,
     'Adoption@Heart annual report 2022-23, Walsall (Walsall CPB agenda pack, 13 November 2023)',
     'Walsall''s percentage of children leaving care via adoption is 14% which is higher than the national average of 10%.'),
    -- The strategy's table gives the West Midlands 52% (at 31 March 2022, the latest published when the pack was
    -- written); the action plan's commentary gives "the West Midlands average (54%)".
    ('E08000030', 'CL_EET_1921', 'E12000005', '2021-22', '2022-03-31', 54,
     'Corporate Parenting Strategy - Our Action Plan 2022-23, commentary (Walsall CPB agenda pack, 13 November 2023)',
     'In 2022/23 - 54% of our young people aged 19-21 were in work or learning and this has remained inline with our performance in 2021-22 and the West Midlands average (54%)')
) as r (authority_code, indicator_code, area_code, period_code, period_end, value, source, quote)
where not exists (select 1 from value_report v where v.authority_code = r.authority_code
                  and v.indicator_code = r.indicator_code and v.area_code = r.area_code
                  and v.period_code = r.period_code and v.source = r.source);
end
$demo$;
