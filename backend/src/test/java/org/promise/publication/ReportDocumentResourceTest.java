package org.promise.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Figures;
import org.promise.support.RenderedDocuments;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/** A report rendered as a page and as a PDF: accessible as a reader meets it, and only to those who may read it. */
@QuarkusTest
class ReportDocumentResourceTest {

    private static final String YEAR = "2010-11";

    private static ScratchAuthority authority;
    private static long report;

    @Inject
    DataSource dataSource;

    /** Once per class, at the first test: RestAssured knows the test server's port only from then on. */
    @BeforeEach
    void createReport() {
        if (authority != null) {
            return;
        }
        authority = ScratchAuthority.create(ReportDocumentResourceTest.class);
        Figures.put(authority.officer(), "HLTH_ASSESS", authority.code(), YEAR, 83, null, null, "final");
        report = published(report("Fostering Service Annual Report 2010-2011", "public"));
    }

    static Map<String, Object> report(String title, String visibility) {
        Map<String, Object> body = new HashMap<>();
        body.put("authority", authority.code());
        body.put("type", "annual-fostering");
        body.put("title", title);
        body.put("periodCovered", "2010-2011");
        body.put("author", "Head of Fostering");
        body.put("contactOfficer", "Fostering Team Manager");
        body.put("executiveSummary", "The service approved 14 new fostering households.\n\nPlacement stability held.");
        body.put("recommendations", List.of("That the report be noted", "That the recruitment plan be endorsed"));
        body.put("visibility", visibility);
        if (visibility.equals("exempt")) {
            body.put("exemptParagraph", 2);
        }
        body.put("sections", List.of(
                Map.of("number", "1", "heading", "Introduction", "blocks", List.of(Map.of("kind", "paragraph",
                        "text", "Of the children in care, 11% were placed with family and friends carers."))),
                Map.of("number", "2", "heading", "Recruitment", "blocks", List.of(Map.of("kind", "table",
                        "caption", "Table: fostering households approved",
                        "columns", List.of(Map.of("heading", "Year", "numeric", false),
                                Map.of("heading", "Households approved", "numeric", true),
                                Map.of("heading", "Share of enquiries", "numeric", true)),
                        "rows", List.of(Map.of("header", "2010-11", "cells", List.of("14", "11%")),
                                Map.of("header", "2009-10", "cells", List.of("12", "9%")))))),
                Map.of("number", "2.1", "heading", "Health", "blocks", List.of(
                        Map.of("kind", "figure", "indicator", "HLTH_ASSESS", "period", YEAR,
                                "caption", "Health assessments on time"),
                        Map.of("kind", "list", "ordered", false,
                                "items", List.of("Dental checks", "Immunisations"))))));
        body.put("childFriendlySummary", List.of(Map.of("heading", "What this report is about",
                "text", "It is about the people who look after children when they cannot live at home.")));
        return body;
    }

    private static long create(Map<String, Object> body) {
        return Contract.as(authority.officer()).contentType("application/json").body(body).post("/api/v1/reports")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long published(Map<String, Object> body) {
        long id = create(body);
        Contract.as(authority.officer()).header("If-Match", "\"0\"").contentType("application/json").body("{}")
                .post("/api/v1/reports/" + id + "/publish").then().statusCode(200);
        return id;
    }

    private static RequestSpecification as(String token) {
        return token == null ? Contract.anonymous() : Contract.as(token);
    }

    private static Response render(String token, long id, String format) {
        return as(token).queryParam("format", format).get("/api/v1/reports/" + id + "/render");
    }

    @Test
    void thePageIsAStandaloneAccessibleDocumentWithTheReportsTablesAndFigures() {
        Response page = render(Tokens.boardMember(authority.code()), report, "html");

        page.then().statusCode(200).contentType(equalTo("text/html;charset=UTF-8"));
        String html = page.asString();
        assertThat(RenderedDocuments.htmlProblems(html)).isEmpty();
        assertThat(html).contains("<h1 id=\"title\">Fostering Service Annual Report 2010-2011</h1>",
                "<caption>Table: fostering households approved</caption>", "<th scope=\"row\">2010-11</th>",
                "<td class=\"numeric\">11%</td>", "<h3 id=\"section-3\">2.1 Health</h3>",
                "Health assessments on time</span>: <strong class=\"figure-value\">83%</strong>",
                "Fostering Team Manager", "That the recruitment plan be endorsed", "Published");
        assertThat(page.header("Content-Security-Policy")).startsWith("default-src 'none'; style-src 'sha256-");
        assertThat(page.header("Content-Disposition")).startsWith("inline;");
    }

    @Test
    void thePdfIsTaggedPdfUaWithEveryFontEmbeddedAndTheReportsNumbersInItsText() {
        Response answer = render(Tokens.boardMember(authority.code()), report, "pdf");

        answer.then().statusCode(200).contentType("application/pdf");
        assertThat(answer.header("Content-Disposition")).isEqualTo("attachment; filename=\"report-"
                + authority.code() + "-annual-fostering-" + report + ".pdf\"");
        byte[] pdf = RenderedDocuments.keep("report-" + report + ".pdf", answer.asByteArray());
        assertThat(RenderedDocuments.pdfUaFailures(pdf)).as("veraPDF, PDF/UA-1").isEmpty();
        assertThat(RenderedDocuments.fontsNotEmbedded(pdf)).isEmpty();
        assertThat(RenderedDocuments.text(pdf)).contains("11%", "14", "83%", "Table: fostering households approved",
                "Page 1 of", "Fostering Service Annual Report 2010-2011", "That the recruitment plan be endorsed");
    }

    /**
     * A control character stored before text was checked for them (or put in by other means) is left out of the
     * page and the PDF, which XML cannot carry, rather than failing the render.
     */
    @Test
    void aControlCharacterStoredInAReportIsLeftOutOfThePageAndThePdf() throws SQLException {
        long id = published(report("Stored bell report", "public"));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update report set title = 'Stored ' || chr(7) || 'bell report',"
                    + " executive_summary = 'Start' || chr(1) || 'end.' where id = " + id);
            statement.executeUpdate("update report_version set content = content"
                    + " || jsonb_build_object('title', 'Stored ' || chr(7) || 'bell report',"
                    + " 'executiveSummary', 'Start' || chr(1) || 'end.') where report_id = " + id);
        }

        String html = render(null, id, "html").then().statusCode(200).extract().asString();
        byte[] pdf = render(null, id, "pdf").then().statusCode(200).extract().asByteArray();

        assertThat(html).contains("Stored bell report", "Startend.").doesNotContain("\u0001", "\u0007");
        assertThat(RenderedDocuments.text(pdf)).contains("Startend.");
    }

    /** The same figure as the JSON gives this caller: a figure is cited live, as the caller may read it. */
    @Test
    void anyoneReadsAPublishedPublicReportWithItsFiguresAsTheyMayReadThem() {
        String cited = Contract.anonymous().get("/api/v1/reports/" + report).then().statusCode(200).extract()
                .jsonPath().getString("sections[2].blocks[0].cited.display");

        String html = render(null, report, "html").then().statusCode(200).extract().asString();

        assertThat(html).contains("<strong class=\"figure-value\">" + cited + "</strong>");
        // With no public address configured or forwarded, the standalone page links nowhere rather than to a path
        // that is dead from the API's origin and in a saved copy.
        assertThat(html).doesNotContain("href=\"/indicators/");
        assertThat(RenderedDocuments.htmlProblems(html)).isEmpty();
    }

    @Test
    void aFormatOrEditionOtherThanThoseOfferedIsABadRequestNamingTheParameter() {
        Contract.badRequestAs(authority.officer()).queryParam("format", "docx")
                .get("/api/v1/reports/" + report + "/render")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        Contract.badRequestAs(authority.officer()).get("/api/v1/reports/" + report + "/render")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        Contract.badRequestAs(authority.officer()).queryParam("format", "html").queryParam("edition", "easy-read")
                .get("/api/v1/reports/" + report + "/render")
                .then().statusCode(400).body("errors[0].field", equalTo("edition"));
    }

    @Test
    void anExemptReportOrADraftIsNotFoundForAnOutsiderAndSaysWhatItIsToAnInsider() {
        long exempt = published(report("Placement review", "exempt"));
        long draft = create(report("Fostering report, draft", "public"));
        String outsider = Tokens.officer(ScratchAuthority.create(ReportDocumentResourceTest.class).code());
        for (long id : List.of(exempt, draft)) {
            for (String format : List.of("html", "pdf")) {
                render(outsider, id, format).then().statusCode(404);
                render(null, id, format).then().statusCode(404);
            }
        }

        assertThat(render(Tokens.boardMember(authority.code()), exempt, "html").asString())
                .contains("Not for publication: exempt information under paragraph 2 of Schedule 12A");
        assertThat(render(authority.officer(), draft, "html").asString())
                .contains("Draft: not published", "Not published yet");
    }

    @Test
    void anEarlierVersionIsRenderedAsItWasPublished() {
        long id = published(report("Adoption report 2010-11", "public"));
        Map<String, Object> second = report("Adoption report 2010-11, corrected", "public");
        second.put("reason", "Table 1 corrected");
        String etag = Contract.as(authority.officer()).get("/api/v1/reports/" + id).header("ETag");
        Contract.as(authority.officer()).header("If-Match", etag).contentType("application/json").body(second)
                .post("/api/v1/reports/" + id + "/versions").then().statusCode(200);

        String first = Contract.anonymous().queryParam("format", "html").queryParam("version", 1)
                .get("/api/v1/reports/" + id + "/render").then().statusCode(200).extract().asString();
        String current = render(null, id, "html").asString();

        assertThat(first).contains("<h1 id=\"title\">Adoption report 2010-11</h1>", "Version 1 of this report");
        assertThat(current).contains("<h1 id=\"title\">Adoption report 2010-11, corrected</h1>",
                "Version 2 of this report");
        Contract.anonymous().queryParam("format", "html").queryParam("version", 3)
                .get("/api/v1/reports/" + id + "/render").then().statusCode(404);
    }

    @Test
    void theChildFriendlyEditionIsInLargeTypeAndOnlyWhereTheReportHasOne() {
        Response answer = Contract.anonymous().queryParam("format", "pdf").queryParam("edition", "child-friendly")
                .get("/api/v1/reports/" + report + "/render");
        byte[] pdf = RenderedDocuments.keep("report-" + report + "-child-friendly.pdf",
                answer.then().statusCode(200).extract().asByteArray());
        String html = Contract.anonymous().queryParam("format", "html").queryParam("edition", "child-friendly")
                .get("/api/v1/reports/" + report + "/render").then().statusCode(200).extract().asString();

        assertThat(RenderedDocuments.htmlProblems(html)).isEmpty();
        assertThat(html).contains("<body class=\"child-friendly\">", "<h2 id=\"part-1\">What this report is about</h2>")
                .doesNotContain("Table: fostering households approved");
        assertThat(RenderedDocuments.pdfUaFailures(pdf)).as("veraPDF, PDF/UA-1").isEmpty();
        assertThat(RenderedDocuments.text(pdf)).contains("the people who look after children");

        Map<String, Object> plain = report("Report without a summary for children", "public");
        plain.remove("childFriendlySummary");
        long without = published(plain);
        Contract.anonymous().queryParam("format", "html").queryParam("edition", "child-friendly")
                .get("/api/v1/reports/" + without + "/render").then().statusCode(404);
    }
}
