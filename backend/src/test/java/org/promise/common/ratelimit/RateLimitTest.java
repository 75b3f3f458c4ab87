package org.promise.common.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Interposed;
import org.promise.support.Race;
import org.promise.support.Tokens;

/** Rate limits, with limits low enough to reach in a test. */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("promise.rate-limit.public-per-minute", "5", "promise.rate-limit.partner-per-minute", "4");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void shouldLimitCallersWhoHaveNotSignedInByAddress() {
        for (int i = 0; i < 5; i++) {
            Contract.anonymous().queryParam("authority", Tokens.WALSALL).get("/api/v1/you-said-we-did")
                    .then().statusCode(200);
        }
        Contract.anonymous().queryParam("authority", Tokens.WALSALL).get("/api/v1/you-said-we-did")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("Retry-After"));
        // No proxy is trusted unless configuration names it, so a caller cannot claim another address for a fresh
        // bucket, not even from the local host (BehindTrustedProxyTest: when one is named).
        Contract.anonymous().header("X-Forwarded-For", "203.0.113.7").get("/api/v1/areas").then().statusCode(429);
    }

    @Test
    void shouldLimitEachPartnerSystemButNeverSignedInPeople() {
        String partner = Tokens.partner("partner-limited", Tokens.WALSALL);
        for (int i = 0; i < 4; i++) {
            Contract.as(partner).queryParam("pageSize", 1).get("/api/v1/kpis").then().statusCode(200);
        }
        Contract.as(partner).queryParam("pageSize", 1).get("/api/v1/kpis").then().statusCode(429)
                .header("Retry-After", notNullValue());
        Contract.as(Tokens.partner("partner-other", Tokens.DUDLEY)).queryParam("pageSize", 1).get("/api/v1/kpis")
                .then().statusCode(200);
        String officer = Tokens.officer(Tokens.WALSALL);
        for (int i = 0; i < 20; i++) {
            Contract.as(officer).queryParam("pageSize", 1).get("/api/v1/kpis").then().statusCode(200);
        }
    }

    @Test
    void shouldShareEachPartnersAllowanceWithEveryInstance() {
        // Another instance of the API, with buckets of its own in the same database, serves the partner first.
        SharedBuckets otherInstance = new SharedBuckets(dataSource);
        for (int i = 0; i < 4; i++) {
            assertThat(otherInstance.take("partner:partner-shared", 4)).isZero();
        }
        Contract.as(Tokens.partner("partner-shared", Tokens.WALSALL)).queryParam("pageSize", 1).get("/api/v1/kpis")
                .then().statusCode(429).header("Retry-After", notNullValue());
    }

    @Test
    void shouldGoOnFromWhatWasServedWhenTheDatabaseFailsInTheMiddleOfABurst() {
        AtomicBoolean databaseAnswers = new AtomicBoolean(true);
        SharedBuckets instance = new SharedBuckets(beforeEachConnection(dataSource, () -> {
            if (!databaseAnswers.get()) {
                throw new SQLException("the database is not answering");
            }
        }));
        for (int i = 0; i < 3; i++) {
            assertThat(instance.take("partner:partner-failing-over", 4)).as("request %d, shared", i).isZero();
        }
        databaseAnswers.set(false);
        assertThat(instance.take("partner:partner-failing-over", 4)).as("the fourth, counted by the instance").isZero();
        assertThat(instance.take("partner:partner-failing-over", 4))
                .as("the fifth waits for the next token, at most 15 s away at 4 a minute").isBetween(1L, 15L);
    }

    @Test
    void shouldServeExactlyTheAllowanceOfRequestsThatArriveTogether() throws Exception {
        String partner = Tokens.partner("partner-racing", Tokens.WALSALL);
        List<Integer> statuses = Race.of(10, i -> Contract.as(partner).queryParam("pageSize", 1).get("/api/v1/kpis"))
                .stream().map(Response::statusCode).toList();
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(4);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(6);
    }

    @Test
    void shouldServeExactlyTheAllowanceWhenRequestsArriveTogetherAtABucketNotYetKept() throws Exception {
        // Each connection comes slowly, so that while the first request asks the database the other nine queue up
        // and are asked as one batch, which finds no row either.
        SharedBuckets instance = new SharedBuckets(beforeEachConnection(dataSource, () -> pause(100)));
        List<Long> waits = Race.of(10, i -> instance.take("partner:partner-first-burst", 4));
        assertThat(waits).filteredOn(wait -> wait == 0).hasSize(4);
        assertThat(new SharedBuckets(dataSource).take("partner:partner-first-burst", 4))
                .as("the four came from the shared bucket, so another instance has none to give").isPositive();
    }

    /** Something done before each connection the API's own data source gives. */
    private interface BeforeConnecting {
        void run() throws SQLException;
    }

    private static DataSource beforeEachConnection(DataSource delegate, BeforeConnecting before) {
        return Interposed.as(DataSource.class, (method, arguments) -> {
            if (method.getName().equals("getConnection")) {
                before.run();
            }
            return Interposed.forward(delegate, method, arguments);
        });
    }

    private static void pause(long millis) throws SQLException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted", interrupted);
        }
    }
}
