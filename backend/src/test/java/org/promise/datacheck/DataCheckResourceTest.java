package org.promise.datacheck;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Figures;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/** The data checks through the API: the pack's own slips in Walsall's figures, and a warning's life in a scratch authority. */
@QuarkusTest
class DataCheckResourceTest {

    private static final String JUMPY = "DATACHECK_JUMPY";
    private static ScratchAuthority authority;
    private static ScratchAuthority other;

    @BeforeAll
    static void createAuthorities() {
        authority = ScratchAuthority.create(DataCheckResourceTest.class);
        other = ScratchAuthority.create(DataCheckResourceTest.class);
    }

    private static Response list(String token, String area, String status) {
        return Contract.as(token).queryParam("authority", area).queryParam("status", status).get("/api/v1/data-checks");
    }

    private static String explanationUrl(String area, String key) {
        return "/api/v1/data-checks/" + area + "/" + key + "/explanation";
    }

    @Test
    void walsallsOfficerSeesThePacksOwnSlips() {
        list(Tokens.officer(Tokens.WALSALL), Tokens.WALSALL, "all").then().statusCode(200)
                .body("items.sentence", hasItems("79 of 102 is 77.5%, not 78%", "244 of 650 is 37.5%, not 37%"))
                .body("items.key", hasItems("fraction:CL_EET_1617:E08000030:2022-23",
                        "shares:LEAVE_TOTAL:E08000030:2021-22", "shares:LEAVE_TOTAL:E08000030:2020-21"))
                .body("items.find { it.rule == 'reported-twice' && it.indicator == 'PLC_FOSTER' }.sentence",
                        equalTo("Children in care living with foster families, at 31 March 2023: 75% as stored "
                                + "(Walsall CPB agenda pack, 13 November 2023), but 69% in Fostering Service Annual Report "
                                + "2022-2023, 3.1 (Walsall CPB agenda pack, 13 November 2023): \"At the end of March "
                                + "2023, of the 650 Children in Care, 448 (69%) were living with Foster Carers of "
                                + "which 244 (37%) were living with Walsall Foster Carers\""))
                .body("items.find { it.rule == 'reported-twice' && it.indicator == 'LEAVE_ADOPT_PCT' }.figures.value",
                        equalTo(List.of(16, 14)))
                .body("items.find { it.rule == 'comparator-differs' }.area", equalTo("E12000005"))
                .body("items.find { it.rule == 'comparator-differs' }.figures.value", equalTo(List.of(52, 54)));
        list(Tokens.officer(Tokens.WALSALL), Tokens.WALSALL, "open").then().statusCode(200)
                .body("items.indicator", hasItem("CL_EET_1617"));
        Contract.as(Tokens.officer(Tokens.WALSALL)).queryParam("authority", Tokens.WALSALL)
                .queryParam("indicator", "PLC_OWN_FOSTER").get("/api/v1/data-checks").then().statusCode(200)
                .body("items.indicator", equalTo(List.of("PLC_OWN_FOSTER")));
    }

    @Test
    void aWarningIsExplainedAndOpensAgainWhenItsFiguresChange() {
        String area = authority.code();
        String officer = authority.officer();
        String key = "fraction:CL_EET_1617:" + area + ":2010-11";
        Contract.as(officer).contentType("application/json")
                .body(Map.of("value", 78, "numerator", 79, "denominator", 102, "status", "final"))
                .put("/api/v1/indicators/CL_EET_1617/values/" + area + "/2010-11").then().statusCode(201)
                .body("warnings.key", equalTo(List.of(key)))
                .body("warnings[0].sentence", equalTo("79 of 102 is 77.5%, not 78%"));
        list(officer, area, "open").then().statusCode(200).body("items.key", hasItem(key))
                .body("items.find { it.key == '" + key + "' }.sentence", equalTo("79 of 102 is 77.5%, not 78%"));

        Contract.as(officer).get(explanationUrl(area, key)).then().statusCode(404);
        Contract.as(officer).contentType("application/json").body(Map.of("reason", " "))
                .put(explanationUrl(area, key)).then().statusCode(400).body("errors.field", hasItem("reason"));
        Response explained = Contract.as(officer).contentType("application/json")
                .body(Map.of("reason", "The pack rounded 77.5% up")).put(explanationUrl(area, key));
        explained.then().statusCode(201).body("current", equalTo(true)).body("reason", equalTo("The pack rounded 77.5% up"));
        String etag = explained.header("ETag");
        list(officer, area, "open").then().body("items.key", not(hasItem(key)));
        list(officer, area, "explained").then().body("items.key", hasItem(key))
                .body("items.find { it.key == '" + key + "' }.explanation.reason", equalTo("The pack rounded 77.5% up"));
        Contract.as(Tokens.admin()).queryParam("entityType", "data-check-explanation")
                .queryParam("entityId", area + "/" + key).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("create"));

        // A second explanation must quote the version it read.
        Contract.as(officer).contentType("application/json").body(Map.of("reason", "again"))
                .put(explanationUrl(area, key)).then().statusCode(428);
        Contract.as(officer).contentType("application/json").header("If-Match", "\"99\"")
                .body(Map.of("reason", "again")).put(explanationUrl(area, key)).then().statusCode(412);

        // New figures: the explanation lapses and the warning is open again, still keyed the same.
        Contract.as(officer).contentType("application/json").header("If-Match", Contract.as(officer)
                        .get("/api/v1/indicators/CL_EET_1617/values/" + area + "/2010-11").header("ETag"))
                .body(Map.of("value", 78, "numerator", 79, "denominator", 103, "status", "final"))
                .put("/api/v1/indicators/CL_EET_1617/values/" + area + "/2010-11").then().statusCode(200)
                .body("warnings.key", equalTo(List.of(key)));
        list(officer, area, "open").then().body("items.key", hasItem(key))
                .body("items.find { it.key == '" + key + "' }.explanation.current", equalTo(false));
        Contract.as(officer).contentType("application/json").header("If-Match", etag)
                .body(Map.of("reason", "The return gives 76.7%; the pack rounded it"))
                .put(explanationUrl(area, key)).then().statusCode(200).body("current", equalTo(true));
        list(officer, area, "explained").then().body("items.key", hasItem(key));
    }

    @Test
    void aJumpFarOutsideTheUsualChangeIsAWarning() {
        String area = authority.code();
        Contract.as(Tokens.admin()).contentType("application/json").body(Map.of("code", JUMPY,
                        "name", "Data check jumps", "plainName", "Data check jumps",
                        "definition", "An indicator of the data checks' test, written only by it.", "unit", "percent",
                        "polarity", "higher_is_better", "priority", "safety-and-permanency",
                        "periodKind", "financial-year", "decimals", 0, "source", "Test"))
                .post("/api/v1/indicators").then().statusCode(201);
        Figures.put(authority.officer(), JUMPY, area, "2008-09", 41, null, null, "final");
        Figures.put(authority.officer(), JUMPY, area, "2009-10", 23, null, null, "final");
        Contract.as(authority.officer()).queryParam("authority", area).queryParam("indicator", JUMPY)
                .get("/api/v1/data-checks").then().statusCode(200)
                .body("items.sentence", equalTo(List.of("Data check jumps fell from 41% in 2008-09 to 23% in 2009-10, "
                        + "a change of 18 points; changes are usually within 5 points")));
    }

    @Test
    void anotherReportOfAComparatorsFigureIsCheckedAgainstIt() {
        String area = authority.code();
        Contract.as(Tokens.admin()).contentType("application/json").body(Map.of("value", 52, "status", "final"))
                .put("/api/v1/indicators/CL_EET_1921/values/" + authority.neighbours() + "/2009-10")
                .then().statusCode(201);
        Map<String, Object> report = Map.of("authority", area, "indicator", "CL_EET_1921",
                "area", authority.neighbours(), "period", "2009-10", "value", 54, "source", "The plan's commentary",
                "quote", "our statistical neighbours (54%)");
        long id = Contract.as(authority.officer()).contentType("application/json").body(report)
                .post("/api/v1/value-reports").then().statusCode(201).extract().jsonPath().getLong("id");
        Contract.as(authority.officer()).queryParam("authority", area).get("/api/v1/value-reports").then()
                .statusCode(200).body("items.id", hasItem((int) id));
        list(authority.officer(), area, "open").then()
                .body("items.key", hasItem("comparator-differs:CL_EET_1921:" + authority.neighbours() + ":2009-10:" + id));

        Contract.as(other.officer()).contentType("application/json").body(report).post("/api/v1/value-reports")
                .then().statusCode(403);
        Contract.as(authority.officer()).contentType("application/json")
                .body(Map.of("authority", area, "indicator", "CL_EET_1921", "area", Tokens.DUDLEY, "period", "2009-10",
                        "value", 54, "source", "s", "quote", "q"))
                .post("/api/v1/value-reports").then().statusCode(400).body("errors.rule", hasItem("comparator"));
        Contract.as(authority.officer()).contentType("application/json")
                .body(Map.of("authority", area, "indicator", "CL_EET_1921", "area", area, "period", "2090-91",
                        "value", 54, "source", "s", "quote", "q"))
                .post("/api/v1/value-reports").then().statusCode(400).body("errors.rule", hasItem("not-ended"));
    }

    @Test
    void onlyTheAuthoritysOwnPeopleSeeItsChecks() {
        String area = authority.code();
        list(other.officer(), area, "open").then().statusCode(403);
        list(Tokens.analyst(area), area, "open").then().statusCode(403);
        list(Tokens.boardMember(area), area, "open").then().statusCode(200);
        list(Tokens.admin(), "E06999999", "open").then().statusCode(404);
        Contract.as(Tokens.boardMember(area)).contentType("application/json").body(Map.of("reason", "r"))
                .put(explanationUrl(area, "fraction:CL_EET_1617:" + area + ":2010-11")).then().statusCode(403);
        Contract.as(authority.officer()).contentType("application/json").body(Map.of("reason", "r"))
                .put(explanationUrl(area, "jump:CL_EET_1617:" + area + ":1999-00")).then().statusCode(404);
    }
}
