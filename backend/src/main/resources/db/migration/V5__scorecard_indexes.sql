-- The scorecard reads an authority's values and the latest comparator values by (area, indicator, period end);
-- carrying the figures in the index lets PostgreSQL answer from the index alone.
drop index indicator_value_area_idx;
create index indicator_value_area_idx on indicator_value (area_code, indicator_code, period_end)
    include (period_code, value, symbol, numerator, denominator, status);

-- Targets are read by authority and period code.
drop index target_area_idx;
create index target_area_idx on target (area_code, period_code);
