-- A short explanation in plain English of what an indicator means and why it matters (its jargon and national
-- codes spelt out), shown on the indicator page before the technical definition.
alter table indicator add column explanation varchar(1000);
