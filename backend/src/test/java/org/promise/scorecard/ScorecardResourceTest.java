package org.promise.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Figures;
import org.promise.support.Indicators;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/**
 * The scorecard of the seeded Walsall data comes out as the board pack reports it; what it does with figures written
 * through the API is seen in an authority of the class's own.
 */
@QuarkusTest
class ScorecardResourceTest {

    private static String authority;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    @io.quarkus.cache.CacheName("scorecards")
    io.quarkus.cache.Cache scorecards;

    @Inject
    @io.quarkus.cache.CacheName(ScorecardCache.AREAS)
    io.quarkus.cache.Cache areas;

    @Inject
    @io.quarkus.cache.CacheName(ScorecardCache.CATALOGUE)
    io.quarkus.cache.Cache catalogue;

    @Inject
    @io.quarkus.cache.CacheName(ScorecardCache.FIGURES)
    io.quarkus.cache.Cache figures;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    @BeforeAll
    static void createAuthority() {
        authority = ScratchAuthority.create(ScorecardResourceTest.class).code();
    }

    /** Statements through Hibernate and through the scorecard's own plain-SQL reads. */
    private long statements() {
        return sessionFactory.getStatistics().getPrepareStatementCount()
                + (long) metrics.counter("promise.scorecard.statements").count();
    }

    private static JsonPath scorecard(String token, String area, String period) {
        return Contract.as(token).queryParam("area", area).queryParam("period", period).get("/api/v1/scorecard")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath scorecard, String indicator) {
        return scorecard.getMap("groups.rows.flatten().find { it.indicator == '" + indicator + "' }");
    }

    @Test
    void shouldColourWalsall2022To23AsThePackReportsIt() {
        JsonPath walsall = scorecard(Tokens.boardMember(Tokens.WALSALL), Tokens.WALSALL, "2022-23");
        assertThat(walsall.getString("areaName")).isEqualTo("Walsall");

        assertThat(row(walsall, "HLTH_ASSESS")).containsEntry("rag", "green").containsEntry("value", 88)
                .containsEntry("ragReason", "88% is above the target of 85%").containsEntry("direction", "declining");
        assertThat(row(walsall, "HLTH_DENTAL")).containsEntry("rag", "amber")
                .containsEntry("ragReason", "88% is below the target of 90% but within the 5-point tolerance")
                .containsEntry("direction", "stable");
        assertThat(row(walsall, "CL_STAYPUT_1920")).containsEntry("rag", "red").containsEntry("direction", "declining")
                .containsEntry("directionReason", "Down from 41% to 23%");
        assertThat(row(walsall, "SDQ_COMPLETE")).containsEntry("rag", "amber");
        assertThat(row(walsall, "LEAVE_REUNIF")).containsEntry("rag", "green").containsEntry("direction", "improving");
        assertThat(walsall.getList("groups.title")).containsExactly("Safety and Permanency",
                "Mental and Physical Health and Wellbeing", "Education and Employment", "Transitions and Independence", "Influence and Involvement",
                "Leadership");
    }

    @Test
    void shouldCompareWithTheLatestEnglandRegionAndNeighbourFigures() {
        JsonPath walsall = scorecard(Tokens.officer(Tokens.WALSALL), Tokens.WALSALL, "2022-23");
        assertThat(walsall.getList("groups.rows.flatten().find { it.indicator == 'CL_EET_1921' }.comparators"))
                .containsExactly(
                        Map.of("kind", "england", "area", "E92000001", "areaName", "England", "period", "2021-22",
                                "value", 55, "comparison", "worse"),
                        Map.of("kind", "region", "area", "E12000005", "areaName", "West Midlands", "period",
                                "2021-22", "value", 52, "comparison", "better"),
                        Map.of("kind", "statistical-neighbours", "area", "SN-E08000030", "areaName",
                                "Walsall's statistical neighbours", "period", "2021-22", "value", 50,
                                "comparison", "better"));
        // Snapshot indicators are read on the last day of the year; contextual ones get no colour or direction.
        assertThat(row(walsall, "CLA_RATE")).containsEntry("period", "2023-03-31").containsEntry("value", 93.7f)
                .containsEntry("rag", "none").containsEntry("direction", "none");
        assertThat(row(walsall, "ADOPT_A2")).containsEntry("rag", "none");
        assertThat(walsall.getString("groups.rows.flatten().find { it.indicator == 'ADOPT_A2' }.comparators[0].comparison"))
                .isEqualTo("better");
    }

    @Test
    void shouldFlagAFractionThatDoesNotGiveTheReportedValue() {
        JsonPath walsall = scorecard(Tokens.officer(Tokens.WALSALL), Tokens.WALSALL, "2022-23");
        assertThat(walsall.getString("groups.rows.flatten().find { it.indicator == 'CL_HEALTH_PASSPORT' }"
                + ".fractionMismatch.message")).isEqualTo("45 of 51 is 88.2%, not 86%");
        assertThat(walsall.getString("groups.rows.flatten().find { it.indicator == 'CL_STAYPUT_1920' }"
                + ".fractionMismatch.message")).isEqualTo("14 of 49 is 28.6%, not 23%");
        assertThat(walsall.getList("groups.rows.flatten().find { it.indicator == 'CL_STAYPUT_1920' }.history.period"))
                .containsExactly("2019-20", "2020-21", "2021-22", "2022-23");
    }

    @Test
    void shouldSayWhyATargetGivesNoColour() {
        JsonPath walsall = scorecard(Tokens.officer(Tokens.WALSALL), Tokens.WALSALL, "2022-23");
        assertThat(row(walsall, "TRANSITION_POSITIVE")).containsEntry("rag", "none")
                .containsEntry("ragReason", "The target is pending: Target to be established after the baseline "
                        + "survey is completed");
        Contract.as(Tokens.officer(authority)).contentType("application/json").body(java.util.Map.of("value", 65))
                .put("/api/v1/indicators/CL_EET_1617/targets/" + authority + "/2035-36").then().statusCode(201);
        assertThat(row(scorecard(Tokens.officer(authority), authority, "2035-36"), "CL_EET_1617"))
                .containsEntry("rag", "none")
                .containsEntry("ragReason", "No value has been reported for this period");
        assertThat(row(walsall, "CL_EET_1617")).containsEntry("value", 78).containsEntry("rag", "green");
    }

    @Test
    void shouldKeepProvisionalValuesWithinTheirAuthority() {
        Contract.as(Tokens.officer(authority)).contentType("application/json")
                .body(Map.of("value", 93, "status", "provisional"))
                .put("/api/v1/indicators/HLTH_ASSESS/values/" + authority + "/2011-12").then().statusCode(201);
        JsonPath own = scorecard(Tokens.officer(authority), authority, "2011-12");
        assertThat(row(own, "HLTH_ASSESS")).containsEntry("value", 93).containsEntry("status", "provisional");
        Contract.as(Tokens.officer(Tokens.WALSALL)).queryParam("area", authority).queryParam("period", "2011-12")
                .get("/api/v1/scorecard")
                .then().statusCode(200)
                .body("groups.rows.flatten().indicator", not(hasItem("HLTH_ASSESS")));
    }

    @Test
    void shouldShowACatalogueChangeOnTheNextScorecardThoughTheCatalogueIsKept() {
        String admin = Tokens.admin();
        Map<String, Object> indicator = Indicators.financialYear("SCORECARD_RENAMED", "Before the rename", "percent",
                "higher_is_better", "leadership", 0);
        Indicators.create(indicator);
        Contract.as(Tokens.officer(authority)).contentType("application/json")
                .body(Map.of("value", 40, "status", "provisional"))
                .put("/api/v1/indicators/SCORECARD_RENAMED/values/" + authority + "/2010-11").then().statusCode(201);
        assertThat(row(scorecard(Tokens.officer(authority), authority, "2010-11"), "SCORECARD_RENAMED"))
                .containsEntry("name", "Before the rename");

        // Only the catalogue changes: the card must not be made from the catalogue kept before it.
        indicator.put("name", "After the rename");
        Contract.as(admin).header("If-Match", "\"0\"").contentType("application/json").body(indicator)
                .put("/api/v1/indicators/SCORECARD_RENAMED").then().statusCode(200);
        assertThat(row(scorecard(Tokens.officer(authority), authority, "2010-11"), "SCORECARD_RENAMED"))
                .containsEntry("name", "After the rename");
    }

    /** What is kept in memory when a card is calculated. */
    private enum Kept { NOTHING, REFERENCE, FIGURES }

    @Test
    void shouldCostTheSameFewStatementsWhateverTheNumberOfIndicators() {
        long whole = statementsFor("2022-23", null, Kept.NOTHING);
        long onePriority = statementsFor("2022-23", "leadership", Kept.NOTHING);
        // The areas, the catalogue, and the values and targets of Walsall and of each of its comparators (at most 4).
        assertThat(whole).isPositive().isLessThanOrEqualTo(12).isEqualTo(onePriority);
        // With the catalogue and the comparator areas kept, a card reads only its areas' values and targets.
        long figures = statementsFor("2021-22", null, Kept.REFERENCE);
        assertThat(figures).isEqualTo(whole - 2);
        assertThat(figures % 2).isZero();
        // With their figures kept as well, a card is calculated in memory.
        assertThat(statementsFor("2020-21", null, Kept.FIGURES)).isZero();
    }

    private long statementsFor(String period, String priority, Kept kept) {
        var request = Contract.as(Tokens.officer(Tokens.WALSALL)).queryParam("area", Tokens.WALSALL)
                .queryParam("period", period);
        if (priority != null) {
            request.queryParam("priority", priority);
        }
        // Once first, so that what every page shares (the suppression rules) is read before counting, whichever
        // test ran before this one.
        request.get("/api/v1/scorecard").then().statusCode(200);
        if (kept == Kept.NOTHING) {
            areas.invalidateAll().await().indefinitely();
            catalogue.invalidateAll().await().indefinitely();
        }
        if (kept != Kept.FIGURES) {
            figures.invalidateAll().await().indefinitely();
        }
        scorecards.invalidateAll().await().indefinitely();
        sessionFactory.getStatistics().clear();
        long before = statements();
        request.get("/api/v1/scorecard").then().statusCode(200);
        long cold = statements() - before;
        // Asked again, the scorecard comes from the cache.
        before = statements();
        request.get("/api/v1/scorecard").then().statusCode(200);
        assertThat(statements() - before).isZero();
        return cold;
    }

    @Test
    void shouldWithholdARateWhoseSmallCountIsOnAnotherPrioritysCard() {
        Indicators.create(Indicators.financialYear("SCORECARD_LINKED_COUNT", "Linked count", "count", "contextual",
                "safety-and-permanency", 0));
        Map<String, Object> rate = Indicators.financialYear("SCORECARD_LINKED_RATE", "Linked rate", "percent",
                "higher_is_better", "leadership", 0);
        rate.put("numeratorIndicator", "SCORECARD_LINKED_COUNT");
        Indicators.create(rate);
        String officer = Tokens.officer(authority);
        Figures.put(officer, "SCORECARD_LINKED_COUNT", authority, "2008-09", 3, null, null, "final");
        Figures.put(officer, "SCORECARD_LINKED_RATE", authority, "2008-09", 40, null, null, "final");

        // The leadership card shows the rate without its count; the count (3) still withholds it from outsiders.
        String outsider = Tokens.officer(Tokens.WALSALL);
        JsonPath leadership = Contract.as(outsider).queryParam("area", authority).queryParam("period", "2008-09")
                .queryParam("priority", "leadership").get("/api/v1/scorecard").then().statusCode(200)
                .extract().jsonPath();
        assertThat(row(leadership, "SCORECARD_LINKED_RATE")).containsEntry("symbol", "c").doesNotContainKey("value");
        assertThat(row(scorecard(officer, authority, "2008-09"), "SCORECARD_LINKED_RATE"))
                .containsEntry("value", 40);
    }

    @Test
    void shouldRefuseAScorecardItCannotMake() {
        String token = Tokens.officer(Tokens.WALSALL);
        Contract.badRequestAs(token).queryParam("area", Tokens.WALSALL).queryParam("period", "2022-24")
                .get("/api/v1/scorecard")
                .then().statusCode(400).body("errors[0].field", equalTo("period"))
                .body("errors[0].message", equalTo("'2022-24' is neither a financial year (such as 2022-23) nor "
                        + "three rolling years (such as 2019-22)"));
        Contract.badRequestAs(token).queryParam("period", "2022-23").get("/api/v1/scorecard")
                .then().statusCode(400).body("errors.field", contains("area"));
        Contract.as(token).queryParam("area", "E92000001").queryParam("period", "2022-23").get("/api/v1/scorecard")
                .then().statusCode(400).body("errors[0].rule", equalTo("local-authority"));
        Contract.as(token).queryParam("area", "E08999999").queryParam("period", "2022-23").get("/api/v1/scorecard")
                .then().statusCode(404);
        Contract.anonymous().queryParam("area", Tokens.WALSALL).queryParam("period", "2022-23")
                .get("/api/v1/scorecard").then().statusCode(401);
        Contract.badRequestAs(token).queryParam("area", Tokens.WALSALL).queryParam("period", "2022-23")
                .queryParam("priority", "money").get("/api/v1/scorecard")
                .then().statusCode(400).body("errors[0].field", equalTo("priority"));
    }

    @Test
    void shouldListTheSeededCatalogue() {
        List<String> codes = Contract.as(Tokens.analyst(Tokens.WALSALL)).get("/api/v1/indicators")
                .then().statusCode(200).extract().jsonPath().getList("items.code");
        assertThat(codes).hasSizeGreaterThanOrEqualTo(40).contains("HLTH_ASSESS", "ADOPT_A10", "CLA_RATE");
    }

    @Test
    void shouldOfferTheYearsThatHaveAScorecard() {
        JsonPath years = Contract.as(Tokens.officer(Tokens.WALSALL)).queryParam("area", Tokens.WALSALL)
                .get("/api/v1/scorecard/periods").then().statusCode(200).extract().jsonPath();
        assertThat(years.getList("items.period")).startsWith("2023-24", "2022-23").contains("2019-20");
        assertThat(years.getInt("items[0].values")).isZero();
        // The year the board is monitoring has the plan's targets, and no figure yet in the pack (decision 27).
        assertThat(years.getInt("items[0].targets")).isEqualTo(21);
        assertThat(years.getInt("items[1].values")).isGreaterThan(30);
    }

    @Test
    void shouldShowAChangedValueAtOnce() {
        String officer = Tokens.officer(authority);
        Contract.as(officer).contentType("application/json").body(Map.of("value", 70, "status", "final"))
                .put("/api/v1/indicators/SDQ_COMPLETE/values/" + authority + "/2010-11").then().statusCode(201);
        Contract.as(officer).contentType("application/json").body(Map.of("value", 95))
                .put("/api/v1/indicators/SDQ_COMPLETE/targets/" + authority + "/2010-11").then().statusCode(201);
        assertThat(row(scorecard(officer, authority, "2010-11"), "SDQ_COMPLETE")).containsEntry("rag", "red");
        Contract.as(officer).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("value", 96, "status", "final"))
                .put("/api/v1/indicators/SDQ_COMPLETE/values/" + authority + "/2010-11").then().statusCode(200);
        assertThat(row(scorecard(officer, authority, "2010-11"), "SDQ_COMPLETE")).containsEntry("rag", "green");
        assertThat(row(scorecard(Tokens.boardMember(authority), authority, "2010-11"), "SDQ_COMPLETE"))
                .containsEntry("value", 96);
    }
}
