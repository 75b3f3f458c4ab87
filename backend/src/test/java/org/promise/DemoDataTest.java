package org.promise;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The seed packs' figures load only where asked: application.properties, read as a production start reads it with
 * no PROMISE_DEMO_DATA, migrates a database without one demo row; read as the test profile, with them.
 */
class DemoDataTest {

    /** The tables db/demo fills; the versioned migrations leave them empty. */
    private static final List<String> DEMO_TABLES = List.of("indicator", "indicator_value", "target", "strategy",
            "action_plan", "action_item", "you_said");

    @Test
    void shouldLoadNoDemoDataWhenAProductionStartIsNotAsked() throws Exception {
        SmallRyeConfig production = applicationProperties("prod").build();
        assertThat(demoRowsAfterMigrating(production, "promise_no_demo")).isZero();
    }

    @Test
    void shouldLoadTheDemoDataForTheTestProfile() throws Exception {
        SmallRyeConfig test = applicationProperties("test").build();
        assertThat(demoRowsAfterMigrating(test, "promise_demo")).isPositive();
    }

    /** Only application.properties: no environment variable or system property can ask for the demo data. */
    private static SmallRyeConfigBuilder applicationProperties(String profile) throws IOException {
        return new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(DemoDataTest.class.getResource("/application.properties")));
    }

    /** Migrates a schema of its own in the test database as Flyway does at start, and counts the demo rows in it. */
    private static long demoRowsAfterMigrating(SmallRyeConfig config, String schema) throws Exception {
        SmallRyeConfig testDatabase = applicationProperties("test").addDefaultSources().build();
        String url = testDatabase.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = testDatabase.getValue("quarkus.datasource.username", String.class);
        String password = testDatabase.getValue("quarkus.datasource.password", String.class);
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            try {
                Flyway.configure().dataSource(url, user, password).schemas(schema).createSchemas(true)
                        .locations(config.getValue("quarkus.flyway.locations", String[].class))
                        .placeholders(Map.of("demo", config.getValue("quarkus.flyway.placeholders.demo", String.class)))
                        .load().migrate();
                long rows = 0;
                for (String table : DEMO_TABLES) {
                    rows += count(statement, schema + "." + table);
                }
                return rows;
            } finally {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet result = statement.executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        }
    }
}
