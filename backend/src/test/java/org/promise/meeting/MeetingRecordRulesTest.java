package org.promise.meeting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.promise.support.BoardBusiness.approving;
import static org.promise.support.BoardBusiness.resolve;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.support.BoardBusiness;
import org.promise.support.Contract;

/**
 * The rules that keep a meeting's record whole: approved minutes freeze the meeting's attendance, declarations and
 * agenda; a meeting that transacted business was not cancelled; approval of minutes pins the order of the meetings;
 * attendance counts each voter once; texts hold no control characters; what the public is told about a meeting
 * (its item count, who approved its minutes, what went) matches what it may see.
 */
@QuarkusTest
class MeetingRecordRulesTest {

    private static BoardBusiness.Setting given;

    @BeforeAll
    static void createSetting() {
        given = BoardBusiness.Setting.of(MeetingRecordRulesTest.class);
    }

    /** Two held meetings, the later approving the earlier's minutes; the earlier has an item and a declaration. */
    private record Approved(long meeting, long item, long declaration, long approving, long approvingItem) {
    }

    private static Approved approvedMeeting(LocalDate held, LocalDate approvedAt) {
        long meeting = BoardBusiness.meeting(given.own(), given.board(), held, "held");
        long item = BoardBusiness.item(meeting, 1, "Performance report");
        long declaration = declare(meeting, item).then().statusCode(201).extract().jsonPath().getLong("id");
        long approving = BoardBusiness.meeting(given.own(), given.board(), approvedAt, "held");
        long approvingItem = BoardBusiness.item(approving, 1, "Minutes of the last meeting");
        resolve(given.officer(), approvingItem, numbered(approving(meeting, held))).then().statusCode(201);
        return new Approved(meeting, item, declaration, approving, approvingItem);
    }

    /** The meeting's minutesApprovedBy names the resolution's number (the contract requires it there). */
    private static Map<String, Object> numbered(Map<String, Object> resolution) {
        resolution.put("number", 1);
        return resolution;
    }

    private static io.restassured.response.Response declare(long meeting, long item) {
        return Contract.as(given.officer()).contentType("application/json")
                .body(Map.of("memberName", "Councillor Chair", "kind", "non-registerable",
                        "interest", "A relative is a foster carer", "agendaItem", item))
                .post("/api/v1/meetings/" + meeting + "/declarations");
    }

    private static String etag(long meeting) {
        return Contract.as(given.officer()).get("/api/v1/meetings/" + meeting).header("ETag");
    }

    private static Map<String, Object> meetingOn(String date, String status) {
        Map<String, Object> body = MeetingResourceTest.meeting(given.board(), date);
        body.put("status", status);
        return body;
    }

    private static io.restassured.response.Response replace(long meeting, Map<String, Object> body) {
        return Contract.as(given.officer()).header("If-Match", etag(meeting)).contentType("application/json")
                .body(body).put("/api/v1/meetings/" + meeting);
    }

    private static Map<String, Object> attendee(String name, String capacity, boolean voting) {
        return new HashMap<>(Map.of("name", name, "capacity", capacity, "presence", "present", "voting", voting));
    }

    private static io.restassured.response.Response attendance(long meeting, List<Map<String, Object>> entries) {
        return Contract.as(given.officer()).header("If-Match", etag(meeting)).contentType("application/json")
                .body(Map.of("entries", entries)).put("/api/v1/meetings/" + meeting + "/attendance");
    }

    @Test
    void shouldKeepTheRecordOfAMeetingWhoseMinutesAreApprovedAsItWas() {
        Approved record = approvedMeeting(LocalDate.of(2019, 6, 3), LocalDate.of(2019, 7, 1));
        String approved = "The minutes of 3 June 2019 are approved";
        attendance(record.meeting(), List.of(attendee("Councillor Chair", "member", true))).then().statusCode(409)
                .body("detail", containsString(approved));
        declare(record.meeting(), record.item()).then().statusCode(409).body("detail", containsString(approved));
        Contract.as(given.officer()).delete("/api/v1/declarations/" + record.declaration()).then().statusCode(409);
        Contract.as(given.officer()).contentType("application/json")
                .body(MeetingResourceTest.item(2, "Added afterwards"))
                .post("/api/v1/meetings/" + record.meeting() + "/agenda-items").then().statusCode(409);
        Contract.as(given.officer()).header("If-Match", "\"0\"").contentType("application/json")
                .body(MeetingResourceTest.exemptItem(1)).put("/api/v1/agenda-items/" + record.item()).then()
                .statusCode(409);
        Contract.as(given.officer()).header("If-Match", "\"0\"").delete("/api/v1/agenda-items/" + record.item())
                .then().statusCode(409);
        Contract.anonymous().get("/api/v1/meetings/" + record.meeting()).then().statusCode(200)
                .body("agendaItems[0].exempt", equalTo(false)).body("declarations.size()", equalTo(1));
    }

    @Test
    void shouldKeepAnItemWhoseDeclarationsAreOnTheRecord() {
        long meeting = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2019, 9, 2), "held");
        long item = BoardBusiness.item(meeting, 1, "Fostering service");
        declare(meeting, item).then().statusCode(201);
        Contract.as(given.officer()).header("If-Match", "\"0\"").delete("/api/v1/agenda-items/" + item).then()
                .statusCode(409).body("detail", containsString("declared"));
        Contract.anonymous().get("/api/v1/meetings/" + meeting).then().body("declarations.size()", equalTo(1));
    }

    @Test
    void shouldKeepAMeetingThatTransactedBusinessAndTheOrderThatApprovalGivesMeetings() {
        Approved record = approvedMeeting(LocalDate.of(2019, 10, 7), LocalDate.of(2019, 11, 4));
        Map<String, Object> cancelled = meetingOn("2019-11-04", "cancelled");
        cancelled.put("cancelledReason", "Not quorate");
        replace(record.approving(), cancelled).then().statusCode(409).body("detail", containsString("cannot be"));
        replace(record.approving(), meetingOn("2019-10-07", "held")).then().statusCode(409)
                .body("detail", containsString("7 October 2019"));
        replace(record.meeting(), meetingOn("2019-11-04", "minutes-approved")).then().statusCode(409)
                .body("detail", containsString("4 November 2019"));
        replace(record.meeting(), meetingOn("2019-10-08", "minutes-approved")).then().statusCode(200);
        replace(record.approving(), meetingOn("2019-11-05", "held")).then().statusCode(200);
    }

    @Test
    void shouldCountEachVoterOnceAndOnlyMembersAndSubstitutes() {
        long meeting = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2019, 12, 2), "held");
        Contract.badRequestAs(given.officer()).header("If-Match", etag(meeting)).contentType("application/json")
                .body(Map.of("entries", List.of(attendee("Director of Children's Services", "officer", true))))
                .put("/api/v1/meetings/" + meeting + "/attendance").then().statusCode(400)
                .body("errors[0].field", equalTo("entries[0].voting")).body("errors[0].rule", equalTo("not-allowed"));
        Map<String, Object> substitute = attendee("Councillor Stand-In", "substitute", true);
        substitute.put("substituteFor", "Councillor Chair");
        Contract.badRequestAs(given.officer()).header("If-Match", etag(meeting)).contentType("application/json")
                .body(Map.of("entries", List.of(attendee("Councillor Chair", "member", true), substitute,
                        attendee("councillor chair ", "member", true))))
                .put("/api/v1/meetings/" + meeting + "/attendance").then().statusCode(400)
                .body("errors.field", hasItem("entries[1].substituteFor"))
                .body("errors.rule", hasItem("present"))
                .body("errors.find { it.field == 'entries[2].name' }.rule", equalTo("unique"));
    }

    @Test
    void shouldRefuseControlCharactersInTheMeetingsTexts() {
        Map<String, Object> body = MeetingResourceTest.meeting(given.board(), "2095-01-09");
        body.put("title", "Corporate Parenting Board\u0007");
        body.put("venue", "Council\u0001 Chamber");
        Contract.badRequestAs(given.officer()).contentType("application/json").body(body).post("/api/v1/meetings")
                .then().statusCode(400).body("errors.field", hasItem("title")).body("errors.field", hasItem("venue"))
                .body("errors.rule", not(hasItem(not(equalTo("pattern")))));
        long meeting = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2095, 1, 10), "scheduled");
        Map<String, Object> item = MeetingResourceTest.item(1, "Performance");
        item.put("description", "Line one\r\n\tLine two\u001b");
        Contract.badRequestAs(given.officer()).contentType("application/json").body(item)
                .post("/api/v1/meetings/" + meeting + "/agenda-items").then().statusCode(400)
                .body("errors[0].field", equalTo("description")).body("errors[0].rule", equalTo("pattern"));
        item.put("description", "Line one\r\n\tLine two");
        Contract.as(given.officer()).contentType("application/json").body(item)
                .post("/api/v1/meetings/" + meeting + "/agenda-items").then().statusCode(201);
    }

    @Test
    void shouldKeepTheAgendaBeforeTheMeetingAndTheCloseAfterTheStart() {
        Map<String, Object> body = MeetingResourceTest.meeting(given.board(), "2019-05-10");
        body.put("agendaPublishedOn", "2019-06-30");
        body.put("startTime", null);
        body.put("closeTime", "19:00");
        Contract.badRequestAs(given.officer()).contentType("application/json").body(body).post("/api/v1/meetings")
                .then().statusCode(400)
                .body("errors.find { it.field == 'agendaPublishedOn' }.rule", equalTo("range"))
                .body("errors.find { it.field == 'startTime' }.rule", equalTo("required"));
    }

    @Test
    void shouldTellThePublicOnlyWhatItMaySeeOfAMeeting() {
        long meeting = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2020, 1, 6), "held");
        BoardBusiness.item(meeting, 1, "Performance report");
        BoardBusiness.item(meeting, 2, "A named child", true, 1);
        Contract.anonymous().get("/api/v1/meetings/" + meeting).then().body("agendaItemCount", equalTo(1));
        Contract.as(given.officer()).get("/api/v1/meetings/" + meeting).then().body("agendaItemCount", equalTo(2));

        // Approved at a meeting whose own minutes are still draft: the public may not read that resolution yet.
        long approving = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2020, 2, 3), "held");
        long approvingItem = BoardBusiness.item(approving, 1, "Minutes of the last meeting");
        resolve(given.officer(), approvingItem, numbered(approving(meeting, LocalDate.of(2020, 1, 6))))
                .then().statusCode(201);
        Contract.anonymous().get("/api/v1/meetings/" + meeting).then().body("minutesApprovedBy", nullValue());
        Contract.anonymous().get("/api/v1/meetings/" + meeting + "/minutes").then().body("approvedBy", nullValue());
        Contract.as(given.officer()).get("/api/v1/meetings/" + meeting).then()
                .body("minutesApprovedBy", notNullValue());
        Contract.as(given.officer()).get("/api/v1/meetings/" + meeting + "/minutes").then()
                .body("approvedBy", notNullValue());

        long third = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2020, 3, 2), "held");
        resolve(given.officer(), BoardBusiness.item(third, 1, "Minutes"),
                numbered(approving(approving, LocalDate.of(2020, 2, 3)))).then().statusCode(201);
        Contract.anonymous().get("/api/v1/meetings/" + meeting).then().body("minutesApprovedBy.meeting.id",
                equalTo((int) approving));
        Contract.anonymous().get("/api/v1/meetings/" + meeting + "/minutes").then().body("approvedBy.meeting.id",
                equalTo((int) approving));
    }

    @Test
    void shouldForgetTheTombstoneOfAnItemMadePublicAgain() {
        Instant before = Instant.now().minusMillis(1);
        long meeting = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2096, 1, 8), "scheduled");
        long item = BoardBusiness.item(meeting, 1, "Goes private and back");
        Contract.as(given.officer()).header("If-Match", "\"0\"").contentType("application/json")
                .body(MeetingResourceTest.exemptItem(1)).put("/api/v1/agenda-items/" + item).then().statusCode(200);
        Contract.as(given.officer()).header("If-Match", "\"1\"").contentType("application/json")
                .body(MeetingResourceTest.item(1, "Public again")).put("/api/v1/agenda-items/" + item).then()
                .statusCode(200);
        Contract.anonymous().queryParam("authority", given.own()).queryParam("modifiedSince", before.toString())
                .get("/api/v1/meetings").then().statusCode(200).body("deleted", empty())
                .body("items.find { it.id == " + meeting + " }.agendaItemCount", equalTo(1));
    }

    @Test
    void shouldNameModifiedSinceWhenItIsOutOfRangeOnEverySyncList() {
        for (String list : List.of("/api/v1/meetings", "/api/v1/actions-arising", "/api/v1/work-programme/items")) {
            Contract.badRequestAs(null).queryParam("authority", given.own())
                    .queryParam("modifiedSince", "+999999999-12-31T23:59:59Z").get(list).then().statusCode(400)
                    .body("errors[0].field", equalTo("modifiedSince")).body("errors[0].rule", equalTo("range"));
        }
    }
}
