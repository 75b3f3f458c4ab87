-- Issue 17: every public request and every partner's request takes a token from its bucket in rate_limit_bucket
-- (common/ratelimit/SharedBuckets), and so committed a write that waited for the WAL's flush to disk: the public
-- scorecard's largest cost in PostgreSQL. An unlogged table writes no WAL, so its transactions commit without that
-- wait. What it gives up is harmless here: after a crash PostgreSQL empties the table, and every bucket starts full
-- again, as it would after a minute; the buckets stay shared by every instance of the API on the database.
alter table rate_limit_bucket set unlogged;
