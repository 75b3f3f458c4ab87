package org.promise.disclosure;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Figures;
import org.promise.support.Tokens;

/**
 * The leaks of issue 10, one test each, as a hostile reviewer found them against the running stack. Each uses
 * years long past (1990s) so that no other class's figures move; the access matrix covers every operation.
 */
@QuarkusTest
class DisclosureLeaksTest {

    private static final String WALSALL_OFFICER = Tokens.officer(Tokens.WALSALL);
    private static final String DUDLEY_OFFICER = Tokens.officer(Tokens.DUDLEY);
    private static final String WALSALL_PARTNER = Tokens.partner("partner-walsall", Tokens.WALSALL);
    private static final String ANALYST = Tokens.analyst(Tokens.WALSALL, Tokens.DUDLEY);

    private static long exemptReport(String officer, String authority, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("authority", authority);
        body.put("type", "other");
        body.put("title", title);
        body.put("author", "Head of Service");
        body.put("visibility", "exempt");
        body.put("exemptParagraph", 1);
        return Contract.as(officer).contentType("application/json").body(body).post("/api/v1/reports")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void exemptPapersAreTheAuthoritysOwnOfficersAndMembersOnly() {
        long walsall = exemptReport(WALSALL_OFFICER, Tokens.WALSALL, "Leak 1: Walsall placement costs (exempt)");
        long dudley = exemptReport(DUDLEY_OFFICER, Tokens.DUDLEY, "Leak 1: Dudley placement costs (exempt)");
        Contract.as(WALSALL_PARTNER).queryParam("authority", Tokens.WALSALL).get("/api/v1/reports")
                .then().statusCode(200).body("items.id", not(hasItem((int) walsall)));
        Contract.as(WALSALL_PARTNER).get("/api/v1/reports/" + walsall).then().statusCode(404);
        for (long id : new long[] {walsall, dudley}) {
            Contract.as(ANALYST).get("/api/v1/reports/" + id).then().statusCode(404);
        }
        Contract.as(ANALYST).get("/api/v1/reports").then().statusCode(200)
                .body("items.id", not(hasItem((int) walsall))).body("items.id", not(hasItem((int) dudley)));
        Contract.as(Tokens.boardMember(Tokens.WALSALL)).get("/api/v1/reports/" + walsall).then().statusCode(200);
    }

    @Test
    void internalOnlyIndicatorsNeverReachThePublicScorecardOrItsPeriods() {
        Figures.put(WALSALL_OFFICER, "FOST_WITHDRAWN", Tokens.WALSALL, "1990-91", 40, null, null, "final");
        Contract.as(WALSALL_OFFICER).contentType("application/json").body(Map.of("value", 30, "basis", "Leak 2"))
                .put("/api/v1/indicators/FOST_WITHDRAWN/targets/" + Tokens.WALSALL + "/1990-91")
                .then().statusCode(201);
        Contract.anonymous().queryParam("area", Tokens.WALSALL).queryParam("period", "1990-91")
                .get("/api/v1/public/scorecard").then().statusCode(200)
                .body("groups.rows.flatten().indicator", not(hasItem("FOST_WITHDRAWN")));
        Contract.anonymous().queryParam("area", Tokens.WALSALL).get("/api/v1/public/scorecard/periods")
                .then().statusCode(200).body("items.period", not(hasItem("1990-91")));
        Contract.as(DUDLEY_OFFICER).queryParam("area", Tokens.WALSALL).get("/api/v1/scorecard/periods")
                .then().statusCode(200).body("items.period", not(hasItem("1990-91")));
    }

    @Test
    void anotherAuthoritysOfficerSeesWhatThePublicSees() {
        Figures.writeLeavingCare(WALSALL_OFFICER, Tokens.WALSALL, "1992-93");
        for (String token : new String[] {DUDLEY_OFFICER, Tokens.boardMember(Tokens.DUDLEY)}) {
            Contract.as(token).queryParam("area", Tokens.WALSALL).queryParam("period", "1992-93")
                    .get("/api/v1/scorecard").then().statusCode(200)
                    .body("groups.rows.flatten().find { it.indicator == 'LEAVE_SGO' }.symbol", equalTo("c"))
                    .body("groups.rows.flatten().find { it.indicator == 'LEAVE_SGO' }.value", nullValue())
                    .body("groups.rows.flatten().find { it.indicator == 'LEAVE_OTHER' }.symbol", equalTo("c"));
            Contract.as(token).get("/api/v1/indicators/LEAVE_SGO/values/" + Tokens.WALSALL + "/1992-93")
                    .then().statusCode(200).body("symbol", equalTo("c")).body("value", nullValue());
        }
        Contract.as(WALSALL_OFFICER).get("/api/v1/indicators/LEAVE_SGO/values/" + Tokens.WALSALL + "/1992-93")
                .then().statusCode(200).body("value", equalTo(3));
    }

    @Test
    void analystsReadPublishedSuppressedFiguresOnly() {
        Figures.put(WALSALL_OFFICER, "HLTH_ASSESS", Tokens.WALSALL, "1993-94", 87.5, null, null, "provisional");
        Figures.put(WALSALL_OFFICER, "FOST_WITHDRAWN", Tokens.WALSALL, "1993-94", 41, null, null, "final");
        Contract.as(ANALYST).get("/api/v1/indicators/HLTH_ASSESS/values/" + Tokens.WALSALL + "/1993-94")
                .then().statusCode(404);
        Contract.as(ANALYST).get("/api/v1/indicators/FOST_WITHDRAWN/values/" + Tokens.WALSALL + "/1993-94")
                .then().statusCode(404);
        Contract.as(ANALYST).queryParam("area", Tokens.WALSALL).queryParam("period", "1993-94")
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
        Contract.as(WALSALL_OFFICER).contentType("application/json").body(Map.of("value", 31, "basis", "Leak 6"))
                .put("/api/v1/indicators/FOST_WITHDRAWN/targets/" + Tokens.WALSALL + "/1994-95")
                .then().statusCode(201);
        String url = "/api/v1/indicators/FOST_WITHDRAWN/targets/" + Tokens.WALSALL + "/1994-95";
        for (String outsider : List.of(ANALYST, DUDLEY_OFFICER, Tokens.partner("partner-dudley", Tokens.DUDLEY))) {
            Contract.as(outsider).get(url).then().statusCode(404);
        }
        Contract.as(DUDLEY_OFFICER).header("If-Match", "\"0\"").delete(url).then().statusCode(404);
        Contract.as(WALSALL_PARTNER).get(url).then().statusCode(200);
        Contract.as(Tokens.boardMember(Tokens.WALSALL)).get(url).then().statusCode(200);
    }
}
