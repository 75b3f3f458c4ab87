-- The board's business (issue 11): boards and their members, meetings with agendas, attendance and declarations,
-- minutes in versions, resolutions and what they do (approve minutes, note a report, raise actions, change the work
-- programme), actions arising, the work programme with the history of its moves, and tombstones for sync clients.
-- The packs' slips are kept as printed (a "next meeting" date in the past, minutes approved for the wrong date):
-- the checks flag them, so nothing here forbids them.

create table board (
    id             bigserial    primary key,
    authority_code varchar(20)  not null references area (code),
    name           varchar(300) not null,
    -- Null when the papers do not state it (Dudley's report does not).
    quorum         smallint     check (quorum between 1 and 100),
    vacancies      smallint     not null default 0 check (vacancies between 0 and 100),
    version        bigint       not null default 0,
    updated_at     timestamptz  not null default now(),
    constraint board_name_once unique (authority_code, name)
);

create table board_member (
    id        bigserial    primary key,
    board_id  bigint       not null references board (id) on delete cascade,
    name      varchar(200) not null,
    -- Co-opted members (young people, for example) sit without a vote.
    role      varchar(20)  not null check (role in ('chair', 'vice-chair', 'member', 'co-opted')),
    voting    boolean      not null,
    -- What the papers say beside the name ("Lead Member", "Coseley East").
    description varchar(300),
    term_from date,
    term_to   date,
    position  integer      not null,
    constraint board_member_voting check (role <> 'co-opted' or not voting),
    constraint board_member_term check (term_to is null or term_from is null or term_to >= term_from)
);

create index board_member_board_idx on board_member (board_id, position);

create table board_advisor (
    id       bigserial    primary key,
    board_id bigint       not null references board (id) on delete cascade,
    name     varchar(300) not null,
    position integer      not null
);

create index board_advisor_board_idx on board_advisor (board_id, position);

create table meeting (
    id                  bigserial    primary key,
    board_id            bigint       not null references board (id),
    -- The board's authority, kept here because every read filters and authorises by it.
    authority_code      varchar(20)  not null references area (code),
    kind                varchar(20)  not null check (kind in ('committee', 'engagement-session')),
    title               varchar(300) not null,
    meeting_date        date         not null,
    start_time          time,
    -- "There being no further business the meeting terminated at 7.40 p.m."
    close_time          time,
    venue               varchar(500),
    livestream_url      varchar(2000),
    status              varchar(20)  not null check (status in ('scheduled', 'agenda-published', 'held',
                            'minutes-approved', 'cancelled')),
    cancelled_reason    text,
    agenda_published_on date,
    -- The "Date of next meeting" item as printed, which may be wrong (the 13 November 2023 agenda says 9 January 2023).
    next_meeting_date   date,
    version             bigint       not null default 0,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now()
);

create index meeting_authority_date_idx on meeting (authority_code, meeting_date);
create index meeting_updated_idx on meeting (updated_at, id);

create table agenda_item (
    id               bigserial    primary key,
    meeting_id       bigint       not null references meeting (id) on delete cascade,
    -- The number printed on the agenda, or on the minutes where only they survive (Walsall numbers minutes through
    -- the municipal year: the 4 September 2023 minutes run from 6 to 12).
    number           smallint     not null check (number between 1 and 999),
    title            varchar(500) not null,
    description      text,
    exempt           boolean      not null default false,
    -- Schedule 12A Part 1 paragraph; an exempt item without one is kept and flagged by the checks.
    exempt_paragraph smallint     check (exempt_paragraph between 1 and 8),
    -- What the public reads instead of the item.
    exempt_reason    text,
    position         integer      not null,
    version          bigint       not null default 0,
    updated_at       timestamptz  not null default now(),
    constraint agenda_item_number_once unique (meeting_id, number),
    constraint agenda_item_paragraph_only_if_exempt check (exempt or exempt_paragraph is null)
);

create index agenda_item_meeting_idx on agenda_item (meeting_id, position);

-- An enclosed paper: a report Promise holds, or only its title when the report is not (yet) in Promise.
create table agenda_paper (
    id             bigserial    primary key,
    agenda_item_id bigint       not null references agenda_item (id) on delete cascade,
    title          varchar(500) not null,
    report_id      bigint       references report (id),
    position       integer      not null
);

create index agenda_paper_item_idx on agenda_paper (agenda_item_id, position);
create index agenda_paper_report_idx on agenda_paper (report_id) where report_id is not null;

-- What an item considered, so that each indicator and action plan item can list the meetings that looked at it.
create table agenda_item_indicator (
    agenda_item_id bigint      not null references agenda_item (id) on delete cascade,
    indicator_code varchar(40) not null references indicator (code),
    primary key (agenda_item_id, indicator_code)
);

create index agenda_item_indicator_code_idx on agenda_item_indicator (indicator_code);

create table agenda_item_action_item (
    agenda_item_id bigint not null references agenda_item (id) on delete cascade,
    action_item_id bigint not null references action_item (id),
    primary key (agenda_item_id, action_item_id)
);

create index agenda_item_action_item_idx on agenda_item_action_item (action_item_id);

-- Who was there. A substitute names the member they stood in for, as the minutes do.
create table attendance (
    id              bigserial    primary key,
    meeting_id      bigint       not null references meeting (id) on delete cascade,
    name            varchar(200) not null,
    capacity        varchar(20)  not null check (capacity in ('member', 'substitute', 'officer', 'advisor',
                        'young-person', 'guest')),
    presence        varchar(20)  not null check (presence in ('present', 'apologies', 'absent')),
    substitute_for  varchar(200),
    -- "Interim Director, Children's Social Work"
    role_title      varchar(300),
    voting          boolean      not null default false,
    board_member_id bigint       references board_member (id) on delete set null,
    position        integer      not null,
    constraint attendance_substitute check ((capacity = 'substitute') = (substitute_for is not null))
);

create index attendance_meeting_idx on attendance (meeting_id, position);

create table declaration (
    id             bigserial    primary key,
    meeting_id     bigint       not null references meeting (id) on delete cascade,
    agenda_item_id bigint       references agenda_item (id) on delete cascade,
    member_name    varchar(200) not null,
    kind           varchar(30)  not null check (kind in ('disclosable-pecuniary', 'other-registerable',
                       'non-registerable')),
    interest       text         not null,
    dispensation   text,
    created_at     timestamptz  not null default now()
);

create index declaration_meeting_idx on declaration (meeting_id, id);

-- Minutes per agenda item, never overwritten: each change is a new version; after approval a change is a correction
-- and says why.
create table minute_version (
    id                bigserial    primary key,
    agenda_item_id    bigint       not null references agenda_item (id) on delete cascade,
    version_no        integer      not null check (version_no >= 1),
    -- The minute's own number where it differs from the agenda's.
    minute_number     smallint,
    text              text         not null,
    correction_reason text,
    written_by        varchar(200) not null,
    written_at        timestamptz  not null default now(),
    constraint minute_version_once unique (agenda_item_id, version_no)
);

create table resolution (
    id                    bigserial    primary key,
    agenda_item_id        bigint       not null references agenda_item (id) on delete cascade,
    -- "Resolved that: 1. ... 2. ..."; null for a single unnumbered resolution.
    number                smallint     check (number between 1 and 99),
    text                  text         not null,
    kind                  varchar(30)  not null check (kind in ('decision', 'approve-minutes', 'note-report',
                              'exclude-public', 'change-work-programme')),
    vote                  varchar(20)  not null check (vote in ('unanimous', 'recorded', 'not-recorded')),
    votes_for             smallint     check (votes_for >= 0),
    votes_against         smallint     check (votes_against >= 0),
    abstentions           smallint     check (abstentions >= 0),
    -- approve-minutes: the date the resolution names, as printed, and the meeting whose minutes it approves.
    approves_minutes_of   date,
    approves_meeting_id   bigint       references meeting (id),
    -- note-report: the report it notes, where Promise holds it.
    notes_report_id       bigint       references report (id),
    created_by            varchar(200) not null,
    created_at            timestamptz  not null default now(),
    constraint resolution_number_once unique (agenda_item_id, number),
    constraint resolution_votes check ((vote = 'recorded') = (votes_for is not null)),
    constraint resolution_approves check (kind = 'approve-minutes' or (approves_minutes_of is null
        and approves_meeting_id is null))
);

create index resolution_item_idx on resolution (agenda_item_id, number);
create index resolution_approves_idx on resolution (approves_meeting_id) where approves_meeting_id is not null;

create table action_arising (
    id             bigserial    primary key,
    authority_code varchar(20)  not null references area (code),
    resolution_id  bigint       not null references resolution (id),
    description    text         not null,
    owner          varchar(300),
    due_date       date,
    status         varchar(20)  not null check (status in ('open', 'in-progress', 'done', 'dropped')),
    -- What closed it ("the number of care leavers at university shared by e-mail").
    evidence       text,
    closed_on      date,
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    constraint action_arising_closed check ((status in ('done', 'dropped')) = (closed_on is not null))
);

create index action_arising_authority_idx on action_arising (authority_code, status, due_date);
create index action_arising_resolution_idx on action_arising (resolution_id);
create index action_arising_updated_idx on action_arising (updated_at, id);

-- Which paper goes to which meeting in a municipal year (start_year 2023 is 2023/24). An item without a meeting is
-- planned for the year but not yet placed (Dudley's 2024-25 programme).
create table work_programme_item (
    id             bigserial    primary key,
    authority_code varchar(20)  not null references area (code),
    start_year     smallint     not null check (start_year between 2000 and 2100),
    title          varchar(500) not null,
    report_type    varchar(30)  check (report_type in ('quarterly-performance', 'annual-fostering',
                       'annual-adoption', 'iro', 'virtual-school', 'health', 'strategy', 'sufficiency', 'other')),
    meeting_id     bigint       references meeting (id),
    -- proposed: "Proposed inclusion for consideration"; considered: the meeting took it; withdrawn: dropped.
    status         varchar(20)  not null check (status in ('planned', 'proposed', 'considered', 'withdrawn')),
    position       integer      not null,
    added_by_resolution_id bigint references resolution (id),
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now()
);

create index work_programme_authority_idx on work_programme_item (authority_code, start_year, position);
create index work_programme_meeting_idx on work_programme_item (meeting_id);
create index work_programme_updated_idx on work_programme_item (updated_at, id);

-- Moves are history, never changed: from where, to where, why, and the resolution that moved the item.
create table work_programme_move (
    id              bigserial    primary key,
    item_id         bigint       not null references work_programme_item (id) on delete cascade,
    from_meeting_id bigint       references meeting (id),
    to_meeting_id   bigint       references meeting (id),
    resolution_id   bigint       references resolution (id),
    reason          text,
    moved_by        varchar(200) not null,
    moved_at        timestamptz  not null default now()
);

create index work_programme_move_item_idx on work_programme_move (item_id, moved_at, id);

-- What a sync client must delete from its copy (OParl's deleted objects): a meeting, agenda item, action or work
-- programme item that was removed, or that stopped being visible to its reader (an agenda item made exempt).
create table sync_tombstone (
    id             bigserial    primary key,
    kind           varchar(30)  not null check (kind in ('meeting', 'agenda-item', 'action-arising',
                       'work-programme-item')),
    object_id      bigint       not null,
    authority_code varchar(20)  not null references area (code),
    deleted_at     timestamptz  not null default now()
);

create index sync_tombstone_idx on sync_tombstone (kind, authority_code, deleted_at, id);
