package org.promise.disclosure;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Figures;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/**
 * A published figure whose note states a small count ("2 declined") keeps the figure everywhere, but the note
 * reaches only the authority's own people: not the public scorecard, the KPI feed (JSON and CSV), the analysts'
 * values export (JSON and CSV) or another authority's officers (decision 29). A note with no small count goes
 * everywhere, as before.
 */
@QuarkusTest
class SmallCountNotesTest {

    private static final String YEAR = "2009-10";
    private static final String SMALL_COUNT_NOTE =
            "Of the 51 leaving care; 2 declined or whereabouts unknown, 4 in custody.";
    private static final String OPEN_NOTE = "All 51 young people leaving care were offered a health passport.";
    private static ScratchAuthority authority;
    private static boolean written;

    @BeforeAll
    static void createAuthority() {
        authority = ScratchAuthority.create(SmallCountNotesTest.class).publishingItsScorecard();
    }

    /** Once, but in a test's own setup: REST Assured knows the application's port only there. */
    @BeforeEach
    void writeFiguresOnce() {
        if (written) {
            return;
        }
        Figures.putWithNote(authority.officer(), "CL_HEALTH_PASSPORT", authority.code(), YEAR, 88, 45, 51,
                SMALL_COUNT_NOTE);
        Figures.putWithNote(authority.officer(), "CL_HEALTH_PASSPORT_OFFERED", authority.code(), YEAR, 100, 51, 51,
                OPEN_NOTE);
        written = true;
    }

    private static String row(String indicator) {
        return "groups.rows.flatten().find { it.indicator == '" + indicator + "' }";
    }

    private static String item(String indicator) {
        return "items.find { it.indicator == '" + indicator + "' }";
    }

    private static RequestSpecification scorecard(RequestSpecification caller) {
        return caller.queryParam("area", authority.code()).queryParam("period", YEAR);
    }

    @Test
    void shouldGiveTheNoteToTheAuthoritysOwnPeople() {
        scorecard(Contract.as(authority.officer())).get("/api/v1/scorecard").then().statusCode(200)
                .body(row("CL_HEALTH_PASSPORT") + ".note", equalTo(SMALL_COUNT_NOTE));
        Contract.as(authority.officer()).queryParam("area", authority.code()).get("/api/v1/values").then()
                .statusCode(200)
                .body(item("CL_HEALTH_PASSPORT") + ".note", equalTo(SMALL_COUNT_NOTE));
        Contract.as(authority.officer()).get("/api/v1/indicators/CL_HEALTH_PASSPORT/values/" + authority.code()
                + "/" + YEAR).then().statusCode(200).body("note", equalTo(SMALL_COUNT_NOTE));
    }

    @Test
    void shouldKeepItOffThePublicScorecard() {
        String body = scorecard(Contract.anonymous()).get("/api/v1/public/scorecard").then().statusCode(200)
                .body(row("CL_HEALTH_PASSPORT") + ".value", equalTo(88))
                .body(row("CL_HEALTH_PASSPORT") + ".note", nullValue())
                .body(row("CL_HEALTH_PASSPORT_OFFERED") + ".note", equalTo(OPEN_NOTE))
                .extract().asString();
        assertNoteNowhere(body);
    }

    @Test
    void shouldKeepItOutOfTheKpiFeedJsonAndCsv() {
        for (String reader : List.of(Tokens.partner("partner-own", authority.code()), Tokens.analyst())) {
            assertFigureWithoutItsNote("/api/v1/kpis", reader);
        }
    }

    @Test
    void shouldKeepItOutOfTheValuesReadOutsideTheAuthority() {
        for (String reader : List.of(Tokens.analyst(), Tokens.officer(Tokens.DUDLEY))) {
            assertFigureWithoutItsNote("/api/v1/values", reader);
            Contract.as(reader).get("/api/v1/indicators/CL_HEALTH_PASSPORT/values/" + authority.code() + "/" + YEAR)
                    .then().statusCode(200).body("note", nullValue());
        }
    }

    /** The reader gets the figure and the open note, in JSON and CSV, but not the note with small counts. */
    private static void assertFigureWithoutItsNote(String path, String reader) {
        String json = Contract.as(reader).queryParam("area", authority.code()).get(path).then().statusCode(200)
                .body(item("CL_HEALTH_PASSPORT") + ".value", equalTo(88))
                .body(item("CL_HEALTH_PASSPORT") + ".note", nullValue())
                .body(item("CL_HEALTH_PASSPORT_OFFERED") + ".note", equalTo(OPEN_NOTE))
                .extract().asString();
        assertNoteNowhere(json);
        String csv = Contract.as(reader).accept("text/csv").queryParam("area", authority.code()).get(path).then()
                .statusCode(200).extract().asString();
        assertNoteNowhere(csv);
        assertThat(csv, containsString(OPEN_NOTE));
    }

    private static void assertNoteNowhere(String answer) {
        assertThat(answer, not(containsString("2 declined")));
        assertThat(answer, not(containsString("4 in custody")));
    }
}
