-- The corporate parenting strategy, the yearly action plans that deliver it, the dated progress on each item, the
-- board's questions, and "You said, we did".

-- A strategy is read and shown as one document, so its sections are JSON; nothing else joins on them.
create table strategy (
    id               bigserial    primary key,
    authority_code   varchar(20)  not null references area (code),
    title            varchar(300) not null,
    subtitle         varchar(300),
    start_year       smallint     not null,
    end_year         smallint     not null,
    responsibilities jsonb        not null default '[]',
    principles       jsonb        not null default '[]',
    priorities       jsonb        not null default '[]',
    promise          jsonb        not null default '[]',
    evaluation       jsonb        not null default '{}',
    version          bigint       not null default 0,
    updated_at       timestamptz  not null default now(),
    constraint strategy_years check (end_year > start_year),
    constraint strategy_one_per_period unique (authority_code, start_year)
);

-- One plan per authority and financial year; start_year 2022 is the plan for 2022-23.
create table action_plan (
    id             bigserial    primary key,
    authority_code varchar(20)  not null references area (code),
    start_year     smallint     not null check (start_year between 2000 and 2100),
    title          varchar(300) not null,
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    constraint action_plan_one_per_year unique (authority_code, start_year)
);

-- status is the latest progress update's (kept here so that plans filter by it without reading every update).
create table action_item (
    id              bigserial    primary key,
    plan_id         bigint       not null references action_plan (id),
    letter          varchar(3)   not null check (letter ~ '^[a-z]{1,3}$'),
    position        integer      not null,
    priority        varchar(40)  not null check (priority in ('leadership', 'safety-and-permanency',
                        'health-and-wellbeing', 'education-and-employment', 'transitions-and-independence',
                        'influence-and-involvement')),
    what            text         not null,
    how             jsonb        not null default '[]',
    measures        jsonb        not null default '[]',
    owner           varchar(300),
    due_date        date,
    status          varchar(20)  not null default 'not-started' check (status in ('not-started', 'on-track',
                        'at-risk', 'off-track', 'complete', 'carried-forward')),
    carried_from_id bigint       unique references action_item (id),
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint action_item_letter_once unique (plan_id, letter)
);

create index action_item_plan_idx on action_item (plan_id, position);

create table action_item_indicator (
    item_id        bigint      not null references action_item (id) on delete cascade,
    indicator_code varchar(40) not null references indicator (code),
    primary key (item_id, indicator_code)
);

create index action_item_indicator_code_idx on action_item_indicator (indicator_code);

-- Progress updates are never changed or deleted: the history is the record the board holds officers to.
create table progress_update (
    id         bigserial    primary key,
    item_id    bigint       not null references action_item (id),
    update_date date        not null,
    author     varchar(200) not null,
    text       text         not null,
    status     varchar(20)  not null check (status in ('not-started', 'on-track', 'at-risk', 'off-track',
                   'complete', 'carried-forward')),
    created_at timestamptz  not null default now()
);

create index progress_update_item_idx on progress_update (item_id, update_date, id);

create table item_question (
    id          bigserial    primary key,
    item_id     bigint       not null references action_item (id),
    asked_by    varchar(200) not null,
    asked_at    timestamptz  not null default now(),
    text        text         not null,
    answer      text,
    answered_by varchar(200),
    answered_at timestamptz,
    constraint item_question_answered check ((answer is null) = (answered_by is null)
        and (answer is null) = (answered_at is null))
);

create index item_question_item_idx on item_question (item_id, id);

-- "You said, we did": what young people asked for, and what was done and comes next.
create table you_said (
    id             bigserial    primary key,
    authority_code varchar(20)  not null references area (code),
    ask            text         not null,
    forum          varchar(300) not null,
    -- Young people's asks are recorded by month (the packs say "Feb 2023", not a day).
    asked_in       varchar(7)   not null check (asked_in ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    position       integer      not null,
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now()
);

create index you_said_authority_idx on you_said (authority_code, position);

create table you_said_entry (
    id         bigserial   primary key,
    you_said_id bigint     not null references you_said (id),
    kind       varchar(10) not null check (kind in ('done', 'next')),
    entry_date date        not null,
    text       text        not null,
    position   integer     not null
);

create index you_said_entry_idx on you_said_entry (you_said_id, position);

create table you_said_action_item (
    you_said_id bigint not null references you_said (id) on delete cascade,
    item_id     bigint not null references action_item (id),
    primary key (you_said_id, item_id)
);
