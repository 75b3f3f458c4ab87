package org.promise.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Tokens;

/**
 * What the demo data gives the year Walsall's board is monitoring (2023-24, from the action plan of the November 2023
 * pack) and Dudley (every figure of its municipal year report, each in its own period and final, and its own rows of
 * Adoption@Heart's tables); decision 27. Each figure is described as the pack counts it, and each basis quotes it.
 */
@QuarkusTest
class DemoTargetsAndDudleyFiguresTest {

    private static JsonPath scorecard(String token, String area, String period) {
        return Contract.as(token).queryParam("area", area).queryParam("period", period).get("/api/v1/scorecard")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath scorecard, String indicator) {
        return scorecard.getMap("groups.rows.flatten().find { it.indicator == '" + indicator + "' }");
    }

    private static Map<String, Object> targetOf(JsonPath scorecard, String indicator) {
        return scorecard.getMap("groups.rows.flatten().find { it.indicator == '" + indicator + "' }.target");
    }

    @Test
    void shouldGiveWalsallsYear2023To24ItsTargetsAndProjections() {
        JsonPath walsall = scorecard(Tokens.boardMember(Tokens.WALSALL), Tokens.WALSALL, "2023-24");
        List<String> reasons = walsall.getList("groups.rows.flatten().ragReason");
        assertThat(reasons).hasSizeGreaterThanOrEqualTo(20).doesNotContain("No target has been set for this period");

        assertThat(targetOf(walsall, "HLTH_ASSESS")).containsEntry("value", 85);
        assertThat((String) targetOf(walsall, "HLTH_ASSESS").get("basis")).contains("2022-24 targets");
        assertThat(targetOf(walsall, "CL_ACCOM_1921")).containsEntry("value", 90);
        assertThat(targetOf(walsall, "PATHWAY_PLANS")).containsEntry("value", 95);
        assertThat(targetOf(walsall, "FOST_NEW_PLACES")).containsEntry("value", 25);
        // The plan's projections of children leaving care are its measures of success, and say so.
        assertThat(targetOf(walsall, "LEAVE_REUNIF")).containsEntry("value", 15);
        assertThat(targetOf(walsall, "LEAVE_ADOPT")).containsEntry("value", 25);
        assertThat(targetOf(walsall, "LEAVE_SGO")).containsEntry("value", 25);
        assertThat((String) targetOf(walsall, "LEAVE_SGO").get("basis")).contains("a projection");
        // A snapshot indicator's target is at the year's last day.
        assertThat(row(walsall, "MOCKINGBIRD_HUBS")).containsEntry("period", "2024-03-31");
        assertThat(targetOf(walsall, "MOCKINGBIRD_HUBS")).containsEntry("value", 6);
        assertThat(targetOf(walsall, "COUNCILLORS_TRAINED_PCT")).containsEntry("value", 50);
        assertThat(targetOf(walsall, "TRANSITION_POSITIVE")).containsEntry("pending", true);
    }

    @Test
    void shouldRateWalsalls2023To24OnlyWhereThePackHasAFigure() {
        // The pack (November 2023) has no figure for a period of 2023-24 that the year's card reads, and none is made
        // up: each target waits for its value, and the year before still shows beside it.
        JsonPath walsall = scorecard(Tokens.officer(Tokens.WALSALL), Tokens.WALSALL, "2023-24");
        assertThat(row(walsall, "HLTH_ASSESS")).containsEntry("rag", "none")
                .containsEntry("ragReason", "No value has been reported for this period");
        assertThat(walsall.getList("groups.rows.flatten().rag")).containsOnly("none");
        assertThat(walsall.getMap("groups.rows.flatten().find { it.indicator == 'HLTH_ASSESS' }.previous"))
                .containsEntry("period", "2022-23").containsEntry("value", 88);
        JsonPath published = Contract.anonymous().queryParam("area", Tokens.WALSALL).queryParam("period", "2023-24")
                .get("/api/v1/public/scorecard").then().statusCode(200).extract().jsonPath();
        assertThat(published.getMap("groups.rows.flatten().find { it.indicator == 'LEAVE_REUNIF' }.target"))
                .containsEntry("value", 15);
    }

    @Test
    void shouldKeepTargetsWhoseUnitsDifferOnIndicatorsOfTheirOwn() {
        JsonPath walsall = scorecard(Tokens.boardMember(Tokens.WALSALL), Tokens.WALSALL, "2022-23");
        // "50% of our Councillors" is a share of all councillors, not a count of board members.
        assertThat(targetOf(walsall, "COUNCILLORS_TRAINED_PCT")).containsEntry("value", 50);
        assertThat(row(walsall, "COUNCILLORS_TRAINED")).containsEntry("value", 4).doesNotContainKey("target");
        // "A further 2 Mockingbird Hubs in 2022/23" is hubs launched in the year, not how many there were.
        assertThat(targetOf(walsall, "MOCKINGBIRD_HUBS_NEW")).containsEntry("value", 2);
        assertThat(row(walsall, "MOCKINGBIRD_HUBS")).containsEntry("value", 5).doesNotContainKey("target");
        assertThat(targetOf(walsall, "NEW_CHILDRENS_HOMES")).containsEntry("value", 2);
        assertThat(targetOf(walsall, "PARTICIPATION_APPRENTICES")).containsEntry("value", 2);
    }

    @Test
    void shouldHoldWalsallsSnapshotOf2023To24AtItsDate() {
        List<Map<String, Object>> values = Contract.as(Tokens.analyst(Tokens.WALSALL))
                .queryParam("indicator", "SGO_SUPPORTED").queryParam("area", Tokens.WALSALL).get("/api/v1/values")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(values).extracting(v -> v.get("period")).containsExactly("2023-03-31", "2023-10-01");
        assertThat(values.get(1)).containsEntry("value", 358).containsEntry("status", "final");
    }

    @Test
    void shouldPublishEveryDudleyFigureInItsPeriodAsFinal() {
        List<Map<String, Object>> values = Contract.as(Tokens.analyst(Tokens.WALSALL))
                .queryParam("area", Tokens.DUDLEY).get("/api/v1/values")
                .then().statusCode(200).extract().jsonPath().getList("items");
        // Dudley's own rows of Adoption@Heart's tables are there too; the small ones are withheld from Walsall.
        assertThat(values).extracting(v -> v.get("indicator") + " " + v.get("period") + " " + v.get("value"))
                .containsExactlyInAnyOrder("HLTH_ASSESS_UP_TO_DATE 2024-02-29 93", "IHA_DELAYED 2023-24 18",
                        "PERMANENCE_SGO_ADOPT_3Y 2021-24 82", "SMASHLIFE_ENGAGED 2023-24 35",
                        "ADOPT_PLACED 2022-23 16", "ADOPT_INTERAGENCY 2022-23 null",
                        "ADOPT_EARLY_PERMANENCE 2022-23 null");
        assertThat(values).extracting(v -> v.get("status")).containsOnly("final");
        // Each published figure keeps its note, but a note that states a small count stays inside Dudley: the
        // children placed quote the table's row "Dudley 15 1 16", whose 1 is the withheld inter-agency placement.
        assertThat(values).filteredOn(v -> v.get("symbol") == null && !"ADOPT_PLACED".equals(v.get("indicator")))
                .allSatisfy(v -> assertThat((String) v.get("note")).isNotBlank());
        assertThat(values).filteredOn(v -> "ADOPT_PLACED".equals(v.get("indicator")))
                .singleElement().satisfies(v -> assertThat(v.get("note")).isNull());
    }

    @Test
    void shouldFeedDudleysFiguresToPartnersAsJsonAndCsv() {
        String analyst = Tokens.analyst(Tokens.DUDLEY);
        List<String> kpis = Contract.as(analyst).queryParam("area", Tokens.DUDLEY).get("/api/v1/kpis")
                .then().statusCode(200).extract().jsonPath().getList("items.collect { it.indicator + ' ' + it.period }");
        assertThat(kpis).containsExactlyInAnyOrder("HLTH_ASSESS_UP_TO_DATE 2024-02-29", "IHA_DELAYED 2023-24",
                "PERMANENCE_SGO_ADOPT_3Y 2021-24", "SMASHLIFE_ENGAGED 2023-24", "ADOPT_PLACED 2022-23",
                "ADOPT_INTERAGENCY 2022-23", "ADOPT_EARLY_PERMANENCE 2022-23");
        String csv = Contract.as(analyst).accept("text/csv").queryParam("area", Tokens.DUDLEY).get("/api/v1/kpis")
                .then().statusCode(200).extract().asString();
        assertThat(csv).contains("SMASHLIFE_ENGAGED", "HLTH_ASSESS_UP_TO_DATE");
    }

    @Test
    void shouldShowDudleysYearToThePublicWithoutTheFebruarySnapshot() {
        JsonPath dudley = Contract.anonymous().queryParam("area", Tokens.DUDLEY).queryParam("period", "2023-24")
                .get("/api/v1/public/scorecard").then().statusCode(200).extract().jsonPath();
        assertThat(dudley.getList("groups.rows.flatten().indicator")).containsExactlyInAnyOrder("IHA_DELAYED",
                "PERMANENCE_SGO_ADOPT_3Y", "SMASHLIFE_ENGAGED");
        assertThat(row(dudley, "PERMANENCE_SGO_ADOPT_3Y")).containsEntry("period", "2021-24")
                .containsEntry("value", 82);
    }

    @Test
    void shouldDescribeEachFigureAsThePackCountsIt() {
        String reader = Tokens.boardMember(Tokens.WALSALL);
        // Walsall's staying put share is of all its care leavers of that age, not DfE's measure.
        JsonPath stayingPut = Contract.as(reader).get("/api/v1/indicators/CL_STAYPUT_1920").then().statusCode(200)
                .extract().jsonPath();
        assertThat(stayingPut.getString("definition")).contains("all care leavers of that age", "DfE's counts only");
        assertThat(stayingPut.getString("denominatorLabel")).isEqualTo("care leavers aged 19 or 20");
        assertThat(stayingPut.getString("explanation")).contains("as Walsall counts it");
        JsonPath education = Contract.as(reader).get("/api/v1/indicators/CL_EET_1617").then().statusCode(200)
                .extract().jsonPath();
        assertThat(education.getString("definition")).startsWith("Children in care aged 16 or 17 at 31 March")
                .doesNotContain("care leavers");
        assertThat(education.getString("denominatorLabel")).isEqualTo("children in care aged 16 or 17");
        Contract.as(reader).get("/api/v1/indicators/SMASHLIFE_ENGAGED").then().statusCode(200)
                .body("definition", containsString("when it was launched"))
                .body("plainName", equalTo("Young people who took part in Smashlife"));

        // "remained inline with our performance in 2021-22" is no figure for 2021-22; the note quotes it.
        List<Map<String, Object>> education1921 = Contract.as(Tokens.analyst(Tokens.WALSALL))
                .queryParam("indicator", "CL_EET_1921").queryParam("area", Tokens.WALSALL).get("/api/v1/values")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(education1921).extracting(v -> v.get("period")).containsExactly("2022-23");
        assertThat((String) education1921.get(0).get("note")).contains("remained inline with our performance");

        // The health passport targets were proposed, to be agreed with health partners, and the basis says so.
        JsonPath walsall = scorecard(reader, Tokens.WALSALL, "2022-23");
        for (String indicator : List.of("CL_HEALTH_PASSPORT", "CL_HEALTH_PASSPORT_OFFERED")) {
            assertThat((String) targetOf(walsall, indicator).get("basis")).as(indicator)
                    .contains("proposed indicator for 2022-23 Target health passports to be agreed with CCG and Health Trust");
            assertThat((String) targetOf(scorecard(reader, Tokens.WALSALL, "2023-24"), indicator).get("basis"))
                    .contains("to be agreed with CCG and Health Trust");
        }
        assertThat((String) targetOf(walsall, "HLTH_ASSESS").get("basis"))
                .isEqualTo("Walsall action plan 2022-23: \"Health Assessments – 2022/23 target = 85% agreed by Black "
                        + "Country ICB for the 4 LAs\"");
        assertThat(row(walsall, "CL_EET_1921")).containsEntry("value", 54).containsEntry("direction", "none");
    }
}
