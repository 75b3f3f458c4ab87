-- Every change to the board's record: who, when, what, before and after. Rows are only ever inserted.
create table audit_entry (
    id            bigserial    primary key,
    at            timestamptz  not null default now(),
    actor_subject varchar(200) not null,
    actor_name    varchar(200) not null,
    entity_type   varchar(40)  not null,
    entity_id     varchar(80)  not null,
    action        varchar(10)  not null check (action in ('create', 'update', 'delete')),
    before        jsonb,
    after         jsonb
);

create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, id desc);
