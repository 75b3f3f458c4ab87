-- Reports presented to a Corporate Parenting Board. Exempt reports (Schedule 12A) stay within their authority.
create table report (
    id                bigserial     primary key,
    authority_code    varchar(20)   not null references area (code),
    type              varchar(30)   not null check (type in ('quarterly-performance', 'annual-fostering',
                          'annual-adoption', 'iro', 'virtual-school', 'health', 'strategy', 'sufficiency', 'other')),
    title             varchar(300)  not null,
    period_covered    varchar(40),
    author            varchar(200),
    contact_officer   varchar(200),
    executive_summary text,
    recommendations   jsonb         not null default '[]',
    body              text,
    visibility        varchar(10)   not null check (visibility in ('public', 'exempt')),
    exempt_paragraph  smallint,
    version           bigint        not null default 0,
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now(),
    constraint report_exempt_paragraph check (
        (visibility = 'exempt' and exempt_paragraph between 1 and 8)
        or (visibility = 'public' and exempt_paragraph is null))
);

create index report_authority_idx on report (authority_code, id desc);
create index report_public_idx on report (id desc) where visibility = 'public';
