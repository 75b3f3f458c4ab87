package org.promise.kpi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Figures;
import org.promise.support.Indicators;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/**
 * The KPI feed's changes since an instant. Its authority's figures for 2011-12 are written, then, after the instant,
 * one is changed, one deleted, one made provisional, and the one figure of an indicator of the class's own is hidden by
 * making the indicator internal-only; one figure is left alone.
 */
@QuarkusTest
class KpiSyncTest {

    private static final String YEAR = "2011-12";
    private static final String WALSALL_PARTNER = Tokens.partner("partner-walsall", Tokens.WALSALL);
    private static ScratchAuthority authority;
    private static String area;
    private static String indicator;
    private static OffsetDateTime since;
    private static Map<String, Object> indicatorBody;

    @BeforeAll
    static void createAuthority() {
        authority = ScratchAuthority.create(KpiSyncTest.class);
        area = authority.code();
        indicator = "SYNC_" + area;
    }

    /** Once, but in a test's own setup: REST Assured knows the application's port only there. */
    @BeforeEach
    void writeAndChangeOnce() throws InterruptedException {
        if (since != null) {
            return;
        }
        String officer = authority.officer();
        createIndicator();
        Figures.put(officer, "FOST_APPROVED_MAINSTREAM", area, YEAR, 40, null, null, "final");
        Figures.put(officer, "LEAVE_REUNIF", area, YEAR, 36, null, null, "final");
        Figures.put(officer, "LEAVE_ADOPT", area, YEAR, 15, null, null, "final");
        Figures.put(officer, "HLTH_DENTAL", area, YEAR, 80, null, null, "final");
        Figures.put(officer, "HLTH_ASSESS", area, YEAR, 70, null, null, "provisional");
        Figures.put(officer, indicator, area, YEAR, 30, null, null, "final");
        Thread.sleep(20);
        OffsetDateTime instant = OffsetDateTime.now(ZoneOffset.UTC);
        Thread.sleep(20);
        change("LEAVE_REUNIF", 37, "final");
        delete("LEAVE_ADOPT");
        delete("HLTH_ASSESS");
        change("HLTH_DENTAL", 80, "provisional");
        makeInternal();
        since = instant;
    }

    private static void change(String code, int value, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("value", value);
        body.put("status", status);
        Contract.as(authority.officer()).contentType("application/json").header("If-Match", etag(valuePath(code)))
                .body(body).put(valuePath(code)).then().statusCode(200);
    }

    private static void delete(String code) {
        Contract.as(authority.officer()).header("If-Match", etag(valuePath(code))).delete(valuePath(code))
                .then().statusCode(204);
    }

    private static void createIndicator() {
        indicatorBody = Indicators.financialYear(indicator, "Sync test count " + area, "count", "contextual",
                "leadership", 0);
        Indicators.create(indicatorBody);
    }

    private static void makeInternal() {
        Map<String, Object> body = new HashMap<>(indicatorBody);
        body.put("internalOnly", true);
        String path = "/api/v1/indicators/" + indicator;
        Contract.as(Tokens.admin()).contentType("application/json").header("If-Match", etag(path)).body(body).put(path)
                .then().statusCode(200);
    }

    private static String valuePath(String code) {
        return "/api/v1/indicators/" + code + "/values/" + area + "/" + YEAR;
    }

    private static String etag(String path) {
        return Contract.as(Tokens.admin()).get(path).then().statusCode(200).extract().header("ETag");
    }

    private static JsonPath changes(String token, String modifiedSince) {
        return Contract.as(token).queryParam("area", area).queryParam("modifiedSince", modifiedSince)
                .get("/api/v1/kpis").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldGiveAnOutsiderExactlyWhatChangedAndWhatItCanReadNoLonger() {
        JsonPath page = changes(WALSALL_PARTNER, since.toString());
        assertThat(page.getList("items.indicator"), contains("LEAVE_REUNIF"));
        assertThat(page.getInt("items[0].value"), equalTo(37));
        assertThat(page.getList("withdrawn.indicator"), contains("HLTH_DENTAL", "LEAVE_ADOPT", indicator));
        assertThat(page.getList("withdrawn.period"), everyItem(equalTo(YEAR)));
        assertThat(page.getList("withdrawn.areaName"), everyItem(equalTo(authority.name())));
    }

    @Test
    void shouldGiveTheAuthoritysOwnPeopleWhatTheyStillReadAsChanges() {
        JsonPath officers = changes(authority.officer(), since.toString());
        assertThat("the provisional value and the internal-only one are still the officers' to read",
                officers.getList("items.indicator"), containsInAnyOrder("HLTH_DENTAL", "LEAVE_REUNIF", indicator));
        assertThat(officers.getList("withdrawn.indicator"), contains("HLTH_ASSESS", "LEAVE_ADOPT"));
        JsonPath partner = changes(Tokens.partner("partner-own", area), since.toString());
        assertThat(partner.getList("items.indicator"), containsInAnyOrder("LEAVE_REUNIF", indicator));
        assertThat("its partner system reads no provisional value", partner.getList("withdrawn.indicator"),
                contains("HLTH_DENTAL", "LEAVE_ADOPT"));
    }

    @Test
    void shouldTellOfNoWithdrawalAFigureTheCallerNeverCouldRead() {
        JsonPath page = changes(WALSALL_PARTNER, since.minusYears(1).toString());
        assertThat("the figures left alone are changes since a year before", page.getList("items.indicator"),
                hasItem("FOST_APPROVED_MAINSTREAM"));
        assertThat("a provisional value deleted was never an outsider's to read", page.getList("withdrawn.indicator"),
                not(hasItem("HLTH_ASSESS")));
        Contract.as(WALSALL_PARTNER).queryParam("area", area).queryParam("status", "final")
                .get("/api/v1/kpis").then().statusCode(200).body("withdrawn", nullValue());
    }

    @Test
    void shouldGiveNothingSinceAnInstantToCome() {
        JsonPath page = changes(authority.officer(), OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString());
        assertThat(page.getList("items"), empty());
        assertThat(page.getList("withdrawn"), empty());
    }

    @Test
    void shouldListWithdrawnFiguresAsRowsOfTheirOwnInCsv() throws IOException {
        String csv = Contract.as(WALSALL_PARTNER).accept("text/csv").queryParam("area", area)
                .queryParam("modifiedSince", since.toString()).get("/api/v1/kpis")
                .then().statusCode(200).extract().asString();
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records.stream().map(record -> record.get("indicator") + " " + record.get("status")).toList(),
                contains("LEAVE_REUNIF final", "HLTH_DENTAL withdrawn", "LEAVE_ADOPT withdrawn",
                        indicator + " withdrawn"));
        assertThat("no number, and no blank cell in EES's layout (decision 47)", records.get(2).get("value"),
                equalTo("x"));
        assertThat(records.get(2).get("note"), startsWith("Withdrawn "));
    }

    @Test
    void shouldDescribeTheChangesInTheirOwnMetaFile() {
        // The changes' rows are final or withdrawn: two statuses, so EES needs the filter; the whole selection's
        // final figures alone would not have it.
        String changes = Contract.as(WALSALL_PARTNER).accept("text/csv").queryParam("area", area)
                .queryParam("modifiedSince", since.toString()).get("/api/v1/kpis/meta")
                .then().statusCode(200).extract().asString();
        assertThat(changes, containsString("\nstatus,Filter,Status,"));
        String all = Contract.as(WALSALL_PARTNER).accept("text/csv").queryParam("area", area)
                .queryParam("status", "final").get("/api/v1/kpis/meta").then().statusCode(200).extract().asString();
        assertThat(all, not(containsString("\nstatus,")));
    }

    @Test
    void shouldKeepPagingAndEtagsWithChanges() {
        var first = Contract.as(authority.officer()).queryParam("area", area)
                .queryParam("modifiedSince", since.toString()).queryParam("pageSize", 2).get("/api/v1/kpis")
                .then().statusCode(200).extract();
        JsonPath page = first.jsonPath();
        assertThat(page.getList("items"), hasSize(2));
        assertThat(page.getList("withdrawn.indicator"), contains("HLTH_ASSESS", "LEAVE_ADOPT"));
        Contract.as(authority.officer()).queryParam("area", area).queryParam("modifiedSince", since.toString())
                .queryParam("pageSize", 2).header("If-None-Match", first.header("ETag")).get("/api/v1/kpis")
                .then().statusCode(304);
        JsonPath next = Contract.as(authority.officer()).queryParam("area", area)
                .queryParam("modifiedSince", since.toString()).queryParam("pageSize", 2)
                .queryParam("after", page.getString("next")).get("/api/v1/kpis")
                .then().statusCode(200).extract().jsonPath();
        assertThat(next.getList("items"), hasSize(1));
        assertThat("withdrawals come with the first page only", next.getList("withdrawn"), empty());
    }

    @Test
    void shouldRefuseAnInstantItCannotReadNamingModifiedSince() {
        for (String bad : List.of("yesterday", "2023-11-01", "+999999999-12-31T23:59:59Z")) {
            Contract.badRequestAs(WALSALL_PARTNER).queryParam("modifiedSince", bad).get("/api/v1/kpis")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("modifiedSince"));
        }
    }

}
