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
import org.promise.support.DemoScripts;

/**
 * The seed packs' figures load only where asked: application.properties, read as a production start reads it with
 * no PROMISE_DEMO_DATA, migrates a database without one demo row; read as the test profile, with them.
 */
class DemoDataTest {

    /** The tables db/demo fills; the versioned migrations leave them empty. */
    private static final List<String> DEMO_TABLES = List.of("indicator", "indicator_value", "target", "strategy",
            "action_plan", "action_item", "you_said", "board", "meeting", "work_programme_item");

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
     * Decision 26: figures the demo data once stored on the wrong area or period, or inferred where the pack gives
     * none, leave an existing database when the repeatable script runs again, unless somebody has changed them since;
     * the script can run any number of times.
     */
    @Test
    void shouldMoveTheFiguresStoredOnTheWrongAreaWhereNobodyChangedThem() throws Exception {
        List<String> after = afterRunningTheScriptAgain("promise_moved", """
                    delete from indicator_value where area_code in ('E08000030', 'E92000001')
                      and indicator_code in ('ADOPT_INTERAGENCY', 'ADOPT_EARLY_PERMANENCE', 'LEAVE_ADOPT_PCT',
                                             'CL_EET_1921');
                    insert into indicator_value (indicator_code, area_code, period_code, period_end, value, status,
                                                 source, updated_by) values
                        ('ADOPT_INTERAGENCY', 'E08000030', '2021-22', '2022-03-31', 38, 'final', 'pack', 'demo data'),
                        ('ADOPT_INTERAGENCY', 'E08000030', '2022-23', '2023-03-31', 34, 'final', 'pack', 'demo data'),
                        ('ADOPT_EARLY_PERMANENCE', 'E08000030', '2021-22', '2022-03-31', 32, 'final', 'pack',
                            'officer.walsall'),
                        ('ADOPT_EARLY_PERMANENCE', 'E08000030', '2022-23', '2023-03-31', 24, 'final', 'pack',
                            'demo data'),
                        ('LEAVE_ADOPT_PCT', 'E92000001', '2022-23', '2023-03-31', 10, 'final', 'pack', 'demo data'),
                        ('CL_EET_1921', 'E08000030', '2021-22', '2022-03-31', 54, 'final', 'pack', 'demo data')
                    """, """
                    select indicator_code || ' ' || area_code || ' ' || period_code || ' ' || value::int
                    from indicator_value where area_code in ('E08000030', 'E92000001')
                      and indicator_code in ('ADOPT_INTERAGENCY', 'ADOPT_EARLY_PERMANENCE', 'LEAVE_ADOPT_PCT',
                                             'CL_EET_1921')
                      and (indicator_code <> 'LEAVE_ADOPT_PCT' or area_code = 'E92000001')
                      and (indicator_code <> 'CL_EET_1921' or area_code = 'E08000030')
                    order by 1""");
        assertThat(after).containsExactly(
                "ADOPT_EARLY_PERMANENCE E08000030 2021-22 32", // an officer changed it: theirs to move
                "ADOPT_EARLY_PERMANENCE E08000030 2022-23 11",
                "ADOPT_INTERAGENCY E08000030 2022-23 51",
                "CL_EET_1921 E08000030 2022-23 54", // 2021-22's 54 was inferred: the pack gives no figure
                "LEAVE_ADOPT_PCT E92000001 2021-22 10");
    }

    /**
     * The pack review's corrections reach a database loaded before them: a definition, label, basis or note still as
     * the demo data first loaded it takes the pack's words; one somebody has changed since is left to them.
     */
    @Test
    void shouldCorrectTheWordsNobodyChangedInADatabaseLoadedBefore() throws Exception {
        List<String> after = afterRunningTheScriptAgain("promise_reworded", """
                    update indicator set definition = 'Care leavers aged 19 or 20 who ceased to be looked after in a '
                        || 'foster placement on their 18th birthday and are still living with their former foster '
                        || 'carers, as a percentage of those eligible.',
                        denominator_label = 'eligible care leavers aged 19 or 20',
                        explanation = 'An administrator''s own words.'
                    where code = 'CL_STAYPUT_1920';
                    update indicator set numerator_label = null, denominator_label = null where code = 'CL_EET_1617';
                    update target set basis = 'Walsall action plan 2022-23: 90% of young people receive their '
                        || 'health passport'
                    where indicator_code = 'CL_HEALTH_PASSPORT' and period_code = '2022-23';
                    update target set basis = 'Walsall action plan 2022-23: 95% of pathway plans are up to date',
                        updated_by = 'officer.walsall'
                    where indicator_code = 'PATHWAY_PLANS' and period_code = '2022-23';
                    update indicator_value set note = null
                    where indicator_code = 'CL_EET_1921' and area_code = 'E08000030' and period_code = '2022-23';
                    update indicator_value set note = null, updated_by = 'officer.walsall'
                    where indicator_code = 'ADOPT_A2' and area_code = 'E08000030' and period_code = '2022-23';
                    """, """
                    select code || ': ' || definition || ' / ' || denominator_label || ' / ' || explanation
                    from indicator where code = 'CL_STAYPUT_1920'
                    union all select code || ': ' || numerator_label || ' / ' || denominator_label
                    from indicator where code = 'CL_EET_1617'
                    union all select indicator_code || ': ' || basis from target
                    where indicator_code in ('CL_HEALTH_PASSPORT', 'PATHWAY_PLANS') and period_code = '2022-23'
                    union all select indicator_code || ': ' || coalesce(note, 'no note') from indicator_value
                    where indicator_code in ('CL_EET_1921', 'ADOPT_A2') and area_code = 'E08000030'
                      and period_code = '2022-23'
                    order by 1""");
        assertThat(after).hasSize(6);
        assertThat(after.get(0)).isEqualTo("ADOPT_A2: no note"); // an officer's: left to them
        assertThat(after.get(1)).startsWith("CL_EET_1617: children in care aged 16 or 17 in education")
                .endsWith(" / children in care aged 16 or 17");
        assertThat(after.get(2)).startsWith("CL_EET_1921: The pack: \"In 2022/23 - 54% of our young people")
                .contains("remained inline with our performance in 2021-22");
        assertThat(after.get(3)).startsWith("CL_HEALTH_PASSPORT: ").contains("to be agreed with CCG and Health Trust");
        assertThat(after.get(4)).contains("Walsall's local measure", "/ care leavers aged 19 or 20 /")
                .endsWith("An administrator's own words.");
        assertThat(after.get(5)).isEqualTo("PATHWAY_PLANS: Walsall action plan 2022-23: 95% of pathway plans are up to date");
    }

    /**
     * A database the demo data loaded, then changed by {@code before} (as an older demo script or an officer left
     * it), after the main demo script runs again, twice, as Flyway runs it when its checksum changes: what
     * {@code query} finds, its first column.
     */
    private static List<String> afterRunningTheScriptAgain(String schema, String before, String query)
            throws Exception {
        String script = DemoScripts.withDemoOn("R__demo_data.sql");
        return afterMigrating(applicationProperties("test").build(), schema, statement -> {
            statement.execute("set search_path to " + schema);
            statement.execute(before);
            statement.execute(script);
            statement.execute(script);
            List<String> rows = new java.util.ArrayList<>();
            try (ResultSet result = statement.executeQuery(query)) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        });
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
