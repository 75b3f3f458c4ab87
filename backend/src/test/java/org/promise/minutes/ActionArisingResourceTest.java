package org.promise.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.support.BoardBusiness;
import org.promise.support.Contract;
import org.promise.support.Race;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/** The actions tracker: who sees which action, lateness, closing, concurrency and sync pages. */
@QuarkusTest
class ActionArisingResourceTest {

    private static String own;
    private static String other;
    private static String officer;
    private static long board;

    @BeforeAll
    static void createAuthorities() {
        own = ScratchAuthority.create(ActionArisingResourceTest.class).code();
        other = ScratchAuthority.create(ActionArisingResourceTest.class).code();
        officer = Tokens.officer(own);
        board = BoardBusiness.board(own);
    }

    /** The ids of the actions a new resolution at a new meeting of the class's own board raises. */
    private static List<Long> raise(LocalDate date, boolean exempt, List<Map<String, Object>> actions) {
        return raise(own, board, date, exempt, actions);
    }

    /** The ids of the actions a new resolution at a new meeting of the board raises. */
    private static List<Long> raise(String authority, long board, LocalDate date, boolean exempt,
            List<Map<String, Object>> actions) {
        long meeting = BoardBusiness.meeting(authority, board, date, "held");
        long item = BoardBusiness.item(meeting, 11, "Quarterly Performance Report", exempt, exempt ? 1 : null);
        return Contract.as(Tokens.officer(authority)).contentType("application/json")
                .body(Map.of("text", "Resolved", "kind", "decision", "vote", "unanimous", "actions", actions))
                .post("/api/v1/agenda-items/" + item + "/resolutions").then().statusCode(201)
                .extract().jsonPath().getList("actions.id", Long.class);
    }

    private static Map<String, Object> action(String description, String due) {
        Map<String, Object> action = new HashMap<>(Map.of("description", description, "owner", "Head of Service"));
        action.put("dueDate", due);
        return action;
    }

    private static void approve(LocalDate approved, LocalDate at) {
        long approvedMeeting = BoardBusiness.count("select id from meeting where authority_code = ? and board_id = ?"
                + " and meeting_date = ?", own, board, approved);
        long meeting = BoardBusiness.meeting(own, board, at, "held");
        Contract.as(officer).contentType("application/json")
                .body(Map.of("text", "Approved", "kind", "approve-minutes", "vote", "unanimous",
                        "approvesMeeting", approvedMeeting))
                .post("/api/v1/agenda-items/" + BoardBusiness.item(meeting, 1, "Minutes") + "/resolutions")
                .then().statusCode(201);
    }

    private static Response update(String token, long id, String ifMatch, Map<String, Object> body) {
        var request = Contract.as(token).contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/actions-arising/" + id);
    }

    private static Map<String, Object> change(String status, String evidence, String closedOn) {
        Map<String, Object> body = new HashMap<>(Map.of("description", "Share the number of care leavers",
                "owner", "Head of Virtual School", "dueDate", "2020-01-20", "status", status));
        body.put("evidence", evidence);
        body.put("closedOn", closedOn);
        return body;
    }

    @Test
    void shouldShowActionsToOutsidersOnlyOnceTheirMinutesAreApprovedAndNeverOfExemptItems() {
        long published = raise(LocalDate.of(2020, 1, 6), false, List.of(action("Tracker public action", null)))
                .get(0);
        long exempt = raise(LocalDate.of(2020, 1, 6).plusDays(1), true,
                List.of(action("Tracker exempt action", null))).get(0);

        Contract.anonymous().get("/api/v1/actions-arising/" + published).then().statusCode(404);
        Contract.as(Tokens.officer(other)).get("/api/v1/actions-arising/" + published).then().statusCode(404);
        Contract.as(Tokens.boardMember(own)).get("/api/v1/actions-arising/" + exempt).then().statusCode(200)
                .body("description", equalTo("Tracker exempt action"));
        String before = Contract.anonymous().queryParam("authority", own).get("/api/v1/actions-arising").then()
                .statusCode(200).extract().asString();
        assertThat(before).doesNotContain("Tracker public action").doesNotContain("Tracker exempt action");

        approve(LocalDate.of(2020, 1, 6), LocalDate.of(2020, 2, 3));
        approve(LocalDate.of(2020, 1, 7), LocalDate.of(2020, 2, 4));

        Contract.anonymous().get("/api/v1/actions-arising/" + published).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("authority", equalTo(own))
                .body("meeting.status", equalTo("minutes-approved"))
                .body("agendaItem.number", equalTo(11))
                .body("resolutionText", equalTo("Resolved"));
        Contract.anonymous().get("/api/v1/actions-arising/" + exempt).then().statusCode(404);
        String after = Contract.as(Tokens.partner("partner-" + own, own)).queryParam("authority", own)
                .get("/api/v1/actions-arising").then().statusCode(200).extract().asString();
        assertThat(after).contains("Tracker public action").doesNotContain("Tracker exempt action");
    }

    @Test
    void shouldCountAndFilterLateActionsByTheDateInEngland() {
        String authority = ScratchAuthority.create(ActionArisingResourceTest.class).code();
        String theirOfficer = Tokens.officer(authority);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        List<Long> ids = raise(authority, BoardBusiness.board(authority), LocalDate.of(2020, 3, 2), false, List.of(
                action("Late", "2020-03-30"), action("Not due", today.plusYears(1).toString()),
                action("No date", null), action("To close", "2020-03-30")));
        update(theirOfficer, ids.get(3), "\"0\"", change("dropped", null, null)).then().statusCode(200)
                .body("closedOn", equalTo(today.toString())).body("late", equalTo(false));

        Contract.as(theirOfficer).queryParam("authority", authority).get("/api/v1/actions-arising").then()
                .statusCode(200)
                .body("counts.open", equalTo(3)).body("counts.late", equalTo(1)).body("counts.closed", equalTo(1))
                .body("deleted", empty());
        Contract.as(theirOfficer).queryParam("authority", authority).queryParam("overdue", "true")
                .get("/api/v1/actions-arising").then().statusCode(200)
                .body("items.description", contains("Late"))
                .body("items[0].late", equalTo(true))
                .body("items[0].daysLate", greaterThan(365))
                .body("counts.open", equalTo(3));
        Contract.as(theirOfficer).queryParam("authority", authority).queryParam("overdue", "false")
                .queryParam("status", "open").get("/api/v1/actions-arising").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.daysLate", contains(nullValue(), nullValue()));
    }

    @Test
    void shouldCloseAnActionOnlyWithItsEvidenceAndOnlyOverTheVersionRead() throws Exception {
        long id = raise(LocalDate.of(2020, 5, 4), false, List.of(action("Share the number", "2020-06-01"))).get(0);

        update(officer, id, null, change("done", "Shared by e-mail", null)).then().statusCode(428);
        update(officer, id, "\"0\"", change("done", null, null)).then().statusCode(400)
                .body("errors[0].field", equalTo("evidence")).body("errors[0].rule", equalTo("required"));
        update(officer, id, "\"0\"", change("in-progress", null, "2020-06-01")).then().statusCode(400)
                .body("errors[0].field", equalTo("closedOn")).body("errors[0].rule", equalTo("not-allowed"));
        update(Tokens.officer(other), id, "\"0\"", change("in-progress", null, null)).then().statusCode(404);
        update(Tokens.boardMember(own), id, "\"0\"", change("in-progress", null, null)).then().statusCode(403);

        List<Response> answers = Race.of(2, n -> update(officer, id, "\"0\"",
                change("done", "The number of care leavers at university was shared by e-mail (" + n + ")",
                        "2020-05-29")));
        assertThat(Race.statuses(answers)).containsExactlyInAnyOrder(200, 412);

        Contract.as(officer).get("/api/v1/actions-arising/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("done")).body("closedOn", equalTo("2020-05-29"))
                .body("late", equalTo(false));
        Contract.as(Tokens.admin()).queryParam("entityType", "action-arising")
                .queryParam("entityId", String.valueOf(id)).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", contains("update", "create"))
                .body("items[0].before.status", equalTo("open"))
                .body("items[0].after.status", equalTo("done"));
    }

    @Test
    void shouldPageThroughChangesInTheOrderTheyWereMadeWithANextLink() {
        String authority = ScratchAuthority.create(ActionArisingResourceTest.class).code();
        String theirOfficer = Tokens.officer(authority);
        List<Long> ids = raise(authority, BoardBusiness.board(authority), LocalDate.of(2020, 9, 7), false,
                List.of(action("First", null), action("Second", null), action("Third", null)));

        List<Long> seen = new ArrayList<>();
        Response page = Contract.as(theirOfficer).queryParam("authority", authority).queryParam("limit", 2)
                .get("/api/v1/actions-arising");
        page.then().statusCode(200).body("items", hasSize(2));
        seen.addAll(page.jsonPath().getList("items.id", Long.class));
        String link = page.header("Link");
        assertThat(link).startsWith("</api/v1/actions-arising?").endsWith(">; rel=\"next\"")
                .contains("authority=" + authority).contains("limit=2").contains("after=" + page.jsonPath()
                        .getString("next"));
        Response last = Contract.as(theirOfficer).queryParam("authority", authority).queryParam("limit", 2)
                .queryParam("after", page.jsonPath().getString("next")).get("/api/v1/actions-arising");
        last.then().statusCode(200).body("items", hasSize(1)).body("next", nullValue());
        assertThat(last.header("Link")).isNull();
        seen.addAll(last.jsonPath().getList("items.id", Long.class));
        assertThat(seen).containsExactlyElementsOf(ids);

        String since = page.jsonPath().getString("items[1].updatedAt");
        update(theirOfficer, ids.get(0), "\"0\"", change("in-progress", null, null)).then().statusCode(200);
        Contract.as(theirOfficer).queryParam("authority", authority).queryParam("modifiedSince", since)
                .get("/api/v1/actions-arising").then().statusCode(200)
                .body("items.id", contains(ids.get(2).intValue(), ids.get(0).intValue()))
                .body("deleted", empty());
        Contract.as(theirOfficer).queryParam("after", "not a cursor").get("/api/v1/actions-arising").then()
                .statusCode(400).body("errors[0].field", equalTo("after"));
        Contract.badRequestAs(theirOfficer).queryParam("modifiedSince", "yesterday").get("/api/v1/actions-arising").then()
                .statusCode(400).body("errors[0].field", equalTo("modifiedSince"));
    }
}
