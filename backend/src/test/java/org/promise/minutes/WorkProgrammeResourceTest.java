package org.promise.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
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

/** The work programme by meeting, moves that keep their history, and what is due and late. */
@QuarkusTest
class WorkProgrammeResourceTest {

    private static String own;
    private static String officer;
    private static long board;

    @BeforeAll
    static void createAuthority() {
        own = ScratchAuthority.create(WorkProgrammeResourceTest.class).code();
        officer = Tokens.officer(own);
        board = BoardBusiness.board(own);
    }

    private static Map<String, Object> item(String title, Long meeting, String status) {
        return item(own, title, meeting, status);
    }

    private static Map<String, Object> item(String authority, String title, Long meeting, String status) {
        Map<String, Object> body = new HashMap<>(Map.of("authority", authority, "startYear", 2019, "title", title,
                "status", status));
        body.put("meeting", meeting);
        return body;
    }

    private static long create(Map<String, Object> body) {
        return Contract.as(Tokens.officer((String) body.get("authority"))).contentType("application/json").body(body)
                .post("/api/v1/work-programme/items").then().statusCode(201).header("ETag", "\"0\"")
                .extract().jsonPath().getLong("id");
    }

    private static Response move(long id, String ifMatch, Map<String, Object> body) {
        return Contract.as(officer).contentType("application/json").header("If-Match", ifMatch).body(body)
                .post("/api/v1/work-programme/items/" + id + "/moves");
    }

    @Test
    void shouldLayTheYearOutByMeetingWithTheUnplacedAndTheLate() {
        String authority = ScratchAuthority.create(WorkProgrammeResourceTest.class).code();
        long board = BoardBusiness.board(authority);
        long july = BoardBusiness.meeting(authority, board, LocalDate.of(2019, 7, 1), "held");
        long empty = BoardBusiness.meeting(authority, board, LocalDate.of(2019, 11, 4), "cancelled");
        long april = BoardBusiness.meeting(authority, board, LocalDate.of(2020, 4, 6), "held");
        BoardBusiness.meeting(authority, board, LocalDate.of(2020, 5, 11), "held");
        long next = BoardBusiness.meeting(authority, board, LocalDate.of(2098, 6, 2), "scheduled");
        create(item(authority, "Fostering Service Annual report", july, "considered"));
        long late = create(item(authority, "Virtual School Annual report", april, "planned"));
        create(item(authority, "Health of children in care", null, "proposed"));
        long due = create(item(authority, "Sufficiency strategy, far ahead", next, "planned"));

        Contract.anonymous().queryParam("authority", authority).queryParam("year", 2019).get("/api/v1/work-programme")
                .then().statusCode(200)
                .body("year", equalTo("2019/20"))
                .body("startYear", equalTo(2019))
                .body("meetings.meeting.id", contains((int) july, (int) empty, (int) april, (int) next))
                .body("meetings[0].items.title", contains("Fostering Service Annual report"))
                .body("meetings[1].items", empty())
                .body("meetings[1].meeting.status", equalTo("cancelled"))
                .body("unscheduled.title", contains("Health of children in care"))
                .body("late.id", contains((int) late))
                .body("nextMeeting.id", equalTo((int) next))
                .body("dueAtNextMeeting.id", contains((int) due));
        Contract.anonymous().queryParam("authority", authority).queryParam("year", 2020).get("/api/v1/work-programme")
                .then().statusCode(200).body("meetings", hasSize(1)).body("unscheduled", empty());
        Contract.anonymous().queryParam("authority", "E06999999").get("/api/v1/work-programme")
                .then().statusCode(404);
    }

    @Test
    void shouldMoveAnItemOnlyByAMoveThatKeepsItsHistory() throws Exception {
        long november = BoardBusiness.meeting(own, board, LocalDate.of(2019, 11, 18), "scheduled");
        long april = BoardBusiness.meeting(own, board, LocalDate.of(2020, 4, 20), "scheduled");
        long id = create(item("Placement Sufficiency Strategy", november, "planned"));

        Contract.as(officer).contentType("application/json").header("If-Match", "\"0\"")
                .body(item("Placement Sufficiency Strategy", april, "planned"))
                .put("/api/v1/work-programme/items/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("meeting")).body("errors[0].rule", equalTo("use-move"));
        Contract.as(officer).contentType("application/json").header("If-Match", "\"0\"")
                .body(item("Placement Sufficiency Strategy 2023-26", november, "proposed"))
                .put("/api/v1/work-programme/items/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("Placement Sufficiency Strategy 2023-26"));
        move(id, "\"1\"", Map.of("toMeeting", november, "reason", "Stays")).then().statusCode(400)
                .body("errors[0].rule", equalTo("unchanged"));

        List<Response> answers = Race.of(2, n -> move(id, "\"1\"",
                Map.of("toMeeting", april, "reason", "Moved to April by writer " + n)));
        assertThat(Race.statuses(answers)).containsExactlyInAnyOrder(200, 412);
        move(id, "\"2\"", Map.of("reason", "Taken off the programme for now")).then().statusCode(200)
                .header("ETag", "\"3\"").body("meeting", nullValue());

        Contract.anonymous().get("/api/v1/work-programme/items/" + id).then().statusCode(200)
                .body("moves.from.id", contains((int) november, (int) april))
                .body("moves[0].to.id", equalTo((int) april))
                .body("moves[1].to", nullValue())
                .body("moves[1].reason", equalTo("Taken off the programme for now"))
                .body("moves[0].resolution", nullValue());
        Contract.as(Tokens.boardMember(own)).contentType("application/json").header("If-Match", "\"3\"")
                .body(Map.of("toMeeting", april, "reason", "Members do not move items"))
                .post("/api/v1/work-programme/items/" + id + "/moves").then().statusCode(403);
    }

    @Test
    void shouldRefuseAMeetingOrAResolutionOfAnotherAuthority() {
        String other = ScratchAuthority.create(WorkProgrammeResourceTest.class).code();
        long theirs = BoardBusiness.meeting(other, BoardBusiness.board(other), LocalDate.of(2019, 9, 2), "held");
        Contract.as(officer).contentType("application/json").body(item("Elsewhere", theirs, "planned"))
                .post("/api/v1/work-programme/items").then().statusCode(400)
                .body("errors[0].field", equalTo("meeting")).body("errors[0].rule", equalTo("unknown"));
        long id = create(item("Here", null, "planned"));
        move(id, "\"0\"", Map.of("toMeeting", theirs, "reason", "Elsewhere")).then().statusCode(400)
                .body("errors[0].field", equalTo("toMeeting"));
        Contract.as(Tokens.officer(other)).contentType("application/json").body(item("Not theirs", null, "planned"))
                .post("/api/v1/work-programme/items").then().statusCode(403);
    }

    @Test
    void shouldListChangedItemsForSyncClients() {
        String authority = ScratchAuthority.create(WorkProgrammeResourceTest.class).code();
        List<Long> ids = java.util.stream.IntStream.range(0, 3).mapToObj(n -> Contract.as(Tokens.officer(authority))
                .contentType("application/json").body(Map.of("authority", authority, "startYear", 2019,
                        "title", "Report " + n, "status", "planned"))
                .post("/api/v1/work-programme/items").then().statusCode(201).extract().jsonPath().getLong("id"))
                .toList();
        Response first = Contract.anonymous().queryParam("authority", authority).queryParam("limit", 2)
                .get("/api/v1/work-programme/items");
        first.then().statusCode(200).body("items.id", contains(ids.get(0).intValue(), ids.get(1).intValue()))
                .body("deleted", empty());
        assertThat(first.header("Link")).contains("rel=\"next\"");
        Contract.anonymous().queryParam("authority", authority).queryParam("limit", 2)
                .queryParam("after", first.jsonPath().getString("next")).get("/api/v1/work-programme/items")
                .then().statusCode(200).body("items.id", contains(ids.get(2).intValue()))
                .body("next", nullValue());
        Contract.anonymous().queryParam("authority", authority)
                .queryParam("modifiedSince", first.jsonPath().getString("items[1].updatedAt"))
                .get("/api/v1/work-programme/items").then().statusCode(200)
                .body("items.id", contains(ids.get(2).intValue()));
    }

    private static Map<String, Object> changing(long moved, long toMeeting, String reason, String added, long at) {
        return Map.of("text", "The following changes were made to the work programme", "kind",
                "change-work-programme", "vote", "unanimous",
                "workProgrammeMoves", List.of(Map.of("item", moved, "toMeeting", toMeeting, "reason", reason)),
                "workProgrammeAdditions", List.of(Map.of("title", added, "startYear", 2019, "meeting", at)));
    }

    @Test
    void shouldKeepAResolutionsChangesToTheProgrammeFromThoseWhoMayNotReadItYet() {
        String authority = ScratchAuthority.create(WorkProgrammeResourceTest.class).code();
        String insider = Tokens.officer(authority);
        long board = BoardBusiness.board(authority);
        long june = BoardBusiness.meeting(authority, board, LocalDate.of(2019, 6, 3), "held");
        long september = BoardBusiness.meeting(authority, board, LocalDate.of(2019, 9, 2), "held");
        long november = BoardBusiness.meeting(authority, board, LocalDate.of(2019, 11, 4), "held");
        long inPublic = create(item(authority, "Virtual School Annual report", september, "planned"));
        long inPrivate = create(item(authority, "Health of children in care", september, "planned"));
        BoardBusiness.resolve(insider, BoardBusiness.item(june, 5, "Work programme"),
                changing(inPublic, november, "Moved to November", "Added in public", november))
                .then().statusCode(201);
        BoardBusiness.resolve(insider, BoardBusiness.item(june, 6, "A child's placement", true, 1),
                changing(inPrivate, november, "SECRET-MOVE-REASON", "SECRET-ADDITION", november))
                .then().statusCode(201);
        String programme = "/api/v1/work-programme?authority=" + authority + "&year=2019";
        String items = "/api/v1/work-programme/items?authority=" + authority;

        Contract.as(insider).get(programme).then().statusCode(200)
                .body("meetings[2].items.title", contains("Virtual School Annual report",
                        "Health of children in care", "Added in public", "SECRET-ADDITION"))
                .body("meetings[2].items[1].moves[0].reason", equalTo("SECRET-MOVE-REASON"));
        for (String outsider : List.of(Contract.anonymous().get(programme).asString(),
                Contract.as(Tokens.officer(ScratchAuthority.create(WorkProgrammeResourceTest.class).code()))
                        .get(programme).asString())) {
            // The draft resolution's moves keep their place, without reason or resolution; its additions wait.
            assertThat(outsider).contains("Virtual School Annual report", "Health of children in care")
                    .doesNotContain("Moved to November", "Added in public", "SECRET");
        }
        Contract.anonymous().get(programme).then().statusCode(200)
                .body("meetings[2].items.title", contains("Virtual School Annual report",
                        "Health of children in care"))
                .body("meetings[2].items[0].moves[0].to.id", equalTo((int) november))
                .body("meetings[2].items[0].moves[0].reason", nullValue())
                .body("meetings[2].items[0].moves[0].resolution", nullValue());
        Contract.anonymous().get(items).then().statusCode(200)
                .body("items.title", contains("Virtual School Annual report", "Health of children in care"));
        long addedInPublic = Contract.as(insider).get(items).then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.title == 'Added in public' }.id");
        Contract.anonymous().get("/api/v1/work-programme/items/" + addedInPublic).then().statusCode(404);
        Contract.anonymous().get("/api/v1/work-programme/items/" + inPrivate).then().statusCode(200)
                .body("moves[0].reason", nullValue()).body("moves[0].resolution", nullValue());

        String beforeApproval = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1).toString();
        BoardBusiness.resolve(insider, BoardBusiness.item(september, 1, "Minutes"),
                BoardBusiness.approving(june, LocalDate.of(2019, 6, 3))).then().statusCode(201);

        Contract.anonymous().get(programme).then().statusCode(200)
                .body("meetings[2].items.title", contains("Virtual School Annual report",
                        "Health of children in care", "Added in public"))
                .body("meetings[2].items[0].moves[0].reason", equalTo("Moved to November"))
                .body("meetings[2].items[1].moves[0].reason", nullValue());
        // Approval touches what the resolutions changed, so that sync clients fetch it.
        Contract.anonymous().queryParam("modifiedSince", beforeApproval).get(items).then().statusCode(200)
                .body("items.title", contains("Virtual School Annual report", "Health of children in care",
                        "Added in public"));
    }

    @Test
    void shouldMoveByHandOnlyInTheNameOfAResolutionChangingTheProgrammeWhoseMinutesAreOpen() {
        long july = BoardBusiness.meeting(own, board, LocalDate.of(2019, 7, 8), "held");
        long october = BoardBusiness.meeting(own, board, LocalDate.of(2019, 10, 7), "held");
        long agendaItem = BoardBusiness.item(july, 4, "Work programme");
        long decision = BoardBusiness.resolve(officer, agendaItem, Map.of("text", "A decision", "kind", "decision",
                "vote", "unanimous")).then().statusCode(201).extract().jsonPath().getLong("id");
        long change = BoardBusiness.resolve(officer, agendaItem, Map.of("text", "Changes to the work programme",
                "kind", "change-work-programme", "vote", "unanimous")).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        long moved = create(item("Care leavers' offer", july, "planned"));

        move(moved, "\"0\"", Map.of("toMeeting", october, "reason", "Deferred", "resolution", decision)).then()
                .statusCode(400).body("errors[0].field", equalTo("resolution"))
                .body("errors[0].rule", equalTo("kind"));
        move(moved, "\"0\"", Map.of("toMeeting", october, "reason", "Deferred", "resolution", change)).then()
                .statusCode(200).body("moves[0].resolution.id", equalTo((int) change));
        BoardBusiness.resolve(officer, BoardBusiness.item(october, 1, "Minutes"),
                BoardBusiness.approving(july, LocalDate.of(2019, 7, 8))).then().statusCode(201);
        move(moved, "\"1\"", Map.of("toMeeting", july, "reason", "Back again", "resolution", change)).then()
                .statusCode(409).body("title", equalTo("Its state does not allow this"));
    }
}
