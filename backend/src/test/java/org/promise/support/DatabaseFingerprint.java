package org.promise.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A digest of every table's rows, to prove a refused request wrote nothing: equal digests, equal data. Left out are
 * the migrations' history and the service's own bookkeeping, which changes with the clock, not with what a request
 * asks: the rate limiter's buckets (taken on admission, swept on a schedule) and the schedule's claims.
 */
public final class DatabaseFingerprint {

    private static final String BOOKKEEPING = "'flyway_schema_history', 'rate_limit_bucket', 'scheduled_run'";

    private DatabaseFingerprint() {
    }

    public static Map<String, String> of(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = current_schema() and table_type = 'BASE TABLE' "
                    + "and table_name not in (" + BOOKKEEPING + ") order by table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            String digest = tables.stream().map(table -> "select '" + table + "', md5(coalesce(string_agg(md5(r::text),"
                    + " ',' order by md5(r::text)), '')) from \"" + table + "\" r").collect(Collectors.joining(" union all "));
            Map<String, String> digests = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery(digest)) {
                while (rows.next()) {
                    digests.put(rows.getString(1), rows.getString(2));
                }
            }
            return digests;
        }
    }
}
