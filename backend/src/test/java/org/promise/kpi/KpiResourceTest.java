package org.promise.kpi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Figures;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/**
 * The KPI feed. Its figures are its own authority's for 2010-11, written once: the routes out of care (one of them a
 * small count), their rates, a provisional value and an internal-only one.
 */
@QuarkusTest
class KpiResourceTest {

    private static final String YEAR = "2010-11";
    private static final String WALSALL_PARTNER = Tokens.partner("partner-walsall", Tokens.WALSALL);
    private static ScratchAuthority authority;
    private static String area;
    private static String ownPartner;
    private static boolean written;

    @TestHTTPResource("/api/v1/kpis")
    URI kpisAddress;

    @BeforeAll
    static void createAuthority() {
        authority = ScratchAuthority.create(KpiResourceTest.class);
        area = authority.code();
        ownPartner = Tokens.partner("partner-own", area);
    }

    /** Once, but in a test's own setup: REST Assured knows the application's port only there. */
    @BeforeEach
    void writeFiguresOnce() {
        if (written) {
            return;
        }
        String officer = Tokens.officer(area);
        Figures.writeLeavingCare(officer, area, YEAR);
        Figures.put(officer, "FOST_WITHDRAWN", area, YEAR, 9, null, null, "final");
        Figures.put(officer, "CL_EET_1921", area, YEAR, 51, null, null, "provisional");
        written = true;
    }

    private static JsonPath kpis(String token, Map<String, ?> query) {
        return Contract.as(token).queryParams(query).get("/api/v1/kpis").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath page, String indicator) {
        return page.getMap("items.find { it.indicator == '" + indicator + "' }");
    }

    @Test
    void shouldWithholdSmallCountsAndWhatWouldRevealThemWithNoNumberLeft() {
        JsonPath page = kpis(WALSALL_PARTNER, Map.of("area", area, "period", YEAR));
        for (String withheld : List.of("LEAVE_SGO", "LEAVE_OTHER", "LEAVE_SGO_PCT")) {
            Map<String, Object> row = row(page, withheld);
            assertThat(withheld, row.get("symbol"), equalTo("c"));
            assertThat(withheld, row, not(hasKey("value")));
            assertThat(withheld, row, not(hasKey("numerator")));
            assertThat(withheld, row, not(hasKey("denominator")));
            assertThat(withheld, row, not(hasKey("rag")));
        }
        assertThat(row(page, "LEAVE_ADOPT").get("value"), equalTo(15));
        assertThat(row(page, "LEAVE_TOTAL").get("value"), equalTo(66));
        assertThat(row(page, "LEAVE_ADOPT_PCT").get("numerator"), equalTo(15));
        assertThat(row(page, "LEAVE_REUNIF").get("areaName"), equalTo(authority.name()));
        assertThat(row(page, "LEAVE_REUNIF").get("unit"), equalTo("count"));
    }

    @Test
    void shouldGiveAPartnerItsOwnInternalFiguresButNobodysProvisionalOnes() {
        JsonPath other = kpis(WALSALL_PARTNER, Map.of("area", area, "period", YEAR));
        assertThat(other.getList("items.indicator"), not(hasItem("FOST_WITHDRAWN")));
        assertThat(other.getList("items.indicator"), not(hasItem("CL_EET_1921")));
        JsonPath own = kpis(ownPartner, Map.of("area", area, "period", YEAR));
        assertThat(own.getList("items.indicator"), hasItem("FOST_WITHDRAWN"));
        assertThat(own.getList("items.indicator"), not(hasItem("CL_EET_1921")));
        assertThat(own.getList("items.status"), not(hasItem("provisional")));
        Contract.as(ownPartner).queryParam("status", "provisional").get("/api/v1/kpis")
                .then().statusCode(200).body("items", empty());
        JsonPath officers = kpis(Tokens.officer(area), Map.of("area", area, "period", YEAR));
        assertThat("the authority's officers see their provisional figures", officers.getList("items.indicator"),
                hasItem("CL_EET_1921"));
    }

    @Test
    void shouldServeTheSameSuppressionAsCsv() throws IOException {
        String csv = Contract.as(WALSALL_PARTNER).accept("text/csv").queryParam("area", area)
                .queryParam("period", YEAR).get("/api/v1/kpis")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv, startsWith(String.join(",", KpiCsv.COLUMNS)));
        Map<String, CSVRecord> byIndicator = new HashMap<>();
        for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            byIndicator.put(record.get("indicator"), record);
        }
        assertThat(byIndicator.get("LEAVE_SGO").get("value"), equalTo("c"));
        assertThat("a withheld row's fraction is withheld too", byIndicator.get("LEAVE_SGO_PCT").get("numerator"),
                equalTo("c"));
        assertThat(byIndicator.get("LEAVE_SGO_PCT").get("denominator"), equalTo("c"));
        assertThat(byIndicator.get("LEAVE_OTHER").get("value"), equalTo("c"));
        assertThat(byIndicator.get("LEAVE_ADOPT").get("value"), equalTo("15"));
        assertThat(byIndicator.get("LEAVE_ADOPT").get("time_period"), equalTo("201011"));
        assertThat(byIndicator.get("LEAVE_ADOPT").get("la_name"), equalTo(authority.name()));
    }

    @Test
    void shouldAnswerAnUnchangedPageWith304AndSayHowLongToKeepIt() {
        ExtractableResponse<Response> first = Contract.as(WALSALL_PARTNER).queryParam("area", area)
                .queryParam("indicator", "LEAVE_TOTAL").get("/api/v1/kpis").then().statusCode(200)
                .header("Cache-Control", equalTo("private, max-age=300")).header("ETag", notNullValue()).extract();
        String tag = first.header("ETag");
        Contract.as(WALSALL_PARTNER).header("If-None-Match", tag).queryParam("area", area)
                .queryParam("indicator", "LEAVE_TOTAL").get("/api/v1/kpis")
                .then().statusCode(304).header("ETag", equalTo(tag));
        String csvTag = Contract.as(WALSALL_PARTNER).accept("text/csv").queryParam("area", area)
                .queryParam("indicator", "LEAVE_TOTAL").get("/api/v1/kpis").then().statusCode(200)
                .extract().header("ETag");
        assertThat("each representation has its own tag", csvTag, not(equalTo(tag)));

        Figures.put(Tokens.officer(area), "LEAVE_TOTAL", area, "2011-12", 70, null, null, "final");
        Contract.as(WALSALL_PARTNER).header("If-None-Match", tag).queryParam("area", area)
                .queryParam("indicator", "LEAVE_TOTAL").get("/api/v1/kpis")
                .then().statusCode(200).header("ETag", not(equalTo(tag)));
    }

    @Test
    void shouldAnswerFormatCsvAsAcceptTextCsvAndKeepItInTheLinks() {
        ExtractableResponse<Response> byAccept = Contract.as(WALSALL_PARTNER).accept("text/csv").queryParam("area", area)
                .queryParam("pageSize", 2).get("/api/v1/kpis").then().statusCode(200).extract();
        // A typed client sends its usual Accept; the query's format wins over it.
        ExtractableResponse<Response> byFormat = Contract.as(WALSALL_PARTNER).accept("application/json")
                .queryParam("area", area).queryParam("pageSize", 2).queryParam("format", "csv")
                .get("/api/v1/kpis").then().statusCode(200).contentType(startsWith("text/csv")).extract();
        assertThat(byFormat.asString(), equalTo(byAccept.asString()));
        assertThat(byFormat.header("ETag"), equalTo(byAccept.header("ETag")));
        assertThat(byFormat.header("Link"), containsString("format=csv"));

        Contract.as(WALSALL_PARTNER).accept("text/csv").queryParam("area", area).queryParam("format", "json")
                .get("/api/v1/kpis").then().statusCode(200).contentType(startsWith("application/json"));
        Contract.badRequestAs(WALSALL_PARTNER).queryParam("format", "xml").get("/api/v1/kpis")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("format"));
    }

    @Test
    void shouldGzipAPageForACallerWhoAcceptsItUnderAWeakTag() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(kpisAddress + "?pageSize=1000&format=csv"))
                .header("Authorization", "Bearer " + WALSALL_PARTNER);
        HttpResponse<byte[]> plain = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> gzipped = client.send(request.header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(gzipped.statusCode(), equalTo(200));
        assertThat(gzipped.headers().firstValue("Content-Encoding").orElse(""), equalTo("gzip"));
        assertThat(plain.headers().firstValue("Content-Encoding").orElse("identity"), equalTo("identity"));
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8),
                    equalTo(new String(plain.body(), StandardCharsets.UTF_8)));
        }
        assertThat("a large page is smaller gzipped", gzipped.body().length < plain.body().length / 2, equalTo(true));
        // Two byte sequences, one tag: it may only be weak, and it still answers 304 to either.
        String tag = gzipped.headers().firstValue("ETag").orElseThrow();
        assertThat(tag, startsWith("W/\""));
        assertThat(plain.headers().firstValue("ETag").orElseThrow(), equalTo(tag));
        assertThat(client.send(request.header("If-None-Match", tag).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode(), equalTo(304));
    }

    @Test
    void shouldWalkEveryRowExactlyOnceByItsLinks() {
        List<Object> all = kpis(WALSALL_PARTNER, Map.of("pageSize", 1000, "area", Tokens.WALSALL))
                .getList("items");
        assertThat(all.size() > 20 && all.size() < 1000, equalTo(true));
        List<Object> walked = new ArrayList<>();
        List<List<Object>> pagesRead = new ArrayList<>();
        List<String> prevLinks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String next = "/api/v1/kpis?area=" + Tokens.WALSALL + "&pageSize=7";
        int pages = 0;
        while (next != null) {
            ExtractableResponse<Response> page = Contract.as(WALSALL_PARTNER).get(next).then().statusCode(200)
                    .extract();
            pages++;
            List<Map<String, Object>> items = page.jsonPath().getList("items");
            for (Map<String, Object> item : items) {
                assertThat("row twice: " + item, seen.add(item.get("indicator") + "/" + item.get("area") + "/"
                        + item.get("period")), equalTo(true));
            }
            walked.addAll(items);
            pagesRead.add(new ArrayList<>(items));
            String links = page.header("Link");
            assertThat(links, containsString("rel=\"first\""));
            Matcher prev = Pattern.compile("<([^>]*)>; rel=\"prev\"").matcher(links);
            assertThat("a previous page exactly when this is not the first", prev.find(), equalTo(pages > 1));
            prevLinks.add(pages > 1 ? prev.group(1) : null);
            Matcher match = Pattern.compile("<([^>]*)>; rel=\"next\"").matcher(links);
            next = match.find() ? match.group(1) : null;
        }
        assertThat(walked, equalTo(all));
        assertThat(pages, equalTo((all.size() + 6) / 7));
        // Walking back by the prev links gives each earlier page again, the same rows in the same order.
        for (int i = pagesRead.size() - 1; i > 0; i--) {
            assertThat(Contract.as(WALSALL_PARTNER).get(prevLinks.get(i)).then().statusCode(200).extract().jsonPath()
                    .getList("items"), equalTo(pagesRead.get(i - 1)));
        }
    }

    @Test
    void shouldRefuseAPageSizeOverTheMaximumRatherThanCutIt() {
        Contract.badRequestAs(WALSALL_PARTNER).queryParam("pageSize", 1001).get("/api/v1/kpis")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("pageSize")).body("errors[0].rule", equalTo("maximum"));
        Contract.as(WALSALL_PARTNER).queryParam("after", "not a cursor").get("/api/v1/kpis")
                .then().statusCode(400).body("errors[0].field", equalTo("after"))
                .body("errors[0].rule", equalTo("cursor"));
        Contract.as(WALSALL_PARTNER).queryParam("indicator", "NOT_AN_INDICATOR").get("/api/v1/kpis")
                .then().statusCode(400).body("errors[0].field", equalTo("indicator"))
                .body("errors[0].rule", equalTo("unknown"));
    }

    @Test
    void shouldLetAPartnerWriteNothing() {
        Map<String, Object> value = Map.of("value", 50, "status", "final");
        Contract.as(WALSALL_PARTNER).contentType("application/json").body(value)
                .put("/api/v1/indicators/CL_EET_1921/values/" + Tokens.WALSALL + "/2012-13").then().statusCode(403);
        Contract.as(WALSALL_PARTNER).contentType("application/json")
                .body(Map.of("authority", Tokens.WALSALL, "startYear", 2050)).post("/api/v1/action-plans")
                .then().statusCode(403);
        Contract.as(WALSALL_PARTNER).contentType("application/json")
                .body(Map.of("authority", Tokens.WALSALL, "type", "other", "title", "Partner report",
                        "visibility", "public")).post("/api/v1/reports")
                .then().statusCode(403);
        Contract.as(WALSALL_PARTNER).contentType("text/csv")
                .body("time_period,time_identifier,geographic_level,new_la_code,la_name,indicator,value,numerator,"
                        + "denominator,status\n")
                .post("/api/v1/imports/values").then().statusCode(403);
    }

    @Test
    void shouldKeepTrueNumbersForOfficersAndSuppressAnalystsExports() {
        JsonPath officer = Contract.as(Tokens.officer(area)).queryParam("area", area)
                .queryParam("indicator", "LEAVE_SGO").get("/api/v1/values").then().statusCode(200).extract()
                .jsonPath();
        assertThat(officer.getInt("items.find { it.period == '" + YEAR + "' }.value"), equalTo(3));
        Contract.as(Tokens.analyst(area)).queryParam("area", area).queryParam("indicator", "LEAVE_SGO")
                .get("/api/v1/values").then().statusCode(200)
                .body("items.find { it.period == '" + YEAR + "' }.symbol", equalTo("c"))
                .body("items.find { it.period == '" + YEAR + "' }.value", nullValue());
        String csv = Contract.as(WALSALL_PARTNER).accept("text/csv").queryParam("area", area)
                .queryParam("indicator", "LEAVE_SGO_PCT").get("/api/v1/values").then().statusCode(200).extract()
                .asString();
        assertThat(csv, containsString("LEAVE_SGO_PCT,c,c,c,final"));
    }

    @Test
    void shouldDescribeTheFeedsCsvInAnEesMetaFile() throws IOException {
        String meta = Contract.as(WALSALL_PARTNER).accept("text/csv").queryParam("area", area)
                .queryParam("period", YEAR).get("/api/v1/kpis/meta")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(meta, startsWith(String.join(",", KpiMeta.COLUMNS) + "\n"));
        Map<String, CSVRecord> byColumn = new HashMap<>();
        for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(meta))) {
            byColumn.put(record.get("col_name"), record);
        }
        assertThat("the routes out of care are several indicators", byColumn.get("indicator").get("col_type"),
                equalTo("Filter"));
        assertThat("one period and one status: EES refuses a filter of one value", byColumn.keySet(),
                not(hasItem("period")));
        assertThat(byColumn.keySet(), not(hasItem("status")));
        assertThat("time and geography are EES's own columns", byColumn.keySet(), not(hasItem("la_name")));
        assertThat(byColumn.get("value").get("col_type"), equalTo("Indicator"));
        assertThat("counts and percentages: no one unit", byColumn.get("value").get("indicator_unit"), equalTo(""));
        assertThat(byColumn.get("value").get("indicator_dp"), org.hamcrest.Matchers.matchesPattern("[0-9]+"));
        assertThat(byColumn.get("numerator").get("indicator_dp"), equalTo("0"));

        String percentages = Contract.as(WALSALL_PARTNER).accept("text/csv").queryParam("area", area)
                .queryParam("indicator", "LEAVE_ADOPT_PCT").get("/api/v1/kpis/meta")
                .then().statusCode(200).extract().asString();
        assertThat(percentages, containsString("\nvalue,Indicator,Value,,%,"));
        Contract.badRequestAs(WALSALL_PARTNER).accept("text/csv").queryParam("area", "E99999999")
                .get("/api/v1/kpis/meta").then().statusCode(400).contentType("application/problem+json");
    }
}
