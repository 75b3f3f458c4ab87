package org.promise.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/** Reports are the worked example of the conventions: ETag and If-Match, audit, and tenancy. */
@QuarkusTest
class ReportResourceTest {

    private static String own;
    private static String other;
    private static String ownOfficer;
    private static String otherOfficer;

    /** Two authorities of the class's own: one whose officer writes, and another whose data must stay out of reach. */
    @BeforeAll
    static void createAuthorities() {
        own = ScratchAuthority.create(ReportResourceTest.class).code();
        other = ScratchAuthority.create(ReportResourceTest.class).code();
        ownOfficer = Tokens.officer(own);
        otherOfficer = Tokens.officer(other);
    }

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

    /** A report made and published (version 1): a draft exists for its authority's insiders only. */
    static long published(String token, Map<String, Object> body) {
        ExtractableResponse<Response> created = Contract.as(token).contentType("application/json").body(body)
                .post("/api/v1/reports").then().statusCode(201).extract();
        long id = created.jsonPath().getLong("id");
        Contract.as(token).header("If-Match", created.header("ETag")).contentType("application/json").body("{}")
                .post("/api/v1/reports/" + id + "/publish")
                .then().statusCode(200);
        return id;
    }

    @Test
    void shouldCreateAReportWithItsLocationAndETag() {
        ExtractableResponse<Response> created = create(ownOfficer, report(own, "Fostering annual report"));
        long id = created.jsonPath().getLong("id");
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith("/api/v1/reports/" + id));
        org.hamcrest.MatcherAssert.assertThat(created.header("ETag"), equalTo("\"0\""));

        Contract.as(Tokens.boardMember(own)).get("/api/v1/reports/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("title", equalTo("Fostering annual report"))
                .body("recommendations", contains("Note the report", "Endorse the recruitment plan"))
                .body("exemptParagraph", nullValue());
    }

    @Test
    void shouldChangeAReportOnlyWithTheCurrentETag() {
        long id = create(ownOfficer, report(own, "Draft title")).jsonPath().getLong("id");
        Map<String, Object> changed = report(own, "Final title");

        Contract.badRequestAs(ownOfficer).contentType("application/json").body(changed)
                .put("/api/v1/reports/" + id)
                .then().statusCode(428).contentType("application/problem+json");

        Contract.as(ownOfficer).header("If-Match", "\"0\"").contentType("application/json").body(changed)
                .put("/api/v1/reports/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("title", equalTo("Final title"));

        // A second writer who read version 0 must not overwrite the change they have not seen.
        Contract.as(ownOfficer).header("If-Match", "\"0\"").contentType("application/json")
                .body(report(own, "Lost update")).put("/api/v1/reports/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("title", equalTo("Somebody else changed this first"));

        Contract.as(ownOfficer).get("/api/v1/reports/" + id).then().body("title", equalTo("Final title"));
    }

    @Test
    void shouldDeleteOnlyWithTheCurrentETag() {
        long id = create(ownOfficer, report(own, "To be withdrawn")).jsonPath().getLong("id");
        Contract.as(ownOfficer).delete("/api/v1/reports/" + id).then().statusCode(428);
        Contract.as(ownOfficer).header("If-Match", "\"5\"").delete("/api/v1/reports/" + id).then().statusCode(412);
        Contract.as(ownOfficer).header("If-Match", "\"0\"").delete("/api/v1/reports/" + id).then().statusCode(204);
        Contract.as(ownOfficer).get("/api/v1/reports/" + id).then().statusCode(404);
    }

    @Test
    void shouldRefuseWritingAnotherAuthoritysReports() {
        Contract.as(ownOfficer).contentType("application/json").body(report(other, "Not mine"))
                .post("/api/v1/reports")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("You can change only the data of your own authority, not of " + other));

        long others = published(otherOfficer, report(other, "Their IRO report"));
        Contract.as(ownOfficer).header("If-Match", "\"1\"").contentType("application/json")
                .body(report(other, "Hijacked")).put("/api/v1/reports/" + others)
                .then().statusCode(403);
        Contract.as(ownOfficer).header("If-Match", "\"1\"").delete("/api/v1/reports/" + others)
                .then().statusCode(403);
        // A draft is its authority's insiders' only: for another authority's officer it does not exist.
        long draft = create(otherOfficer, report(other, "Their draft")).jsonPath().getLong("id");
        Contract.as(ownOfficer).header("If-Match", "\"0\"").delete("/api/v1/reports/" + draft)
                .then().statusCode(404);
    }

    @Test
    void shouldHideAnotherAuthoritysExemptReports() {
        long othersExempt = create(otherOfficer, exempt(other, "Their placement costs")).jsonPath().getLong("id");
        long othersPublic = published(otherOfficer, report(other, "Their public report"));

        Contract.as(ownOfficer).get("/api/v1/reports/" + othersExempt)
                .then().statusCode(404).body("detail", equalTo("There is no report " + othersExempt));
        Contract.as(ownOfficer).header("If-Match", "\"0\"").delete("/api/v1/reports/" + othersExempt)
                .then().statusCode(404);
        Contract.as(ownOfficer).get("/api/v1/reports/" + othersPublic).then().statusCode(200);
        Contract.as(ownOfficer).queryParam("authority", other).get("/api/v1/reports")
                .then().statusCode(200)
                .body("items.id", hasItem((int) othersPublic))
                .body("items.id", not(hasItem((int) othersExempt)));

        Contract.as(otherOfficer).get("/api/v1/reports/" + othersExempt)
                .then().statusCode(200).body("exemptParagraph", equalTo(2));
        // Exempt papers are for the authority's officers and board members: analysts and partners are the public.
        Contract.as(Tokens.analyst(own, other)).get("/api/v1/reports/" + othersExempt)
                .then().statusCode(404);
        Contract.as(Tokens.admin()).get("/api/v1/reports").then().statusCode(200)
                .body("items.id", hasItem((int) othersExempt));
    }

    @Test
    void shouldRefuseBoardMembersAndAnonymousWriters() {
        Contract.as(Tokens.boardMember(own)).contentType("application/json")
                .body(report(own, "Member's report")).post("/api/v1/reports")
                .then().statusCode(403);
        Contract.anonymous().contentType("application/json").body(report(own, "Anonymous"))
                .post("/api/v1/reports")
                .then().statusCode(401).contentType("application/problem+json");
        // Reading needs no sign-in (published public reports only): writing does.
        Contract.anonymous().get("/api/v1/reports").then().statusCode(200);
    }

    @Test
    void shouldAuditEveryChangeWithWhoWhenBeforeAndAfter() {
        long id = create(ownOfficer, report(own, "Audited")).jsonPath().getLong("id");
        Contract.as(ownOfficer).header("If-Match", "\"0\"").contentType("application/json")
                .body(report(own, "Audited, revised")).put("/api/v1/reports/" + id).then().statusCode(200);
        Contract.as(ownOfficer).header("If-Match", "\"1\"").delete("/api/v1/reports/" + id).then().statusCode(204);

        Contract.as(Tokens.admin()).queryParam("entityType", "report").queryParam("entityId", String.valueOf(id))
                .get("/api/v1/audit")
                .then().statusCode(200)
                .body("items.action", contains("delete", "update", "create"))
                .body("items.actorName", contains("officer." + own, "officer." + own,
                        "officer." + own))
                .body("items.actorSubject[0]", equalTo("sub-officer." + own))
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
        Map<String, Object> body = report(own, " ");
        body.put("recommendations", List.of("fine", ""));
        body.put("periodCovered", "x".repeat(41));
        Contract.badRequestAs(ownOfficer).contentType("application/json").body(body).post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:promise:problem:validation"))
                .body("instance", equalTo("/api/v1/reports"))
                .body("errors.field", containsInAnyOrder("periodCovered", "recommendations[1]", "title"))
                .body("errors.find { it.field == 'title' }.rule", equalTo("required"))
                .body("errors.find { it.field == 'periodCovered' }.rule", equalTo("length"));
    }

    @Test
    void shouldRejectUnknownProperties() {
        Map<String, Object> body = report(own, "With extras");
        body.put("approvedBy", "the chair");
        Contract.badRequestAs(ownOfficer).contentType("application/json").body(body).post("/api/v1/reports")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("approvedBy"))
                .body("errors[0].rule", equalTo("unknown-property"));
    }

    @Test
    void shouldNameTheAllowedValuesOfAnEnum() {
        Map<String, Object> body = report(own, "Odd type");
        body.put("type", "annual-everything");
        Contract.badRequestAs(ownOfficer).contentType("application/json").body(body).post("/api/v1/reports")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", equalTo("Type must be one of quarterly-performance, annual-fostering, "
                        + "annual-adoption, iro, virtual-school, health, strategy, sufficiency, municipal-year, other"));
    }

    @Test
    void shouldExplainMalformedJsonWithoutLeakingInternals() {
        Contract.badRequestAs(ownOfficer).contentType("application/json").body("{\"title\": ")
                .post("/api/v1/reports")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].rule", equalTo("json"))
                .body(not(org.hamcrest.Matchers.containsString("com.fasterxml")));
        Contract.badRequestAs(ownOfficer).contentType("application/json").body("[1, 2]")
                .post("/api/v1/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void shouldRequireTheParagraphOfAnExemptReportAndRefuseItOnAPublicOne() {
        Map<String, Object> body = exempt(own, "Exempt without paragraph");
        body.remove("exemptParagraph");
        Contract.as(ownOfficer).contentType("application/json").body(body).post("/api/v1/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("exemptParagraph"))
                .body("errors[0].rule", equalTo("required"));

        Map<String, Object> publicWithParagraph = report(own, "Public with paragraph");
        publicWithParagraph.put("exemptParagraph", 3);
        Contract.as(ownOfficer).contentType("application/json").body(publicWithParagraph).post("/api/v1/reports")
                .then().statusCode(400).body("errors[0].rule", equalTo("not-allowed"));

        Map<String, Object> badParagraph = exempt(own, "Paragraph nine");
        badParagraph.put("exemptParagraph", 9);
        Contract.badRequestAs(ownOfficer).contentType("application/json").body(badParagraph)
                .post("/api/v1/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("exemptParagraph"))
                .body("errors[0].rule", equalTo("maximum"));
    }

    @Test
    void shouldKeepAReportWithItsAuthority() {
        String admin = Tokens.admin();
        long id = create(admin, report(own, "Admin's report")).jsonPath().getLong("id");
        Contract.as(admin).header("If-Match", "\"0\"").contentType("application/json")
                .body(report(other, "Moved")).put("/api/v1/reports/" + id)
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
        Contract.badRequestAs(ownOfficer).get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        Contract.badRequestAs(ownOfficer).contentType("text/plain").body("hello").post("/api/v1/reports")
                .then().statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("does not take text/plain"));
        // The targets' import takes CSV only: the answer names what was refused, not JSON as the type to send.
        Contract.badRequestAs(ownOfficer).contentType("application/json").body("[]")
                .post("/api/v1/imports/targets?dryRun=true").then().statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("does not take application/json"));
    }

    @Test
    void shouldRefuseAnOversizedBodyWithAProblem() {
        String huge = "{\"title\": \"" + "a".repeat(21 * 1024 * 1024) + "\"}";
        // With "Expect: 100-continue" the client waits for the verdict instead of writing into a closed socket.
        Contract.badRequestAs(ownOfficer)
                .config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.protocol.expect-continue", true)))
                .contentType("application/json").body(huge).post("/api/v1/reports")
                .then().statusCode(413).contentType("application/problem+json")
                .body("title", equalTo("The request is too large"));
    }
}
