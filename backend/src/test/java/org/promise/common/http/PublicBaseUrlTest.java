package org.promise.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.RawHttp;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/** With a configured public address, links point there whatever the request says about its host. */
@QuarkusTest
@TestProfile(PublicBaseUrlTest.Configured.class)
class PublicBaseUrlTest {

    public static class Configured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("promise.public-base-url", "https://promise.example.org/",
                    "promise.trusted-proxies", "127.0.0.1");
        }
    }

    @Test
    void shouldPutLocationAndLinksAtTheConfiguredAddressWhateverTheHost() throws IOException {
        String[] forged = {"Host: evil.example", "X-Forwarded-Host: other.example"};
        String authority = ScratchAuthority.create(PublicBaseUrlTest.class).code();
        RawHttp.Answer created = RawHttp.sendBody("POST /api/v1/action-plans HTTP/1.1",
                "{\"authority\":\"" + authority + "\",\"startYear\":2093}", forged[0], forged[1],
                "Authorization: Bearer " + Tokens.officer(authority), "Content-Type: application/json");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).matches("https://promise\\.example\\.org/api/v1/action-plans/[0-9]+");

        RawHttp.Answer page = Contract.check(Request.Method.GET, "/api/v1/kpis", RawHttp.send(
                "GET /api/v1/kpis?pageSize=1&area=E08000030 HTTP/1.1", forged[0], forged[1],
                "Authorization: Bearer " + Tokens.partner("partner-base", Tokens.WALSALL)));
        assertThat(page.header("Link"))
                .startsWith("<https://promise.example.org/api/v1/kpis?pageSize=1&area=E08000030>; rel=\"first\"")
                .contains("<https://promise.example.org/api/v1/kpis?pageSize=1&area=E08000030&after=");
    }

    /** A report's standalone page links a cited figure's indicator at the public address, not at a bare path. */
    @Test
    void shouldLinkAReportPagesFiguresAtTheConfiguredAddress() {
        String authority = ScratchAuthority.create(PublicBaseUrlTest.class).code();
        String officer = Tokens.officer(authority);
        long id = Contract.as(officer).contentType("application/json").body(Map.of("authority", authority,
                "type", "annual-fostering", "title", "Linked report", "visibility", "public",
                "sections", List.of(Map.of("heading", "Health", "blocks", List.of(Map.of("kind", "figure",
                        "indicator", "HLTH_ASSESS", "period", "2010-11"))))))
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath().getLong("id");
        Contract.as(officer).header("If-Match", "\"0\"").contentType("application/json").body("{}")
                .post("/api/v1/reports/" + id + "/publish").then().statusCode(200);

        String html = Contract.anonymous().queryParam("format", "html").get("/api/v1/reports/" + id + "/render")
                .then().statusCode(200).extract().asString();

        assertThat(html).contains("<a href=\"https://promise.example.org/indicators/HLTH_ASSESS\">");
    }
}
