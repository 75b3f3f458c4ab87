-- Reports as documents (decision 34): sections with real tables, versions once published, the board's decision on
-- each recommendation, and full-text search. The report row holds the current version; report_version keeps every
-- published version as it was published, so an earlier version stays readable after a change.

alter table report drop constraint report_type_check;
alter table report add constraint report_type_check check (type in ('quarterly-performance', 'annual-fostering',
    'annual-adoption', 'iro', 'virtual-school', 'health', 'strategy', 'sufficiency', 'municipal-year', 'other'));

-- draft: only the authority's insiders read it, and it is edited in place. published: readable as its visibility
-- says, never edited in place again. A published report on a held meeting's agenda reads as "presented".
alter table report add column status varchar(10) not null default 'draft'
    check (status in ('draft', 'published'));
-- The current version's number: 0 while a first draft has never been published, then 1, 2, ...
alter table report add column document_version integer not null default 0 check (document_version >= 0);
alter table report add column published_at timestamptz;
-- The body in sections: [{"number": "1", "heading": "...", "blocks": [...]}] (see the contract's ReportSection).
alter table report add column sections jsonb not null default '[]';
-- A summary in plain words for children and young people: [{"heading": "...", "text": "..."}].
alter table report add column child_friendly_summary jsonb not null default '[]';
alter table report add column created_by varchar(200) not null default 'system';
alter table report add column updated_by varchar(200) not null default 'system';

-- What the search reads, weighted: title (A), summary and recommendations (B), body and sections (C).
alter table report add column search_document tsvector generated always as (
    setweight(to_tsvector('english', coalesce(title, '')), 'A')
    || setweight(to_tsvector('english', coalesce(executive_summary, '')), 'B')
    || setweight(jsonb_to_tsvector('english', recommendations, '["string"]'), 'B')
    || setweight(to_tsvector('english', coalesce(body, '')), 'C')
    || setweight(jsonb_to_tsvector('english', sections, '["string"]'), 'C')
) stored;

create index report_search_idx on report using gin (search_document);
create index report_type_idx on report (authority_code, type, id desc);
create index report_published_idx on report (id desc) where visibility = 'public' and status = 'published';

-- Every published version, whole, as published: the content the contract's ReportContent describes.
create table report_version (
    report_id      bigint       not null references report (id) on delete cascade,
    number         integer      not null check (number >= 1),
    content        jsonb        not null,
    -- Why this version replaced the one before; null for version 1.
    reason         text,
    published_at   timestamptz  not null,
    published_by   varchar(200) not null,
    primary key (report_id, number)
);

-- The board's decision on each recommendation, once taken (numbered as the report numbers them, from 1).
create table report_decision (
    report_id         bigint       not null references report (id) on delete cascade,
    recommendation    smallint     not null check (recommendation between 1 and 50),
    outcome           varchar(20)  not null check (outcome in ('agreed', 'agreed-amended', 'not-agreed', 'noted',
                          'deferred')),
    -- What the board resolved, in its words where they differ from the recommendation.
    words             text,
    decided_on        date         not null,
    resolution_id     bigint       references resolution (id) on delete set null,
    recorded_at       timestamptz  not null,
    recorded_by       varchar(200) not null,
    primary key (report_id, recommendation)
);

create index report_decision_resolution_idx on report_decision (resolution_id) where resolution_id is not null;
