-- Indicators, their values per area and period, and the targets authorities agree.
create table indicator (
    code              varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name              varchar(200) not null,
    plain_name        varchar(200) not null,
    definition        text         not null,
    unit              varchar(20)  not null check (unit in ('percent', 'count', 'days', 'rate_per_10k', 'score')),
    polarity          varchar(20)  not null check (polarity in ('higher_is_better', 'lower_is_better', 'contextual')),
    priority          varchar(40)  not null check (priority in ('leadership', 'safety-and-permanency',
                          'health-and-wellbeing', 'education-and-employment', 'transitions-and-independence',
                          'influence-and-involvement')),
    period_kind       varchar(30)  not null check (period_kind in ('financial-year', 'financial-quarter', 'snapshot',
                          'academic-year', 'rolling-three-years')),
    decimals          smallint     not null check (decimals between 0 and 3),
    source            varchar(200) not null,
    numerator_label   varchar(200),
    denominator_label varchar(200),
    version           bigint       not null default 0,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now()
);

create index indicator_priority_idx on indicator (priority);

-- A value is a number or a GSS symbol, never both and never neither; a symbol is never stored as 0.
create table indicator_value (
    id             bigserial     primary key,
    indicator_code varchar(40)   not null references indicator (code),
    area_code      varchar(20)   not null references area (code),
    period_code    varchar(20)   not null,
    period_end     date          not null,
    value          numeric(18,4),
    symbol         varchar(5)    check (symbol in ('c', 'x', 'z', 'low')),
    numerator      numeric(18,4),
    denominator    numeric(18,4),
    status         varchar(12)   not null check (status in ('provisional', 'final')),
    source         varchar(200),
    note           varchar(2000),
    version        bigint        not null default 0,
    updated_at     timestamptz   not null default now(),
    updated_by     varchar(200)  not null,
    constraint indicator_value_one_key unique (indicator_code, area_code, period_code),
    constraint indicator_value_number_or_symbol check ((value is null) <> (symbol is null)),
    constraint indicator_value_fraction check ((numerator is null) = (denominator is null) and (denominator is null or denominator > 0))
);

-- The scorecard reads one area's values up to a date; comparators read a few areas' values of some indicators.
create index indicator_value_area_idx on indicator_value (area_code, indicator_code, period_end);

create table target (
    id             bigserial     primary key,
    indicator_code varchar(40)   not null references indicator (code),
    area_code      varchar(20)   not null references area (code),
    period_code    varchar(20)   not null,
    period_end     date          not null,
    value          numeric(18,4),
    tolerance      numeric(18,4) check (tolerance >= 0),
    basis          varchar(500),
    pending        boolean       not null default false,
    pending_reason varchar(500),
    version        bigint        not null default 0,
    updated_at     timestamptz   not null default now(),
    updated_by     varchar(200)  not null,
    constraint target_one_key unique (indicator_code, area_code, period_code),
    constraint target_value_or_pending check (
        (pending and value is null and tolerance is null and pending_reason is not null)
        or (not pending and value is not null and pending_reason is null))
);

create index target_area_idx on target (area_code, period_end);
