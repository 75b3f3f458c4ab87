package org.promise.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Race;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/** Meetings and their parts: who may read and write them, the rules of each, sync and the calendar feed. */
@QuarkusTest
class MeetingResourceTest {

    private static final String EXEMPT_TITLE = "Placement of a named child";
    private static final String EXEMPT_SECRET = "The child's placement has broken down twice this year";

    private static ScratchAuthority own;
    private static ScratchAuthority other;
    private static String officer;
    private static long board;

    @BeforeAll
    static void createAuthorities() {
        own = ScratchAuthority.create(MeetingResourceTest.class);
        other = ScratchAuthority.create(MeetingResourceTest.class);
        officer = own.officer();
        board = own.board();
    }

    static Map<String, Object> meeting(long board, String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("board", board);
        body.put("kind", "committee");
        body.put("title", "Corporate Parenting Board");
        body.put("date", date);
        body.put("startTime", "18:00");
        body.put("venue", "Council Chamber");
        body.put("status", "scheduled");
        return body;
    }

    static Map<String, Object> item(Integer number, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("title", title);
        body.put("description", "What the board is asked to do about " + title);
        body.put("exempt", false);
        return body;
    }

    static Map<String, Object> exemptItem(Integer number) {
        Map<String, Object> body = item(number, EXEMPT_TITLE);
        body.put("description", EXEMPT_SECRET);
        body.put("exempt", true);
        body.put("exemptParagraph", 1);
        body.put("exemptReason", "Information relating to an individual");
        body.put("papers", List.of(Map.of("title", EXEMPT_SECRET + " (report)")));
        return body;
    }

    private static JsonPath create(String token, Map<String, Object> body) {
        return Contract.as(token).contentType("application/json").body(body).post("/api/v1/meetings")
                .then().statusCode(201).extract().jsonPath();
    }

    private static long addItem(long meeting, Map<String, Object> body) {
        return Contract.as(officer).contentType("application/json").body(body)
                .post("/api/v1/meetings/" + meeting + "/agenda-items").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static String etag(long meeting) {
        return Contract.anonymous().get("/api/v1/meetings/" + meeting).header("ETag");
    }

    /** A meeting with a public item and an exempt one, and a declaration on each; its id. */
    private static long meetingWithAnExemptItem(String date) {
        long meeting = create(officer, meeting(board, date)).getLong("id");
        long open = addItem(meeting, item(1, "Performance report"));
        long exempt = addItem(meeting, exemptItem(2));
        declare(meeting, open, "Councillor Chair", "A relative is a foster carer");
        declare(meeting, exempt, "Councillor Member", EXEMPT_SECRET + " (interest)");
        return meeting;
    }

    private static void declare(long meeting, Long item, String member, String interest) {
        Map<String, Object> body = new HashMap<>(Map.of("memberName", member, "kind", "non-registerable",
                "interest", interest));
        body.put("agendaItem", item);
        Contract.as(officer).contentType("application/json").body(body)
                .post("/api/v1/meetings/" + meeting + "/declarations").then().statusCode(201);
    }

    @Test
    void shouldAddAMeetingOfTheBoardsAuthorityWithItsLocationAndETag() {
        Response created = Contract.as(officer).contentType("application/json").body(meeting(board, "2090-01-09"))
                .post("/api/v1/meetings");
        created.then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("authority", equalTo(own.code())).body("authorityName", equalTo(own.name()))
                .body("board.id", equalTo((int) board)).body("startTime", equalTo("18:00"))
                .body("agendaItems", empty()).body("quorum.required", equalTo(3))
                .body("quorum.met", nullValue()).body("minutesApprovedBy", nullValue());
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/api/v1/meetings/" + id);
        Contract.anonymous().get("/api/v1/meetings/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("title", equalTo("Corporate Parenting Board"));
    }

    @Test
    void shouldShowAnExemptItemInFullOnlyToTheAuthoritysInsiders() {
        long meeting = meetingWithAnExemptItem("2090-02-10");
        for (String insider : List.of(officer, Tokens.boardMember(own.code()), Tokens.admin())) {
            String body = Contract.as(insider).get("/api/v1/meetings/" + meeting).then().statusCode(200)
                    .body("agendaItemCount", equalTo(2))
                    .body("agendaItems.find { it.number == 2 }.description", equalTo(EXEMPT_SECRET))
                    .body("declarations", org.hamcrest.Matchers.hasSize(2)).extract().asString();
            assertThat(body).contains(EXEMPT_SECRET);
        }
        List<String> outsiders = java.util.Arrays.asList(null, Tokens.analyst(own.code()), Tokens.officer(other.code()),
                Tokens.boardMember(other.code()), Tokens.partner("partner-" + own.code(), own.code()));
        for (String outsider : outsiders) {
            Response answer = (outsider == null ? Contract.anonymous() : Contract.as(outsider))
                    .get("/api/v1/meetings/" + meeting);
            // The count is of the items the caller sees in full, as in the list.
            answer.then().statusCode(200)
                    .body("agendaItemCount", equalTo(1))
                    .body("agendaItems.find { it.number == 2 }.title", equalTo(EXEMPT_TITLE))
                    .body("agendaItems.find { it.number == 2 }.exemptParagraph", equalTo(1))
                    .body("agendaItems.find { it.number == 2 }.exemptReason",
                            equalTo("Information relating to an individual"))
                    .body("agendaItems.find { it.number == 2 }.description", nullValue())
                    .body("agendaItems.find { it.number == 2 }.papers", empty())
                    .body("declarations.memberName", contains("Councillor Chair"));
            assertThat(answer.asString()).doesNotContain(EXEMPT_SECRET);
        }
    }

    @Test
    void shouldNeverPutAnExemptItemInTheCalendarWhoeverAsks() {
        long meeting = meetingWithAnExemptItem("2090-03-11");
        for (String token : java.util.Arrays.asList(null, officer, Tokens.admin())) {
            Response calendar = (token == null ? Contract.anonymous() : Contract.as(token))
                    .accept("text/calendar").queryParam("authority", own.code()).get("/api/v1/meetings/calendar.ics");
            calendar.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/calendar"));
            String text = calendar.asString().replace("\r\n ", "");
            assertThat(text).contains("UID:meeting-" + meeting + "@promise", "1. Performance report",
                    "DTSTART;TZID=Europe/London:20900311T180000");
            assertThat(text).doesNotContain(EXEMPT_TITLE).doesNotContain(EXEMPT_SECRET);
        }
    }

    @Test
    void shouldKeepACancelledMeetingInTheCalendarAsCancelled() {
        Map<String, Object> body = meeting(board, "2090-04-12");
        body.put("status", "cancelled");
        body.put("cancelledReason", "Not quorate");
        long meeting = create(officer, body).getLong("id");
        String text = Contract.anonymous().accept("text/calendar").queryParam("authority", own.code())
                .get("/api/v1/meetings/calendar.ics").then().statusCode(200).extract().asString();
        int event = text.indexOf("UID:meeting-" + meeting + "@promise");
        assertThat(text.substring(event, text.indexOf("END:VEVENT", event))).contains("STATUS:CANCELLED");
    }

    @Test
    void shouldNameEachBrokenFieldAndRuleOfAMeeting() {
        Map<String, Object> body = meeting(board, "2090-05-13");
        body.put("startTime", "6pm");
        Contract.badRequestAs(officer).contentType("application/json").body(body).post("/api/v1/meetings")
                .then().statusCode(400).body("errors.field", contains("startTime"))
                .body("errors.rule", contains("pattern"));

        body = meeting(board, "2090-05-13");
        body.put("status", "cancelled");
        body.put("closeTime", "17:00");
        Contract.as(officer).contentType("application/json").body(body).post("/api/v1/meetings")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("cancelledReason", "closeTime"))
                .body("errors.find { it.field == 'cancelledReason' }.rule", equalTo("required"))
                .body("errors.find { it.field == 'closeTime' }.rule", equalTo("range"));

        body = meeting(board, "2090-05-13");
        body.put("status", "minutes-approved");
        Contract.as(officer).contentType("application/json").body(body).post("/api/v1/meetings")
                .then().statusCode(400).body("errors.field", contains("status"))
                .body("errors.rule", contains("set-by-resolution"));

        Contract.as(officer).contentType("application/json").body(meeting(987_654_321L, "2090-05-13"))
                .post("/api/v1/meetings").then().statusCode(400).body("errors.field", contains("board"))
                .body("errors.rule", contains("unknown"));
    }

    @Test
    void shouldLetOnlyTheAuthoritysOfficersAndAdministratorsWrite() {
        Contract.anonymous().contentType("application/json").body(meeting(board, "2090-06-14"))
                .post("/api/v1/meetings").then().statusCode(401);
        Contract.as(Tokens.boardMember(own.code())).contentType("application/json").body(meeting(board, "2090-06-14"))
                .post("/api/v1/meetings").then().statusCode(403);
        Contract.as(Tokens.officer(other.code())).contentType("application/json")
                .body(meeting(board, "2090-06-14")).post("/api/v1/meetings").then().statusCode(403);
        long meeting = create(Tokens.admin(), meeting(board, "2090-06-14")).getLong("id");
        Contract.as(Tokens.officer(other.code())).header("If-Match", "\"0\"").contentType("application/json")
                .body(meeting(board, "2090-06-15")).put("/api/v1/meetings/" + meeting).then().statusCode(403);
        Contract.as(Tokens.officer(other.code())).contentType("application/json").body(item(1, "Not mine"))
                .post("/api/v1/meetings/" + meeting + "/agenda-items").then().statusCode(403);
    }

    @Test
    void shouldChangeAMeetingOnlyWithTheCurrentETagAndLetOneOfTwoWritersWin() throws Exception {
        long meeting = create(officer, meeting(board, "2090-07-16")).getLong("id");
        Map<String, Object> changed = meeting(board, "2090-07-17");
        Contract.badRequestAs(officer).contentType("application/json").body(changed)
                .put("/api/v1/meetings/" + meeting).then().statusCode(428);
        // "*" names no version, and a weak tag is not the version's (RFC 9110 compares If-Match strongly).
        Contract.as(officer).header("If-Match", "*").contentType("application/json").body(changed)
                .put("/api/v1/meetings/" + meeting).then().statusCode(428)
                .body("detail", containsString("names no version"));
        Contract.as(officer).header("If-Match", "W/\"0\"").contentType("application/json").body(changed)
                .put("/api/v1/meetings/" + meeting).then().statusCode(412);
        List<Response> answers = Race.of(2, n -> {
            Map<String, Object> body = meeting(board, "2090-07-1" + (7 + n));
            return Contract.as(officer).header("If-Match", "\"0\"").contentType("application/json").body(body)
                    .put("/api/v1/meetings/" + meeting);
        });
        assertThat(Race.statuses(answers)).containsExactlyInAnyOrder(200, 412);
        String kept = answers.stream().filter(answer -> answer.statusCode() == 200).findFirst().orElseThrow()
                .jsonPath().getString("date");
        Contract.anonymous().get("/api/v1/meetings/" + meeting).then().body("date", equalTo(kept))
                .header("ETag", equalTo("\"1\""));
    }

    @Test
    void shouldNumberItemsAddedAtOnceInTurn() throws Exception {
        long meeting = create(officer, meeting(board, "2090-07-18")).getLong("id");
        List<Response> added = Race.of(4, n -> Contract.as(officer).contentType("application/json")
                .body(item(null, "Item " + n)).post("/api/v1/meetings/" + meeting + "/agenda-items"));
        assertThat(Race.statuses(added)).containsOnly(201);
        assertThat(added.stream().map(answer -> answer.jsonPath().getInt("number"))).containsExactlyInAnyOrder(1, 2,
                3, 4);
        Contract.anonymous().get("/api/v1/meetings/" + meeting).then().header("ETag", equalTo("\"4\""));
    }

    @Test
    void shouldKeepTheMinutesApprovedStatusForTheResolution() {
        long meeting = create(officer, meeting(board, "2090-07-20")).getLong("id");
        Map<String, Object> body = meeting(board, "2090-07-20");
        body.put("status", "minutes-approved");
        Contract.as(officer).header("If-Match", "\"0\"").contentType("application/json").body(body)
                .put("/api/v1/meetings/" + meeting).then().statusCode(400)
                .body("errors.rule", contains("set-by-resolution"));
        body.put("board", board + 1);
        body.put("status", "held");
        Contract.as(officer).header("If-Match", "\"0\"").contentType("application/json").body(body)
                .put("/api/v1/meetings/" + meeting).then().statusCode(400)
                .body("errors.field", contains("board")).body("errors.rule", contains("immutable"));
    }

    @Test
    void shouldRecordAttendanceWithItsQuorumAndItsRules() {
        long meeting = create(officer, meeting(board, "2090-08-17")).getLong("id");
        long chair = Contract.anonymous().get("/api/v1/boards/" + board).jsonPath()
                .getLong("members.find { it.role == 'chair' }.id");
        Map<String, Object> substitute = new HashMap<>(Map.of("name", "Councillor A. Nawaz", "capacity", "substitute",
                "presence", "present", "voting", true));
        Map<String, Object> attendance = Map.of("entries", List.of(
                Map.of("name", "Councillor Chair", "capacity", "member", "presence", "present", "voting", true,
                        "boardMember", chair),
                substitute,
                Map.of("name", "Councillor Member", "capacity", "member", "presence", "apologies", "voting", true),
                Map.of("name", "S. Smith", "capacity", "officer", "presence", "present", "voting", false,
                        "roleTitle", "Interim Director, Children's Social Work")));
        Contract.as(officer).header("If-Match", etag(meeting)).contentType("application/json").body(attendance)
                .put("/api/v1/meetings/" + meeting + "/attendance").then().statusCode(400)
                .body("errors.field", contains("entries[1].substituteFor"))
                .body("errors.rule", contains("required"));

        substitute.put("substituteFor", "Councillor Member");
        Contract.as(officer).header("If-Match", etag(meeting)).contentType("application/json").body(attendance)
                .put("/api/v1/meetings/" + meeting + "/attendance").then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("attendance.name", contains("Councillor Chair", "Councillor A. Nawaz", "Councillor Member",
                        "S. Smith"))
                .body("attendance[0].boardMember", equalTo((int) chair))
                .body("attendance[1].substituteFor", equalTo("Councillor Member"))
                .body("quorum.votingPresent", equalTo(2)).body("quorum.met", equalTo(false))
                .body("quorum.message", equalTo("Not quorate: 2 voting members present, the quorum is 3."));

        Contract.as(officer).header("If-Match", "\"0\"").contentType("application/json").body(attendance)
                .put("/api/v1/meetings/" + meeting + "/attendance").then().statusCode(412);
        Map<String, Object> stranger = Map.of("entries", List.of(Map.of("name", "Someone", "capacity", "member",
                "presence", "present", "voting", true, "boardMember", 987_654_321L),
                Map.of("name", "An officer", "capacity", "officer", "presence", "present", "voting", false,
                        "substituteFor", "Councillor Member")));
        Contract.as(officer).header("If-Match", etag(meeting)).contentType("application/json").body(stranger)
                .put("/api/v1/meetings/" + meeting + "/attendance").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("entries[0].boardMember", "entries[1].substituteFor"))
                .body("errors.rule", containsInAnyOrder("unknown", "not-allowed"));
        Contract.as(Tokens.admin()).queryParam("entityType", "attendance").queryParam("entityId", String.valueOf(meeting))
                .get("/api/v1/audit").then().statusCode(200).body("items.action", contains("update"))
                .body("items[0].before.entries", empty())
                .body("items[0].after.entries.name", hasItem("Councillor A. Nawaz"));
        // A meeting with attendance is the board's record: it is cancelled, never removed.
        Contract.as(officer).header("If-Match", etag(meeting)).delete("/api/v1/meetings/" + meeting)
                .then().statusCode(409).body("title", equalTo("Its state does not allow this"))
                .body("detail", not(matchesPattern("(?s).*\\d{4}-\\d{2}-\\d{2}.*")));
    }

    @Test
    void shouldNameEachBrokenRuleOfAnAgendaItem() {
        long meeting = create(officer, meeting(board, "2090-09-18")).getLong("id");
        Map<String, Object> body = exemptItem(1);
        body.put("exemptParagraph", 9);
        body.put("exemptReason", " ");
        body.put("indicators", List.of("NO_SUCH_INDICATOR"));
        body.put("actionItems", List.of(987_654_321L));
        body.put("papers", List.of(Map.of("title", "A paper", "report", 987_654_321L)));
        Contract.badRequestAs(officer).contentType("application/json").body(body)
                .post("/api/v1/meetings/" + meeting + "/agenda-items").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("exemptParagraph", "exemptReason", "indicators[0]",
                        "actionItems[0]", "papers[0].report"))
                .body("errors.find { it.field == 'exemptParagraph' }.rule", equalTo("range"))
                .body("errors.find { it.field == 'exemptReason' }.rule", equalTo("required"))
                .body("errors.find { it.field == 'indicators[0]' }.rule", equalTo("unknown"));
        Map<String, Object> open = item(1, "Public item");
        open.put("exemptParagraph", 3);
        Contract.as(officer).contentType("application/json").body(open)
                .post("/api/v1/meetings/" + meeting + "/agenda-items").then().statusCode(400)
                .body("errors.field", contains("exemptParagraph")).body("errors.rule", contains("not-allowed"));
        addItem(meeting, item(null, "First"));
        Contract.as(officer).contentType("application/json").body(item(1, "Same number"))
                .post("/api/v1/meetings/" + meeting + "/agenda-items").then().statusCode(409)
                .body("title", equalTo("It exists already"));
        Contract.as(officer).contentType("application/json").body(item(null, "Numbered after the last"))
                .post("/api/v1/meetings/" + meeting + "/agenda-items").then().statusCode(201)
                .body("number", equalTo(2));
        Contract.as(officer).contentType("application/json")
                .body(Map.of("agendaItem", 987_654_321L, "memberName", "Councillor Chair", "kind", "other-registerable",
                        "interest", "Governor of a school"))
                .post("/api/v1/meetings/" + meeting + "/declarations").then().statusCode(400)
                .body("errors.field", contains("agendaItem")).body("errors.rule", contains("unknown"));
    }

    @Test
    void shouldChangeAnItemWithItsOwnVersionAndMoveTheMeetingsVersion() {
        long meeting = create(officer, meeting(board, "2090-10-19")).getLong("id");
        long item = addItem(meeting, item(1, "Draft title"));
        Contract.anonymous().get("/api/v1/meetings/" + meeting).then().header("ETag", equalTo("\"1\""));
        Map<String, Object> changed = item(1, "Final title");
        Contract.badRequestAs(officer).contentType("application/json").body(changed).put("/api/v1/agenda-items/" + item)
                .then().statusCode(428);
        Contract.as(officer).header("If-Match", "\"0\"").contentType("application/json").body(changed)
                .put("/api/v1/agenda-items/" + item).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Final title"));
        Contract.as(officer).header("If-Match", "\"0\"").contentType("application/json").body(item(1, "Lost"))
                .put("/api/v1/agenda-items/" + item).then().statusCode(412);
        Contract.anonymous().get("/api/v1/meetings/" + meeting).then().header("ETag", equalTo("\"2\""))
                .body("agendaItems[0].title", equalTo("Final title"));
    }

    @Test
    void shouldTellSyncClientsWhatChangedAndWhatWentPageByPage() {
        Instant before = Instant.now().minusMillis(1);
        long first = create(officer, meeting(board, "2091-01-01")).getLong("id");
        long second = create(officer, meeting(board, "2091-01-02")).getLong("id");
        long third = create(officer, meeting(board, "2091-01-03")).getLong("id");
        long item = addItem(first, item(1, "Goes private"));
        Contract.as(officer).header("If-Match", "\"0\"").contentType("application/json").body(exemptItem(1))
                .put("/api/v1/agenda-items/" + item).then().statusCode(200);
        Contract.as(officer).header("If-Match", etag(third)).delete("/api/v1/meetings/" + third)
                .then().statusCode(204);

        Response page = Contract.anonymous().queryParam("authority", own.code())
                .queryParam("modifiedSince", before.toString()).queryParam("limit", 1).get("/api/v1/meetings");
        // The first meeting changed last (its item was made exempt), so it comes after the second.
        page.then().statusCode(200).body("items.id", contains((int) second))
                .body("deleted.find { it.kind == 'meeting' }.id", equalTo((int) third))
                .body("deleted.find { it.kind == 'agenda-item' }.id", equalTo((int) item));
        String link = page.header("Link");
        assertThat(link).endsWith(">; rel=\"next\"").contains("modifiedSince=").contains("after=");
        String next = page.jsonPath().getString("next");
        Response last = Contract.anonymous().queryParam("authority", own.code())
                .queryParam("modifiedSince", before.toString()).queryParam("limit", 1).queryParam("after", next)
                .get("/api/v1/meetings");
        last.then().statusCode(200).body("items.id", contains((int) first)).body("deleted", empty())
                .body("next", nullValue());
        assertThat(last.header("Link")).isNull();

        Contract.anonymous().queryParam("authority", own.code()).queryParam("from", "2091-01-01")
                .queryParam("to", "2091-12-31").get("/api/v1/meetings").then().statusCode(200)
                .body("items.id", contains((int) first, (int) second)).body("deleted", empty());
        Contract.badRequestAs(null).queryParam("after", "not-a-cursor").get("/api/v1/meetings").then()
                .statusCode(400).body("errors.field", contains("after")).body("errors.rule", contains("cursor"));
        Contract.badRequestAs(null).queryParam("modifiedSince", "yesterday").get("/api/v1/meetings").then()
                .statusCode(400).body("errors.field", contains("modifiedSince"));
    }

    @Test
    void shouldListTheMeetingsThatConsideredAnIndicatorThroughItemsTheCallerMaySee() {
        long openMeeting = create(officer, meeting(board, "2092-01-01")).getLong("id");
        Map<String, Object> open = item(1, "Care leavers in education");
        open.put("indicators", List.of("CL_EET_1921"));
        addItem(openMeeting, open);
        long privateMeeting = create(officer, meeting(board, "2092-02-01")).getLong("id");
        Map<String, Object> exempt = exemptItem(1);
        exempt.put("indicators", List.of("CL_EET_1921"));
        addItem(privateMeeting, exempt);

        Contract.anonymous().queryParam("authority", own.code()).queryParam("indicator", "CL_EET_1921")
                .get("/api/v1/meetings").then().statusCode(200).body("items.id", contains((int) openMeeting))
                .body("items[0].agendaItemCount", equalTo(1));
        Contract.as(officer).queryParam("authority", own.code()).queryParam("indicator", "CL_EET_1921")
                .get("/api/v1/meetings").then().statusCode(200)
                .body("items.id", contains((int) openMeeting, (int) privateMeeting));
        Contract.anonymous().get("/api/v1/meetings/" + openMeeting).then()
                .body("agendaItems[0].indicators.code", contains("CL_EET_1921"));
    }

    @Test
    void shouldNameAnInternalOnlyIndicatorAndADraftReportOnlyToThoseWhoMaySeeThem() {
        Map<String, Object> report = new HashMap<>(Map.of("authority", own.code(), "type", "annual-fostering",
                "title", "Fostering annual report, not yet published", "periodCovered", "2022-23",
                "author", "Head of Fostering", "recommendations", List.of("Note the report"), "visibility", "public"));
        long draft = Contract.as(officer).contentType("application/json").body(report).post("/api/v1/reports")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long meeting = create(officer, meeting(board, "2094-01-01")).getLong("id");
        Map<String, Object> fostering = item(1, "Fostering");
        fostering.put("indicators", List.of("FOST_PLACES", "FOST_WITHDRAWN"));
        fostering.put("papers", List.of(Map.of("title", "Fostering annual report", "report", draft)));
        addItem(meeting, fostering);

        // FOST_WITHDRAWN is internal-only: the public and analysts see no figure of it, so not its name either.
        String analyst = Tokens.analyst(own.code());
        List<Supplier<RequestSpecification>> outsiders = List.of(Contract::anonymous, () -> Contract.as(analyst));
        for (Supplier<RequestSpecification> outsider : outsiders) {
            outsider.get().get("/api/v1/meetings/" + meeting).then().statusCode(200)
                    .body("agendaItems[0].indicators.code", contains("FOST_PLACES"))
                    .body("agendaItems[0].papers[0].report", nullValue());
            outsider.get().queryParam("indicator", "FOST_WITHDRAWN").get("/api/v1/meetings").then()
                    .statusCode(200).body("items", empty());
            outsider.get().queryParam("report", draft).get("/api/v1/meetings").then()
                    .statusCode(200).body("items", empty());
        }
        Contract.as(other.officer()).queryParam("report", draft).get("/api/v1/meetings").then()
                .statusCode(200).body("items", empty());
        Contract.as(officer).get("/api/v1/meetings/" + meeting).then().statusCode(200)
                .body("agendaItems[0].indicators.code", containsInAnyOrder("FOST_PLACES", "FOST_WITHDRAWN"))
                .body("agendaItems[0].papers[0].report.id", equalTo((int) draft));
        Contract.as(officer).queryParam("indicator", "FOST_WITHDRAWN").get("/api/v1/meetings").then()
                .statusCode(200).body("items.id", hasItem((int) meeting));
        Contract.as(officer).queryParam("report", draft).get("/api/v1/meetings").then()
                .statusCode(200).body("items.id", contains((int) meeting));
    }

    @Test
    void shouldRemoveOnlyWhatIsNotYetTheRecordAndAuditEveryChange() {
        long meeting = create(officer, meeting(board, "2093-01-01")).getLong("id");
        long item = addItem(meeting, item(1, "Entered in error"));
        declare(meeting, item, "Councillor Chair", "Entered in error too");
        long declaration = Contract.anonymous().get("/api/v1/meetings/" + meeting).jsonPath()
                .getLong("declarations[0].id");
        Contract.as(officer).delete("/api/v1/declarations/" + declaration).then().statusCode(204);
        Contract.as(officer).delete("/api/v1/agenda-items/" + item).then().statusCode(428);
        Contract.as(officer).header("If-Match", "\"0\"").delete("/api/v1/agenda-items/" + item)
                .then().statusCode(204);
        Contract.as(officer).header("If-Match", etag(meeting)).delete("/api/v1/meetings/" + meeting)
                .then().statusCode(204);
        Contract.anonymous().get("/api/v1/meetings/" + meeting).then().statusCode(404);

        Contract.as(Tokens.admin()).queryParam("entityType", "meeting").queryParam("entityId", String.valueOf(meeting))
                .get("/api/v1/audit").then().statusCode(200).body("items.action", contains("delete", "create"))
                .body("items.actorName", hasItem("officer." + own.code()));
        Contract.as(Tokens.admin()).queryParam("entityType", "agenda-item").queryParam("entityId", String.valueOf(item))
                .get("/api/v1/audit").then().statusCode(200).body("items.action", contains("delete", "create"));
        Contract.as(Tokens.admin()).queryParam("entityType", "declaration")
                .queryParam("entityId", String.valueOf(declaration)).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", contains("delete", "create"))
                .body("items[1].after.interest", equalTo("Entered in error too"));
    }

    @Test
    void shouldAnswerNotFoundForAnExemptItemOfAnotherAuthority() {
        long meeting = meetingWithAnExemptItem("2093-02-01");
        long exempt = Contract.as(officer).get("/api/v1/meetings/" + meeting).jsonPath()
                .getLong("agendaItems.find { it.exempt }.id");
        Contract.as(Tokens.officer(other.code())).header("If-Match", "\"0\"").contentType("application/json")
                .body(exemptItem(2)).put("/api/v1/agenda-items/" + exempt).then().statusCode(404)
                .body("detail", not(org.hamcrest.Matchers.containsString(EXEMPT_TITLE)));
        Contract.anonymous().queryParam("authority", "E09999999").accept("text/calendar")
                .get("/api/v1/meetings/calendar.ics").then().statusCode(404);
    }
}
