-- The board's performance pack (decision 35): drafted from the live figures, commented on by officers, frozen as
-- presented. A frozen pack never changes: its content is stored as the exact bytes that its SHA-256 covers.
create table performance_pack (
    id              bigserial     primary key,
    authority_code  varchar(20)   not null references area (code),
    -- The period the scorecard is read for: a financial year (2023-24) or quarter (2023-24-Q2).
    period          varchar(12)   not null,
    title           varchar(300)  not null,
    status          varchar(10)   not null check (status in ('draft', 'frozen')),
    -- Where it was presented; a pack may be frozen before the meeting is in Promise, so both may be null.
    meeting_id      bigint        references meeting (id),
    agenda_item_id  bigint        references agenda_item (id),
    -- The frozen content, byte for byte as served at .../content, and its SHA-256 in lower-case hex.
    content         text,
    content_sha256  char(64),
    frozen_at       timestamptz,
    frozen_by       varchar(200),
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    created_by      varchar(200)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(200)  not null,
    constraint performance_pack_frozen check (
        (status = 'draft' and content is null and content_sha256 is null and frozen_at is null)
        or (status = 'frozen' and content is not null and content_sha256 ~ '^[0-9a-f]{64}$'
            and frozen_at is not null and frozen_by is not null)),
    constraint performance_pack_item_needs_meeting check (agenda_item_id is null or meeting_id is not null)
);

create index performance_pack_authority_idx on performance_pack (authority_code, period, id desc);
create index performance_pack_meeting_idx on performance_pack (meeting_id) where meeting_id is not null;

-- An officer's commentary on one indicator in a draft pack; copied into the content when the pack is frozen.
create table performance_pack_commentary (
    pack_id         bigint        not null references performance_pack (id) on delete cascade,
    indicator_code  varchar(40)   not null references indicator (code),
    text            text          not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(200)  not null,
    primary key (pack_id, indicator_code)
);
