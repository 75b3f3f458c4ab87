package org.promise.value;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Figures;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/**
 * A figure's note and quality flags go wherever the figure goes (the scorecard, the public scorecard, the values
 * export and the KPI feed, JSON and CSV), and are withheld wherever the figure is: a note may quote the number that
 * suppression hides. The class's own authority publishes its scorecard; its figures are for 2009-10: the routes out
 * of care, where 3 children left through special guardianship (withheld, and so is its rate).
 */
@QuarkusTest
class NotesTravelTest {

    private static final String YEAR = "2009-10";
    private static final String OPEN_NOTE = "Reported as 36 (55%) in the pack";
    private static final String WITHHELD_NOTE = "Reported as 3/66 (5%) in the pack";
    private static final String WITHHELD_RATE_NOTE = "Three of the 66 who left care";
    /** The flag the withheld rate raises (9% reported, 3 of 66 given): it quotes the withheld count. */
    private static final String WITHHELD_FLAG = "3 of 66";
    private static final String OPEN_FLAG = "15 of 66 is 22.7%, not 25%";
    private static ScratchAuthority authority;
    private static boolean written;

    @BeforeAll
    static void createAuthority() {
        authority = ScratchAuthority.create(NotesTravelTest.class).publishingItsScorecard();
    }

    /** Once, but in a test's own setup: REST Assured knows the application's port only there. */
    @BeforeEach
    void writeFiguresOnce() {
        if (written) {
            return;
        }
        String officer = authority.officer();
        String area = authority.code();
        Figures.put(officer, "LEAVE_TOTAL", area, YEAR, 66, null, null, "final");
        Figures.putWithNote(officer, "LEAVE_REUNIF", area, YEAR, 36, null, null, OPEN_NOTE);
        Figures.putWithNote(officer, "LEAVE_SGO", area, YEAR, 3, null, null, WITHHELD_NOTE);
        Figures.put(officer, "LEAVE_ADOPT", area, YEAR, 15, null, null, "final");
        Figures.put(officer, "LEAVE_OTHER", area, YEAR, 12, null, null, "final");
        Figures.putWithNote(officer, "LEAVE_SGO_PCT", area, YEAR, 9, 3, 66, WITHHELD_RATE_NOTE);
        Figures.put(officer, "LEAVE_ADOPT_PCT", area, YEAR, 25, 15, 66, "final");
        written = true;
    }

    private static String row(String indicator) {
        return "groups.rows.flatten().find { it.indicator == '" + indicator + "' }";
    }

    private static RequestSpecification scorecard(RequestSpecification caller) {
        return caller.queryParam("area", authority.code()).queryParam("period", YEAR);
    }

    @Test
    void shouldFootnoteTheScorecardWithTheNoteAndFlagsForItsOfficers() {
        scorecard(Contract.as(authority.officer())).get("/api/v1/scorecard").then().statusCode(200)
                .body(row("LEAVE_REUNIF") + ".note", equalTo(OPEN_NOTE))
                .body(row("LEAVE_REUNIF") + ".flags", empty())
                .body(row("LEAVE_SGO") + ".note", equalTo(WITHHELD_NOTE))
                .body(row("LEAVE_SGO_PCT") + ".flags[0].rule", equalTo("fraction-mismatch"))
                .body(row("LEAVE_SGO_PCT") + ".flags[0].message", containsString(WITHHELD_FLAG))
                .body(row("LEAVE_ADOPT_PCT") + ".flags[0].message", equalTo(OPEN_FLAG));
    }

    @Test
    void shouldWithholdTheNoteAndFlagsOfAWithheldFigureOnThePublicScorecard() {
        String body = scorecard(Contract.anonymous()).get("/api/v1/public/scorecard").then().statusCode(200)
                .body(row("LEAVE_REUNIF") + ".note", equalTo(OPEN_NOTE))
                .body(row("LEAVE_ADOPT_PCT") + ".flags[0].message", equalTo(OPEN_FLAG))
                .body(row("LEAVE_SGO") + ".symbol", equalTo("c"))
                .body(row("LEAVE_SGO") + ".note", nullValue())
                .body(row("LEAVE_SGO_PCT") + ".note", nullValue())
                .body(row("LEAVE_SGO_PCT") + ".flags", empty())
                .extract().asString();
        assertWithheldNowhere(body);
    }

    @Test
    void shouldWithholdThemInTheKpiFeedForPartnersJsonAndCsv() throws IOException {
        String partner = Tokens.partner("partner-own", authority.code());
        String json = Contract.as(partner).queryParam("area", authority.code()).get("/api/v1/kpis").then()
                .statusCode(200)
                .body("items.find { it.indicator == 'LEAVE_REUNIF' }.note", equalTo(OPEN_NOTE))
                .body("items.find { it.indicator == 'LEAVE_ADOPT_PCT' }.flags[0].message", equalTo(OPEN_FLAG))
                .body("items.find { it.indicator == 'LEAVE_SGO' }.symbol", equalTo("c"))
                .extract().asString();
        assertWithheldNowhere(json);
        String csv = Contract.as(partner).accept("text/csv").queryParam("area", authority.code())
                .get("/api/v1/kpis").then().statusCode(200).extract().asString();
        assertWithheldNowhere(csv);
        Map<String, CSVRecord> byIndicator = byIndicator(csv);
        assertThat(byIndicator.get("LEAVE_REUNIF").get("note"), equalTo(OPEN_NOTE));
        assertThat(byIndicator.get("LEAVE_ADOPT_PCT").get("quality"), equalTo(OPEN_FLAG));
        // EES files have no blank cell: a note withheld, like no note, is "None" (decision 47).
        assertThat(byIndicator.get("LEAVE_SGO").get("note"), equalTo("None"));
    }

    @Test
    void shouldCarryThemInTheValuesExportAndWithholdThemFromReadersOutsideTheAuthority() throws IOException {
        String officerCsv = Contract.as(authority.officer()).accept("text/csv").queryParam("area", authority.code())
                .get("/api/v1/values").then().statusCode(200).extract().asString();
        Map<String, CSVRecord> own = byIndicator(officerCsv);
        assertThat(own.get("LEAVE_SGO").get("note"), equalTo(WITHHELD_NOTE));
        assertThat(own.get("LEAVE_SGO_PCT").get("quality"), containsString(WITHHELD_FLAG));
        Contract.as(authority.officer()).queryParam("area", authority.code()).get("/api/v1/values").then()
                .statusCode(200)
                .body("items.find { it.indicator == 'LEAVE_ADOPT_PCT' }.flags[0].message", equalTo(OPEN_FLAG))
                .body("items.find { it.indicator == 'LEAVE_SGO' }.note", equalTo(WITHHELD_NOTE));

        String analyst = Tokens.analyst(authority.code());
        String json = Contract.as(analyst).queryParam("area", authority.code()).get("/api/v1/values").then()
                .statusCode(200)
                .body("items.find { it.indicator == 'LEAVE_REUNIF' }.note", equalTo(OPEN_NOTE))
                .body("items.find { it.indicator == 'LEAVE_SGO_PCT' }.flags", empty())
                .extract().asString();
        assertWithheldNowhere(json);
        String csv = Contract.as(analyst).accept("text/csv").queryParam("area", authority.code())
                .get("/api/v1/values").then().statusCode(200).extract().asString();
        assertWithheldNowhere(csv);
        assertThat(byIndicator(csv).get("LEAVE_ADOPT_PCT").get("quality"), equalTo(OPEN_FLAG));
    }

    private static void assertWithheldNowhere(String answer) {
        for (String secret : List.of(WITHHELD_NOTE, WITHHELD_RATE_NOTE, WITHHELD_FLAG)) {
            assertThat(answer, not(containsString(secret)));
        }
    }

    private static Map<String, CSVRecord> byIndicator(String csv) throws IOException {
        Map<String, CSVRecord> rows = new HashMap<>();
        for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            rows.put(record.get("indicator"), record);
        }
        return rows;
    }
}
