package org.promise.scorecard;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Figures;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/** The public scorecard of the class's own authority, which publishes it as Dudley does, for 2012-13 and 2013-14. */
@QuarkusTest
class PublicScorecardResourceTest {

    private static final String YEAR = "2013-14";
    private static String authority;
    private static boolean written;

    @BeforeAll
    static void createAuthority() {
        authority = ScratchAuthority.create(PublicScorecardResourceTest.class).publishingItsScorecard().code();
    }

    /** Once, but in a test's own setup: REST Assured knows the application's port only there. */
    @BeforeEach
    void writeFiguresOnce() {
        if (written) {
            return;
        }
        String officer = Tokens.officer(authority);
        Figures.writeLeavingCare(officer, authority, YEAR);
        Figures.put(officer, "LEAVE_ADOPT", authority, "2012-13", 4, null, null, "final");
        Figures.put(officer, "FOST_WITHDRAWN", authority, YEAR, 9, null, null, "final");
        Figures.put(officer, "CL_EET_1921", authority, YEAR, 51, null, null, "provisional");
        written = true;
    }

    private static String row(String indicator) {
        return "groups.rows.flatten().find { it.indicator == '" + indicator + "' }";
    }

    @Test
    void shouldShowThePublicOnlyPublishedFiguresWithSmallNumbersWithheldEverywhere() {
        for (String token : new String[] {null, Tokens.officer(authority)}) {
            (token == null ? Contract.anonymous() : Contract.as(token))
                    .queryParam("area", authority).queryParam("period", YEAR)
                    .get("/api/v1/public/scorecard")
                    .then().statusCode(200)
                    .body(row("LEAVE_SGO") + ".symbol", equalTo("c"))
                    .body(row("LEAVE_SGO") + ".value", nullValue())
                    .body(row("LEAVE_SGO") + ".rag", equalTo("none"))
                    .body(row("LEAVE_OTHER") + ".symbol", equalTo("c"))
                    .body(row("LEAVE_SGO_PCT") + ".symbol", equalTo("c"))
                    .body(row("LEAVE_SGO_PCT") + ".numerator", nullValue())
                    .body(row("LEAVE_ADOPT") + ".value", equalTo(15))
                    .body(row("LEAVE_ADOPT") + ".history.find { it.period == '2012-13' }.symbol", equalTo("c"))
                    .body(row("LEAVE_ADOPT") + ".history.find { it.period == '2012-13' }.value", nullValue())
                    .body(row("LEAVE_ADOPT") + ".direction", equalTo("none"))
                    .body("groups.rows.flatten().indicator", not(hasItem("FOST_WITHDRAWN")))
                    .body("groups.rows.flatten().indicator", not(hasItem("CL_EET_1921")));
        }
        Contract.as(Tokens.officer(authority)).queryParam("area", authority).queryParam("period", YEAR)
                .get("/api/v1/scorecard")
                .then().statusCode(200)
                .body(row("LEAVE_SGO") + ".value", equalTo(3))
                .body(row("CL_EET_1921") + ".status", equalTo("provisional"));
    }

    @Test
    void shouldSuppressTheSignedInScorecardForPartnersAndAnalystsToo() {
        for (String token : new String[] {Tokens.partner("partner-own", authority), Tokens.analyst(authority)}) {
            Contract.as(token).queryParam("area", authority).queryParam("period", YEAR).get("/api/v1/scorecard")
                    .then().statusCode(200)
                    .body(row("LEAVE_SGO") + ".symbol", equalTo("c"))
                    .body(row("LEAVE_SGO") + ".value", nullValue())
                    .body(row("LEAVE_OTHER") + ".symbol", equalTo("c"))
                    .body(row("LEAVE_ADOPT") + ".value", equalTo(15));
        }
        Contract.as(Tokens.partner("partner-own", authority)).queryParam("area", authority)
                .queryParam("period", YEAR).get("/api/v1/scorecard")
                .then().statusCode(200)
                .body("groups.rows.flatten().indicator", hasItem("FOST_WITHDRAWN"))
                .body("groups.rows.flatten().indicator", not(hasItem("CL_EET_1921")));
    }

    @Test
    void shouldListThePublishedYearsAndRefuseAuthoritiesThatDoNotPublish() {
        Contract.anonymous().queryParam("area", authority).get("/api/v1/public/scorecard/periods")
                .then().statusCode(200).body("items.period", hasItem(YEAR));
        Contract.anonymous().queryParam("area", "E08000028").queryParam("period", YEAR)
                .get("/api/v1/public/scorecard").then().statusCode(404).contentType("application/problem+json");
        Contract.anonymous().queryParam("area", "E92000001").get("/api/v1/public/scorecard/periods")
                .then().statusCode(404);
        Contract.anonymous().queryParam("area", Tokens.WALSALL).queryParam("period", YEAR)
                .get("/api/v1/scorecard").then().statusCode(401);
    }
}
