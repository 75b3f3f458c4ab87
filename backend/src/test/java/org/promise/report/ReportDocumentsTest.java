package org.promise.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
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

/** Reports as documents (decision 34): versions, drafts, search, presented-at, decisions and live citations. */
@QuarkusTest
class ReportDocumentsTest {

    private static final String YEAR = "1997-98";

    private static String own;
    private static String officer;
    private static String other;

    @BeforeAll
    static void createAuthorities() {
        own = ScratchAuthority.create(ReportDocumentsTest.class).publishingItsScorecard().code();
        officer = Tokens.officer(own);
        other = ScratchAuthority.create(ReportDocumentsTest.class).code();
    }

    // --- versions ---------------------------------------------------------------------------------------------

    @Test
    void shouldPublishVersionsAndNeverEditAPublishedReportInPlace() {
        Map<String, Object> first = report("Fostering annual report, as published first");
        first.put("sections", List.of(section("1", "Introduction", paragraph("The service grew."))));
        ExtractableResponse<Response> created = create(officer, first);
        long id = created.jsonPath().getLong("id");
        assertThat(created.jsonPath().getString("status")).isEqualTo("draft");
        assertThat(created.jsonPath().getInt("documentVersion")).isZero();
        assertThat(created.jsonPath().getString("publishedAt")).isNull();
        Contract.as(officer).get(url(id) + "/versions").then().statusCode(200).body("items", empty());

        publish(id).then().statusCode(200)
                .body("status", equalTo("published")).body("documentVersion", equalTo(1))
                .body("publishedAt", notNullValue());
        publish(id).then().statusCode(409)
                .body("type", equalTo("urn:promise:problem:not-now"));

        Contract.as(officer).header("If-Match", etag(id)).contentType("application/json")
                .body(report("Changed in place")).put(url(id))
                .then().statusCode(409).body("type", equalTo("urn:promise:problem:not-now"))
                .body("detail", containsString("publish a new version"));

        Map<String, Object> second = report("Fostering annual report, corrected");
        Contract.badRequestAs(officer).header("If-Match", etag(id)).contentType("application/json")
                .body(second).post(url(id) + "/versions")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        Map<String, Object> elsewhere = new HashMap<>(second);
        elsewhere.put("authority", other);
        elsewhere.put("reason", "Moved");
        Contract.as(Tokens.admin()).header("If-Match", etag(id)).contentType("application/json")
                .body(elsewhere).post(url(id) + "/versions")
                .then().statusCode(400).body("errors[0].field", equalTo("authority"))
                .body("errors[0].rule", equalTo("immutable"));
        second.put("reason", "Table 2 corrected to the year-end figures");
        Contract.as(officer).header("If-Match", etag(id)).contentType("application/json").body(second)
                .post(url(id) + "/versions").then().statusCode(200)
                .body("documentVersion", equalTo(2)).body("title", equalTo("Fostering annual report, corrected"));

        Contract.anonymous().get(url(id) + "/versions").then().statusCode(200)
                .body("items.number", contains(1, 2))
                .body("items.reason", contains(null, "Table 2 corrected to the year-end figures"))
                .body("items[0].publishedBy", nullValue());
        Contract.as(officer).get(url(id) + "/versions").then().statusCode(200)
                .body("items.publishedBy", contains("officer." + own, "officer." + own));
        Contract.anonymous().get(url(id) + "/versions/1").then().statusCode(200)
                .body("number", equalTo(1)).body("title", equalTo("Fostering annual report, as published first"))
                .body("sections[0].blocks[0].text", equalTo("The service grew."));
        Contract.anonymous().get(url(id) + "/versions/2").then().statusCode(200)
                .body("title", equalTo("Fostering annual report, corrected")).body("sections", empty());
        Contract.anonymous().get(url(id) + "/versions/3").then().statusCode(404);
        Contract.anonymous().get(url(id)).then().statusCode(200).body("title",
                equalTo("Fostering annual report, corrected"));

        Contract.as(Tokens.admin()).queryParam("entityType", "report").queryParam("entityId", String.valueOf(id))
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.action", contains("update", "update", "create"))
                .body("items[0].after.documentVersion", equalTo(2))
                .body("items[1].before.status", equalTo("draft"))
                .body("items[1].after.status", equalTo("published"));
    }

    @Test
    void shouldLetOnlyOneOfTwoPublishesWithTheSameETagWin() throws Exception {
        long id = create(officer, report("Raced")).jsonPath().getLong("id");
        String tag = etag(id);
        List<Integer> statuses = new ArrayList<>(Race.statuses(Race.of(2, i -> Contract.as(officer)
                .header("If-Match", tag).contentType("application/json").body("{}")
                .post(url(id) + "/publish"))));
        Collections.sort(statuses);
        assertThat(statuses.get(0)).isEqualTo(200);
        assertThat(statuses.get(1)).isIn(409, 412);
        Contract.as(officer).get(url(id) + "/versions").then().body("items", hasSize(1));
    }

    // --- who reads what ---------------------------------------------------------------------------------------

    @Test
    void shouldKeepDraftsFromEveryoneButTheAuthoritysInsiders() {
        long id = create(officer, report("Quokkazanzibar draft")).jsonPath().getLong("id");
        for (RequestSpecification outsider : List.of(Contract.anonymous(), Contract.as(Tokens.officer(other)),
                Contract.as(Tokens.analyst(own)))) {
            outsider.get(url(id)).then().statusCode(404);
        }
        for (RequestSpecification outsider : List.of(Contract.anonymous(), Contract.as(Tokens.officer(other)),
                Contract.as(Tokens.analyst(own)))) {
            outsider.queryParam("authority", own).get("/api/v1/reports").then().statusCode(200)
                    .body("items.id", not(hasItem((int) id)));
        }
        Contract.anonymous().queryParam("q", "quokkazanzibar").get("/api/v1/reports").then().statusCode(200)
                .body("items", empty());
        Contract.anonymous().queryParam("status", "draft").get("/api/v1/reports").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        Contract.as(Tokens.boardMember(own)).queryParam("q", "quokkazanzibar").get("/api/v1/reports")
                .then().statusCode(200).body("items.id", contains((int) id))
                .body("items[0].status", equalTo("draft"));
        Contract.as(officer).get(url(id)).then().statusCode(200);
    }

    @Test
    void shouldNeverShowAnExemptReportInAnOutsidersSearch() {
        Map<String, Object> exempt = report("Placement costs");
        exempt.put("visibility", "exempt");
        exempt.put("exemptParagraph", 3);
        exempt.put("body", "The xylocarpous placement cost more than planned.");
        long id = published(officer, exempt);
        for (RequestSpecification outsider : List.of(Contract.anonymous(), Contract.as(Tokens.officer(other)),
                Contract.as(Tokens.partner("matrix-partner", own)))) {
            outsider.queryParam("q", "xylocarpous").get("/api/v1/reports").then().statusCode(200)
                    .body("items", empty()).body(not(containsString("Placement costs")));
            outsider.queryParam("visibility", "exempt").queryParam("authority", own).get("/api/v1/reports")
                    .then().statusCode(200).body("items", empty());
        }
        Contract.as(officer).queryParam("q", "xylocarpous").get("/api/v1/reports").then().statusCode(200)
                .body("items.id", contains((int) id));
    }

    // --- search -----------------------------------------------------------------------------------------------

    @Test
    void shouldEscapeTheSnippetAndMarkOnlyTheMatches() {
        Map<String, Object> body = report("Escaping report");
        body.put("body", "Before <script>alert(\"x\")</script> the fernwhistle households & carers grew.");
        long id = published(officer, body);
        String snippet = Contract.anonymous().queryParam("q", "fernwhistle").get("/api/v1/reports")
                .then().statusCode(200).body("items.id", contains((int) id))
                .extract().jsonPath().getString("items[0].snippet");
        assertThat(snippet).contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
                .contains("<mark>fernwhistle</mark>").contains("&amp;").doesNotContain("<script>");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<").doesNotContain(">");
    }

    @Test
    void shouldRankATitleHitAboveABodyHitAndPageTheResults() {
        Map<String, Object> inBody = report("Sufficiency statement");
        inBody.put("body", "The quillwortian placements were reviewed.");
        long bodyHit = published(officer, inBody);
        long titleHit = published(officer, report("Quillwortian placements"));
        Contract.anonymous().queryParam("q", "quillwortian").get("/api/v1/reports").then().statusCode(200)
                .body("items.id", contains((int) titleHit, (int) bodyHit));

        Response first = Contract.anonymous().queryParam("q", "quillwortian").queryParam("limit", 1)
                .get("/api/v1/reports");
        first.then().statusCode(200).body("items.id", contains((int) titleHit))
                .header("Link", containsString("rel=\"next\""));
        Contract.anonymous().queryParam("q", "quillwortian").queryParam("limit", 1)
                .queryParam("after", first.jsonPath().getString("next")).get("/api/v1/reports")
                .then().statusCode(200).body("items.id", contains((int) bodyHit)).body("next", nullValue());
        // A search's cursor is not a list's, nor another search's.
        Contract.badRequestAs(null).queryParam("limit", 1).queryParam("after", first.jsonPath().getString("next"))
                .get("/api/v1/reports").then().statusCode(400).body("errors[0].rule", equalTo("cursor"));
        Contract.badRequestAs(null).queryParam("q", "placements").queryParam("limit", 1)
                .queryParam("after", first.jsonPath().getString("next")).get("/api/v1/reports").then()
                .statusCode(400).body("errors[0].rule", equalTo("cursor"));
        // A rank that is not a finite number is no cursor of this search, whatever else it carries.
        String fingerprint = new String(Base64.getUrlDecoder().decode(first.jsonPath().getString("next")),
                StandardCharsets.UTF_8).replaceFirst("^[^~]*", "").replaceFirst("\\|.*", "");
        for (String rank : List.of("NaN", "Infinity", "1e999", "1.0E999", "-0.5")) {
            String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    (rank + fingerprint + "|" + titleHit).getBytes(StandardCharsets.UTF_8));
            Contract.badRequestAs(null).queryParam("q", "quillwortian").queryParam("limit", 1)
                    .queryParam("after", forged).get("/api/v1/reports").then().statusCode(400)
                    .body("errors[0].field", equalTo("after")).body("errors[0].rule", equalTo("cursor"));
        }
    }

    @Test
    void shouldFilterByTypePeriodAndStatusInTheDatabase() {
        Map<String, Object> adoption = report("Adoption service report");
        adoption.put("type", "annual-adoption");
        adoption.put("periodCovered", "1996-97");
        long adoptionId = published(officer, adoption);
        long fostering = published(officer, report("Fostering service report"));
        Contract.anonymous().queryParam("authority", own).queryParam("type", "annual-adoption")
                .queryParam("type", "iro").get("/api/v1/reports").then().statusCode(200)
                .body("items.id", hasItem((int) adoptionId)).body("items.id", not(hasItem((int) fostering)));
        Contract.anonymous().queryParam("authority", own).queryParam("period", "1996-97").get("/api/v1/reports")
                .then().statusCode(200).body("items.id", contains((int) adoptionId));
        Contract.anonymous().queryParam("authority", own).queryParam("status", "published").get("/api/v1/reports")
                .then().statusCode(200).body("items.id", hasItem((int) fostering))
                .body("items.status", not(hasItem("presented")));
    }

    // --- presented at, decisions ------------------------------------------------------------------------------

    @Test
    void shouldReadAsPresentedOnceAHeldMeetingHadItAmongItsPapers() {
        long id = published(officer, report("Presented report"));
        long board = BoardBusiness.board(own);
        long future = BoardBusiness.meeting(own, board, LocalDate.now().plusYears(1), "scheduled");
        BoardBusiness.paper(BoardBusiness.item(future, 1, "Next year's item"), id, "Presented report");
        long cancelled = BoardBusiness.meeting(own, board, LocalDate.of(1998, 5, 1), "cancelled");
        BoardBusiness.paper(BoardBusiness.item(cancelled, 1, "Cancelled item"), id, "Presented report");
        Contract.anonymous().get(url(id)).then().statusCode(200).body("status", equalTo("published"))
                .body("presentedAt", empty());
        Contract.anonymous().queryParam("meeting", future).get("/api/v1/reports").then()
                .body("items.id", contains((int) id));

        long exemptHeld = BoardBusiness.meeting(own, board, LocalDate.of(1998, 6, 1), "held");
        BoardBusiness.paper(BoardBusiness.item(exemptHeld, 4, "Exempt item", true, 1), id, "Presented report");
        // Only the authority's insiders know of the exempt item, and so that it was presented there.
        Contract.anonymous().get(url(id)).then().body("status", equalTo("published")).body("presentedAt", empty());
        Contract.anonymous().queryParam("meeting", exemptHeld).get("/api/v1/reports").then().body("items", empty());
        Contract.as(officer).get(url(id)).then().body("status", equalTo("presented"))
                .body("presentedAt.agendaItemNumber", contains(4));

        long held = BoardBusiness.meeting(own, board, LocalDate.of(1998, 7, 6), "held");
        long item = BoardBusiness.item(held, 5, "Fostering annual report");
        BoardBusiness.paper(item, id, "Presented report");
        Contract.anonymous().get(url(id)).then().body("status", equalTo("presented"))
                .body("presentedAt", hasSize(1))
                .body("presentedAt[0].meetingId", equalTo((int) held))
                .body("presentedAt[0].meetingDate", equalTo("1998-07-06"))
                .body("presentedAt[0].agendaItemId", equalTo((int) item))
                .body("presentedAt[0].agendaItemTitle", equalTo("Fostering annual report"));
        Contract.anonymous().queryParam("authority", own).queryParam("status", "presented").get("/api/v1/reports")
                .then().body("items.id", hasItem((int) id));

        Contract.as(officer).header("If-Match", etag(id)).delete(url(id)).then().statusCode(409)
                .body("type", equalTo("urn:promise:problem:not-now"));
    }

    /** A published report is public record, presented or not: deleting it is refused; a draft may go. */
    @Test
    void shouldKeepAPublishedReportThatWasNeverPresented() {
        long id = published(officer, report("Published, never presented"));
        Contract.as(officer).header("If-Match", etag(id)).delete(url(id)).then().statusCode(409)
                .body("type", equalTo("urn:promise:problem:not-now"))
                .body("detail", containsString("a published report is kept; publish a new version"));
        Contract.anonymous().get(url(id) + "/versions/1").then().statusCode(200);

        long draft = create(officer, report("Draft to delete")).jsonPath().getLong("id");
        Contract.as(officer).header("If-Match", etag(draft)).delete(url(draft)).then().statusCode(204);
    }

    @Test
    void shouldRecordTheBoardsDecisionOnlyOnAPresentedReportsRecommendations() {
        long id = published(officer, report("Decided report"));
        Map<String, Object> agreed = Map.of("outcome", "agreed", "decidedOn", "1998-09-07");
        Contract.as(officer).header("If-Match", etag(id)).contentType("application/json").body(agreed)
                .put(url(id) + "/decisions/1").then().statusCode(409)
                .body("type", equalTo("urn:promise:problem:not-now"));

        long board = BoardBusiness.board(own);
        long held = BoardBusiness.meeting(own, board, LocalDate.of(1998, 9, 7), "held");
        long item = BoardBusiness.item(held, 6, "Decided report");
        BoardBusiness.paper(item, id, "Decided report");
        long resolution = BoardBusiness.resolve(officer, item, Map.of("text", "That the report be noted.",
                "kind", "decision", "vote", "unanimous")).then().statusCode(201).extract().jsonPath().getLong("id");
        long elsewhere = BoardBusiness.resolve(officer, BoardBusiness.item(held, 7, "Another item"),
                Map.of("text", "Something else.", "kind", "decision", "vote", "unanimous"))
                .then().statusCode(201).extract().jsonPath().getLong("id");

        decide(id, 3, agreed).then().statusCode(404);
        decide(id, 1, Map.of("outcome", "agreed", "decidedOn", LocalDate.now().plusDays(2).toString()))
                .then().statusCode(400).body("errors[0].field", equalTo("decidedOn"))
                .body("errors[0].rule", equalTo("range"));
        decide(id, 1, Map.of("outcome", "agreed", "decidedOn", "1998-09-06")).then().statusCode(400)
                .body("errors[0].field", equalTo("decidedOn"));
        decide(id, 1, Map.of("outcome", "agreed", "decidedOn", "1998-09-07", "resolutionId", elsewhere))
                .then().statusCode(400).body("errors[0].field", equalTo("resolutionId"))
                .body("errors[0].rule", equalTo("unknown"));
        Contract.as(Tokens.officer(other)).header("If-Match", etag(id)).contentType("application/json")
                .body(agreed).put(url(id) + "/decisions/1").then().statusCode(403);

        String before = etag(id);
        Response decided = decide(id, 2, Map.of("outcome", "agreed-amended", "decidedOn", "1998-09-07",
                "words", "Endorsed, with the plan brought back in March", "resolutionId", resolution));
        decided.then().statusCode(200).body("decisions", hasSize(1))
                .body("decisions[0].recommendation", equalTo(2))
                .body("decisions[0].outcome", equalTo("agreed-amended"))
                .body("decisions[0].resolutionId", equalTo((int) resolution));
        assertThat(decided.header("ETag")).isNotEqualTo(before);
        Contract.as(officer).header("If-Match", before).contentType("application/json").body(agreed)
                .put(url(id) + "/decisions/1").then().statusCode(412);
        Contract.anonymous().get(url(id)).then().body("decisions[0].outcome", equalTo("agreed-amended"));

        Contract.as(officer).header("If-Match", etag(id)).delete(url(id) + "/decisions/2").then().statusCode(200)
                .body("decisions", empty());
        Contract.as(officer).header("If-Match", etag(id)).delete(url(id) + "/decisions/2").then().statusCode(404);
        Contract.as(Tokens.admin()).queryParam("entityType", "report").queryParam("entityId", String.valueOf(id))
                .get("/api/v1/audit").then().body("items[0].before.decisions[0].outcome", equalTo("agreed-amended"))
                .body("items[0].after.decisions", empty());
    }

    // --- citations --------------------------------------------------------------------------------------------

    @Test
    void shouldCiteFiguresLiveAndWithholdWhatTheReaderMayNotSee() {
        Figures.put(officer, "LEAVE_REUNIF", own, YEAR, 36, null, null, "final");
        Figures.put(officer, "HLTH_ASSESS", own, YEAR, new java.math.BigDecimal("87.6543"), null, null,
                "provisional");
        Figures.put(officer, "LEAVE_SGO", own, YEAR, 3, null, null, "final");
        Figures.put(officer, "FOST_WITHDRAWN", own, YEAR, 43219, null, null, "final");
        Figures.put(officer, "CLA_COUNT", own, "1998-03-31", 650, null, null, "final");
        Contract.as(officer).contentType("application/json").body(Map.of("authority", own,
                "ask", "More time with our social workers", "forum", "Children in Care Council",
                "askedIn", "1997-05")).post("/api/v1/you-said-we-did").then().statusCode(201);
        Map<String, Object> body = report("Citing report");
        body.put("sections", List.of(section("2", "Our figures", figure("LEAVE_REUNIF"), figure("HLTH_ASSESS"),
                figure("LEAVE_SGO"), Map.of("kind", "figure", "indicator", "FOST_WITHDRAWN", "period", YEAR,
                        "caption", "Households who withdrew"), figure("LEAVE_ADOPT"),
                Map.of("kind", "you-said-we-did", "heading", "What you told us"),
                Map.of("kind", "figure", "indicator", "CLA_COUNT", "period", "1998-03-31"))));
        body.put("childFriendlySummary", List.of(Map.of("heading", "What we did", "text", "We listened.")));
        long id = published(officer, body);

        JsonPath outside = Contract.anonymous().get(url(id)).then().statusCode(200).extract().jsonPath();
        assertThat(outside.getString("sections[0].blocks[0].cited.display")).isEqualTo("36");
        assertThat(outside.getBoolean("sections[0].blocks[0].cited.withheld")).isFalse();
        assertThat(outside.getString("sections[0].blocks[0].cited.link")).isEqualTo("/indicators/LEAVE_REUNIF");
        assertThat(outside.getBoolean("sections[0].blocks[1].cited.withheld")).isTrue();
        // Provisional, or none at all: the same words, so a reader never learns that a provisional value exists.
        assertThat(outside.getString("sections[0].blocks[1].cited.reason"))
                .isEqualTo(outside.getString("sections[0].blocks[4].cited.reason"))
                .isEqualTo(ReportCitations.NOT_PUBLISHED);
        assertThat(outside.getString("sections[0].blocks[2].cited.display")).isEqualTo("c");
        assertThat(outside.getString("sections[0].blocks[2].cited.reason")).isEqualTo(ReportCitations.SMALL_NUMBER);
        // An internal-only indicator reads as a figure not published does, in the report's own words, with no link
        // to a page the reader cannot open and nothing from the catalogue.
        assertThat(outside.getBoolean("sections[0].blocks[3].cited.withheld")).isTrue();
        assertThat(outside.getString("sections[0].blocks[3].cited.reason")).isEqualTo(ReportCitations.NOT_PUBLISHED);
        assertThat(outside.getString("sections[0].blocks[3].cited.indicatorName")).isEqualTo("Households who withdrew");
        assertThat(outside.getString("sections[0].blocks[3].cited.unit")).isEmpty();
        assertThat(outside.getString("sections[0].blocks[3].cited.link")).isNull();
        assertThat(outside.getList("sections[0].blocks[5].asks.ask")).contains("More time with our social workers");
        assertThat(outside.getString("childFriendlySummary[0].text")).isEqualTo("We listened.");
        String text = outside.prettify();
        assertThat(text).doesNotContain("88%").doesNotContain("43,219").doesNotContain("Fostering assessments");
        // The page says "Withheld" once per withheld figure, dates a snapshot as people write dates, and links only
        // to the indicators the reader may open.
        String page = Contract.anonymous().queryParam("format", "html").get(url(id) + "/render").then()
                .statusCode(200).extract().asString();
        assertThat(page).contains("Withheld: " + ReportCitations.SMALL_NUMBER, "650</strong> (31 March 1998)",
                "Households who withdrew</span>: <strong class=\"figure-value\">-</strong> (1997-98)."
                        + " <span class=\"withheld\">Withheld: "
                        + ReportCitations.NOT_PUBLISHED + "</span></p>")
                .doesNotContain("Withheld: Withheld", "/indicators/FOST_WITHDRAWN", "1998-03-31");

        JsonPath inside = Contract.as(officer).get(url(id)).then().statusCode(200).extract().jsonPath();
        assertThat(inside.getString("sections[0].blocks[1].cited.display")).isEqualTo("88%");
        assertThat(inside.getBoolean("sections[0].blocks[1].cited.withheld")).isFalse();
        assertThat(inside.getString("sections[0].blocks[2].cited.display")).isEqualTo("3");
        assertThat(inside.getString("sections[0].blocks[3].cited.display")).isEqualTo("43,219");
        // A version cites live too.
        assertThat(Contract.anonymous().get(url(id) + "/versions/1").jsonPath()
                .getString("sections[0].blocks[2].cited.display")).isEqualTo("c");
    }

    // --- limits -----------------------------------------------------------------------------------------------

    @Test
    void shouldNameThePathAndRuleOfEveryBrokenLimit() {
        Map<String, Object> table = new HashMap<>(Map.of("kind", "table", "caption", "Table 1: carers",
                "columns", List.of(Map.of("heading", "Year", "numeric", false),
                        Map.of("heading", "Carers", "numeric", true), Map.of("heading", "Children", "numeric", true)),
                "rows", new ArrayList<>(List.of(Map.of("header", "2021-22", "cells", List.of("120", "140")),
                        Map.of("header", "2022-23", "cells", List.of("131")),
                        Map.of("cells", List.of("Total", "251", "x".repeat(2001)))))));
        Map<String, Object> body = report("Limits");
        body.put("sections", List.of(section("1", "Tables", table, paragraph("Bell \u0007 rings"),
                Map.of("kind", "figure", "indicator", "NO_SUCH_THING", "period", "1997-98"),
                Map.of("kind", "figure", "indicator", "LEAVE_REUNIF", "period", "1997-99"))));
        Contract.badRequestAs(officer).contentType("application/json").body(body).post("/api/v1/reports")
                .then().statusCode(400).body("errors.field", hasItem("sections[0].blocks[0].rows[2].cells[2]"))
                .body("errors.field", hasItem("sections[0].blocks[1].text"));

        body.put("sections", List.of(section("1", "Tables", table,
                Map.of("kind", "figure", "indicator", "NO_SUCH_THING", "period", "1997-98"),
                Map.of("kind", "figure", "indicator", "LEAVE_REUNIF", "period", "1997-99"))));
        ((List<Map<String, Object>>) table.get("rows")).set(2, Map.of("cells", List.of("Total", "251", "280")));
        Response refused = Contract.badRequestAs(officer).contentType("application/json").body(body)
                .post("/api/v1/reports");
        refused.then().statusCode(400)
                .body("errors.find { it.field == 'sections[0].blocks[0].rows[1].cells' }.rule", equalTo("columns"))
                .body("errors.find { it.field == 'sections[0].blocks[1].indicator' }.rule", equalTo("unknown"))
                .body("errors.find { it.field == 'sections[0].blocks[2].period' }.rule", equalTo("period"));
        assertThat(refused.jsonPath().getList("errors.field")).hasSize(3);

        body.put("sections", Collections.nCopies(61, section(null, "Empty", paragraph("Text"))));
        Contract.badRequestAs(officer).contentType("application/json").body(body).post("/api/v1/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("sections"));
    }

    /** One-line fields refuse every control character; longer text allows tabs and line breaks only. */
    @Test
    void shouldRefuseControlCharactersInEveryTextFieldWithRulePattern() {
        Map<String, Object> broken = Map.of("title", "Bell \u0007 rings", "periodCovered", "2022\n23",
                "author", "A\u0001B", "contactOfficer", "Team\tManager", "executiveSummary", "a\u0001b",
                "recommendations", List.of("Noted", "a\u001Fb"), "body", "a\u000Bb");
        broken.forEach((field, value) -> {
            Map<String, Object> body = report("Control characters");
            body.put(field, value);
            String named = field.equals("recommendations") ? "recommendations[1]" : field;
            Contract.badRequestAs(officer).contentType("application/json").body(body).post("/api/v1/reports")
                    .then().statusCode(400).body("errors.find { it.field == '" + named + "' }.rule",
                            equalTo("pattern"));
        });
        Map<String, Object> header = report("Title\r\nSet-Cookie: session=stolen");
        Contract.badRequestAs(officer).contentType("application/json").body(header).post("/api/v1/reports")
                .then().statusCode(400).body("errors.find { it.field == 'title' }.rule", equalTo("pattern"));
        Map<String, Object> paragraphs = report("Line breaks");
        paragraphs.put("executiveSummary", "First paragraph.\r\n\r\nSecond,\twith a tab.");
        create(officer, paragraphs);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static Response decide(long id, int recommendation, Map<String, Object> body) {
        return Contract.as(officer).header("If-Match", etag(id)).contentType("application/json").body(body)
                .put(url(id) + "/decisions/" + recommendation);
    }

    private static Map<String, Object> report(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("authority", own);
        body.put("type", "annual-fostering");
        body.put("title", title);
        body.put("periodCovered", YEAR);
        body.put("recommendations", List.of("That the report be noted", "That the plan be endorsed"));
        body.put("visibility", "public");
        return body;
    }

    private static Map<String, Object> section(String number, String heading, Object... blocks) {
        Map<String, Object> section = new HashMap<>(Map.of("heading", heading, "blocks", List.of(blocks)));
        section.put("number", number);
        return section;
    }

    private static Map<String, Object> paragraph(String text) {
        return Map.of("kind", "paragraph", "text", text);
    }

    private static Map<String, Object> figure(String indicator) {
        return Map.of("kind", "figure", "indicator", indicator, "period", YEAR);
    }

    private static ExtractableResponse<Response> create(String token, Map<String, Object> body) {
        return Contract.as(token).contentType("application/json").body(body).post("/api/v1/reports")
                .then().statusCode(201).extract();
    }

    private static long published(String token, Map<String, Object> body) {
        long id = create(token, body).jsonPath().getLong("id");
        publish(id).then().statusCode(200);
        return id;
    }

    private static Response publish(long id) {
        return Contract.as(officer).header("If-Match", etag(id)).contentType("application/json").body("{}")
                .post(url(id) + "/publish");
    }

    private static String etag(long id) {
        return Contract.as(Tokens.admin()).get(url(id)).then().statusCode(200).extract().header("ETag");
    }

    private static String url(long id) {
        return "/api/v1/reports/" + id;
    }
}
