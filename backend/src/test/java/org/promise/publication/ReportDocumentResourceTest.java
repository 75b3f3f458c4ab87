package org.promise.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.RenderedDocuments;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/** A report rendered as a page and as a PDF: accessible as a reader meets it, and only to those who may read it. */
@QuarkusTest
class ReportDocumentResourceTest {

    private static ScratchAuthority authority;
    private static long report;
    private static long exempt;

    /** Once per class, at the first test: RestAssured knows the test server's port only from then on. */
    @BeforeEach
    void createReports() {
        if (authority != null) {
            return;
        }
        authority = ScratchAuthority.create(ReportDocumentResourceTest.class);
        report = create(report(false));
        exempt = create(report(true));
    }

    private static Map<String, Object> report(boolean exempt) {
        Map<String, Object> body = new HashMap<>();
        body.put("authority", authority.code());
        body.put("type", "annual-fostering");
        body.put("title", "Fostering Service Annual Report 2022-2023");
        body.put("periodCovered", "2022-2023");
        body.put("author", "Head of Fostering");
        body.put("contactOfficer", "Fostering Team Manager");
        body.put("executiveSummary", "The service approved 14 new fostering households.\n\nPlacement stability held.");
        body.put("recommendations", List.of("That the report be noted", "That the recruitment plan be endorsed"));
        body.put("body", "Of the children in care, 11% were placed with family and friends carers.\n\n"
                + "Recruitment: 14 households approved, against 12 the year before.");
        body.put("visibility", exempt ? "exempt" : "public");
        if (exempt) {
            body.put("exemptParagraph", 2);
        }
        return body;
    }

    private static long create(Map<String, Object> body) {
        return Contract.as(authority.officer()).contentType("application/json").body(body).post("/api/v1/reports")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Response render(String token, long id, String format) {
        return Contract.as(token).queryParam("format", format).get("/api/v1/reports/" + id + "/render");
    }

    @Test
    void thePageIsAStandaloneAccessibleDocument() {
        Response page = render(Tokens.analyst(authority.code()), report, "html");

        page.then().statusCode(200).contentType(equalTo("text/html;charset=UTF-8"));
        String html = page.asString();
        assertThat(RenderedDocuments.htmlProblems(html)).isEmpty();
        assertThat(html).contains("<h1 id=\"title\">Fostering Service Annual Report 2022-2023</h1>",
                "Fostering Team Manager", "That the recruitment plan be endorsed", "11% were placed");
        assertThat(page.header("Content-Security-Policy")).startsWith("default-src 'none'; style-src 'sha256-");
    }

    @Test
    void thePdfIsTaggedPdfUaWithEveryFontEmbeddedAndTheReportsNumbersInItsText() {
        Response answer = render(Tokens.analyst(authority.code()), report, "pdf");

        answer.then().statusCode(200).contentType("application/pdf");
        assertThat(answer.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"report-" + authority.code() + "-annual-fostering-" + report
                        + ".pdf\"");
        byte[] pdf = RenderedDocuments.keep("report-" + report + ".pdf", answer.asByteArray());
        assertThat(RenderedDocuments.pdfUaFailures(pdf)).as("veraPDF, PDF/UA-1").isEmpty();
        assertThat(RenderedDocuments.fontsNotEmbedded(pdf)).isEmpty();
        assertThat(RenderedDocuments.text(pdf)).contains("11%", "14 households", "Page 1 of",
                "Fostering Service Annual Report 2022-2023", "That the recruitment plan be endorsed");
    }

    @Test
    void aFormatOtherThanHtmlOrPdfIsABadRequestNamingTheParameter() {
        Contract.badRequestAs(authority.officer()).queryParam("format", "docx")
                .get("/api/v1/reports/" + report + "/render")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        Contract.badRequestAs(authority.officer()).get("/api/v1/reports/" + report + "/render")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
    }

    @Test
    void anExemptReportIsNotFoundForAnOutsiderAndReadsAsExemptForAnInsider() {
        String outsider = Tokens.officer(ScratchAuthority.create(ReportDocumentResourceTest.class).code());
        render(outsider, exempt, "pdf").then().statusCode(404);
        render(outsider, exempt, "html").then().statusCode(404);

        assertThat(render(Tokens.boardMember(authority.code()), exempt, "html").asString())
                .contains("Not for publication: exempt information under paragraph 2 of Schedule 12A");
    }
}
