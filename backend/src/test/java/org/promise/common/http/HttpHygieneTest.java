package org.promise.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.atlassian.oai.validator.model.Request;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.RawHttp;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/** What every answer says about itself, where the management endpoints live, and the limits of a request. */
@QuarkusTest
class HttpHygieneTest {

    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");

    @TestHTTPResource(value = "health/ready", management = true)
    URL managementHealth;

    @TestHTTPResource(value = "metrics", management = true)
    URL managementMetrics;

    private static void assertSecurityHeaders(Response answer) {
        SECURITY_HEADERS.forEach((name, value) -> assertThat(answer.header(name)).as(name).isEqualTo(value));
        assertThat(answer.header("Strict-Transport-Security")).as("HSTS over plain HTTP").isNull();
    }

    @Test
    void shouldSendTheSecurityHeadersWithEveryKindOfAnswer() {
        assertSecurityHeaders(Contract.anonymous().queryParam("authority", Tokens.WALSALL)
                .get("/api/v1/you-said-we-did").then().statusCode(200).extract().response());
        assertSecurityHeaders(Contract.anonymous().get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json").extract().response());
        assertSecurityHeaders(Contract.as(Tokens.officer(Tokens.WALSALL)).get("/api/v1/reports/999999")
                .then().statusCode(404).contentType("application/problem+json").extract().response());
        assertSecurityHeaders(RestAssured.get("/nothing/here").then().statusCode(404).extract().response());
        assertSecurityHeaders(RestAssured.get("/q/openapi").then().statusCode(200).extract().response());
        assertSecurityHeaders(Contract.as(Tokens.analyst()).accept("text/csv").get("/api/v1/values")
                .then().statusCode(200).extract().response());
    }

    @Test
    void shouldNotSendHstsWhenAnUntrustedCallerClaimsTls() {
        assertSecurityHeaders(Contract.anonymous().header("X-Forwarded-Proto", "https").get("/api/v1/strategies")
                .then().statusCode(200).extract().response());
    }

    @Test
    void shouldLetThePageToPrintApplyItsOwnStylesheetAndNothingElse() throws NoSuchAlgorithmException {
        String officer = Tokens.officer(Tokens.WALSALL);
        long planId = Contract.as(officer).queryParam("authority", Tokens.WALSALL).get("/api/v1/action-plans")
                .then().extract().jsonPath().getLong("items[0].id");
        Response page = Contract.as(officer).accept("text/html").get("/api/v1/action-plans/" + planId + "/items")
                .then().statusCode(200).contentType(startsWith("text/html")).extract().response();
        String html = page.asString();
        String style = html.substring(html.indexOf("<style>") + "<style>".length(), html.indexOf("</style>"));
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.header("Content-Security-Policy"))
                .isEqualTo("default-src 'none'; style-src 'sha256-" + hash + "'; frame-ancestors 'none'");
        assertThat(html).doesNotContain("<script");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void shouldServeHealthAndMetricsOnTheManagementPortOnly() {
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/ready"}) {
            RestAssured.get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("status", equalTo(404)).body("instance", equalTo(path));
        }
        assertThat(managementHealth.getPath()).isEqualTo("/q/health/ready");
        RestAssured.get(managementHealth).then().statusCode(200).body("status", equalTo("UP"));
        assertThat(RestAssured.get(managementMetrics).then().statusCode(200).extract().asString())
                .contains("jvm_memory_committed_bytes");
        RestAssured.get("/q/openapi").then().statusCode(200);
    }

    @Test
    void shouldNeverBuildLinksFromTheHostHeader() throws IOException {
        RawHttp.Answer page = Contract.check(Request.Method.GET, "/api/v1/kpis", RawHttp.send(
                "GET /api/v1/kpis?pageSize=1 HTTP/1.1", "Host: evil.example",
                "Authorization: Bearer " + Tokens.partner("partner-links", Tokens.WALSALL)));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Link")).startsWith("</api/v1/kpis?pageSize=1>; rel=\"first\"")
                .contains("</api/v1/kpis?pageSize=1&after=").doesNotContain("evil");

        String authority = ScratchAuthority.create(HttpHygieneTest.class).code();
        RawHttp.Answer created = RawHttp.sendBody("POST /api/v1/action-plans HTTP/1.1",
                "{\"authority\":\"" + authority + "\",\"startYear\":2091}", "Host: evil.example",
                "Authorization: Bearer " + Tokens.officer(authority), "Content-Type: application/json");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).matches("/api/v1/action-plans/[0-9]+");
    }

    @Test
    void shouldAnswerAnAddressThatIsTooLongWithAProblem() throws IOException {
        String query = "?area=" + "E08000030&area=".repeat(300) + "E08000030";
        RawHttp.Answer answer = Contract.check(Request.Method.GET, "/api/v1/areas",
                RawHttp.send("GET /api/v1/areas" + query + " HTTP/1.1"));
        assertThat(answer.status()).isEqualTo(414);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"urn:promise:problem:uri-too-long\"")
                .contains("at most 4096");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void shouldAnswerHeadersThatAreTooLargeWithAProblem() throws IOException {
        String[] headers = new String[30];
        for (int i = 0; i < headers.length; i++) {
            headers[i] = "X-Padding-" + i + ": " + "x".repeat(1000);
        }
        RawHttp.Answer answer = Contract.check(Request.Method.GET, "/api/v1/areas",
                RawHttp.send("GET /api/v1/areas HTTP/1.1", headers));
        assertThat(answer.status()).isEqualTo(431);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"urn:promise:problem:headers-too-large\"")
                .contains("at most 20480");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void shouldRefuseABodySentInChunksOnceItPassesTheLimit() throws IOException {
        long limit = 20L * 1024 * 1024;
        RawHttp.Answer answer = Contract.check(Request.Method.POST, "/api/v1/imports/values",
                RawHttp.sendChunked("POST /api/v1/imports/values?dryRun=true HTTP/1.1", limit + 128 * 1024,
                        (byte) 'x', "Authorization: Bearer " + Tokens.officer(Tokens.WALSALL),
                        "Content-Type: text/csv"));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"urn:promise:problem:payload-too-large\"")
                .contains("sent in chunks");
    }

    @Test
    void shouldStillTakeABodySentInChunksUnderTheLimit() throws IOException {
        RawHttp.Answer answer = RawHttp.sendChunked("POST /api/v1/imports/values?dryRun=true HTTP/1.1", 200_000,
                (byte) 'x', "Authorization: Bearer " + Tokens.officer(Tokens.WALSALL), "Content-Type: text/csv");
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("The header row lacks");
    }
}
