package org.promise.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.atlassian.oai.validator.model.Request;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.RawHttp;
import org.promise.support.Tokens;

/** Behind a proxy that configuration names (here the local host, as `make run` names its web client's proxy). */
@QuarkusTest
@TestProfile(BehindTrustedProxyTest.LocalProxy.class)
class BehindTrustedProxyTest {

    public static class LocalProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("promise.trusted-proxies", "127.0.0.1", "promise.rate-limit.public-per-minute", "3");
        }
    }

    @Test
    void shouldLimitEachAddressTheProxyForwardsOnItsOwn() {
        for (int i = 0; i < 3; i++) {
            Contract.anonymous().header("X-Forwarded-For", "198.51.100.1").get("/api/v1/areas").then().statusCode(200);
        }
        Contract.anonymous().header("X-Forwarded-For", "198.51.100.1").get("/api/v1/areas").then().statusCode(429);
        // The proxy adds the address it saw last; what the caller wrote before it is not believed.
        Contract.anonymous().header("X-Forwarded-For", "203.0.113.9, 198.51.100.1").get("/api/v1/areas")
                .then().statusCode(429);
        Contract.anonymous().header("X-Forwarded-For", "198.51.100.2").get("/api/v1/areas").then().statusCode(200);
    }

    @Test
    void shouldSendHstsWhenTheProxySaysTheCallerUsedTls() {
        String partner = Tokens.partner("partner-tls", Tokens.WALSALL);
        Contract.as(partner).header("X-Forwarded-Proto", "https").queryParam("pageSize", 1).get("/api/v1/kpis")
                .then().statusCode(200).header("Strict-Transport-Security", equalTo("max-age=31536000"));
        Contract.as(partner).header("X-Forwarded-Proto", "http").queryParam("pageSize", 1).get("/api/v1/kpis")
                .then().statusCode(200).header("Strict-Transport-Security", nullValue());
    }

    @Test
    void shouldLinkAtTheAddressTheProxyForwardsAndNeverAtTheHost() throws IOException {
        String partner = "Authorization: Bearer " + Tokens.partner("partner-forwarded", Tokens.WALSALL);
        RawHttp.Answer page = Contract.check(Request.Method.GET, "/api/v1/kpis", RawHttp.send(
                "GET /api/v1/kpis?pageSize=1 HTTP/1.1", "Host: evil.example", partner,
                "X-Forwarded-Host: promise.example.org", "X-Forwarded-Proto: https"));
        assertThat(page.header("Link")).startsWith("<https://promise.example.org/api/v1/kpis?pageSize=1>; rel=\"first\"")
                .doesNotContain("evil");

        RawHttp.Answer odd = RawHttp.send("GET /api/v1/kpis?pageSize=1 HTTP/1.1", "Host: evil.example", partner,
                "X-Forwarded-Host: evil.example/phish?");
        assertThat(odd.header("Link")).startsWith("</api/v1/kpis?pageSize=1>; rel=\"first\"");
    }
}
