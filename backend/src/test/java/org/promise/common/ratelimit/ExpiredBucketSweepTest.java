package org.promise.common.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExpiredBucketSweepTest {

    @Inject
    ExpiredBucketSweep sweep;

    @Inject
    SharedBuckets buckets;

    @Inject
    DataSource dataSource;

    @Test
    void shouldForgetOnlyTheBucketsThatAreFullAgain() throws SQLException {
        buckets.take("partner:sweep-recent", 600);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into " + SharedBuckets.TABLE + " (id, state, expires_at, explicit_lock)"
                    + " values ('partner:sweep-gone/600', '\\x00', 1, 1)");

            assertThat(sweep.sweep()).isGreaterThanOrEqualTo(1);

            List<String> left = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select id from " + SharedBuckets.TABLE
                    + " where id like 'partner:sweep-%'")) {
                while (rows.next()) {
                    left.add(rows.getString(1));
                }
            }
            assertThat(left).containsExactly("partner:sweep-recent/600");
        }
    }
}
