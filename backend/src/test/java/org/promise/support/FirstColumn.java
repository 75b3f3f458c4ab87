package org.promise.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.promise.common.sql.PlainSql;

/** What a query finds, read as text for tests that check rows against the packs' words. */
public final class FirstColumn {

    private FirstColumn() {
    }

    /** The first column of each row, as text ("null" for null), in the query's order. */
    public static List<String> rows(PlainSql sql, String query) {
        return sql.list(query, parameters -> { }, row -> String.valueOf(row.getString(1)));
    }

    /** The first column of the one row the query finds; fails unless it finds exactly one. */
    public static String one(PlainSql sql, String query) {
        List<String> found = rows(sql, query);
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
