package org.promise.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Race;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/** Writes go to the class's own authority and its neighbours, so the seeded scorecard stays as reported. */
@QuarkusTest
class IndicatorValueResourceTest {

    private static final String WALSALL_OFFICER = Tokens.officer(Tokens.WALSALL);
    private static ScratchAuthority authority;
    private static String area;
    private static String officer;

    @BeforeAll
    static void createAuthority() {
        authority = ScratchAuthority.create(IndicatorValueResourceTest.class);
        area = authority.code();
        officer = Tokens.officer(area);
    }

    private static Map<String, Object> value(Object number, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("value", number);
        body.put("status", status);
        return body;
    }

    private static String url(String indicator, String area, String period) {
        return "/api/v1/indicators/" + indicator + "/values/" + area + "/" + period;
    }

    @Test
    void shouldLetOneOfManyCallersCreateANewFigureAndTellTheOthers() throws Exception {
        String url = url("HLTH_ASSESS", area, "2011-12");
        List<Response> answers = Race.of(6, n -> Contract.as(officer).contentType("application/json")
                .body(value(70 + n, "provisional")).put(url));
        List<Integer> statuses = Race.statuses(answers);
        assertThat(statuses).containsOnlyOnce(201);
        // The others find it created: at the same moment (409), or just before (428: changing it needs If-Match).
        assertThat(statuses).isSubsetOf(201, 409, 428);
        Number winner = answers.get(statuses.indexOf(201)).jsonPath().get("value");
        Contract.as(officer).get(url).then().statusCode(200).body("value", equalTo(winner));
    }

    @Test
    void shouldCreateThenChangeOnlyWithTheCurrentETagAndChangeNothingTwice() {
        String url = url("HLTH_ASSESS", area, "2024-25");
        Contract.as(officer).contentType("application/json").body(value(81, "provisional")).put(url)
                .then().statusCode(201).header("ETag", equalTo("\"0\"")).body("value", equalTo(81))
                .body("updatedBy", equalTo("officer." + area));
        Contract.badRequestAs(officer).contentType("application/json").body(value(82, "final")).put(url)
                .then().statusCode(428);
        Contract.as(officer).header("If-Match", "\"0\"").contentType("application/json")
                .body(value(82, "final")).put(url)
                .then().statusCode(200).header("ETag", equalTo("\"1\""));
        // The same value again changes nothing, not even the version.
        Contract.as(officer).header("If-Match", "\"1\"").contentType("application/json")
                .body(value(82.0, "final")).put(url)
                .then().statusCode(200).header("ETag", equalTo("\"1\""));
        Contract.as(officer).header("If-Match", "\"0\"").contentType("application/json")
                .body(value(83, "final")).put(url)
                .then().statusCode(412);
        Contract.as(Tokens.admin()).queryParam("entityType", "indicator-value")
                .queryParam("entityId", "HLTH_ASSESS/" + area + "/2024-25").get("/api/v1/audit")
                .then().statusCode(200).body("items.action", contains("update", "create"))
                .body("items[0].before.value", equalTo(81)).body("items[0].after.value", equalTo(82));
    }

    @Test
    void shouldRefuseWritersWhoMayNot() {
        String url = url("HLTH_ASSESS", Tokens.DUDLEY, "2024-25");
        Contract.as(WALSALL_OFFICER).contentType("application/json").body(value(80, "final")).put(url)
                .then().statusCode(403);
        Contract.as(Tokens.boardMember(Tokens.DUDLEY)).contentType("application/json").body(value(80, "final"))
                .put(url).then().statusCode(403);
        Contract.anonymous().contentType("application/json").body(value(80, "final")).put(url)
                .then().statusCode(401);
        Contract.as(WALSALL_OFFICER).contentType("application/json").body(value(70, "final"))
                .put(url("HLTH_ASSESS", authority.neighbours(), "2024-25"))
                .then().statusCode(403).body("detail",
                        equalTo("Only administrators can change England, regional and statistical-neighbour values"));
        Contract.as(Tokens.admin()).contentType("application/json").body(value(70, "final"))
                .put(url("HLTH_ASSESS", authority.neighbours(), "2024-25"))
                .then().statusCode(201);
    }

    @Test
    void shouldNameTheBrokenRule() {
        String url = url("HLTH_ASSESS", area, "2025-26");
        Contract.as(officer).contentType("application/json").body(value(101, "final")).put(url)
                .then().statusCode(400).body("errors[0].field", equalTo("value"))
                .body("errors[0].rule", equalTo("range"))
                .body("errors[0].message", equalTo("Enter a percentage between 0 and 100"));
        Contract.as(officer).contentType("application/json").body(value(-3, "final"))
                .put(url("LEAVE_REUNIF", area, "2025-26"))
                .then().statusCode(400).body("errors[0].rule", equalTo("minimum"));
        Contract.as(officer).contentType("application/json").body(value(2.5, "final"))
                .put(url("LEAVE_REUNIF", area, "2025-26"))
                .then().statusCode(400).body("errors[0].rule", equalTo("integer"));
        Map<String, Object> both = value(5, "final");
        both.put("symbol", "c");
        Contract.as(officer).contentType("application/json").body(both).put(url)
                .then().statusCode(400).body("errors[0].field", equalTo("symbol"))
                .body("errors[0].rule", equalTo("exclusive"));
        Contract.as(officer).contentType("application/json").body(Map.of("status", "final")).put(url)
                .then().statusCode(400).body("errors[0].field", equalTo("value"))
                .body("errors[0].rule", equalTo("required"));
        Contract.badRequestAs(officer).contentType("application/json").body(value(50, "final"))
                .put(url("HLTH_ASSESS", area, "2025-03-31"))
                .then().statusCode(400).body("errors[0].field", equalTo("period"))
                .body("errors[0].message", equalTo("'2025-03-31' is a snapshot period, but a financial-year is "
                        + "needed here (such as 2022-23)"));
        Contract.as(officer).contentType("application/json").body(value(50, "final"))
                .put(url("NO_SUCH", area, "2025-26"))
                .then().statusCode(404);
    }

    @Test
    void shouldKeepASymbolAsASymbolAndFlagAFractionThatDisagrees() {
        Map<String, Object> suppressed = new HashMap<>(Map.of("symbol", "c", "status", "final"));
        Contract.as(officer).contentType("application/json").body(suppressed)
                .put(url("CL_STAYPUT_1920", area, "2024-25"))
                .then().statusCode(201).body("symbol", equalTo("c")).body("value", nullValue());
        Map<String, Object> reported = value(23, "final");
        reported.put("numerator", 14);
        reported.put("denominator", 49);
        Contract.as(officer).contentType("application/json").body(reported)
                .put(url("CL_STAYPUT_1920", area, "2023-24"))
                .then().statusCode(201).body("value", equalTo(23))
                .body("fractionMismatch.message", equalTo("14 of 49 is 28.6%, not 23%"));
    }

    @Test
    void shouldKeepProvisionalValuesWithinTheirAuthority() {
        Contract.as(officer).contentType("application/json").body(value(77, "provisional"))
                .put(url("HLTH_DENTAL", area, "2024-25")).then().statusCode(201);
        Contract.as(WALSALL_OFFICER).get(url("HLTH_DENTAL", area, "2024-25")).then().statusCode(404);
        Contract.as(WALSALL_OFFICER).queryParam("area", area).get("/api/v1/indicators/HLTH_DENTAL/values")
                .then().statusCode(200).body("items.period", not(hasItem("2024-25")));
        Contract.as(officer).get(url("HLTH_DENTAL", area, "2024-25")).then().statusCode(200)
                .header("ETag", equalTo("\"0\""));
    }

    @Test
    void shouldListValuesInARange() {
        Contract.as(WALSALL_OFFICER).queryParam("area", Tokens.WALSALL).queryParam("from", "2020-21")
                .queryParam("to", "2021-22").get("/api/v1/indicators/HLTH_DENTAL/values")
                .then().statusCode(200).body("items.period", containsInAnyOrder("2020-21", "2021-22"))
                .body("items.value", contains(43, 88));
        Contract.badRequestAs(WALSALL_OFFICER).queryParam("from", "last year")
                .get("/api/v1/indicators/HLTH_DENTAL/values")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void shouldDeleteWithTheCurrentETag() {
        String url = url("HLTH_ASSESS", area, "2006-07");
        Contract.as(officer).contentType("application/json").body(value(60, "final")).put(url)
                .then().statusCode(201);
        Contract.as(officer).delete(url).then().statusCode(428);
        Contract.as(WALSALL_OFFICER).header("If-Match", "\"0\"").delete(url).then().statusCode(403);
        Contract.as(officer).header("If-Match", "\"0\"").delete(url).then().statusCode(204);
        Contract.as(officer).get(url).then().statusCode(404);
    }
}
