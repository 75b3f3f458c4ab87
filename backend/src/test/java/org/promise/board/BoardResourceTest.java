package org.promise.board;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/** Boards are public to read and changed by administrators only. */
@QuarkusTest
class BoardResourceTest {

    private static ScratchAuthority own;
    private static long board;

    @BeforeAll
    static void createBoard() {
        own = ScratchAuthority.create(BoardResourceTest.class);
        board = own.board();
    }

    private static Map<String, Object> member(String name, String role, boolean voting) {
        return new HashMap<>(Map.of("name", name, "role", role, "voting", voting));
    }

    private static Map<String, Object> input(List<Map<String, Object>> members, Integer quorum) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Corporate Parenting Board", "vacancies", 1,
                "members", members, "advisors", List.of("Interim Director, Children's Social Work")));
        body.put("quorum", quorum);
        return body;
    }

    @Test
    void shouldShowTheBoardToAnyoneWithoutSigningIn() {
        ScratchAuthority own = ScratchAuthority.create(BoardResourceTest.class);
        long board = own.board();
        Contract.anonymous().queryParam("authority", own.code()).get("/api/v1/boards").then().statusCode(200)
                .body("items.id", contains((int) board))
                .body("items[0].authorityName", equalTo(own.name()))
                .body("items[0].members.name", contains("Councillor Chair", "Councillor Member", "Young person"))
                .body("items[0].members[2].role", equalTo("co-opted"))
                .body("items[0].members[2].termFrom", nullValue())
                .body("items[0].votingMembers", equalTo(2))
                .body("items[0].quorum", equalTo(3)).body("items[0].quorumStated", equalTo(true));
        Contract.anonymous().get("/api/v1/boards/" + board).then().statusCode(200).header("ETag", equalTo("\"0\""));
        Contract.anonymous().get("/api/v1/boards/987654321").then().statusCode(404);
    }

    @Test
    void shouldLetOnlyAdministratorsChangeABoardKeepingTheIdsOfMembersWhoStay() {
        JsonPath before = Contract.anonymous().get("/api/v1/boards/" + board).jsonPath();
        long member = before.getLong("members.find { it.name == 'Councillor Member' }.id");
        String tag = "\"" + before.getLong("version") + "\"";
        Map<String, Object> vice = member("Councillor Member", "vice-chair", true);
        vice.put("termFrom", "2023-05-01");
        vice.put("termTo", "2024-05-01");
        Map<String, Object> body = input(List.of(member("Councillor New", "chair", true), vice), null);

        Contract.as(Tokens.officer(own.code())).header("If-Match", tag).contentType("application/json").body(body)
                .put("/api/v1/boards/" + board).then().statusCode(403);
        Contract.badRequestAs(Tokens.admin()).contentType("application/json").body(body)
                .put("/api/v1/boards/" + board).then().statusCode(428);
        Contract.as(Tokens.admin()).header("If-Match", tag).contentType("application/json").body(body)
                .put("/api/v1/boards/" + board).then().statusCode(200)
                .body("members.name", contains("Councillor New", "Councillor Member"))
                .body("members.find { it.name == 'Councillor Member' }.id", equalTo((int) member))
                .body("members[1].termTo", equalTo("2024-05-01"))
                .body("quorum", nullValue()).body("quorumStated", equalTo(false))
                .body("advisors", contains("Interim Director, Children's Social Work"));
        Contract.as(Tokens.admin()).header("If-Match", tag).contentType("application/json").body(body)
                .put("/api/v1/boards/" + board).then().statusCode(412);
        Contract.as(Tokens.admin()).queryParam("entityType", "board").queryParam("entityId", String.valueOf(board))
                .get("/api/v1/audit").then().statusCode(200).body("items.action", contains("update"))
                .body("items[0].before.quorum", equalTo(3));
    }

    @Test
    void shouldNameEachBrokenRuleOfABoard() {
        Map<String, Object> coOpted = member("Young person", "co-opted", true);
        Map<String, Object> backwards = member("Councillor Backwards", "member", true);
        backwards.put("termFrom", "2024-05-01");
        backwards.put("termTo", "2023-05-01");
        String tag = Contract.anonymous().get("/api/v1/boards/" + board).header("ETag");
        Contract.as(Tokens.admin()).header("If-Match", tag).contentType("application/json")
                .body(input(List.of(coOpted, backwards, member("Young person", "member", true)), 3))
                .put("/api/v1/boards/" + board).then().statusCode(400)
                .body("errors.field", contains("members[0].voting", "members[1].termTo", "members[0].name",
                        "members[2].name"))
                .body("errors.rule", contains("co-opted-votes", "range", "unique", "unique"));
    }

    @Test
    void shouldHaveOneChairAndOneViceChair() {
        ScratchAuthority own = ScratchAuthority.create(BoardResourceTest.class);
        long board = own.board();
        String tag = Contract.anonymous().get("/api/v1/boards/" + board).header("ETag");
        Contract.as(Tokens.admin()).header("If-Match", tag).contentType("application/json")
                .body(input(List.of(member("Councillor Chair", "chair", true), member("Councillor Two", "chair", true),
                        member("Councillor Vice", "vice-chair", true), member("Councillor Four", "vice-chair", true)),
                        3))
                .put("/api/v1/boards/" + board).then().statusCode(400)
                .body("errors.field", contains("members[1].role", "members[3].role"))
                .body("errors.rule", contains("unique", "unique"));
    }

    @Test
    void shouldKeepAMemberWhomAMeetingsAttendanceNames() {
        ScratchAuthority own = ScratchAuthority.create(BoardResourceTest.class);
        long board = own.board();
        JsonPath before = Contract.anonymous().get("/api/v1/boards/" + board).jsonPath();
        long member = before.getLong("members.find { it.name == 'Councillor Member' }.id");
        Map<String, Object> meeting = new HashMap<>(Map.of("board", board, "kind", "committee",
                "title", "Corporate Parenting Board", "date", "2019-03-04", "status", "held"));
        long id = Contract.as(own.officer()).contentType("application/json").body(meeting).post("/api/v1/meetings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> attendee = new HashMap<>(Map.of("name", "Councillor Member", "capacity", "member",
                "presence", "present", "voting", true, "boardMember", member));
        Contract.as(own.officer()).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("entries", List.of(attendee))).put("/api/v1/meetings/" + id + "/attendance").then()
                .statusCode(200);
        String tag = "\"" + before.getLong("version") + "\"";
        Contract.as(Tokens.admin()).header("If-Match", tag).contentType("application/json")
                .body(input(List.of(member("Councillor Chair", "chair", true)), 3))
                .put("/api/v1/boards/" + board).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("Councillor Member"));
        Map<String, Object> left = member("Councillor Member", "member", true);
        left.put("termTo", "2019-05-01");
        Contract.as(Tokens.admin()).header("If-Match", tag).contentType("application/json")
                .body(input(List.of(member("Councillor Chair", "chair", true), left), 3))
                .put("/api/v1/boards/" + board).then().statusCode(200);
        Contract.anonymous().get("/api/v1/meetings/" + id).then().body("attendance[0].boardMember",
                equalTo((int) member));
    }
}
