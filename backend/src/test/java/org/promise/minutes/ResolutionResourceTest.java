package org.promise.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.promise.support.BoardBusiness.resolve;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.support.BoardBusiness;
import org.promise.support.Contract;
import org.promise.support.Tokens;

/** A resolution and what it does are recorded together or not at all. */
@QuarkusTest
class ResolutionResourceTest {

    private static BoardBusiness.Setting given;

    @BeforeAll
    static void createAuthorities() {
        given = BoardBusiness.Setting.of(ResolutionResourceTest.class);
    }

    static long workProgrammeItem(String token, String authority, String title, Long meeting) {
        Map<String, Object> body = new HashMap<>(Map.of("authority", authority, "startYear", 2022, "title", title,
                "reportType", "virtual-school", "status", "planned"));
        body.put("meeting", meeting);
        return Contract.as(token).contentType("application/json").body(body).post("/api/v1/work-programme/items")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> withActionsAndAMove(long item, long toMeeting) {
        return new HashMap<>(Map.of("number", 2, "text", "The Virtual School Annual report would be moved to April.",
                "kind", "change-work-programme", "vote", "recorded", "votesFor", 5, "abstentions", 1,
                "actions", List.of(
                        Map.of("description", "Share the number of care leavers at university",
                                "owner", "Head of Virtual School", "dueDate", "2022-11-14"),
                        Map.of("description", "Invite young people to the next meeting")),
                "workProgrammeMoves", List.of(Map.of("item", item, "toMeeting", toMeeting,
                        "reason", "The Virtual School Annual report would be moved to April."))));
    }

    private static long rows(String table, String column, long id) {
        return BoardBusiness.count("select count(*) from " + table + " where " + column + " = ?", id);
    }

    @Test
    void shouldRecordTheResolutionItsActionsAndItsMoveTogether() {
        long september = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2022, 9, 5), "held");
        long november = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2022, 11, 14), "scheduled");
        long april = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2023, 4, 3), "scheduled");
        long agendaItem = BoardBusiness.item(september, 12, "Work Programme 2022/23");
        long planned = workProgrammeItem(given.officer(), given.own(), "Virtual School Annual report", november);

        long resolution = resolve(given.officer(), agendaItem, withActionsAndAMove(planned, april))
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/meetings/" + september + "/minutes"))
                .body("number", equalTo(2))
                .body("vote", equalTo("recorded"))
                .body("votesFor", equalTo(5)).body("votesAgainst", equalTo(0)).body("abstentions", equalTo(1))
                .body("actions.description", contains("Share the number of care leavers at university",
                        "Invite young people to the next meeting"))
                .body("actions.status", contains("open", "open"))
                .body("workProgrammeMoves", hasSize(1))
                .body("workProgrammeMoves[0].from.id", equalTo((int) november))
                .body("workProgrammeMoves[0].to.id", equalTo((int) april))
                .body("workProgrammeMoves[0].resolution.meeting.id", equalTo((int) september))
                .body("workProgrammeMoves[0].resolution.agendaItemNumber", equalTo(12))
                .extract().jsonPath().getLong("id");

        // The minutes are drafts: the public sees the move, not the resolution that made it.
        Contract.anonymous().get("/api/v1/work-programme/items/" + planned).then().statusCode(200)
                .body("meeting.id", equalTo((int) april))
                .body("moves[0].resolution", nullValue())
                .body("moves[0].reason", nullValue());
        Contract.as(given.officer()).get("/api/v1/work-programme/items/" + planned).then().statusCode(200)
                .body("moves.resolution.id", contains((int) resolution))
                .body("moves.movedBy", contains("officer." + given.own()));
        Contract.as(given.officer()).get("/api/v1/meetings/" + september + "/minutes").then().statusCode(200)
                .body("items[0].resolutions.id", contains((int) resolution))
                .body("items[0].resolutions[0].actions", hasSize(2));
        Contract.as(Tokens.admin()).queryParam("entityType", "resolution")
                .queryParam("entityId", String.valueOf(resolution)).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", contains("create"))
                .body("items[0].after.actions", hasSize(2));
        Contract.as(Tokens.admin()).queryParam("entityType", "work-programme-item")
                .queryParam("entityId", String.valueOf(planned)).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", contains("update", "create"))
                .body("items[0].before.meeting.id", equalTo((int) november))
                .body("items[0].after.meeting.id", equalTo((int) april));
    }

    @Test
    void shouldLeaveNothingBehindWhenAPartIsRefused() {
        long september = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2022, 9, 12), "held");
        long april = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2023, 4, 17), "scheduled");
        long agendaItem = BoardBusiness.item(september, 12, "Work Programme 2022/23");
        long planned = workProgrammeItem(given.officer(), given.own(), "Health of children in care", null);
        long theirs = workProgrammeItem(Tokens.officer(given.other()), given.other(), "Their report", null);
        Map<String, Object> body = withActionsAndAMove(planned, april);
        // The actions and the first move are written before the second move is refused.
        body.put("workProgrammeMoves", List.of(
                Map.of("item", planned, "toMeeting", april, "reason", "Moved to April"),
                Map.of("item", theirs, "reason", "Not ours to move")));

        resolve(given.officer(), agendaItem, body)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("workProgrammeMoves[1].item"))
                .body("errors[0].rule", equalTo("unknown"));

        assertThat(rows("resolution", "agenda_item_id", agendaItem)).isZero();
        assertThat(BoardBusiness.count("select count(*) from action_arising where authority_code = ?"
                + " and description = 'Invite young people to the next meeting' and resolution_id in"
                + " (select id from resolution where agenda_item_id = ?)", given.own(), agendaItem)).isZero();
        assertThat(rows("work_programme_move", "item_id", planned)).isZero();
        Contract.anonymous().get("/api/v1/work-programme/items/" + planned).then().statusCode(200)
                .body("meeting", nullValue()).body("version", equalTo(0));
        Contract.as(Tokens.admin()).queryParam("entityType", "work-programme-item")
                .queryParam("entityId", String.valueOf(planned)).get("/api/v1/audit").then()
                .body("items.action", contains("create"));
    }

    @Test
    void shouldUndoTheActionsWhenTheApprovalLosesToAnother() {
        long july = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2022, 7, 4), "held");
        long september = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2022, 9, 19), "held");
        long first = BoardBusiness.item(september, 8, "Minutes");
        long second = BoardBusiness.item(september, 9, "Minutes, again");
        Map<String, Object> approval = new HashMap<>(Map.of("text", "That the minutes be approved",
                "kind", "approve-minutes", "vote", "unanimous", "approvesMeeting", july,
                "actions", List.of(Map.of("description", "Sign the minutes"))));
        resolve(given.officer(), first, approval).then().statusCode(201);

        resolve(given.officer(), second, approval).then().statusCode(409);

        assertThat(rows("resolution", "agenda_item_id", second)).isZero();
        assertThat(BoardBusiness.count("select count(*) from action_arising a join resolution r"
                + " on r.id = a.resolution_id where r.agenda_item_id in (?, ?)", first, second)).isEqualTo(1);
    }

    @Test
    void shouldHoldTheVoteTheKindAndTheNumberToTheirRules() {
        long meeting = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2022, 10, 3), "held");
        long item = BoardBusiness.item(meeting, 9, "Future Governance of Corporate Parenting Board");
        resolve(given.officer(), item, Map.of("text", "Counted", "kind", "decision", "vote", "recorded"))
                .then().statusCode(400).body("errors[0].field", equalTo("votesFor"))
                .body("errors[0].rule", equalTo("required"));
        resolve(given.officer(), item,
                Map.of("text", "Unanimous", "kind", "decision", "vote", "unanimous", "votesAgainst", 1))
                .then().statusCode(400).body("errors[0].field", equalTo("votesAgainst"))
                .body("errors[0].rule", equalTo("not-allowed"));
        resolve(given.officer(), item, Map.of("text", "Approve", "kind", "approve-minutes", "vote", "unanimous"))
                .then().statusCode(400).body("errors[0].rule", equalTo("required"));
        resolve(given.officer(), item, Map.of("text", "Note", "kind", "decision", "vote", "unanimous",
                "approvesMinutesOf", "2022-07-04"))
                .then().statusCode(400).body("errors[0].field", equalTo("approvesMinutesOf"));
        long theirReport = Contract.as(Tokens.officer(given.other())).contentType("application/json")
                .body(Map.of("authority", given.other(), "type", "other", "title", "Their report",
                        "visibility", "public"))
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath().getLong("id");
        resolve(given.officer(), item,
                Map.of("text", "Noted", "kind", "note-report", "vote", "unanimous", "notesReport", theirReport))
                .then().statusCode(400).body("errors[0].field", equalTo("notesReport"))
                .body("errors[0].rule", equalTo("unknown"));
        long ourReport = Contract.as(given.officer()).contentType("application/json")
                .body(Map.of("authority", given.own(), "type", "sufficiency",
                        "title", "Placement Sufficiency Strategy", "visibility", "public"))
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath().getLong("id");
        resolve(given.officer(), item, Map.of("number", 1, "text", "That the strategy be noted.",
                "kind", "note-report", "vote", "unanimous", "notesReport", ourReport))
                .then().statusCode(201).body("notesReport.title", equalTo("Placement Sufficiency Strategy"));
        resolve(given.officer(), item, Map.of("number", 1, "text", "Twice", "kind", "decision", "vote", "unanimous"))
                .then().statusCode(409);

        long cancelled = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2022, 10, 10),
                "cancelled");
        resolve(given.officer(), BoardBusiness.item(cancelled, 1, "Apologies"),
                Map.of("text", "Never met", "kind", "decision", "vote", "unanimous"))
                .then().statusCode(409);
    }
}
