-- Data checks (docs/decisions.md, 28). The warnings are derived from the figures whenever they are read; what is
-- stored is what the figures cannot say: other places in an authority's papers that give a figure, and officers'
-- explanations of warnings.

-- Another place in an authority's papers that gives a figure of its own or of a comparator (England, its region,
-- its statistical neighbours): "448 (69%) were living with Foster Carers" beside the 75% of the strategy. A report
-- that differs from the stored value is a warning naming both sources.
create table value_report (
    id             bigserial     primary key,
    authority_code varchar(20)   not null references area (code),
    indicator_code varchar(40)   not null references indicator (code),
    area_code      varchar(20)   not null references area (code),
    period_code    varchar(20)   not null,
    period_end     date          not null,
    value          numeric(18,4) not null,
    source         varchar(200)  not null,
    quote          varchar(2000) not null,
    version        bigint        not null default 0,
    -- A report is recorded once and never changed: when and by whom it was recorded.
    updated_at     timestamptz   not null default now(),
    updated_by     varchar(200)  not null
);

create index value_report_authority_idx on value_report (authority_code, indicator_code);

-- An officer's explanation of a warning, by the warning's key. It holds for the figures it was given for (their
-- fingerprint): when they change, the warning is open again.
create table data_check_explanation (
    id             bigserial     primary key,
    authority_code varchar(20)   not null references area (code),
    check_key      varchar(200)  not null,
    fingerprint    varchar(32)   not null,
    reason         varchar(2000) not null,
    explained_by   varchar(200)  not null,
    version        bigint        not null default 0,
    updated_at     timestamptz   not null default now(),
    constraint data_check_explanation_one_key unique (authority_code, check_key)
);
