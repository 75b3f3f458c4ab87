package org.promise.common.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.promise.common.sql.PlainSql;

/**
 * Scheduled work that must be done once, however many instances of the API run it on their own schedules. Time is cut
 * into periods by the database's clock (so instances whose clocks differ agree); the first instance to claim a task's
 * current period does the work, and the others' claims in that period fail. Each instance runs the task once a period,
 * so every period has a claimant while any instance runs.
 */
@ApplicationScoped
public class OnceAcrossInstances {

    private final PlainSql sql;

    public OnceAcrossInstances(PlainSql sql) {
        this.sql = sql;
    }

    /** True for the one caller, of every instance's, that claims {@code task} first in the current period. */
    public boolean claim(String task, Duration period) {
        return !sql.list("""
                insert into scheduled_run (task, period_number, claimed_at)
                values (?, floor(extract(epoch from clock_timestamp()) * 1000 / ?)::bigint, clock_timestamp())
                on conflict (task) do update set period_number = excluded.period_number, claimed_at = excluded.claimed_at
                where scheduled_run.period_number < excluded.period_number
                returning task""", parameters -> parameters.text(task).id(period.toMillis()),
                row -> row.getString(1)).isEmpty();
    }
}
