package org.promise.contract;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/**
 * The malformed requests a hostile review found answered with a 500, or accepted and guessed at; each is now a
 * 400 problem naming the field and the rule, and writes nothing. {@link HostileInputTest} covers their classes for
 * every operation; these are the very requests, so a regression reads as the bug it brings back.
 */
@QuarkusTest
class BadInputTest {

    private static final String WALSALL_OFFICER = Tokens.officer(Tokens.WALSALL);
    private static final String CSV_HEADER =
            "time_period,time_identifier,geographic_level,new_la_code,la_name,indicator,value,numerator,denominator,status\n";
    private static ScratchAuthority authority;
    private static String officer;

    /** The refused writes aim at an authority of the class's own, so that "nothing written" is this class's word. */
    @BeforeAll
    static void createAuthority() {
        authority = ScratchAuthority.create(BadInputTest.class);
        officer = authority.officer();
    }

    private static String valueUrl(String period) {
        return "/api/v1/indicators/HLTH_ASSESS/values/" + authority.code() + "/" + period;
    }

    /** An import row of HLTH_ASSESS for the class's authority in a financial year such as 201516. */
    private static String csvRow(String year, String value) {
        return year + ",Financial year,Local authority," + authority.code() + "," + authority.name() + ",HLTH_ASSESS,"
                + value + ",,,final";
    }

    private static RequestSpecification json(String token, String body) {
        return Contract.badRequestAs(token).contentType("application/json").body(body);
    }

    private static void refused(io.restassured.response.Response response, String field, String rule) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)).body("errors.rule", hasItem(rule));
    }

    private static void nothingAt(String period) {
        Contract.as(officer).get(valueUrl(period)).then().statusCode(404);
    }

    @Test
    void shouldRefuseAKeyGivenTwiceWhereverTheBodyBinds() {
        refused(json(WALSALL_OFFICER, "{\"text\":\"a\",\"text\":\"b\"}").post("/api/v1/action-items/1/questions"),
                "text", "duplicate-key");
        refused(json(officer, "{\"value\": 50, \"value\": 60, \"status\": \"final\"}").put(valueUrl("2013-14")),
                "value", "duplicate-key");
        nothingAt("2013-14");
    }

    @Test
    void shouldRefuseTheNulCharacterInTextAndParameters() {
        refused(json(officer, "{\"value\": 50, \"status\": \"final\", \"note\": \"a\\u0000b\"}")
                .put(valueUrl("2014-15")), "note", "characters");
        refused(json(officer, "{\"value\": 50, \"status\": \"final\", \"source\": \"a\\u0000b\"}")
                .put(valueUrl("2014-15")), "source", "characters");
        nothingAt("2014-15");
        refused(Contract.badRequestAs(Tokens.partner("partner-walsall", Tokens.WALSALL)).urlEncodingEnabled(false)
                .get("/api/v1/kpis?area=E0800%000030"), "area", "characters");
        String cursor = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("CL_EET_1921|E08000030\u0000|2022-23".getBytes(StandardCharsets.UTF_8));
        refused(Contract.badRequestAs(Tokens.partner("partner-walsall", Tokens.WALSALL)).queryParam("after", cursor)
                .get("/api/v1/kpis"), "after", "cursor");
    }

    @Test
    void shouldRefuseNumbersTheColumnCannotHoldInFormsAndImportsAlike() {
        refused(json(officer, "{\"value\": 1e15, \"status\": \"final\"}").put(valueUrl("2015-16")),
                "value", "digits");
        String csv = CSV_HEADER + csvRow("201516", "1000000000000000") + "\n";
        for (String dryRun : new String[] {"true", "false"}) {
            Contract.badRequestAs(officer).contentType("text/csv").queryParam("dryRun", dryRun).body(csv)
                    .post("/api/v1/imports/values")
                    .then().statusCode(400).body("errors[0].field", equalTo("value"))
                    .body("errors[0].rule", equalTo("digits")).body("errors[0].row", equalTo(2));
        }
        nothingAt("2015-16");
    }

    @Test
    void shouldRefusePeriodsAndDatesOutsideTheYearsPromiseHolds() {
        for (String period : new String[] {"1900-01", "2199-00"}) {
            refused(Contract.badRequestAs(null).queryParam("area", Tokens.WALSALL).queryParam("period", period)
                    .get("/api/v1/public/scorecard"), "period", "period");
        }
        for (String date : new String[] {"\"+9999999-12-31\"", "\"-2023-03-31\"", "20230331", "\"1900-01-01\""}) {
            refused(json(WALSALL_OFFICER, "{\"kind\": \"done\", \"date\": " + date + ", \"text\": \"Done\"}")
                    .post("/api/v1/you-said-we-did/1/entries"), "date", date.startsWith("\"1900") ? "range" : "type");
        }
    }

    @Test
    void shouldRefuseImportsWhoseLayoutCannotBeRead() {
        String row = csvRow("201617", "80");
        for (String header : new String[] {CSV_HEADER.strip() + ",\n", CSV_HEADER.replace(",la_name,", ",,")}) {
            refused(Contract.badRequestAs(officer).contentType("text/csv").body(header + row + ",\n")
                    .post("/api/v1/imports/values"), "header", "empty-column");
        }
        refused(json(officer, "[null]").post("/api/v1/imports/values"), "[0]", "required");
        nothingAt("2016-17");
    }

    /** No body, or null, names the body in a sentence, on writes of every shape: a value, an import, a report. */
    @Test
    void shouldNameTheBodyWhenThereIsNone() {
        for (String nothing : new String[] {"", "null"}) {
            for (io.restassured.response.Response response : List.of(json(officer, nothing).put(valueUrl("2018-19")),
                    json(officer, nothing).post("/api/v1/imports/values"),
                    json(officer, nothing).post("/api/v1/value-reports"))) {
                response.then().statusCode(400).contentType("application/problem+json")
                        .body("errors", hasSize(1))
                        .body("errors[0].field", equalTo("body"))
                        .body("errors[0].rule", equalTo("required"))
                        .body("errors[0].message", startsWith("Send a JSON body"))
                        .body("detail", startsWith("Send a JSON body"));
            }
        }
        nothingAt("2018-19");
    }

    @Test
    void shouldRefuseContentAfterTheDocument() {
        refused(json(officer, "{\"value\": 50, \"status\": \"final\"} {\"value\": 60}").put(valueUrl("2017-18")),
                "body", "json");
        nothingAt("2017-18");
    }

    @Test
    void shouldRefuseParametersTheOperationDoesNotTakeOrCannotRead() {
        refused(Contract.badRequestAs(Tokens.partner("partner-walsall", Tokens.WALSALL)).queryParam("indicators", "X")
                .get("/api/v1/kpis"), "indicators", "unknown-parameter");
        String csv = CSV_HEADER + csvRow("201819", "80") + "\n";
        for (String dryRun : new String[] {"1", "yes", "on", ""}) {
            refused(Contract.badRequestAs(officer).contentType("text/csv").queryParam("dryRun", dryRun)
                    .body(csv).post("/api/v1/imports/values"), "dryRun", dryRun.isEmpty() ? "empty" : "type");
        }
        nothingAt("2018-19");
        refused(Contract.badRequestAs(officer).queryParam("area", "Walsall").get("/api/v1/values"),
                "area", "pattern");
        refused(Contract.badRequestAs(officer).queryParam("indicator", "cl_eet_1921").get("/api/v1/values"),
                "indicator", "pattern");
        refused(Contract.badRequestAs(officer).queryParam("indicator", "NO_SUCH_INDICATOR")
                .get("/api/v1/values"), "indicator", "unknown");
        refused(Contract.badRequestAs(officer).get("/api/v1/reports/abc"), "id", "type");
    }
}
