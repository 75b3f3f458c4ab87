-- The disclosure settings of the demo catalogue: how the routes out of care add up, which rates count which
-- counts, and which indicators are for internal use only. Nothing here is a figure; the two indicators added are
-- DfE's national definitions (children who ceased to be looked after, and those who ceased for a reason other than
-- the three routes the packs report). Repeatable and idempotent.
do $demo$
begin
if '${demo}' <> 'true' then
    return;
end if;

insert into indicator (code, name, plain_name, definition, unit, polarity, priority, period_kind, decimals, source) values
    ('LEAVE_TOTAL', 'Children who left care', 'Children who stopped being in care this year', 'Children who ceased to be looked after during the year, for any reason.', 'count', 'contextual', 'safety-and-permanency', 'financial-year', 0, 'DfE Children looked after in England (SSDA903)'),
    ('LEAVE_OTHER', 'Children who left care for another reason', 'Children who stopped being in care for another reason', 'Children who ceased to be looked after during the year for a reason other than returning home as part of care planning, a special guardianship order or adoption (for example a child arrangement order, or turning 18).', 'count', 'contextual', 'safety-and-permanency', 'financial-year', 0, 'DfE Children looked after in England (SSDA903)')
on conflict (code) do nothing;

insert into indicator_part (total_code, part_code) values
    ('LEAVE_TOTAL', 'LEAVE_REUNIF'), ('LEAVE_TOTAL', 'LEAVE_SGO'), ('LEAVE_TOTAL', 'LEAVE_ADOPT'), ('LEAVE_TOTAL', 'LEAVE_OTHER')
on conflict do nothing;

update indicator set numerator_indicator = 'LEAVE_REUNIF' where code = 'LEAVE_REUNIF_PCT' and numerator_indicator is null;
update indicator set numerator_indicator = 'LEAVE_SGO' where code = 'LEAVE_SGO_PCT' and numerator_indicator is null;
update indicator set numerator_indicator = 'LEAVE_ADOPT' where code = 'LEAVE_ADOPT_PCT' and numerator_indicator is null;

-- The fostering service's recruitment pipeline is managed internally, not published.
update indicator set internal_only = true where code in ('FOST_CONVERSION', 'FOST_WITHDRAWN') and not internal_only;
end
$demo$;
