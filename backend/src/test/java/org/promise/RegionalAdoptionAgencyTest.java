package org.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Figures;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/**
 * A regional adoption agency's figures are the agency's (docs/decisions.md, 26): the demo data puts Adoption@Heart's
 * totals on Adoption@Heart and Walsall's own rows on Walsall; a member authority's officers and board members read
 * the agency's figures as their own, only its own officers and administrators change them, and an authority's
 * scorecard compares it with its agency. Writes go to an agency of the class's own.
 */
@QuarkusTest
class RegionalAdoptionAgencyTest {

    private static final String ADOPTION_AT_HEART = "E90000001";
    private static final String YEAR = "2004-05";

    private static ScratchAuthority member;
    private static ScratchAuthority outsider;
    private static ScratchAuthority agency;

    @BeforeAll
    static void createAreas() {
        member = ScratchAuthority.create(RegionalAdoptionAgencyTest.class);
        outsider = ScratchAuthority.create(RegionalAdoptionAgencyTest.class);
        agency = ScratchAuthority.agency(RegionalAdoptionAgencyTest.class, member);
    }

    private static Map<String, Object> value(JsonPath values, String area, String period) {
        return values.getMap("items.find { it.area == '" + area + "' && it.period == '" + period + "' }");
    }

    private static JsonPath values(String indicator) {
        return Contract.as(Tokens.analyst(Tokens.WALSALL)).queryParam("indicator", indicator).get("/api/v1/values")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldKeepTheAgencysInterAgencyShareOnTheAgencyAndWalsallsOwnOnWalsall() {
        JsonPath interAgency = values("ADOPT_INTERAGENCY");
        assertThat(value(interAgency, ADOPTION_AT_HEART, "2022-23")).containsEntry("value", 34)
                .containsEntry("numerator", 31).containsEntry("denominator", 91);
        assertThat(value(interAgency, ADOPTION_AT_HEART, "2021-22")).containsEntry("value", 38);
        assertThat(value(interAgency, Tokens.WALSALL, "2022-23")).containsEntry("value", 51)
                .containsEntry("numerator", 21).containsEntry("denominator", 41);
        assertThat(value(interAgency, Tokens.WALSALL, "2021-22")).as("the pack gives no Walsall row for 2021-22").isNull();

        JsonPath fosterForAdoption = values("ADOPT_EARLY_PERMANENCE");
        assertThat(value(fosterForAdoption, ADOPTION_AT_HEART, "2022-23")).containsEntry("value", 24);
        assertThat(value(fosterForAdoption, ADOPTION_AT_HEART, "2021-22")).containsEntry("value", 32);
        assertThat(value(fosterForAdoption, Tokens.WALSALL, "2022-23")).containsEntry("value", 11);
        assertThat(value(fosterForAdoption, Tokens.WALSALL, "2021-22")).isNull();

        JsonPath placed = values("ADOPT_PLACED");
        assertThat(value(placed, ADOPTION_AT_HEART, "2022-23")).containsEntry("value", 91);
        assertThat(value(placed, Tokens.WALSALL, "2022-23")).containsEntry("value", 41);
    }

    /**
     * The agency's tables give each member's own row; each is that authority's figure, read in full by its own
     * people, and a small one (1 to 5, or a share of one) is withheld from everybody else (decision 9).
     */
    @Test
    void shouldGiveEachMemberItsOwnRowsOfTheAgencysTables() {
        String[][] rows = {{Tokens.DUDLEY, "16", "6", "1", "4"}, {"E08000028", "25", "28", "7", "6"},
            {"E08000031", "9", "22", "2", "3"}};
        for (String[] row : rows) {
            JsonPath own = Contract.as(Tokens.officer(row[0])).queryParam("area", row[0]).get("/api/v1/values")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(own.getList("items.findAll { it.period == '2022-23' }.collect { it.indicator + ' ' + it.value }"))
                    .as(row[0]).contains("ADOPT_PLACED " + row[1], "ADOPT_INTERAGENCY " + row[2],
                            "ADOPT_EARLY_PERMANENCE " + row[4]);
            Map<String, Object> interAgency = value(own, row[0], "2022-23", "ADOPT_INTERAGENCY");
            assertThat(interAgency).containsEntry("numerator", Integer.valueOf(row[3]))
                    .containsEntry("denominator", Integer.valueOf(row[1])).containsEntry("status", "final");
            assertThat((String) interAgency.get("note")).contains("The report gives no percentage for");
            // Its own scorecard and data checks read the new rows (the agency's 34% as the comparator).
            String officer = Tokens.officer(row[0]);
            JsonPath scorecard = Contract.as(officer).queryParam("area", row[0]).queryParam("period", "2022-23")
                    .get("/api/v1/scorecard").then().statusCode(200).extract().jsonPath();
            assertThat(scorecard.getInt("groups.rows.flatten().find { it.indicator == 'ADOPT_INTERAGENCY' }.value"))
                    .isEqualTo(Integer.valueOf(row[2]));
            Contract.as(officer).queryParam("authority", row[0]).get("/api/v1/data-checks").then().statusCode(200);
        }
        JsonPath outside = Contract.as(Tokens.officer(Tokens.WALSALL)).queryParam("area", Tokens.DUDLEY)
                .get("/api/v1/values").then().statusCode(200).extract().jsonPath();
        assertThat(value(outside, Tokens.DUDLEY, "2022-23", "ADOPT_PLACED")).containsEntry("value", 16);
        for (String small : List.of("ADOPT_INTERAGENCY", "ADOPT_EARLY_PERMANENCE")) {
            assertThat(value(outside, Tokens.DUDLEY, "2022-23", small)).as(small).containsEntry("symbol", "c")
                    .doesNotContainKeys("value", "numerator", "note");
        }
        JsonPath published = Contract.anonymous().queryParam("area", Tokens.DUDLEY).queryParam("period", "2022-23")
                .get("/api/v1/public/scorecard").then().statusCode(200).extract().jsonPath();
        String row = "groups.rows.flatten().find { it.indicator == '%s' }";
        assertThat(published.getInt(row.formatted("ADOPT_PLACED") + ".value")).isEqualTo(16);
        assertThat(published.getString(row.formatted("ADOPT_EARLY_PERMANENCE") + ".symbol")).isEqualTo("c");
        assertThat(published.getString(row.formatted("ADOPT_INTERAGENCY") + ".symbol")).isEqualTo("c");
    }

    private static Map<String, Object> value(JsonPath values, String area, String period, String indicator) {
        return values.getMap("items.find { it.area == '" + area + "' && it.period == '" + period
                + "' && it.indicator == '" + indicator + "' }");
    }

    @Test
    void shouldQuoteTheNationalAdoptionShareForTheYearItCouldHaveBeen() {
        JsonPath leavingByAdoption = values("LEAVE_ADOPT_PCT");
        assertThat(value(leavingByAdoption, "E92000001", "2021-22")).containsEntry("value", 10);
        assertThat(value(leavingByAdoption, "E92000001", "2022-23")).isNull();
    }

    @Test
    void shouldCompareWalsallWithItsAgency() {
        JsonPath walsall = Contract.as(Tokens.officer(Tokens.WALSALL)).queryParam("area", Tokens.WALSALL)
                .queryParam("period", "2022-23").get("/api/v1/scorecard").then().statusCode(200).extract().jsonPath();
        String row = "groups.rows.flatten().find { it.indicator == 'ADOPT_INTERAGENCY' }";
        assertThat(walsall.getInt(row + ".value")).isEqualTo(51);
        assertThat(walsall.getList(row + ".comparators")).containsExactly(Map.of("kind", "regional-adoption-agency",
                "area", ADOPTION_AT_HEART, "areaName", "Adoption@Heart", "period", "2022-23", "value", 34,
                "comparison", "worse"));
    }

    /** A count is a size: Walsall's 41 children placed is part of the agency's 91, not worse than it. */
    @Test
    void shouldNotRateWalsallsCountsAgainstTheAgencysTotal() {
        JsonPath walsall = Contract.anonymous().queryParam("area", Tokens.WALSALL).queryParam("period", "2022-23")
                .get("/api/v1/public/scorecard").then().statusCode(200).extract().jsonPath();
        String row = "groups.rows.flatten().find { it.indicator == 'ADOPT_PLACED' }";
        assertThat(walsall.getInt(row + ".value")).isEqualTo(41);
        assertThat(walsall.getList(row + ".comparators")).containsExactly(Map.of("kind", "regional-adoption-agency",
                "area", ADOPTION_AT_HEART, "areaName", "Adoption@Heart", "period", "2022-23", "value", 91,
                "comparison", "none"));
    }

    @Test
    void shouldScoreAuthoritiesNotAgencies() {
        String officer = Tokens.officer(Tokens.WALSALL);
        Contract.as(officer).queryParam("area", ADOPTION_AT_HEART).queryParam("period", "2022-23")
                .get("/api/v1/scorecard").then().statusCode(400).body("errors[0].field", equalTo("area"))
                .body("errors[0].rule", equalTo("local-authority"));
        Contract.anonymous().queryParam("area", ADOPTION_AT_HEART).queryParam("period", "2022-23")
                .get("/api/v1/public/scorecard").then().statusCode(404);
        Contract.as(officer).contentType("application/json").body(Map.of("value", 50, "basis", "A guess"))
                .put("/api/v1/indicators/ADOPT_INTERAGENCY/targets/" + ADOPTION_AT_HEART + "/2023-24")
                .then().statusCode(400).body("errors[0].rule", equalTo("local-authority"));
        Contract.as(Tokens.analyst(Tokens.WALSALL)).queryParam("area", ADOPTION_AT_HEART).get("/api/v1/kpis")
                .then().statusCode(200).body("items.area", hasItem(ADOPTION_AT_HEART))
                .body("items.area", not(hasItem(Tokens.WALSALL)));
        Contract.as(Tokens.analyst(Tokens.WALSALL)).queryParam("area", ADOPTION_AT_HEART).accept("text/csv")
                .get("/api/v1/values").then().statusCode(200)
                .body(containsString("Institution,E92000001,England,,,,,,"
                        + ADOPTION_AT_HEART + ",Adoption@Heart,Own figures,"));
    }

    @Test
    void shouldLetOnlyTheAgencysOwnOfficersAndAdministratorsChangeItsFigures() {
        String url = "/api/v1/indicators/ADOPT_PLACED/values/" + agency.code() + "/" + YEAR;
        Contract.as(Tokens.officer(member.code())).contentType("application/json")
                .body(Map.of("value", 12, "status", "final")).put(url)
                .then().statusCode(403).body("detail", containsString("changed by its own officers and administrators"));
        Contract.as(Tokens.officer(outsider.code())).contentType("application/json")
                .body(Map.of("value", 12, "status", "final")).put(url).then().statusCode(403);
        Figures.put(agency.officer(), "ADOPT_PLACED", agency.code(), YEAR, 12, null, null, "provisional");
        String etag = Contract.as(Tokens.admin()).get(url).then().statusCode(200).extract().header("ETag");
        Contract.as(Tokens.admin()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("value", 13, "status", "provisional")).put(url).then().statusCode(200);
    }

    @Test
    void shouldImportAnAgencysRowsFromItsOwnOfficersOnly() {
        String csv = "time_period,time_identifier,geographic_level,new_la_code,la_name,indicator,value,numerator,"
                + "denominator,status\n200203,Financial year,Regional adoption agency," + agency.code()
                + ",Agency,ADOPT_PLACED,40,,,final\n";
        Contract.badRequestAs(Tokens.officer(member.code())).contentType("text/csv").body(csv)
                .queryParam("dryRun", true).post("/api/v1/imports/values")
                .then().statusCode(400).body("errors[0].rule", equalTo("forbidden"));
        Contract.as(agency.officer()).contentType("text/csv").body(csv).queryParam("dryRun", true)
                .post("/api/v1/imports/values").then().statusCode(200);
    }

    @Test
    void shouldShowAnAgencysProvisionalFiguresToItsMembersAndNobodyElse() {
        String year = "2003-04";
        Figures.put(agency.officer(), "ADOPT_EARLY_PERMANENCE", agency.code(), year, 7, null, null, "provisional");
        String url = "/api/v1/indicators/ADOPT_EARLY_PERMANENCE/values/" + agency.code() + "/" + year;
        for (String reader : List.of(Tokens.officer(member.code()), Tokens.boardMember(member.code()))) {
            Contract.as(reader).get(url).then().statusCode(200).body("value", equalTo(7));
        }
        for (String stranger : List.of(Tokens.officer(outsider.code()), Tokens.analyst(member.code()),
                Tokens.partner("partner-" + member.code(), member.code()))) {
            Contract.as(stranger).get(url).then().statusCode(404);
        }
        Contract.as(Tokens.officer(member.code())).queryParam("area", agency.code()).get("/api/v1/kpis")
                .then().statusCode(200).body("items.value", hasItem(7));
        Contract.as(Tokens.officer(outsider.code())).queryParam("area", agency.code()).get("/api/v1/kpis")
                .then().statusCode(200).body("items.value", not(hasItem(7)));
    }
}
