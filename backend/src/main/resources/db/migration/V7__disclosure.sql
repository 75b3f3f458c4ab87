-- What may be published, and what must be withheld so that nobody can be identified from small numbers.

-- Internal-only indicators are never published: only their own authority (and its partners' systems) see them.
alter table indicator add column internal_only boolean not null default false;

-- A rate whose numerator is another indicator's count ("% leaving care by adoption" counts "leaving care by
-- adoption"): when that count is withheld, so is the rate, or it would give the count away.
alter table indicator add column numerator_indicator varchar(40) references indicator (code);

-- Counts that add up to a total ("the routes out of care add up to all who left care"). When one part is withheld,
-- another is too, so that the withheld part cannot be found by subtraction.
create table indicator_part (
    total_code varchar(40) not null references indicator (code),
    part_code  varchar(40) not null references indicator (code),
    primary key (total_code, part_code),
    constraint indicator_part_not_itself check (total_code <> part_code)
);

-- Authorities that publish their scorecard to the public.
alter table area add column publishes_scorecard boolean not null default false;
update area set publishes_scorecard = true where code in ('E08000027', 'E08000030');

-- Partner and analyst pages walk values in this order.
create index indicator_value_kpi_idx on indicator_value (indicator_code, area_code, period_code) include (status);
