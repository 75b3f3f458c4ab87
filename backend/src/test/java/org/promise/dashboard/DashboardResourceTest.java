package org.promise.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promise.support.BoardBusiness;
import org.promise.support.Contract;
import org.promise.support.Figures;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/**
 * The first page agrees with the pages it links to, read as the same caller reads them (Walsall's seeded data), and
 * shows each kind of caller what fits their role (an authority of the class's own).
 */
@QuarkusTest
class DashboardResourceTest {

    private static final String EXEMPT_TITLE = "Placement of a named child";
    private static final String PUBLIC_TITLE = "Health assessments of children in care";
    private static final LocalDate ITEM_DUE = LocalDate.of(2022, 1, 31);

    private static ScratchAuthority own;
    private static String other;
    private static LocalDate meetingDate;
    private static long overdueItem;

    @Inject
    SessionFactory sessionFactory;

    @BeforeAll
    static void createAuthorities() {
        own = ScratchAuthority.create(DashboardResourceTest.class);
        other = ScratchAuthority.create(DashboardResourceTest.class).code();
    }

    /** Once, but in a test's own setup: REST Assured knows the application's port only there. */
    @BeforeEach
    void writeOnce() {
        if (overdueItem != 0) {
            return;
        }
        meetingDate = LocalDate.now(ZoneId.of("Europe/London")).plusDays(40);
        long meeting = BoardBusiness.meeting(own.code(), BoardBusiness.board(own.code()), meetingDate, "scheduled");
        BoardBusiness.item(meeting, 1, PUBLIC_TITLE);
        BoardBusiness.item(meeting, 2, EXEMPT_TITLE, true, 1);
        Figures.put(own.officer(), "HLTH_ASSESS", own.code(), "2020-21", 91, null, null, "final");
        Figures.put(own.officer(), "HLTH_ASSESS", own.code(), "2021-22", 88, null, null, "final");
        long plan = plan(own.code(), 2021);
        overdueItem = item(plan, "a", "Review health assessments", ITEM_DUE);
        item(plan, "b", "Not due yet", LocalDate.now().plusYears(1));
        ask(overdueItem, "When will the review come to the board?");
    }

    private static long plan(String authority, int startYear) {
        return Contract.as(Tokens.officer(authority)).contentType("application/json")
                .body(Map.of("authority", authority, "startYear", startYear)).post("/api/v1/action-plans")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long item(long plan, String letter, String what, LocalDate due) {
        Map<String, Object> body = new HashMap<>();
        body.put("letter", letter);
        body.put("priority", "health-and-wellbeing");
        body.put("what", what);
        body.put("owner", "Head of Service for Children in Care");
        body.put("dueDate", due.toString());
        return Contract.as(own.officer()).contentType("application/json").body(body)
                .post("/api/v1/action-plans/" + plan + "/items").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static void ask(long item, String text) {
        Contract.as(Tokens.boardMember(own.code())).contentType("application/json").body(Map.of("text", text))
                .post("/api/v1/action-items/" + item + "/questions").then().statusCode(201);
    }

    private static JsonPath dashboard(String token, String authority) {
        var request = Contract.as(token);
        if (authority != null) {
            request.queryParam("authority", authority);
        }
        return request.get("/api/v1/dashboard").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldAgreeWithThePagesItLinksTo() {
        for (String token : List.of(Tokens.officer(Tokens.WALSALL), Tokens.boardMember(Tokens.WALSALL))) {
            JsonPath first = dashboard(token, null);
            assertThat(first.getString("authority")).isEqualTo(Tokens.WALSALL);
            assertThat(first.getString("view")).isEqualTo("insider");

            List<Map<String, Object>> periods = Contract.as(token).queryParam("area", Tokens.WALSALL)
                    .get("/api/v1/scorecard/periods").then().statusCode(200).extract().jsonPath().getList("items");
            String period = periods.stream().filter(p -> ((Number) p.get("values")).intValue() > 0)
                    .map(p -> (String) p.get("period")).findFirst().orElseThrow();
            assertThat(first.getString("period")).isEqualTo(period);
            JsonPath scorecard = Contract.as(token).queryParam("area", Tokens.WALSALL).queryParam("period", period)
                    .get("/api/v1/scorecard").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> rows = scorecard.getList("groups.rows.flatten()");
            for (String rag : List.of("red", "amber", "green", "none")) {
                assertThat(first.getInt("scorecard.counts." + rag)).as(rag)
                        .isEqualTo(rows.stream().filter(row -> rag.equals(row.get("rag"))).count());
            }
            assertThat(first.getList("scorecard.needsAttention.indicator", String.class)).isEqualTo(Stream.concat(
                    rows.stream().filter(row -> "red".equals(row.get("rag"))),
                    rows.stream().filter(row -> "amber".equals(row.get("rag")))).map(row -> row.get("indicator"))
                    .toList());
            assertThat(first.getList("scorecard.worse.indicator", String.class)).isEqualTo(rows.stream()
                    .filter(row -> "declining".equals(row.get("direction"))).map(row -> row.get("indicator"))
                    .toList());

            List<Integer> overdue = new ArrayList<>();
            Contract.as(token).queryParam("authority", Tokens.WALSALL).get("/api/v1/action-plans").then()
                    .statusCode(200).extract().jsonPath().getList("items.id", Integer.class)
                    .forEach(plan -> overdue.addAll(Contract.as(token).queryParam("overdue", true)
                            .get("/api/v1/action-plans/" + plan + "/items").then().statusCode(200).extract()
                            .jsonPath().getList("items.id", Integer.class)));
            assertThat(first.getList("overdueActionItems.id", Integer.class)).containsExactlyInAnyOrderElementsOf(
                    overdue);

            JsonPath tracker = Contract.as(token).queryParam("authority", Tokens.WALSALL)
                    .get("/api/v1/actions-arising").then().statusCode(200).extract().jsonPath();
            assertThat(first.getInt("actionsArising.open")).isEqualTo(tracker.getInt("counts.open"));
            assertThat(first.getInt("actionsArising.late")).isEqualTo(tracker.getInt("counts.late"));
            assertThat(first.getList("actionsArising.items")).hasSize(tracker.getInt("counts.open"));
        }

        JsonPath officers = dashboard(Tokens.officer(Tokens.WALSALL), Tokens.WALSALL);
        int openWarnings = Contract.as(Tokens.officer(Tokens.WALSALL)).queryParam("authority", Tokens.WALSALL)
                .queryParam("status", "open").get("/api/v1/data-checks").then().statusCode(200).extract()
                .jsonPath().getList("items").size();
        assertThat(officers.getInt("dataWarnings.open")).isEqualTo(openWarnings);
        assertThat(officers.getList("figuresDue.items")).isNotEmpty();
        JsonPath members = dashboard(Tokens.boardMember(Tokens.WALSALL), null);
        assertThat(members.getMap("")).containsEntry("figuresDue", null).containsEntry("dataWarnings", null);
    }

    @Test
    void shouldShowTheAuthoritysOwnPeopleWhatNeedsTheirAttention() {
        JsonPath first = dashboard(own.officer(), null);
        LocalDate today = LocalDate.parse(first.getString("asAt"));
        assertThat(first.getString("nextMeeting.date")).isEqualTo(meetingDate.toString());
        assertThat(first.getList("nextMeeting.items.title")).containsExactly(PUBLIC_TITLE, EXEMPT_TITLE);
        assertThat(first.getList("nextMeeting.items.exempt")).containsExactly(false, true);

        assertThat(first.getList("overdueActionItems.id", Long.class)).containsExactly(overdueItem);
        assertThat(first.getLong("overdueActionItems[0].daysLate")).isEqualTo(ChronoUnit.DAYS.between(ITEM_DUE,
                today));
        assertThat(first.getString("overdueActionItems[0].owner")).isEqualTo("Head of Service for Children in Care");
        assertThat(first.getList("unansweredQuestions.text"))
                .containsExactly("When will the review come to the board?");
        assertThat(first.getLong("unansweredQuestions[0].itemId")).isEqualTo(overdueItem);

        assertThat(first.getString("period")).isEqualTo("2021-22");
        assertThat(first.getString("figuresDue.dueBy")).isEqualTo(meetingDate.toString());
        Map<String, Object> due = first.getMap("figuresDue.items.find { it.indicator == 'HLTH_ASSESS' }");
        assertThat(due).containsEntry("lastPeriod", "2021-22").containsEntry("duePeriod", "2022-23")
                .containsEntry("state", "stale");
        assertThat(first.getInt("dataWarnings.open")).isNotNegative();
    }

    @Test
    void shouldShowEveryoneElseThePublicPartsOnly() {
        for (String token : List.of(Tokens.officer(other), Tokens.analyst(own.code()))) {
            JsonPath first = dashboard(token, own.code());
            assertThat(first.getString("view")).isEqualTo("public");
            assertThat(first.getList("nextMeeting.items.title")).containsExactly(PUBLIC_TITLE,
                    DashboardService.PRIVATE_ITEM);
            assertThat(first.prettify()).doesNotContain(EXEMPT_TITLE);
            assertThat(first.getMap("")).containsEntry("figuresDue", null).containsEntry("dataWarnings", null);
        }
        assertThat(dashboard(Tokens.partner("partner-" + own.code(), own.code()), null).getString("view"))
                .isEqualTo("partner");
    }

    @Test
    void shouldRefuseWhatItCannotAnswer() {
        Contract.as(Tokens.admin()).get("/api/v1/dashboard").then().statusCode(400)
                .body("errors[0].field", equalTo("authority"));
        Contract.as(Tokens.admin()).queryParam("authority", "E09999999").get("/api/v1/dashboard").then()
                .statusCode(404);
        Contract.anonymous().get("/api/v1/dashboard").then().statusCode(401);
        assertThat(dashboard(Tokens.admin(), own.code()).getString("view")).isEqualTo("insider");
    }

    @Test
    void shouldCostTheSameStatementsWhateverTheNumberOfItemsAndQuestions() {
        ScratchAuthority counted = ScratchAuthority.create(DashboardResourceTest.class);
        long plan = plan(counted.code(), 2020);
        String token = Tokens.officer(counted.code());
        List<String> letters = List.of("c", "d", "e", "f", "g");
        long few = 0;
        for (String letter : letters) {
            Map<String, Object> body = Map.of("letter", letter, "priority", "health-and-wellbeing", "what",
                    "Item " + letter, "dueDate", ITEM_DUE.toString());
            long item = Contract.as(token).contentType("application/json").body(body)
                    .post("/api/v1/action-plans/" + plan + "/items").then().statusCode(201).extract().jsonPath()
                    .getLong("id");
            Contract.as(Tokens.boardMember(counted.code())).contentType("application/json")
                    .body(Map.of("text", "Why is " + letter + " late?"))
                    .post("/api/v1/action-items/" + item + "/questions").then().statusCode(201);
            if (few == 0) {
                few = statementsFor(token);
            }
        }
        long many = statementsFor(token);
        assertThat(dashboard(token, null).getList("overdueActionItems")).hasSize(letters.size());
        assertThat(many).isPositive().isEqualTo(few);
    }

    /** Read once to warm what is cached whatever the authority (its shared areas, the plan's indicators), then counted. */
    private long statementsFor(String token) {
        dashboard(token, null);
        sessionFactory.getStatistics().clear();
        dashboard(token, null);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    @Test
    void shouldOpenThePublicFrontDoorOnAnAuthorityWithTheMostToShow() {
        JsonPath list = Contract.anonymous().get("/api/v1/public/authorities").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Object> walsall = list.getMap("items.find { it.code == '" + Tokens.WALSALL + "' }");
        assertThat(walsall).containsEntry("strategy", true);
        assertThat(walsall.get("scorecardPeriod")).isNotNull();
        assertThat(((Number) walsall.get("youSaidEntries")).intValue()).isPositive();
        Map<String, Object> ours = list.getMap("items.find { it.code == '" + own.code() + "' }");
        assertThat(ours).containsEntry("scorecardPeriod", null).containsEntry("strategy", false)
                .containsEntry("youSaidEntries", 0).containsEntry("upcomingMeetings", 1);

        List<Map<String, Object>> items = list.getList("items");
        Map<String, Object> opening = list.getMap("items.find { it.code == '" + list.getString("opening") + "' }");
        assertThat(parts(opening)).isPositive().isEqualTo(items.stream().mapToInt(DashboardResourceTest::parts).max()
                .orElseThrow());
    }

    private static int parts(Map<String, Object> authority) {
        return (authority.get("scorecardPeriod") != null ? 1 : 0) + (Boolean.TRUE.equals(authority.get("strategy"))
                ? 1 : 0) + (((Number) authority.get("youSaidEntries")).intValue() > 0 ? 1 : 0)
                + (((Number) authority.get("upcomingMeetings")).intValue() > 0 ? 1 : 0);
    }
}
