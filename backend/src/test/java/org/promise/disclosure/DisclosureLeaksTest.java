package org.promise.disclosure;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Figures;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/**
 * The leaks of issue 10, one test each, as a hostile reviewer found them against the running stack. The figures are
 * written to the class's own authority, which publishes its scorecard as Walsall does, and read from another one of
 * its own; the access matrix covers every operation.
 */
@QuarkusTest
class DisclosureLeaksTest {

    private static String own;
    private static String other;
    private static String ownOfficer;
    private static String otherOfficer;
    private static String ownPartner;
    private static String analyst;

    @BeforeAll
    static void createAuthorities() {
        own = ScratchAuthority.create(DisclosureLeaksTest.class).publishingItsScorecard().code();
        other = ScratchAuthority.create(DisclosureLeaksTest.class).code();
        ownOfficer = Tokens.officer(own);
        otherOfficer = Tokens.officer(other);
        ownPartner = Tokens.partner("partner-own", own);
        analyst = Tokens.analyst(own, other);
    }

    private static long exemptReport(String officer, String authority, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("authority", authority);
        body.put("type", "other");
        body.put("title", title);
        body.put("author", "Head of Service");
        body.put("visibility", "exempt");
        body.put("exemptParagraph", 1);
        long id = Contract.as(officer).contentType("application/json").body(body).post("/api/v1/reports")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        // Published, so that only its being exempt keeps it from outsiders (a draft is kept from them anyway).
        Contract.as(officer).header("If-Match", "\"0\"").contentType("application/json").body("{}")
                .post("/api/v1/reports/" + id + "/publish").then().statusCode(200);
        return id;
    }

    @Test
    void exemptPapersAreTheAuthoritysOwnOfficersAndMembersOnly() {
        long ownReport = exemptReport(ownOfficer, own, "Leak 1: our placement costs (exempt)");
        long otherReport = exemptReport(otherOfficer, other, "Leak 1: their placement costs (exempt)");
        Contract.as(ownPartner).queryParam("authority", own).get("/api/v1/reports")
                .then().statusCode(200).body("items.id", not(hasItem((int) ownReport)));
        Contract.as(ownPartner).get("/api/v1/reports/" + ownReport).then().statusCode(404);
        for (long id : new long[] {ownReport, otherReport}) {
            Contract.as(analyst).get("/api/v1/reports/" + id).then().statusCode(404);
        }
        Contract.as(analyst).get("/api/v1/reports").then().statusCode(200)
                .body("items.id", not(hasItem((int) ownReport))).body("items.id", not(hasItem((int) otherReport)));
        Contract.as(Tokens.boardMember(own)).get("/api/v1/reports/" + ownReport).then().statusCode(200);
    }

    @Test
    void internalOnlyIndicatorsNeverReachThePublicScorecardOrItsPeriods() {
        Figures.put(ownOfficer, "FOST_WITHDRAWN", own, "1990-91", 40, null, null, "final");
        Contract.as(ownOfficer).contentType("application/json").body(Map.of("value", 30, "basis", "Leak 2"))
                .put("/api/v1/indicators/FOST_WITHDRAWN/targets/" + own + "/1990-91")
                .then().statusCode(201);
        Contract.anonymous().queryParam("area", own).queryParam("period", "1990-91")
                .get("/api/v1/public/scorecard").then().statusCode(200)
                .body("groups.rows.flatten().indicator", not(hasItem("FOST_WITHDRAWN")));
        Contract.anonymous().queryParam("area", own).get("/api/v1/public/scorecard/periods")
                .then().statusCode(200).body("items.period", not(hasItem("1990-91")));
        Contract.as(otherOfficer).queryParam("area", own).get("/api/v1/scorecard/periods")
                .then().statusCode(200).body("items.period", not(hasItem("1990-91")));
    }

    @Test
    void anotherAuthoritysOfficerSeesWhatThePublicSees() {
        Figures.writeLeavingCare(ownOfficer, own, "1992-93");
        for (String token : new String[] {otherOfficer, Tokens.boardMember(other)}) {
            Contract.as(token).queryParam("area", own).queryParam("period", "1992-93")
                    .get("/api/v1/scorecard").then().statusCode(200)
                    .body("groups.rows.flatten().find { it.indicator == 'LEAVE_SGO' }.symbol", equalTo("c"))
                    .body("groups.rows.flatten().find { it.indicator == 'LEAVE_SGO' }.value", nullValue())
                    .body("groups.rows.flatten().find { it.indicator == 'LEAVE_OTHER' }.symbol", equalTo("c"));
            Contract.as(token).get("/api/v1/indicators/LEAVE_SGO/values/" + own + "/1992-93")
                    .then().statusCode(200).body("symbol", equalTo("c")).body("value", nullValue());
        }
        Contract.as(ownOfficer).get("/api/v1/indicators/LEAVE_SGO/values/" + own + "/1992-93")
                .then().statusCode(200).body("value", equalTo(3));
    }

    @Test
    void analystsReadPublishedSuppressedFiguresOnly() {
        Figures.put(ownOfficer, "HLTH_ASSESS", own, "1993-94", 87.5, null, null, "provisional");
        Figures.put(ownOfficer, "FOST_WITHDRAWN", own, "1993-94", 41, null, null, "final");
        Contract.as(analyst).get("/api/v1/indicators/HLTH_ASSESS/values/" + own + "/1993-94")
                .then().statusCode(404);
        Contract.as(analyst).get("/api/v1/indicators/FOST_WITHDRAWN/values/" + own + "/1993-94")
                .then().statusCode(404);
        Contract.as(analyst).queryParam("area", own).queryParam("period", "1993-94")
                .get("/api/v1/scorecard").then().statusCode(200)
                .body("groups.rows.flatten().indicator", not(hasItem("HLTH_ASSESS")))
                .body("groups.rows.flatten().indicator", not(hasItem("FOST_WITHDRAWN")));
    }

    @Test
    void editingAnIndicatorWithoutInternalOnlyKeepsItInternal() {
        Map<String, Object> body = new HashMap<>(Map.of("code", "LEAK5_INTERNAL", "name", "Leak 5 indicator",
                "plainName", "Leak 5 indicator", "definition", "An internal-only indicator edited by an old client.",
                "unit", "count", "polarity", "contextual", "priority", "safety-and-permanency",
                "periodKind", "financial-year", "decimals", 0, "source", "Local performance data"));
        body.put("internalOnly", true);
        Contract.as(Tokens.admin()).contentType("application/json").body(body).post("/api/v1/indicators")
                .then().statusCode(201).body("internalOnly", equalTo(true));
        body.remove("internalOnly");
        body.put("name", "Leak 5 indicator, renamed by a 1.0.0 client");
        Contract.as(Tokens.admin()).contentType("application/json").header("If-Match", "\"0\"").body(body)
                .put("/api/v1/indicators/LEAK5_INTERNAL").then().statusCode(200).body("internalOnly", equalTo(true));
    }

    @Test
    void targetsOfInternalOnlyIndicatorsStayInsideTheAuthority() {
        Contract.as(ownOfficer).contentType("application/json").body(Map.of("value", 31, "basis", "Leak 6"))
                .put("/api/v1/indicators/FOST_WITHDRAWN/targets/" + own + "/1994-95")
                .then().statusCode(201);
        String url = "/api/v1/indicators/FOST_WITHDRAWN/targets/" + own + "/1994-95";
        for (String outsider : List.of(analyst, otherOfficer, Tokens.partner("partner-other", other))) {
            Contract.as(outsider).get(url).then().statusCode(404);
        }
        Contract.as(otherOfficer).header("If-Match", "\"0\"").delete(url).then().statusCode(404);
        Contract.as(ownPartner).get(url).then().statusCode(200);
        Contract.as(Tokens.boardMember(own)).get(url).then().statusCode(200);
    }
}
