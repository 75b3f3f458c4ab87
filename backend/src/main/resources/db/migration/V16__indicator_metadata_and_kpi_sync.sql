-- Indicator metadata and the KPI feed's sync (docs/decisions.md, 48).

-- The same measure in other public catalogues, for analysts who join Promise's figures to theirs. Reference data,
-- written by migrations only and keyed by the catalogue code: the indicators themselves are the demo seeds' or an
-- administrator's, so a code with no indicator (yet) simply shows nowhere. An id is stored only where a public source
-- names it; an empty column means none was found, never that none exists.
create table indicator_cross_reference (
    indicator_code           varchar(40)  primary key check (indicator_code ~ '^[A-Z][A-Z0-9_]*$'),
    -- DfE explore education statistics: the publication's slug and the indicator (column) of its data set.
    ees_publication          varchar(200),
    ees_indicator            varchar(100),
    -- OHID Fingertips indicator id (fingertips.phe.org.uk, IndicatorID).
    fingertips_indicator_id  integer      check (fingertips_indicator_id > 0),
    -- LG Inform metric type id (lginform.local.gov.uk, metricType).
    lg_inform_metric_id      integer      check (lg_inform_metric_id > 0),
    check (ees_indicator is null or ees_publication is not null)
);

-- Sources:
-- CLA_RATE: LG Inform metric type 891, "Children looked after rate, per 10,000 children aged under 18" (esd/LG Inform
--   web services, metricType search for "children"); DfE publication "Children looked after in England including
--   adoptions", indicator rate_per_10000 beside population_estimate (shared indicators reference, section C, from
--   the EES data guidance).
-- ADOPT_A2: LG Inform metric 912, the adoption scorecard's A2 ("a low value is good"), as the shared indicators
--   reference (section C) quotes it.
-- No Fingertips indicator id for these measures was found in a public source, so none is stored.
insert into indicator_cross_reference (indicator_code, ees_publication, ees_indicator, fingertips_indicator_id,
                                       lg_inform_metric_id) values
    ('CLA_RATE', 'children-looked-after-in-england-including-adoptions', 'rate_per_10000', null, 891),
    ('ADOPT_A2', null, null, null, 912);

-- A statistical-neighbour group's member authorities, in DfE's order of closeness (rank 1 the nearest). Members need
-- not be areas Promise serves, so each carries its GSS code and name. Reference data, written by migrations only.
-- No neighbour list was found in a public source for the seeded groups, so none is stored yet; a later migration adds
-- each group's list from DfE's Children's Services Statistical Neighbour Benchmarking Tool, citing its edition.
create table statistical_neighbour (
    group_code   varchar(20)  not null,
    group_kind   varchar(30)  not null default 'statistical-neighbours' check (group_kind = 'statistical-neighbours'),
    member_code  varchar(20)  not null check (member_code ~ '^E0[6-9][0-9]{6}$'),
    member_name  varchar(200) not null,
    rank         smallint     not null check (rank between 1 and 20),
    primary key (group_code, member_code),
    unique (group_code, rank),
    foreign key (group_code, group_kind) references area (code, kind)
);

-- A figure that left a reader's view: deleted, or no longer readable by some (made provisional again, or its
-- indicator made internal-only). It keeps the figure's key and what made it readable before (status, internal_only)
-- so that the feed tells of it only a reader who could have read it, and only when that reader cannot read it now.
-- Written by the triggers below, so that every way of writing a figure (form, import, deletion) records it.
create table kpi_withdrawal (
    id             bigserial    primary key,
    indicator_code varchar(40)  not null,
    area_code      varchar(20)  not null references area (code),
    period_code    varchar(20)  not null,
    period_end     date         not null,
    status         varchar(12)  not null,
    internal_only  boolean      not null,
    withdrawn_at   timestamptz  not null default now()
);

create index kpi_withdrawal_at_idx on kpi_withdrawal (withdrawn_at);

-- The feed's changes since an instant read values, their indicators and targets by when they changed.
create index indicator_value_updated_idx on indicator_value (updated_at);
create index indicator_updated_idx on indicator (updated_at);
create index target_updated_idx on target (updated_at);

create function kpi_value_withdrawn() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE'
            or (old.indicator_code, old.area_code, old.period_code) <> (new.indicator_code, new.area_code, new.period_code)
            or (old.status = 'final' and new.status <> 'final') then
        insert into kpi_withdrawal (indicator_code, area_code, period_code, period_end, status, internal_only)
        select old.indicator_code, old.area_code, old.period_code, old.period_end, old.status, i.internal_only
        from indicator i where i.code = old.indicator_code;
    end if;
    return null;
end;
$$;

create trigger kpi_value_withdrawn after update or delete on indicator_value
    for each row execute function kpi_value_withdrawn();

create function kpi_indicator_withdrawn() returns trigger language plpgsql as $$
begin
    if not old.internal_only and new.internal_only then
        insert into kpi_withdrawal (indicator_code, area_code, period_code, period_end, status, internal_only)
        select v.indicator_code, v.area_code, v.period_code, v.period_end, v.status, false
        from indicator_value v where v.indicator_code = new.code;
    end if;
    return null;
end;
$$;

create trigger kpi_indicator_withdrawn after update of internal_only on indicator
    for each row execute function kpi_indicator_withdrawn();
