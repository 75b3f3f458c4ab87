package org.promise.actionplan;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/**
 * "Overdue" is decided by the one injected clock, on the calendar in London: setting the clock moves the answer.
 * At 23:30 UTC on 30 June it is already 1 July in London (summer time), so an item due on 30 June is overdue.
 */
@QuarkusTest
class OverdueByTheClockTest {

    private static String authority;
    private static String officer;
    private static final LocalDate DUE = LocalDate.of(2094, 6, 30);

    @BeforeAll
    static void createAuthority() {
        authority = ScratchAuthority.create(OverdueByTheClockTest.class).code();
        officer = Tokens.officer(authority);
    }

    private static void setClock(String instant) {
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), Clock.class);
    }

    private static boolean overdue(long planId, long itemId) {
        return Contract.as(officer).get("/api/v1/action-plans/" + planId + "/items").then().statusCode(200)
                .extract().jsonPath().getBoolean("items.find { it.id == " + itemId + " }.overdue");
    }

    @Test
    void shouldCountAnItemOverdueFromTheDayAfterItsDueDateInLondon() {
        long planId = ActionPlanResourceTest.createPlan(officer, authority, 2094);
        JsonPath item = ActionPlanResourceTest.addItem(officer, planId,
                ActionPlanResourceTest.item("Due at the end of June", DUE));
        long itemId = item.getLong("id");

        setClock("2094-06-30T22:30:00Z");
        assertThat("23:30 on its due date in London", overdue(planId, itemId), equalTo(false));

        setClock("2094-06-30T23:30:00Z");
        assertThat("00:30 the day after in London", overdue(planId, itemId), equalTo(true));

        ActionPlanResourceTest.update(officer, itemId, item.getLong("version"), "complete", "Done.");
        assertThat("a complete item is never overdue", overdue(planId, itemId), equalTo(false));
    }

    @Test
    void shouldDateAProgressUpdateByTheClock() {
        long planId = ActionPlanResourceTest.createPlan(officer, authority, 2095);
        JsonPath item = ActionPlanResourceTest.addItem(officer, planId,
                ActionPlanResourceTest.item("Dated by the clock", DUE.plusYears(1)));

        setClock("2095-01-15T10:00:00Z");
        JsonPath changed = ActionPlanResourceTest.update(officer, item.getLong("id"),
                item.getLong("version"), "on-track", "Started.");
        assertThat(changed.getString("latestUpdate.date"), equalTo("2095-01-15"));
    }
}
