package org.promise.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Figures;
import org.promise.support.RenderedDocuments;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/** A performance pack rendered as a page and a PDF, draft and frozen, to its authority's insiders only. */
@QuarkusTest
class PackDocumentResourceTest {

    private static final String PACKS = "/api/v1/performance-packs";
    private static final String YEAR = "2010-11";

    private static Response render(String token, long pack, String format) {
        var request = token == null ? Contract.anonymous() : Contract.as(token);
        return request.queryParam("format", format).get(PACKS + "/" + pack + "/render");
    }

    private static void target(String officer, String indicator, String area, int value) {
        String url = "/api/v1/indicators/" + indicator + "/targets/" + area + "/" + YEAR;
        String etag = Contract.as(officer).get(url).header("ETag");
        var request = Contract.as(officer).contentType("application/json").body(Map.of("value", value));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        request.put(url).then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    private static String etag(long pack) {
        return Contract.as(Tokens.admin()).get(PACKS + "/" + pack).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void aPackIsAnAccessibleDocumentWithItsFiguresRatingsInWordsTrendAndCommentary() {
        ScratchAuthority area = ScratchAuthority.create(PackDocumentResourceTest.class);
        String officer = area.officer();
        Figures.put(officer, "HLTH_ASSESS", area.code(), "2009-10", 58, null, null, "final");
        Figures.put(officer, "HLTH_ASSESS", area.code(), YEAR, 61, null, null, "final");
        target(officer, "HLTH_ASSESS", area.code(), 90);
        long pack = Contract.as(officer).contentType("application/json")
                .body(Map.of("authority", area.code(), "period", YEAR)).post(PACKS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Contract.as(officer).header("If-Match", etag(pack)).contentType("application/json")
                .body(Map.of("text", "Assessments fell behind when two nurses left.")).put(PACKS + "/" + pack
                        + "/commentary/HLTH_ASSESS").then().statusCode(200);

        String draft = render(Tokens.boardMember(area.code()), pack, "html").then().statusCode(200).extract()
                .asString();
        assertThat(RenderedDocuments.htmlProblems(draft)).isEmpty();
        assertThat(draft).contains("Draft: generated on", "<td class=\"numeric\">61%</td>", "<td>Red",
                "<th scope=\"row\">2009-10</th><td class=\"numeric\">58%</td>",
                "Assessments fell behind when two nurses left.");

        String sha = Contract.as(officer).header("If-Match", etag(pack)).contentType("application/json")
                .body(Map.of()).post(PACKS + "/" + pack + "/freeze").then().statusCode(200).extract().jsonPath()
                .getString("contentSha256");
        Response answer = render(officer, pack, "pdf");
        answer.then().statusCode(200).contentType("application/pdf");
        assertThat(answer.header("Content-Disposition")).isEqualTo("attachment; filename=\"performance-pack-"
                + area.code() + "-" + YEAR + "-" + pack + ".pdf\"");
        byte[] pdf = RenderedDocuments.keep("pack-" + pack + ".pdf", answer.asByteArray());
        assertThat(RenderedDocuments.pdfUaFailures(pdf)).as("veraPDF, PDF/UA-1").isEmpty();
        assertThat(RenderedDocuments.fontsNotEmbedded(pdf)).isEmpty();
        assertThat(RenderedDocuments.text(pdf).replaceAll("\\s+", " ")).contains("61%", "58%", "90%", "Red",
                "Frozen on", sha, "Assessments fell behind when two nurses left.");
    }

    @Test
    void aPackIsItsAuthoritysOwn() {
        ScratchAuthority area = ScratchAuthority.create(PackDocumentResourceTest.class);
        long pack = Contract.as(area.officer()).contentType("application/json")
                .body(Map.of("authority", area.code(), "period", YEAR)).post(PACKS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String outsider = Tokens.officer(ScratchAuthority.create(PackDocumentResourceTest.class).code());

        render(outsider, pack, "pdf").then().statusCode(404);
        render(Tokens.analyst(area.code()), pack, "html").then().statusCode(404);
        render(null, pack, "html").then().statusCode(401);
        Contract.badRequestAs(area.officer()).queryParam("format", "odt").get(PACKS + "/" + pack + "/render")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
    }
}
