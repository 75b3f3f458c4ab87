package org.promise.datacheck;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Tokens;

/**
 * What the data checks and value reports refuse as bad input, naming the field and the rule as /values does, and
 * what the scorecard's periods refuse as the scorecard does.
 */
@QuarkusTest
class DataCheckInputTest {

    private static Map<String, Object> report(String authority) {
        return Map.of("authority", authority, "indicator", "CL_EET_1617", "area", Tokens.WALSALL, "period", "2022-23",
                "value", 1, "source", "s", "quote", "q");
    }

    @Test
    void aValueReportForAnAuthorityPromiseDoesNotServeNamesTheField() {
        for (String authority : List.of("E99999999", "E92000001", "E90000001", "E12000005")) {
            Contract.as(Tokens.admin()).contentType("application/json").body(report(authority))
                    .post("/api/v1/value-reports").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("authority")))
                    .body("errors.rule", equalTo(List.of("unknown")));
        }
    }

    @Test
    void anUnknownIndicatorFilterIsRefusedAsValuesRefuseIt() {
        Contract.as(Tokens.officer(Tokens.WALSALL)).queryParam("authority", Tokens.WALSALL)
                .queryParam("indicator", "NOPE_XX").get("/api/v1/data-checks").then().statusCode(400)
                .body("errors.field", hasItem("indicator")).body("errors.rule", hasItem("unknown"));
    }

    @Test
    void anAreaWithoutAScorecardHasNoScorecardPeriods() {
        for (String area : List.of("E90000001", "E92000001", "E12000005")) {
            Contract.as(Tokens.analyst()).queryParam("area", area).get("/api/v1/scorecard/periods").then()
                    .statusCode(400).body("errors.field", equalTo(List.of("area")))
                    .body("errors.rule", equalTo(List.of("local-authority")));
        }
        Contract.as(Tokens.analyst()).queryParam("area", Tokens.WALSALL).get("/api/v1/scorecard/periods").then()
                .statusCode(200);
    }
}
