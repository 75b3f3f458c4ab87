-- The time_identifier that Promise's CSVs write for a figure (org.promise.figure.TidyPeriods.write, decision 47), so
-- that the KPI feed can keep the figures of the identifiers a caller asks for in the statement that pages it: EES
-- takes a data file only when its identifiers are of one kind (all financial years, all months, ...). A financial
-- quarter is "Financial year Q1" to "Q4", a snapshot on 31 March and three rolling years the "Reporting year" they end
-- in, a snapshot on a month's first day that month, and a snapshot on any other day Promise's own "Snapshot".
-- TidyPeriodsSqlTest proves that this and TidyPeriods.write agree on every kind of period.
create function ees_time_identifier(period_kind varchar, period_code varchar, period_end date)
    returns varchar language sql immutable strict parallel safe as $$
    select case period_kind
        when 'financial-year' then 'Financial year'
        when 'financial-quarter' then 'Financial year ' || right(period_code, 2)
        when 'academic-year' then 'Academic year'
        when 'rolling-three-years' then 'Reporting year'
        when 'snapshot' then case
            when extract(month from period_end) = 3 and extract(day from period_end) = 31 then 'Reporting year'
            when extract(day from period_end) = 1 then to_char(period_end, 'FMMonth')
            else 'Snapshot' end
    end
$$;
