package org.promise.me;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Tokens;

/** The token is checked for real: signature, issuer, audience and expiry. */
@QuarkusTest
class TokenCheckTest {

    @Test
    void shouldDescribeTheCallerFromTheToken() {
        Contract.as(Tokens.analyst(Tokens.WALSALL, Tokens.DUDLEY))
                .get("/api/v1/me")
                .then().statusCode(200)
                .body("name", equalTo("analyst"))
                .body("subject", equalTo("sub-analyst"))
                .body("roles", contains("analyst"))
                .body("authorities.code", contains(Tokens.DUDLEY, Tokens.WALSALL))
                .body("authorities.name", contains("Dudley", "Walsall"));
    }

    @Test
    void shouldNameAPartnerSystemByItsClientId() {
        String token = Tokens.claims("service-account-partner-walsall", List.of("partner"), List.of(Tokens.WALSALL))
                .claim("azp", "partner-walsall").sign();
        Contract.as(token).get("/api/v1/me")
                .then().statusCode(200)
                .body("name", equalTo("partner-walsall"))
                .body("roles", contains("partner"));
    }

    @Test
    void shouldRefuseACallWithoutAToken() {
        Contract.anonymous().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/me"));
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        String expired = Tokens.claims("officer.walsall", List.of("officer"), List.of(Tokens.WALSALL))
                .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(600)).sign();
        Contract.as(expired).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseATokenFromAnotherIssuer() {
        String foreign = Tokens.claims("officer.walsall", List.of("officer"), List.of(Tokens.WALSALL))
                .issuer("https://elsewhere.example.com").sign();
        Contract.as(foreign).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldRefuseATokenForAnotherAudience() {
        String other = Tokens.claims("officer.walsall", List.of("officer"), List.of(Tokens.WALSALL))
                .audience(Set.of("some-other-api")).sign();
        Contract.as(other).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldRefuseATamperedToken() {
        String genuine = Tokens.officer(Tokens.WALSALL);
        Contract.as(genuine).get("/api/v1/me").then().statusCode(200);
        Contract.as(Tokens.tampered(genuine, "\"officer\"", "\"admin\"")).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldRefuseAGarbledToken() {
        Contract.as("not-a-jwt").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldRefuseAValidTokenWithoutTheRole() {
        Contract.as(Tokens.officer(Tokens.WALSALL)).get("/api/v1/audit")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("title", equalTo("You are not allowed to do this"));
    }

    @Test
    void shouldIgnoreRolesThatPromiseDoesNotKnow() {
        String token = Tokens.forUser("someone", List.of("offline_access", "officer"), List.of());
        Contract.as(token).get("/api/v1/me").then().statusCode(200)
                .body("roles", contains("officer"))
                .body("authorities", hasSize(0));
    }
}
