package org.promise.common.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.promise.support.Contract;
import org.promise.support.ScratchAuthority;

/**
 * Instances of the API tell one another of changes through PostgreSQL. Another instance is played here by a
 * connection of the test's own: it hears what this instance announces and announces what this one must hear.
 */
@QuarkusTest
class ChangeChannelTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(5);
    private static final String HEADER = "time_period,time_identifier,geographic_level,new_la_code,la_name,indicator,"
            + "value,numerator,denominator,status\n";
    private static String officer;
    private static String row;

    @Inject
    CacheDrops drops;

    @ConfigProperty(name = "promise.db.listen-url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @BeforeAll
    static void createAuthority() {
        ScratchAuthority authority = ScratchAuthority.create(ChangeChannelTest.class);
        officer = authority.officer();
        row = "201718,Financial year,Local authority," + authority.code() + "," + authority.name() + ",";
    }

    @Test
    void shouldAnnounceACommittedWriteToOtherInstancesOnceAndARefusedOneNever() throws Exception {
        try (Connection otherInstance = connect()) {
            listen(otherInstance);
            Contract.badRequestAs(officer).contentType("text/csv").body(HEADER + row + "NO_SUCH_INDICATOR,1,,,final\n")
                    .post("/api/v1/imports/values").then().statusCode(400);
            Contract.as(officer).contentType("text/csv").body(HEADER + row + "HLTH_ASSESS,81,,,final\n"
                    + row + "HLTH_DENTAL,72,,,final\n").post("/api/v1/imports/values")
                    .then().statusCode(200).body("created", equalTo(2));

            assertThat(noticesWithin(otherInstance, Duration.ofSeconds(2))).containsExactly("VALUES");
        }
    }

    @Test
    void shouldEmptyTheCachesOnAnotherInstancesNotice() throws Exception {
        int mark = drops.count();
        try (Connection otherInstance = connect(); Statement statement = otherInstance.createStatement()) {
            statement.execute("select pg_notify('" + ChangeChannel.NAME + "', 'TARGETS')");
        }
        assertThat(drops.awaitSince(mark, PROMPTLY, FiguresMayHaveChanged.Why.NOTICE))
                .contains(FiguresMayHaveChanged.Why.NOTICE);
    }

    @Test
    void shouldEmptyTheCachesWhenTheListeningConnectionIsLostAndListenAgain() throws Exception {
        int mark = drops.count();
        try (Connection admin = connect(); Statement statement = admin.createStatement()) {
            endListening(statement);
            assertThat(drops.awaitSince(mark, Duration.ofSeconds(20), FiguresMayHaveChanged.Why.LISTENING_LOST,
                    FiguresMayHaveChanged.Why.LISTENING_STARTED))
                    .containsSubsequence(FiguresMayHaveChanged.Why.LISTENING_LOST,
                            FiguresMayHaveChanged.Why.LISTENING_STARTED);
            assertNoticesHeard(statement);
        }
    }

    @Test
    void shouldListenAgainAfterASecondWhenTheConnectionHadWorked() throws Exception {
        try (Connection admin = connect(); Statement statement = admin.createStatement()) {
            for (int loss = 1; loss <= 3; loss++) {
                assertThat(secondsToListenAgain(statement)).as("loss %d of a connection that carried a notice", loss)
                        .isLessThan(3.0);
                assertNoticesHeard(statement);
            }
        }
    }

    @Test
    void shouldWaitLongerEachTimeAConnectionIsLostBeforeItCarriedAnything() throws Exception {
        try (Connection admin = connect(); Statement statement = admin.createStatement()) {
            assertThat(secondsToListenAgain(statement)).as("the first loss, after a second").isLessThan(3.0);
            assertThat(secondsToListenAgain(statement)).as("lost again before a notice or a heartbeat: 2 s")
                    .isGreaterThanOrEqualTo(1.9);
            assertNoticesHeard(statement);
        }
    }

    /** Ends this instance's listening connection and times how long until it listens again. */
    private double secondsToListenAgain(Statement admin) throws Exception {
        int mark = drops.count();
        long lost = System.nanoTime();
        endListening(admin);
        assertThat(drops.awaitSince(mark, Duration.ofSeconds(20), FiguresMayHaveChanged.Why.LISTENING_STARTED))
                .contains(FiguresMayHaveChanged.Why.LISTENING_STARTED);
        return (System.nanoTime() - lost) / 1e9;
    }

    /** Ends this instance's listening connection, waiting for it to have one (it connects on a thread of its own). */
    private static void endListening(Statement admin) throws Exception {
        long deadline = System.nanoTime() + PROMPTLY.toNanos();
        while (true) {
            try (ResultSet ended = admin.executeQuery("select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where application_name = '" + ChangeListener.APPLICATION_NAME + "'"
                    + " and datname = current_database()")) {
                if (ended.next()) {
                    return;
                }
            }
            assertThat(System.nanoTime()).as("a listening connection within %s", PROMPTLY).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** Another instance's notice empties the caches: the listening connection works. */
    private void assertNoticesHeard(Statement admin) throws Exception {
        int mark = drops.count();
        admin.execute("select pg_notify('" + ChangeChannel.NAME + "', 'INDICATORS')");
        assertThat(drops.awaitSince(mark, PROMPTLY, FiguresMayHaveChanged.Why.NOTICE))
                .as("notices heard").contains(FiguresMayHaveChanged.Why.NOTICE);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + ChangeChannel.NAME);
        }
    }

    /** The payloads of every notice that arrives within {@code quiet} of the one before. */
    private static List<String> noticesWithin(Connection connection, Duration quiet) throws SQLException {
        List<String> payloads = new ArrayList<>();
        PGConnection notices = connection.unwrap(PGConnection.class);
        PGNotification[] received;
        do {
            received = notices.getNotifications((int) quiet.toMillis());
            if (received != null) {
                Arrays.stream(received).map(PGNotification::getParameter).forEach(payloads::add);
            }
        } while (received != null && received.length > 0);
        return payloads;
    }
}
