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

    /**
     * Decision 26: figures the demo data once stored on the wrong area or period leave an existing database when the
     * repeatable script runs again, unless somebody has changed them since; the script can run any number of times.
     */
    @Test
    void shouldMoveTheFiguresStoredOnTheWrongAreaWhereNobodyChangedThem() throws Exception {
        SmallRyeConfig test = applicationProperties("test").build();
        List<String> after = afterMigrating(test, "promise_moved", statement -> {
            statement.execute("set search_path to promise_moved");
            statement.execute("""
                    delete from indicator_value where area_code in ('E08000030', 'E92000001')
                      and indicator_code in ('ADOPT_INTERAGENCY', 'ADOPT_EARLY_PERMANENCE', 'LEAVE_ADOPT_PCT');
                    insert into indicator_value (indicator_code, area_code, period_code, period_end, value, status,
                                                 source, updated_by) values
                        ('ADOPT_INTERAGENCY', 'E08000030', '2021-22', '2022-03-31', 38, 'final', 'pack', 'demo data'),
                        ('ADOPT_INTERAGENCY', 'E08000030', '2022-23', '2023-03-31', 34, 'final', 'pack', 'demo data'),
                        ('ADOPT_EARLY_PERMANENCE', 'E08000030', '2021-22', '2022-03-31', 32, 'final', 'pack',
                            'officer.walsall'),
                        ('ADOPT_EARLY_PERMANENCE', 'E08000030', '2022-23', '2023-03-31', 24, 'final', 'pack',
                            'demo data'),
                        ('LEAVE_ADOPT_PCT', 'E92000001', '2022-23', '2023-03-31', 10, 'final', 'pack', 'demo data')
                    """);
            String script;
            try (var in = DemoDataTest.class.getResourceAsStream("/db/demo/R__demo_data.sql")) {
                script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("${demo}", "true");
            }
            statement.execute(script);
            statement.execute(script);
            List<String> rows = new java.util.ArrayList<>();
            try (ResultSet result = statement.executeQuery("""
                    select indicator_code || ' ' || area_code || ' ' || period_code || ' ' || value::int
                    from indicator_value where area_code in ('E08000030', 'E92000001')
                      and indicator_code in ('ADOPT_INTERAGENCY', 'ADOPT_EARLY_PERMANENCE', 'LEAVE_ADOPT_PCT')
                      and (indicator_code <> 'LEAVE_ADOPT_PCT' or area_code = 'E92000001')
                    order by 1""")) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        });
        assertThat(after).containsExactly(
                "ADOPT_EARLY_PERMANENCE E08000030 2021-22 32", // an officer changed it: theirs to move
                "ADOPT_EARLY_PERMANENCE E08000030 2022-23 11",
                "ADOPT_INTERAGENCY E08000030 2022-23 51",
                "LEAVE_ADOPT_PCT E92000001 2021-22 10");
    }

    /** Only application.properties: no environment variable or system property can ask for the demo data. */
    private static SmallRyeConfigBuilder applicationProperties(String profile) throws IOException {
        return new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(DemoDataTest.class.getResource("/application.properties")));
    }

    /** Migrates a schema of its own in the test database as Flyway does at start, and counts the demo rows in it. */
    private static long demoRowsAfterMigrating(SmallRyeConfig config, String schema) throws Exception {
        return afterMigrating(config, schema, statement -> {
            long rows = 0;
            for (String table : DEMO_TABLES) {
                rows += count(statement, schema + "." + table);
            }
            return rows;
        });
    }

    /** What a statement finds in a schema of its own, migrated in the test database as Flyway does at start. */
    private interface SchemaWork<T> {
        T in(Statement statement) throws Exception;
    }

    private static <T> T afterMigrating(SmallRyeConfig config, String schema, SchemaWork<T> work) throws Exception {
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
                return work.in(statement);
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
