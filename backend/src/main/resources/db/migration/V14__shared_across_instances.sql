-- Issue 16: several instances of the API share one database, and so share what must hold across all of them.

-- Rate limits (common/ratelimit/SharedBuckets): one token bucket per limited caller, as Bucket4j keeps it. state is
-- Bucket4j's own encoding; expires_at (milliseconds since 1970) is when a full bucket can be forgotten; explicit_lock
-- is the advisory lock that serialises the bucket's users, which the sweep of expired buckets takes too.
create table rate_limit_bucket (
    id text primary key,
    state bytea not null,
    expires_at bigint,
    explicit_lock bigint
);
create index rate_limit_bucket_expiry on rate_limit_bucket (expires_at);

-- Work done on a schedule by one instance only (common/schedule/OnceAcrossInstances): the period each task last ran
-- in, claimed by the first instance to reach it.
create table scheduled_run (
    task text primary key,
    period_number bigint not null,
    claimed_at timestamptz not null default now()
);
