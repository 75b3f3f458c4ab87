package org.promise.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.support.BoardBusiness;
import org.promise.support.Contract;
import org.promise.support.Figures;
import org.promise.support.Race;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/** Performance packs through the API: drafting, commentary, freezing, the frozen bytes and what has changed since. */
@QuarkusTest
class PerformancePackResourceTest {

    private static final String PACKS = "/api/v1/performance-packs";
    private static final String YEAR = "2010-11";
    private static ScratchAuthority authority;
    private static ScratchAuthority other;

    @BeforeAll
    static void createAuthorities() {
        authority = ScratchAuthority.create(PerformancePackResourceTest.class);
        other = ScratchAuthority.create(PerformancePackResourceTest.class);
    }

    private static Response draft(String token, String area, String period) {
        return Contract.as(token).contentType("application/json").body(Map.of("authority", area, "period", period))
                .post(PACKS);
    }

    private static long draftOf(ScratchAuthority area, String period) {
        return draft(area.officer(), area.code(), period).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String etag(long pack) {
        return Contract.as(Tokens.admin()).get(PACKS + "/" + pack).then().statusCode(200).extract().header("ETag");
    }

    private static Response freeze(String token, long pack, String etag, Map<String, Object> body) {
        return Contract.as(token).header("If-Match", etag).contentType("application/json").body(body)
                .post(PACKS + "/" + pack + "/freeze");
    }

    private static Response comment(String token, long pack, String indicator, String etag, String text) {
        var request = Contract.as(token).contentType("application/json").body(Map.of("text", text));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.put(PACKS + "/" + pack + "/commentary/" + indicator);
    }

    private static String valueUrl(String indicator, String area, String period) {
        return "/api/v1/indicators/" + indicator + "/values/" + area + "/" + period;
    }

    private static void target(String officer, String indicator, String area, String period, int value) {
        String url = "/api/v1/indicators/" + indicator + "/targets/" + area + "/" + period;
        String etag = Contract.as(officer).get(url).header("ETag");
        var request = Contract.as(officer).contentType("application/json").body(Map.of("value", value));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        request.put(url).then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    private static void revise(String officer, String indicator, String area, String period, int value) {
        String url = valueUrl(indicator, area, period);
        String etag = Contract.as(officer).get(url).then().statusCode(200).extract().header("ETag");
        Contract.as(officer).header("If-Match", etag).contentType("application/json")
                .body(Map.of("value", value, "status", "final")).put(url).then().statusCode(200);
    }

    private static String sha256Hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static Map<String, Object> indicatorIn(JsonPath pack, String code) {
        return pack.getMap("content.priorities.indicators.flatten().find { it.code == '" + code + "' }");
    }

    @Test
    void aFrozenPackKeepsWhatTheBoardSawAndItsChangesNameWhatMovedSince() throws Exception {
        ScratchAuthority area = ScratchAuthority.create(PerformancePackResourceTest.class);
        String code = area.code();
        String officer = area.officer();
        Figures.put(officer, "HLTH_ASSESS", code, "2009-10", 58, null, null, "final");
        Figures.put(officer, "HLTH_ASSESS", code, YEAR, 61, null, null, "final");
        target(officer, "HLTH_ASSESS", code, YEAR, 90);
        Figures.put(officer, "HLTH_DENTAL", code, YEAR, 50, null, null, "final");
        target(officer, "HLTH_DENTAL", code, YEAR, 80);
        Figures.put(officer, "FOST_CONVERSION", code, YEAR, 30, null, null, "final");
        Figures.put(officer, "CL_EET_1921", code, YEAR, 52, null, null, "final");
        target(officer, "FOST_PANEL_QUALITY", code, YEAR, 75);

        long pack = draftOf(area, YEAR);
        JsonPath drafted = Contract.as(officer).get(PACKS + "/" + pack).then().statusCode(200)
                .body("status", equalTo("draft"))
                .body("title", equalTo("Performance pack, 2010-11 (" + area.name() + ")"))
                .body("contentSha256", nullValue())
                .extract().jsonPath();
        Map<String, Object> assess = indicatorIn(drafted, "HLTH_ASSESS");
        assertThat(assess).containsEntry("display", "61%").containsEntry("target", "90%")
                .containsEntry("rag", "red");
        assertThat(drafted.getList("content.exceptions.red.indicator")).contains("HLTH_ASSESS", "HLTH_DENTAL");

        JsonPath frozen = freeze(officer, pack, etag(pack), Map.of()).then().statusCode(200)
                .body("status", equalTo("frozen")).body("frozenBy", notNullValue())
                .extract().jsonPath();
        String sha = frozen.getString("contentSha256");

        revise(officer, "HLTH_ASSESS", code, YEAR, 95);
        target(officer, "HLTH_DENTAL", code, YEAR, 45);
        Contract.as(officer).header("If-Match", Contract.as(officer).get(valueUrl("FOST_CONVERSION", code, YEAR))
                .header("ETag")).delete(valueUrl("FOST_CONVERSION", code, YEAR)).then().statusCode(204);
        String suppressed = valueUrl("CL_EET_1921", code, YEAR);
        Contract.as(officer).header("If-Match", Contract.as(officer).get(suppressed).header("ETag"))
                .contentType("application/json").body(Map.of("symbol", "c", "status", "final")).put(suppressed)
                .then().statusCode(200);
        Figures.put(officer, "FOST_PANEL_QUALITY", code, YEAR, 70, null, null, "final");
        Figures.put(officer, "HLTH_ASSESS", code, "2008-09", 55, null, null, "final");

        JsonPath after = Contract.as(officer).get(PACKS + "/" + pack).then().statusCode(200)
                .body("contentSha256", equalTo(sha)).extract().jsonPath();
        assertThat(indicatorIn(after, "HLTH_ASSESS")).containsEntry("display", "61%").containsEntry("rag", "red");
        assertThat(indicatorIn(after, "FOST_CONVERSION")).containsEntry("display", "30%");

        Response content = Contract.as(officer).get(PACKS + "/" + pack + "/content");
        content.then().statusCode(200).contentType(containsString("application/json"));
        byte[] bytes = content.asByteArray();
        assertThat(sha256Hex(bytes)).isEqualTo(sha);
        assertThat(content.header("Repr-Digest")).isEqualTo("sha-256=:" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(bytes)) + ":");
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains("\"display\":\"61%\"")
                .doesNotContain("\n");

        JsonPath changes = Contract.as(officer).get(PACKS + "/" + pack + "/changes").then().statusCode(200)
                .body("packId", equalTo((int) pack)).extract().jsonPath();
        assertThat(change(changes, "figure-revised", "HLTH_ASSESS", YEAR))
                .containsEntry("before", "61%").containsEntry("after", "95%")
                .containsEntry("words", "The figure for 2010-11 was revised from 61% to 95%.");
        assertThat(change(changes, "rag-changed", "HLTH_ASSESS", YEAR))
                .containsEntry("before", "red").containsEntry("after", "green");
        assertThat(change(changes, "new-figure", "HLTH_ASSESS", "2008-09")).containsEntry("after", "55%");
        assertThat(change(changes, "target-changed", "HLTH_DENTAL", YEAR))
                .containsEntry("before", "80%").containsEntry("after", "45%");
        assertThat(change(changes, "rag-changed", "HLTH_DENTAL", YEAR)).containsEntry("after", "green");
        assertThat(change(changes, "figure-withheld", "FOST_CONVERSION", YEAR)).containsEntry("before", "30%")
                .doesNotContainKey("after");
        assertThat(change(changes, "figure-withheld", "CL_EET_1921", YEAR)).containsEntry("before", "52%")
                .containsEntry("after", "c");
        assertThat(change(changes, "new-figure", "FOST_PANEL_QUALITY", YEAR)).containsEntry("after", "70%");
        assertThat(changes.getList("changes.findAll { it.indicator == 'HLTH_ASSESS' && it.period == '2009-10' }"))
                .as("a figure that did not move is no change").isEmpty();
    }

    private static Map<String, Object> change(JsonPath changes, String kind, String indicator, String period) {
        Map<String, Object> found = changes.getMap("changes.find { it.kind == '" + kind + "' && it.indicator == '"
                + indicator + "' && it.period == '" + period + "' }");
        assertThat(found).as(kind + " of " + indicator + " in " + period + " among " + changes.getList("changes"))
                .isNotNull();
        return found;
    }

    @Test
    void commentaryIsAnOfficersWordsOnAnIndicatorOfTheDraft() {
        String officer = authority.officer();
        Figures.put(officer, "HLTH_ASSESS", authority.code(), "2011-12", 80, null, null, "final");
        long pack = draftOf(authority, "2011-12");
        String etag = etag(pack);

        comment(officer, pack, "HLTH_ASSESS", etag, "  ").then().statusCode(400)
                .body("errors.field", hasItem("text"));
        Contract.badRequestAs(officer).header("If-Match", etag).contentType("application/json")
                .body(Map.of("text", "x".repeat(10_001))).put(PACKS + "/" + pack + "/commentary/HLTH_ASSESS")
                .then().statusCode(400).body("errors.field", hasItem("text"));
        Contract.badRequestAs(officer).header("If-Match", etag).contentType("application/json")
                .body(Map.of("text", "Bell\u0007")).put(PACKS + "/" + pack + "/commentary/HLTH_ASSESS")
                .then().statusCode(400).body("errors.field", hasItem("text"));
        comment(officer, pack, "NO_SUCH_INDICATOR", etag, "Words").then().statusCode(404);
        comment(officer, pack, "HLTH_DENTAL", etag, "Not on this pack's scorecard").then().statusCode(404);
        comment(officer, pack, "HLTH_ASSESS", null, "Words").then().statusCode(428);
        comment(officer, pack, "HLTH_ASSESS", "\"999\"", "Words").then().statusCode(412);
        comment(Tokens.boardMember(authority.code()), pack, "HLTH_ASSESS", etag, "Words").then().statusCode(403);
        comment(other.officer(), pack, "HLTH_ASSESS", etag, "Words").then().statusCode(404);

        Response written = comment(officer, pack, "HLTH_ASSESS", etag, "  Checks are on time again.\nWell done. ");
        written.then().statusCode(200);
        assertThat(written.header("ETag")).isNotEqualTo(etag);
        assertThat(indicatorIn(written.jsonPath(), "HLTH_ASSESS"))
                .containsEntry("commentary", "Checks are on time again.\nWell done.");
        comment(officer, pack, "HLTH_ASSESS", etag, "Overwriting what I have not seen").then().statusCode(412);

        Response removed = Contract.as(officer).header("If-Match", written.header("ETag"))
                .delete(PACKS + "/" + pack + "/commentary/HLTH_ASSESS");
        removed.then().statusCode(200);
        assertThat(indicatorIn(removed.jsonPath(), "HLTH_ASSESS")).doesNotContainKey("commentary");

        String current = comment(officer, pack, "HLTH_ASSESS", removed.header("ETag"), "As presented")
                .then().statusCode(200).extract().header("ETag");
        JsonPath frozen = freeze(officer, pack, current, Map.of()).then().statusCode(200).extract().jsonPath();
        assertThat(indicatorIn(frozen, "HLTH_ASSESS")).containsEntry("commentary", "As presented");
        String frozenTag = etag(pack);
        comment(officer, pack, "HLTH_ASSESS", frozenTag, "Too late").then().statusCode(409)
                .body("type", containsString("not-now"));
        Contract.as(officer).header("If-Match", frozenTag).delete(PACKS + "/" + pack + "/commentary/HLTH_ASSESS")
                .then().statusCode(409);
        freeze(officer, pack, frozenTag, Map.of()).then().statusCode(409);
        Contract.as(officer).header("If-Match", frozenTag).delete(PACKS + "/" + pack).then().statusCode(409);

        Contract.as(Tokens.admin()).queryParam("entityType", "performance-pack")
                .queryParam("entityId", String.valueOf(pack)).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", equalTo(List.of("update", "create", "delete", "create", "create")))
                .body("items[0].after.status", equalTo("frozen"))
                .body("items[0].after.contentSha256", equalTo(frozen.getString("contentSha256")))
                .body("items[1].after.commentary", equalTo("As presented"))
                .body("items[2].before.commentary", equalTo("Checks are on time again.\nWell done."));
    }

    @Test
    void twoFreezesOfOneVersionAtOnceFreezeItOnce() throws Exception {
        long pack = draftOf(authority, "2012-13");
        String etag = etag(pack);
        List<Response> answers = Race.of(2, i -> freeze(authority.officer(), pack, etag, Map.of()));
        List<Integer> statuses = Race.statuses(answers);
        assertThat(statuses).as(answers.get(0).asString() + " / " + answers.get(1).asString())
                .containsOnlyOnce(200);
        assertThat(statuses.stream().filter(status -> status != 200).findFirst().orElseThrow()).isIn(409, 412);
        String sha = answers.stream().filter(answer -> answer.statusCode() == 200).findFirst().orElseThrow()
                .jsonPath().getString("contentSha256");
        Contract.as(authority.officer()).get(PACKS + "/" + pack).then().body("contentSha256", equalTo(sha));
    }

    @Test
    void aPackIsPresentedAtAMeetingOfItsOwnAuthority() {
        String officer = authority.officer();
        long board = BoardBusiness.board(authority.code());
        long meeting = BoardBusiness.meeting(authority.code(), board, LocalDate.of(2014, 6, 2), "held");
        long item = BoardBusiness.item(meeting, 4, "Performance pack");
        long otherMeeting = BoardBusiness.meeting(authority.code(), board, LocalDate.of(2014, 9, 1), "held");
        long otherItem = BoardBusiness.item(otherMeeting, 2, "Another item");
        long cancelled = BoardBusiness.meeting(authority.code(), board, LocalDate.of(2014, 7, 7), "cancelled");
        long theirs = BoardBusiness.meeting(other.code(), BoardBusiness.board(other.code()),
                LocalDate.of(2014, 6, 2), "held");
        long pack = draftOf(authority, "2013-14");
        String etag = etag(pack);

        freeze(officer, pack, etag, Map.of("meetingId", theirs)).then().statusCode(400)
                .body("errors.field", hasItem("meetingId")).body("errors.rule", hasItem("meeting"));
        freeze(officer, pack, etag, Map.of("meetingId", cancelled)).then().statusCode(400)
                .body("errors.field", hasItem("meetingId"));
        freeze(officer, pack, etag, Map.of("meetingId", 987_654_321L)).then().statusCode(400)
                .body("errors.field", hasItem("meetingId"));
        freeze(officer, pack, etag, Map.of("meetingId", meeting, "agendaItemId", otherItem)).then().statusCode(400)
                .body("errors.field", hasItem("agendaItemId"));
        freeze(officer, pack, etag, Map.of("agendaItemId", item)).then().statusCode(400)
                .body("errors.field", hasItem("agendaItemId"));
        assertThat(etag(pack)).as("a refused freeze changes nothing").isEqualTo(etag);

        freeze(officer, pack, etag, Map.of("meetingId", meeting, "agendaItemId", item)).then().statusCode(200)
                .body("presentedAt.meetingId", equalTo((int) meeting))
                .body("presentedAt.meetingDate", equalTo("2014-06-02"))
                .body("presentedAt.agendaItemId", equalTo((int) item))
                .body("presentedAt.agendaItemNumber", equalTo("4"));
        Contract.as(officer).queryParam("meeting", meeting).get(PACKS).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) pack)))
                .body("items[0].presentedAt.agendaItemNumber", equalTo("4"))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("content")));
    }

    @Test
    void theMeetingAndItemAPackWasPresentedAtStayAndTheRefusalNamesThePack() {
        String officer = other.officer();
        long board = BoardBusiness.board(other.code());
        long meeting = BoardBusiness.meeting(other.code(), board, LocalDate.of(2014, 3, 3), "held");
        long item = BoardBusiness.item(meeting, 3, "Performance pack");
        long pack = draftOf(other, "2013-14");
        String title = freeze(officer, pack, etag(pack), Map.of("meetingId", meeting, "agendaItemId", item)).then()
                .statusCode(200).extract().jsonPath().getString("title");
        String keeps = "Performance pack " + pack + ", '" + title + "', was presented at %s and is kept as the record"
                + " of what the board saw: it stays";

        // Items written straight to the database are at version 0.
        Contract.as(officer).header("If-Match", "\"0\"").delete("/api/v1/agenda-items/" + item).then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo(keeps.formatted("this agenda item (item 3)")));
        Contract.as(officer).header("If-Match", meetingTag(officer, meeting)).delete("/api/v1/meetings/" + meeting)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo(keeps.formatted("this meeting")));
        Contract.as(officer).get("/api/v1/meetings/" + meeting).then().statusCode(200)
                .body("agendaItems.id", equalTo(List.of((int) item)));

        // A pack presented at the meeting, under no item, holds the meeting but none of its items.
        long otherMeeting = BoardBusiness.meeting(other.code(), board, LocalDate.of(2014, 6, 2), "held");
        long otherItem = BoardBusiness.item(otherMeeting, 1, "Apologies");
        long otherPack = draftOf(other, "2013-14");
        freeze(officer, otherPack, etag(otherPack), Map.of("meetingId", otherMeeting)).then().statusCode(200);
        Contract.as(officer).header("If-Match", meetingTag(officer, otherMeeting))
                .delete("/api/v1/meetings/" + otherMeeting).then().statusCode(409)
                .body("detail", containsString("Performance pack " + otherPack + ", "));
        Contract.as(officer).header("If-Match", "\"0\"").delete("/api/v1/agenda-items/" + otherItem).then()
                .statusCode(204);
    }

    private static String meetingTag(String token, long meeting) {
        return Contract.as(token).get("/api/v1/meetings/" + meeting).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void aPackIsItsAuthoritysOwn() {
        long pack = draftOf(authority, "2014-15");
        String url = PACKS + "/" + pack;
        Contract.as(Tokens.boardMember(authority.code())).get(url).then().statusCode(200);
        Contract.as(Tokens.admin()).get(url).then().statusCode(200);
        for (String outsider : List.of(other.officer(), Tokens.analyst(authority.code()),
                Tokens.partner("matrix-partner", authority.code()))) {
            Contract.as(outsider).get(url).then().statusCode(404);
            Contract.as(outsider).queryParam("authority", authority.code()).get(PACKS).then().statusCode(200)
                    .body("items", equalTo(List.of()));
        }
        Contract.anonymous().get(url).then().statusCode(401);
        draft(other.officer(), authority.code(), "2014-15").then().statusCode(403);
        draft(Tokens.boardMember(authority.code()), authority.code(), "2014-15").then().statusCode(403);

        Contract.as(authority.officer()).queryParam("authority", authority.code()).queryParam("period", "2014-15")
                .queryParam("status", "draft").get(PACKS).then().statusCode(200)
                .body("items.id", hasItem((int) pack));
        Contract.as(authority.officer()).queryParam("authority", authority.code()).queryParam("status", "frozen")
                .get(PACKS).then().statusCode(200).body("items.id", not(hasItem((int) pack)));

        Contract.as(authority.officer()).get(url + "/content").then().statusCode(409);
        Contract.as(authority.officer()).get(url + "/changes").then().statusCode(409);
        Contract.as(Tokens.boardMember(authority.code())).header("If-Match", etag(pack)).delete(url).then()
                .statusCode(403);
        Contract.as(other.officer()).header("If-Match", etag(pack)).delete(url).then().statusCode(404);
        Contract.as(authority.officer()).delete(url).then().statusCode(428);
        Contract.as(authority.officer()).header("If-Match", etag(pack)).delete(url).then().statusCode(204);
        Contract.as(authority.officer()).get(url).then().statusCode(404);
    }

    @Test
    void aPackIsOfAYearOrQuarterThatHasBegun() {
        String officer = authority.officer();
        draft(officer, authority.code(), "2098-99").then().statusCode(400).body("errors.field", hasItem("period"));
        draft(officer, authority.code(), "2015-03-31").then().statusCode(400).body("errors.field", hasItem("period"));
        draft(officer, authority.code(), "AY2015-16").then().statusCode(400).body("errors.field", hasItem("period"));
        draft(officer, authority.code(), "next year").then().statusCode(400).body("errors.field", hasItem("period"));
        draft(Tokens.admin(), "E12000005", "2015-16").then().statusCode(400).body("errors.field", hasItem("authority"));
        draft(officer, authority.code(), "2015-16-Q3").then().statusCode(201)
                .body("periodLabel", equalTo("2015-16, quarter 3 (October to December 2015)"));
        Contract.as(officer).contentType("application/json")
                .body(Map.of("authority", authority.code(), "period", "2015-16", "title", "  "))
                .post(PACKS).then().statusCode(400).body("errors.field", hasItem("title"));
        Contract.as(officer).contentType("application/json")
                .body(Map.of("authority", authority.code(), "period", "2015-16", "title", "Board pack, March"))
                .post(PACKS).then().statusCode(201).body("title", equalTo("Board pack, March"));
    }
}
