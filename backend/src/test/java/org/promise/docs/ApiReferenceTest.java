package org.promise.docs;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.eclipse.microprofile.config.ConfigProvider;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;

/** The API reference: Swagger UI at /api/v1/docs on the contract exactly as the repository holds it. */
@QuarkusTest
class ApiReferenceTest {

    @Test
    void shouldServeThePageWithAPolicyThatAllowsOnlyItsOwnScripts() {
        RestAssured.given().get("/api/v1/docs").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", startsWith("default-src 'none'; script-src 'self'; style-src 'self'"))
                .header("Content-Security-Policy", containsString("connect-src 'self' http"))
                .body(containsString("<script src=\"docs/swagger-ui-bundle.js\"></script>"))
                .body(containsString("<script src=\"docs/start.js\"></script>"));
    }

    @Test
    void shouldServeTheContractUnchanged() throws IOException {
        String served = RestAssured.given().get("/api/v1/docs/openapi.yaml").then().statusCode(200)
                .contentType(startsWith("application/yaml")).extract().asString();
        assertThat(served, equalTo(Files.readString(Contract.FILE)));
    }

    @Test
    void shouldServeSwaggerUiAndTheScriptThatStartsIt() {
        byte[] bundle = RestAssured.given().get("/api/v1/docs/swagger-ui-bundle.js").then().statusCode(200)
                .contentType(startsWith("text/javascript")).extract().asByteArray();
        assertThat(bundle.length, greaterThan(100_000));
        RestAssured.given().get("/api/v1/docs/swagger-ui.css").then().statusCode(200).contentType(startsWith("text/css"));
        RestAssured.given().get("/api/v1/docs/start.js").then().statusCode(200)
                .body(containsString("url: 'docs/openapi.yaml'"));
    }

    @Test
    void shouldTellThePageWhereToSignIn() {
        RestAssured.given().get("/api/v1/docs/sign-in.json").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("realm", equalTo(ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class)
                        .replaceAll("/+$", "")))
                .body("clientId", equalTo("promise-web"));
    }

    /** Swagger UI's page that completes a sign-in runs one inline script: allowed by its hash, nothing else. */
    @Test
    void shouldServeTheSignedInPageWithAPolicyThatAllowsOnlyItsOwnScript() throws Exception {
        var answer = RestAssured.given().get("/api/v1/docs/oauth2-redirect.html").then().statusCode(200)
                .contentType(startsWith("text/html")).extract();
        String page = answer.asString();
        String script = page.substring(page.indexOf("<script>") + "<script>".length(), page.indexOf("</script>"));
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        assertThat(answer.header("Content-Security-Policy"),
                startsWith("default-src 'none'; script-src 'sha256-" + hash + "'; frame-ancestors 'none'"));
        assertThat(script, containsString("window.opener.swaggerUIRedirectOauth2"));
    }

    @Test
    void shouldSendTheSlashedAddressToThePageAndAnswerAnyOtherFileNotFound() {
        RestAssured.given().redirects().follow(false).get("/api/v1/docs/").then().statusCode(301)
                .header("Location", "../docs");
        RestAssured.given().get("/api/v1/docs/index.html").then().statusCode(404);
    }
}
