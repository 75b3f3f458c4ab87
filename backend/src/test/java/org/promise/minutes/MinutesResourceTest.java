package org.promise.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.promise.support.BoardBusiness.approving;
import static org.promise.support.BoardBusiness.resolve;

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
import org.promise.support.Tokens;

/** Minutes in versions, drafts for insiders, approval by a later meeting's resolution, corrections with a reason. */
@QuarkusTest
class MinutesResourceTest {

    private static BoardBusiness.Setting given;

    @BeforeAll
    static void createAuthorities() {
        given = BoardBusiness.Setting.of(MinutesResourceTest.class);
    }

    static Response writeMinute(String token, long item, String ifMatch, Map<String, Object> body) {
        var request = Contract.as(token).contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/agenda-items/" + item + "/minutes");
    }

    static Map<String, Object> minute(String text) {
        return new HashMap<>(Map.of("text", text));
    }

    @Test
    void shouldKeepEveryVersionAndAskForTheLatestOnceThereIsOne() {
        long meeting = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2021, 1, 11), "held");
        long item = BoardBusiness.item(meeting, 1, "Quarterly Performance Report");

        writeMinute(given.officer(), item, "\"1\"", minute("Too soon")).then().statusCode(412);
        writeMinute(given.officer(), item, null, minute("The report was presented.")).then().statusCode(200)
                .header("ETag", "\"1\"").body("versionNo", equalTo(1))
                .body("writtenBy", equalTo("officer." + given.own()))
                .body("correctionReason", nullValue());
        writeMinute(given.officer(), item, null, minute("Again")).then().statusCode(428);
        writeMinute(given.officer(), item, "\"1\"", minute("The report was presented and noted.")).then()
                .statusCode(200)
                .header("ETag", "\"2\"").body("versionNo", equalTo(2));
        writeMinute(given.officer(), item, "\"1\"", minute("Over an old version")).then().statusCode(412);

        Contract.as(Tokens.boardMember(given.own())).get("/api/v1/agenda-items/" + item + "/minutes/versions")
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("items.versionNo", contains(1, 2))
                .body("items.text", contains("The report was presented.", "The report was presented and noted."));
        Contract.as(Tokens.admin()).queryParam("entityType", "minute").queryParam("entityId", String.valueOf(item))
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.action", contains("update", "create"))
                .body("items[0].before.versionNo", equalTo(1))
                .body("items[0].after.versionNo", equalTo(2));
    }

    @Test
    void shouldLetOneOfTwoWritersQuotingTheSameVersionWin() throws Exception {
        long meeting = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2021, 2, 8), "held");
        long item = BoardBusiness.item(meeting, 1, "Work Programme");
        writeMinute(given.officer(), item, null, minute("First draft")).then().statusCode(200);

        List<Response> answers = Race.of(2,
                n -> writeMinute(given.officer(), item, "\"1\"", minute("Draft by writer " + n)));

        assertThat(Race.statuses(answers)).containsExactlyInAnyOrder(200, 412);
        Contract.as(given.officer()).get("/api/v1/agenda-items/" + item + "/minutes/versions").then()
                .body("items", hasSize(2));
    }

    @Test
    void shouldShowDraftsToInsidersOnlyAndApprovedMinutesOfPublicItemsToEveryone() {
        long earlier = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2021, 3, 1), "held");
        long publicItem = BoardBusiness.item(earlier, 1, "Fostering Service Annual Report");
        long exemptItem = BoardBusiness.item(earlier, 2, "A child's placement", true, 1);
        writeMinute(given.officer(), publicItem, null, minute("The report was noted.")).then().statusCode(200);
        writeMinute(given.officer(), exemptItem, null, minute("Secret placement minute")).then().statusCode(200);
        resolve(given.officer(), exemptItem, Map.of("text", "Secret placement resolution", "kind", "decision",
                "vote", "unanimous")).then().statusCode(201);
        String minutes = "/api/v1/meetings/" + earlier + "/minutes";

        for (String outsider : new String[] {null, Tokens.officer(given.other()), Tokens.analyst(given.own()),
                Tokens.partner("partner-" + given.own(), given.own())}) {
            String body = (outsider == null ? Contract.anonymous() : Contract.as(outsider)).get(minutes)
                    .then().statusCode(200).body("approved", equalTo(false)).body("items", empty())
                    .extract().asString();
            assertThat(body).doesNotContain("noted").doesNotContain("Secret");
        }
        Contract.as(Tokens.boardMember(given.own())).get(minutes).then().statusCode(200)
                .body("items.minute.text", contains("The report was noted.", "Secret placement minute"))
                .body("items[1].resolutions.text", contains("Secret placement resolution"));

        long later = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2021, 4, 12), "held");
        long minutesItem = BoardBusiness.item(later, 1, "Minutes");
        long approval = resolve(given.officer(), minutesItem, approving(earlier, LocalDate.of(2021, 3, 1)))
                .then().statusCode(201).body("approvesMeeting.id", equalTo((int) earlier))
                .body("approvesMeeting.status", equalTo("minutes-approved"))
                .extract().jsonPath().getLong("id");

        assertThat(BoardBusiness.status(earlier)).isEqualTo("minutes-approved");
        // The approving resolution is in the later meeting's minutes, still draft: only insiders may read it yet.
        Contract.as(Tokens.boardMember(given.own())).get(minutes).then().statusCode(200)
                .body("approvedBy.id", equalTo((int) approval))
                .body("approvedBy.meeting.id", equalTo((int) later))
                .body("approvedBy.agendaItemNumber", equalTo(1));
        String seen = Contract.anonymous().get(minutes).then().statusCode(200)
                .body("approved", equalTo(true))
                .body("approvedBy", nullValue())
                .body("items.agendaItem.title", contains("Fostering Service Annual Report", "A child's placement"))
                .body("items[0].minute.text", equalTo("The report was noted."))
                .body("items[1].agendaItem.exempt", equalTo(true))
                .body("items[1].agendaItem.exemptParagraph", equalTo(1))
                .body("items[1].minute", nullValue())
                .body("items[1].resolutions", empty())
                .extract().asString();
        assertThat(seen).doesNotContain("Secret");
        Contract.anonymous().get("/api/v1/agenda-items/" + exemptItem + "/minutes/versions").then().statusCode(200)
                .body("items", empty());
        Contract.anonymous().get("/api/v1/agenda-items/" + publicItem + "/minutes/versions").then().statusCode(200)
                .body("items.text", contains("The report was noted."));
    }

    @Test
    void shouldTakeOnlyACorrectionThatSaysWhyOnceApproved() {
        long earlier = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2021, 5, 10), "held");
        long item = BoardBusiness.item(earlier, 1, "Adoption Service Report");
        writeMinute(given.officer(), item, null, minute("Draft")).then().statusCode(200);
        Map<String, Object> early = minute("A draft with a reason");
        early.put("correctionReason", "Not needed yet");
        writeMinute(given.officer(), item, "\"1\"", early).then().statusCode(400)
                .body("errors[0].field", equalTo("correctionReason")).body("errors[0].rule", equalTo("not-allowed"));
        long later = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2021, 6, 14), "held");
        resolve(given.officer(), BoardBusiness.item(later, 1, "Minutes"), approving(earlier, LocalDate.of(2021, 5, 10)))
                .then().statusCode(201);

        writeMinute(given.officer(), item, "\"1\"", minute("Changed after approval")).then().statusCode(400)
                .body("errors[0].field", equalTo("correctionReason")).body("errors[0].rule", equalTo("required"));
        Map<String, Object> blank = minute("Changed with a blank reason");
        blank.put("correctionReason", "   ");
        writeMinute(given.officer(), item, "\"1\"", blank).then().statusCode(400)
                .body("errors[0].field", equalTo("correctionReason")).body("errors[0].rule", equalTo("required"));
        Map<String, Object> correction = minute("The Adoption Service Report was noted.");
        correction.put("correctionReason", "The report's name was misspelt, as the meeting of 14 June 2021 noted");
        writeMinute(given.officer(), item, "\"1\"", correction).then().statusCode(200).header("ETag", "\"2\"")
                .body("correctionReason", equalTo(correction.get("correctionReason")));

        Contract.anonymous().get("/api/v1/agenda-items/" + item + "/minutes/versions").then().statusCode(200)
                .body("items.text", contains("Draft", "The Adoption Service Report was noted."))
                .body("items[1].correctionReason", equalTo(correction.get("correctionReason")));
        resolve(given.officer(), item, Map.of("text", "Too late", "kind", "decision", "vote", "unanimous"))
                .then().statusCode(409).body("title", equalTo("Its state does not allow this"));
    }

    @Test
    void shouldRecordMinutesAndResolutionsOnlyAtAMeetingThatWasHeld() {
        Map<String, Object> decision = Map.of("text", "Too soon", "kind", "decision", "vote", "unanimous");
        for (String status : List.of("scheduled", "agenda-published", "cancelled")) {
            long meeting = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2097, 6, 3), status);
            long item = BoardBusiness.item(meeting, 1, "Virtual School Report");
            writeMinute(given.officer(), item, null, minute("Too soon")).then().statusCode(409)
                    .body("title", equalTo("Its state does not allow this"))
                    .body("detail", containsString("3 June 2097"));
            resolve(given.officer(), item, decision).then().statusCode(409)
                    .body("detail", containsString("3 June 2097"));
            assertThat(BoardBusiness.count("select count(*) from minute_version where agenda_item_id = ?", item))
                    .isZero();
        }
    }

    @Test
    void shouldAnswerAnotherAuthoritysWritesToAnExemptItemAsIfItWereNotThere() {
        long meeting = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2021, 12, 6), "held");
        long exempt = BoardBusiness.item(meeting, 2, "A child's placement", true, 1);
        writeMinute(Tokens.officer(given.other()), exempt, null, minute("Not mine")).then().statusCode(404);
        resolve(Tokens.officer(given.other()), exempt,
                Map.of("text", "Not mine", "kind", "decision", "vote", "unanimous")).then().statusCode(404);
        writeMinute(Tokens.boardMember(given.own()), exempt, null, minute("Members do not write minutes")).then()
                .statusCode(403);
    }

    @Test
    void shouldApproveOnlyAHeldEarlierMeetingOfTheSameBoardAndOnlyOnce() {
        long held = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2021, 7, 5), "held");
        long scheduled = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2021, 7, 12), "scheduled");
        long approving = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2021, 9, 6), "held");
        long item = BoardBusiness.item(approving, 1, "Minutes");
        long otherBoard = BoardBusiness.meeting(given.own(), BoardBusiness.board(given.own()),
                LocalDate.of(2021, 7, 1), "held");
        long elsewhere = BoardBusiness.meeting(given.other(), BoardBusiness.board(given.other()),
                LocalDate.of(2021, 7, 1), "held");

        resolve(given.officer(), item, approving(scheduled, LocalDate.of(2021, 7, 12))).then().statusCode(400)
                .body("errors[0].field", equalTo("approvesMeeting"))
                .body("errors[0].rule", equalTo("not-approvable"));
        resolve(given.officer(), item, approving(otherBoard, LocalDate.of(2021, 7, 1))).then().statusCode(400)
                .body("errors[0].rule", equalTo("not-approvable"));
        resolve(given.officer(), item, approving(elsewhere, LocalDate.of(2021, 7, 1))).then().statusCode(400)
                .body("errors[0].rule", equalTo("unknown"));
        long later = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2021, 10, 4), "held");
        resolve(given.officer(), item, approving(later, LocalDate.of(2021, 10, 4))).then().statusCode(400)
                .body("errors[0].rule", equalTo("not-approvable"));
        resolve(given.officer(), item, approving(held, LocalDate.of(2021, 7, 5))).then().statusCode(201);
        resolve(given.officer(), BoardBusiness.item(approving, 2, "Minutes again"),
                approving(held, LocalDate.of(2021, 7, 5)))
                .then().statusCode(409);

        assertThat(BoardBusiness.status(scheduled)).isEqualTo("scheduled");
        assertThat(BoardBusiness.status(held)).isEqualTo("minutes-approved");
        Contract.as(Tokens.admin()).queryParam("entityType", "meeting").queryParam("entityId", String.valueOf(held))
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.before.status", contains("held"))
                .body("items.after.status", contains("minutes-approved"));
    }

    @Test
    void shouldRefuseOutsidersTheirWrites() {
        long meeting = BoardBusiness.meeting(given.own(), given.board(), LocalDate.of(2021, 11, 8), "held");
        long item = BoardBusiness.item(meeting, 1, "Virtual School Report");
        writeMinute(Tokens.officer(given.other()), item, null, minute("Not mine")).then().statusCode(403);
        writeMinute(Tokens.boardMember(given.own()), item, null, minute("Members do not write minutes")).then()
                .statusCode(403);
        Contract.anonymous().contentType("application/json").body(minute("Anonymous"))
                .put("/api/v1/agenda-items/" + item + "/minutes").then().statusCode(401);
        resolve(Tokens.officer(given.other()), item,
                Map.of("text", "Not mine", "kind", "decision", "vote", "unanimous"))
                .then().statusCode(403);
        writeMinute(given.officer(), Long.MAX_VALUE, null, minute("Nowhere")).then().statusCode(404);
        assertThat(BoardBusiness.count("select count(*) from minute_version where agenda_item_id = ?", item))
                .isZero();
    }
}
