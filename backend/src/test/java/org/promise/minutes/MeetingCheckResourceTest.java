package org.promise.minutes;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.promise.support.BoardBusiness;
import org.promise.support.Contract;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/** The checks on a meeting as stored, and what of them reaches whom. */
@QuarkusTest
class MeetingCheckResourceTest {

    @Test
    void shouldFlagTheSlipsOfAMeetingShowingThePublicThoseThatProtectItsAccess() {
        String own = ScratchAuthority.create(MeetingCheckResourceTest.class).code();
        long board = BoardBusiness.board(own);
        long july = BoardBusiness.meeting(own, board, LocalDate.of(2018, 7, 2), "held");
        long september = BoardBusiness.meeting(own, board, LocalDate.of(2018, 9, 3), "held",
                LocalDate.of(2018, 8, 29), LocalDate.of(2018, 1, 8));
        long minutes = BoardBusiness.item(september, 8, "Minutes");
        BoardBusiness.item(september, 9, "A child's placement", true, null);
        BoardBusiness.resolve(Tokens.officer(own), minutes, Map.of(
                "text", "That the minutes of the meeting held on 3 September 2018 be approved",
                "kind", "approve-minutes", "vote", "unanimous", "approvesMinutesOf", "2018-09-03",
                "approvesMeeting", july)).then().statusCode(201);
        String checks = "/api/v1/meetings/" + september + "/checks";

        Contract.as(Tokens.boardMember(own)).get(checks).then().statusCode(200)
                .body("meeting.id", equalTo((int) september))
                .body("warnings.rule", contains("agenda-published-late", "exempt-without-paragraph",
                        "exclusion-resolution-missing", "minutes-date-mismatch", "next-meeting-in-past",
                        "next-meeting-not-in-programme"))
                .body("warnings[0].message", equalTo("The agenda was published on 29 August 2018, 2 clear working"
                        + " days before the meeting on 3 September 2018; it should be published at least five clear"
                        + " working days before."))
                .body("warnings[3].agendaItem.number", equalTo(8));
        // The exempt item's checks name only its number and title, as the printed agenda does: they are the
        // public's protection. The mismatch quotes a draft resolution and waits for approval.
        Contract.anonymous().get(checks).then().statusCode(200)
                .body("warnings.rule", contains("agenda-published-late", "exempt-without-paragraph",
                        "exclusion-resolution-missing", "next-meeting-in-past", "next-meeting-not-in-programme"));
        Contract.anonymous().get("/api/v1/meetings/" + Long.MAX_VALUE + "/checks").then().statusCode(404);
    }
}
