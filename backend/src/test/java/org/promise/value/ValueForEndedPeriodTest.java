package org.promise.value;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/**
 * A value reports a period that has ended (decision 25): one for a period not over by today in London is refused,
 * by a PUT or in an import, while a target may look ahead. Today comes from the injected clock.
 */
@QuarkusTest
class ValueForEndedPeriodTest {

    private static ScratchAuthority authority;
    private static String area;
    private static String officer;
    private static final String HEADER = "time_period,time_identifier,geographic_level,new_la_code,la_name,"
            + "indicator,value,numerator,denominator,status\n";
    private static final String NOT_ENDED = "2090-91 has not ended yet: a value can be given once its period has "
            + "ended (31 March 2091)";

    @BeforeAll
    static void createAuthority() {
        authority = ScratchAuthority.create(ValueForEndedPeriodTest.class);
        area = authority.code();
        officer = Tokens.officer(area);
    }

    private static void setClock(String instant) {
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), Clock.class);
    }

    private static io.restassured.response.ValidatableResponse putValue(String indicator, String period) {
        return Contract.as(officer).contentType("application/json").body(Map.of("value", 80, "status", "final"))
                .put("/api/v1/indicators/" + indicator + "/values/" + area + "/" + period).then();
    }

    private static String csvRow(String timePeriod, String indicator) {
        return timePeriod + ",Financial year,Local authority," + area + "," + authority.name() + "," + indicator
                + ",80,,,final\n";
    }

    private static Map<String, Object> jsonRow(String timePeriod, String indicator) {
        return Map.of("time_period", timePeriod, "time_identifier", "Financial year", "geographic_level",
                "Local authority", "new_la_code", area, "indicator", indicator, "value", 80, "status", "final");
    }

    @Test
    void shouldRefuseAValueForAPeriodThatHasNotEndedNamingThePeriod() {
        putValue("HLTH_ASSESS", "2090-91").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("period")).body("errors[0].rule", equalTo("not-ended"))
                .body("errors[0].message", equalTo(NOT_ENDED));
        Contract.as(officer).get("/api/v1/indicators/HLTH_ASSESS/values/" + area + "/2090-91").then().statusCode(404);
    }

    @Test
    void shouldRefuseEveryCsvRowForAPeriodNotEndedAndWriteNothing() {
        String csv = HEADER + csvRow("201920", "HLTH_DENTAL") + csvRow("209091", "HLTH_DENTAL")
                + csvRow("209091", "SDQ_COMPLETE");
        Contract.as(officer).contentType("text/csv").body(csv).post("/api/v1/imports/values").then().statusCode(400)
                .body("errors.size()", equalTo(2))
                .body("errors[0].row", equalTo(3)).body("errors[0].field", equalTo("time_period"))
                .body("errors[0].rule", equalTo("not-ended")).body("errors[0].message", equalTo(NOT_ENDED))
                .body("errors[1].row", equalTo(4)).body("errors[1].rule", equalTo("not-ended"));
        Contract.as(officer).get("/api/v1/indicators/HLTH_DENTAL/values/" + area + "/2019-20").then().statusCode(404);
    }

    @Test
    void shouldRefuseAJsonRowForAPeriodNotEndedAndWriteNothing() {
        List<Map<String, Object>> rows = List.of(jsonRow("201819", "SDQ_COMPLETE"), jsonRow("209091", "SDQ_COMPLETE"));
        Contract.as(officer).contentType("application/json").body(rows).post("/api/v1/imports/values").then()
                .statusCode(400).body("errors.size()", equalTo(1))
                .body("errors[0].row", equalTo(3)).body("errors[0].field", equalTo("time_period"))
                .body("errors[0].rule", equalTo("not-ended")).body("errors[0].message", equalTo(NOT_ENDED));
        Contract.as(officer).get("/api/v1/indicators/SDQ_COMPLETE/values/" + area + "/2018-19").then()
                .statusCode(404);
    }

    @Test
    void shouldAcceptATargetForAPeriodToCome() {
        Contract.as(officer).contentType("application/json").body(Map.of("value", 85, "basis", "The plan to 2091"))
                .put("/api/v1/indicators/HLTH_ASSESS/targets/" + area + "/2090-91").then().statusCode(201)
                .body("value", equalTo(85));
    }

    /** 31 March 2024 is the last day of 2023-24; at 23:30 UTC it is already 1 April in London (summer time). */
    @Test
    void shouldAcceptAValueFromTheDayAfterItsPeriodEndsInLondon() {
        setClock("2024-03-31T22:30:00Z");
        putValue("HLTH_ASSESS", "2023-24").statusCode(400).body("errors[0].rule", equalTo("not-ended"))
                .body("errors[0].message", equalTo("2023-24 has not ended yet: a value can be given once its "
                        + "period has ended (31 March 2024)"));
        Contract.as(officer).contentType("text/csv").body(HEADER + csvRow("202324", "HLTH_DENTAL"))
                .post("/api/v1/imports/values").then().statusCode(400).body("errors[0].rule", equalTo("not-ended"));

        setClock("2024-03-31T23:30:00Z");
        putValue("HLTH_ASSESS", "2023-24").statusCode(201).body("value", equalTo(80));
        Contract.as(officer).contentType("text/csv").body(HEADER + csvRow("202324", "HLTH_DENTAL"))
                .post("/api/v1/imports/values").then().statusCode(200).body("created", equalTo(1));
    }
}
