package org.promise.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Tokens;

/** Reports are the worked example of the conventions: ETag and If-Match, audit, and tenancy. */
@QuarkusTest
class ReportResourceTest {

    private static final String WALSALL_OFFICER = Tokens.officer(Tokens.WALSALL);
    private static final String DUDLEY_OFFICER = Tokens.officer(Tokens.DUDLEY);

    static Map<String, Object> report(String authority, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("authority", authority);
        body.put("type", "annual-fostering");
        body.put("title", title);
        body.put("periodCovered", "2022-23");
        body.put("author", "Head of Fostering");
        body.put("recommendations", List.of("Note the report", "Endorse the recruitment plan"));
        body.put("visibility", "public");
        return body;
    }

    static Map<String, Object> exempt(String authority, String title) {
        Map<String, Object> body = report(authority, title);
        body.put("visibility", "exempt");
        body.put("exemptParagraph", 2);
        return body;
    }

    private ExtractableResponse<Response> create(String token, Map<String, Object> body) {
        return Contract.as(token).contentType("application/json").body(body).post("/api/v1/reports")
                .then().statusCode(201).extract();
    }

    @Test
    void shouldCreateAReportWithItsLocationAndETag() {
        ExtractableResponse<Response> created = create(WALSALL_OFFICER, report(Tokens.WALSALL, "Fostering annual report"));
        long id = created.jsonPath().getLong("id");
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith("/api/v1/reports/" + id));
        org.hamcrest.MatcherAssert.assertThat(created.header("ETag"), equalTo("\"0\""));

        Contract.as(Tokens.boardMember(Tokens.WALSALL)).get("/api/v1/reports/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("title", equalTo("Fostering annual report"))
                .body("recommendations", contains("Note the report", "Endorse the recruitment plan"))
                .body("exemptParagraph", nullValue());
    }

    @Test
    void shouldChangeAReportOnlyWithTheCurrentETag() {
        long id = create(WALSALL_OFFICER, report(Tokens.WALSALL, "Draft title")).jsonPath().getLong("id");
        Map<String, Object> changed = report(Tokens.WALSALL, "Final title");

        Contract.badRequestAs(WALSALL_OFFICER).contentType("application/json").body(changed)
                .put("/api/v1/reports/" + id)
                .then().statusCode(428).contentType("application/problem+json");

        Contract.as(WALSALL_OFFICER).header("If-Match", "\"0\"").contentType("application/json").body(changed)
                .put("/api/v1/reports/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("title", equalTo("Final title"));

        // A second writer who read version 0 must not overwrite the change they have not seen.
        Contract.as(WALSALL_OFFICER).header("If-Match", "\"0\"").contentType("application/json")
                .body(report(Tokens.WALSALL, "Lost update")).put("/api/v1/reports/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("title", equalTo("Somebody else changed this first"));

        Contract.as(WALSALL_OFFICER).get("/api/v1/reports/" + id).then().body("title", equalTo("Final title"));
    }

    @Test
    void shouldDeleteOnlyWithTheCurrentETag() {
        long id = create(WALSALL_OFFICER, report(Tokens.WALSALL, "To be withdrawn")).jsonPath().getLong("id");
        Contract.as(WALSALL_OFFICER).delete("/api/v1/reports/" + id).then().statusCode(428);
        Contract.as(WALSALL_OFFICER).header("If-Match", "\"5\"").delete("/api/v1/reports/" + id).then().statusCode(412);
        Contract.as(WALSALL_OFFICER).header("If-Match", "\"0\"").delete("/api/v1/reports/" + id).then().statusCode(204);
        Contract.as(WALSALL_OFFICER).get("/api/v1/reports/" + id).then().statusCode(404);
    }

    @Test
    void shouldRefuseWritingAnotherAuthoritysReports() {
        Contract.as(WALSALL_OFFICER).contentType("application/json").body(report(Tokens.DUDLEY, "Not mine"))
                .post("/api/v1/reports")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("You can change only the data of your own authority, not of E08000027"));

        long dudleys = create(DUDLEY_OFFICER, report(Tokens.DUDLEY, "Dudley IRO report")).jsonPath().getLong("id");
        Contract.as(WALSALL_OFFICER).header("If-Match", "\"0\"").contentType("application/json")
                .body(report(Tokens.DUDLEY, "Hijacked")).put("/api/v1/reports/" + dudleys)
                .then().statusCode(403);
        Contract.as(WALSALL_OFFICER).header("If-Match", "\"0\"").delete("/api/v1/reports/" + dudleys)
                .then().statusCode(403);
    }

    @Test
    void shouldHideAnotherAuthoritysExemptReports() {
        long dudleysExempt = create(DUDLEY_OFFICER, exempt(Tokens.DUDLEY, "Dudley placement costs")).jsonPath().getLong("id");
        long dudleysPublic = create(DUDLEY_OFFICER, report(Tokens.DUDLEY, "Dudley public report")).jsonPath().getLong("id");

        Contract.as(WALSALL_OFFICER).get("/api/v1/reports/" + dudleysExempt)
                .then().statusCode(404).body("detail", equalTo("There is no report " + dudleysExempt));
        Contract.as(WALSALL_OFFICER).header("If-Match", "\"0\"").delete("/api/v1/reports/" + dudleysExempt)
                .then().statusCode(404);
        Contract.as(WALSALL_OFFICER).get("/api/v1/reports/" + dudleysPublic).then().statusCode(200);
        Contract.as(WALSALL_OFFICER).queryParam("authority", Tokens.DUDLEY).get("/api/v1/reports")
                .then().statusCode(200)
                .body("items.id", hasItem((int) dudleysPublic))
                .body("items.id", not(hasItem((int) dudleysExempt)));

        Contract.as(DUDLEY_OFFICER).get("/api/v1/reports/" + dudleysExempt)
                .then().statusCode(200).body("exemptParagraph", equalTo(2));
        // Exempt papers are for the authority's officers and board members: analysts and partners are the public.
        Contract.as(Tokens.analyst(Tokens.WALSALL, Tokens.DUDLEY)).get("/api/v1/reports/" + dudleysExempt)
                .then().statusCode(404);
        Contract.as(Tokens.admin()).get("/api/v1/reports").then().statusCode(200)
                .body("items.id", hasItem((int) dudleysExempt));
    }

    @Test
    void shouldRefuseBoardMembersAndAnonymousWriters() {
        Contract.as(Tokens.boardMember(Tokens.WALSALL)).contentType("application/json")
                .body(report(Tokens.WALSALL, "Member's report")).post("/api/v1/reports")
                .then().statusCode(403);
        Contract.anonymous().contentType("application/json").body(report(Tokens.WALSALL, "Anonymous"))
                .post("/api/v1/reports")
                .then().statusCode(401).contentType("application/problem+json");
        Contract.anonymous().get("/api/v1/reports").then().statusCode(401);
    }

    @Test
    void shouldAuditEveryChangeWithWhoWhenBeforeAndAfter() {
        long id = create(WALSALL_OFFICER, report(Tokens.WALSALL, "Audited")).jsonPath().getLong("id");
        Contract.as(WALSALL_OFFICER).header("If-Match", "\"0\"").contentType("application/json")
                .body(report(Tokens.WALSALL, "Audited, revised")).put("/api/v1/reports/" + id).then().statusCode(200);
        Contract.as(WALSALL_OFFICER).header("If-Match", "\"1\"").delete("/api/v1/reports/" + id).then().statusCode(204);

        Contract.as(Tokens.admin()).queryParam("entityType", "report").queryParam("entityId", String.valueOf(id))
                .get("/api/v1/audit")
                .then().statusCode(200)
                .body("items.action", contains("delete", "update", "create"))
                .body("items.actorName", contains("officer." + Tokens.WALSALL, "officer." + Tokens.WALSALL,
                        "officer." + Tokens.WALSALL))
                .body("items.actorSubject[0]", equalTo("sub-officer." + Tokens.WALSALL))
                .body("items[0].before.title", equalTo("Audited, revised"))
                .body("items[0].after", nullValue())
                .body("items[1].before.title", equalTo("Audited"))
                .body("items[1].after.title", equalTo("Audited, revised"))
                .body("items[2].before", nullValue())
                .body("items[2].after.version", equalTo(0))
                .body("items[0].at", notNullValue());
    }

    @Test
    void shouldNameEachBrokenFieldAndRule() {
        Map<String, Object> body = report(Tokens.WALSALL, " ");
        body.put("recommendations", List.of("fine", ""));
        body.put("periodCovered", "x".repeat(41));
        Contract.badRequestAs(WALSALL_OFFICER).contentType("application/json").body(body).post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:promise:problem:validation"))
                .body("instance", equalTo("/api/v1/reports"))
                .body("errors.field", containsInAnyOrder("periodCovered", "recommendations[1]", "title"))
                .body("errors.find { it.field == 'title' }.rule", equalTo("required"))
                .body("errors.find { it.field == 'periodCovered' }.rule", equalTo("length"));
    }

    @Test
    void shouldRejectUnknownProperties() {
        Map<String, Object> body = report(Tokens.WALSALL, "With extras");
        body.put("approvedBy", "the chair");
        Contract.badRequestAs(WALSALL_OFFICER).contentType("application/json").body(body).post("/api/v1/reports")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("approvedBy"))
                .body("errors[0].rule", equalTo("unknown-property"));
    }

    @Test
    void shouldNameTheAllowedValuesOfAnEnum() {
        Map<String, Object> body = report(Tokens.WALSALL, "Odd type");
        body.put("type", "annual-everything");
        Contract.badRequestAs(WALSALL_OFFICER).contentType("application/json").body(body).post("/api/v1/reports")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", equalTo("type must be one of quarterly-performance, annual-fostering, "
                        + "annual-adoption, iro, virtual-school, health, strategy, sufficiency, other"));
    }

    @Test
    void shouldExplainMalformedJsonWithoutLeakingInternals() {
        Contract.badRequestAs(WALSALL_OFFICER).contentType("application/json").body("{\"title\": ")
                .post("/api/v1/reports")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].rule", equalTo("json"))
                .body(not(org.hamcrest.Matchers.containsString("com.fasterxml")));
        Contract.badRequestAs(WALSALL_OFFICER).contentType("application/json").body("[1, 2]")
                .post("/api/v1/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void shouldRequireTheParagraphOfAnExemptReportAndRefuseItOnAPublicOne() {
        Map<String, Object> body = exempt(Tokens.WALSALL, "Exempt without paragraph");
        body.remove("exemptParagraph");
        Contract.as(WALSALL_OFFICER).contentType("application/json").body(body).post("/api/v1/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("exemptParagraph"))
                .body("errors[0].rule", equalTo("required"));

        Map<String, Object> publicWithParagraph = report(Tokens.WALSALL, "Public with paragraph");
        publicWithParagraph.put("exemptParagraph", 3);
        Contract.as(WALSALL_OFFICER).contentType("application/json").body(publicWithParagraph).post("/api/v1/reports")
                .then().statusCode(400).body("errors[0].rule", equalTo("not-allowed"));

        Map<String, Object> badParagraph = exempt(Tokens.WALSALL, "Paragraph nine");
        badParagraph.put("exemptParagraph", 9);
        Contract.badRequestAs(WALSALL_OFFICER).contentType("application/json").body(badParagraph)
                .post("/api/v1/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("exemptParagraph"))
                .body("errors[0].rule", equalTo("maximum"));
    }

    @Test
    void shouldKeepAReportWithItsAuthority() {
        String admin = Tokens.admin();
        long id = create(admin, report(Tokens.WALSALL, "Admin's report")).jsonPath().getLong("id");
        Contract.as(admin).header("If-Match", "\"0\"").contentType("application/json")
                .body(report(Tokens.DUDLEY, "Moved")).put("/api/v1/reports/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("authority"))
                .body("errors[0].rule", equalTo("immutable"));
    }

    @Test
    void shouldRefuseAnAuthorityPromiseDoesNotServe() {
        Contract.as(Tokens.admin()).contentType("application/json").body(report("E12000005", "Regional report"))
                .post("/api/v1/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("authority"))
                .body("errors[0].rule", equalTo("unknown"));
    }

    @Test
    void shouldAnswerUnknownRoutesAndMethodsWithProblems() {
        Contract.badRequestAs(WALSALL_OFFICER).get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        Contract.badRequestAs(WALSALL_OFFICER).contentType("text/plain").body("hello").post("/api/v1/reports")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAnOversizedBodyWithAProblem() {
        String huge = "{\"title\": \"" + "a".repeat(21 * 1024 * 1024) + "\"}";
        // With "Expect: 100-continue" the client waits for the verdict instead of writing into a closed socket.
        Contract.badRequestAs(WALSALL_OFFICER)
                .config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.protocol.expect-continue", true)))
                .contentType("application/json").body(huge).post("/api/v1/reports")
                .then().statusCode(413).contentType("application/problem+json")
                .body("title", equalTo("The request is too large"));
    }
}
