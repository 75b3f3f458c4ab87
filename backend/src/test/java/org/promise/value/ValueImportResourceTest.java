package org.promise.value;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.common.wire.SupportedYears;
import org.promise.figure.TidyRow;
import org.promise.support.Contract;
import org.promise.support.Indicators;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/** Imports write to the class's own authority, which starts empty. */
@QuarkusTest
class ValueImportResourceTest {

    private static ScratchAuthority authority;
    private static String area;
    private static String officer;
    private static final String HEADER = "time_period,time_identifier,geographic_level,new_la_code,la_name,indicator,"
            + "value,numerator,denominator,status\n";
    /** The export writes EES's geography columns and each figure's footnotes, which the import ignores. */
    private static final String EXPORT_HEADER = String.join(",", TidyRow.COLUMNS) + ",note,quality\n";

    @BeforeAll
    static void createAuthority() {
        authority = ScratchAuthority.create(ValueImportResourceTest.class);
        area = authority.code();
        officer = Tokens.officer(area);
    }

    private static String row(String period, String identifier, String indicator, String value, String status) {
        return period + "," + identifier + ",Local authority," + area + "," + authority.name() + "," + indicator + ","
                + value + ",,," + status + "\n";
    }

    /**
     * A row as the export writes it: EES's geography (a scratch authority has no DfE number, so old_la_code is "x"),
     * "x" for the fraction it lacks and "None" for its footnotes.
     */
    private static String exported(String period, String identifier, String indicator, String value, String status) {
        return period + "," + identifier + ",Local authority,E92000001,England,E12000005,West Midlands,x," + area
                + "," + authority.name() + ",,,Own figures," + indicator + "," + value + ",x,x," + status
                + ",None,None\n";
    }

    private static io.restassured.response.ValidatableResponse importCsv(String token, String csv, boolean dryRun) {
        return Contract.as(token).contentType("text/csv").queryParam("dryRun", dryRun).body(csv)
                .post("/api/v1/imports/values").then();
    }

    private static io.restassured.response.ValidatableResponse refused(String csv) {
        return Contract.badRequestAs(officer).contentType("text/csv").body(csv).post("/api/v1/imports/values")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldPreviewThenImportThenChangeNothingTheSecondTime() {
        String csv = HEADER + row("202122", "Financial year", "HLTH_ASSESS", "84", "final")
                + row("202223", "Financial year", "HLTH_ASSESS", "87", "final")
                + row("2023", "Reporting year", "CLA_COUNT", "c", "final")
                + "202223,Financial year,Local authority," + area + "," + authority.name()
                + ",CL_STAYPUT_1920,23,14,49,final\n";
        importCsv(officer, csv, true).statusCode(200).body("dryRun", equalTo(true)).body("created", equalTo(4))
                .body("warnings", nullValue());
        Contract.as(officer).get("/api/v1/indicators/HLTH_ASSESS/values/" + area + "/2022-23")
                .then().statusCode(404);

        importCsv(officer, csv, false).statusCode(200).body("created", equalTo(4)).body("unchanged", equalTo(0))
                .body("warnings.key", hasItem("fraction:CL_STAYPUT_1920:" + area + ":2022-23"))
                .body("warnings.sentence", hasItem("14 of 49 is 28.6%, not 23%"));
        importCsv(officer, csv, false).statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0))
                .body("unchanged", equalTo(4));
        Contract.as(officer).get("/api/v1/indicators/HLTH_ASSESS/values/" + area + "/2022-23")
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("value", equalTo(87));
        Contract.as(officer).get("/api/v1/indicators/CLA_COUNT/values/" + area + "/2023-03-31")
                .then().statusCode(200).body("symbol", equalTo("c"));
        Contract.as(officer).get("/api/v1/indicators/CL_STAYPUT_1920/values/" + area + "/2022-23")
                .then().statusCode(200).body("fractionMismatch.computed", equalTo(28.6f));

        String changed = HEADER + row("202223", "Financial year", "HLTH_ASSESS", "89", "final");
        importCsv(officer, changed, false).statusCode(200).body("updated", equalTo(1));
        Contract.as(Tokens.admin()).queryParam("entityId", "HLTH_ASSESS/" + area + "/2022-23")
                .get("/api/v1/audit").then().body("items.action", hasItem("update"))
                .body("items[0].before.value", equalTo(87)).body("items[0].after.value", equalTo(89));
    }

    @Test
    void shouldWithdrawFromTheFeedAFinalFigureAnImportMakesProvisional() throws InterruptedException {
        String path = "/api/v1/indicators/HLTH_DENTAL/values/" + area + "/2020-21";
        importCsv(officer, HEADER + row("202021", "Financial year", "HLTH_DENTAL", "80", "final"), false)
                .statusCode(200).body("created", equalTo(1));
        Thread.sleep(20);
        java.time.OffsetDateTime since = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        Thread.sleep(20);
        importCsv(officer, HEADER + row("202021", "Financial year", "HLTH_DENTAL", "81", "provisional"), false)
                .statusCode(200).body("created", equalTo(0)).body("updated", equalTo(1));
        Contract.as(officer).get(path).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("value", equalTo(81)).body("status", equalTo("provisional"));
        Contract.as(Tokens.partner("partner-import", area)).queryParam("area", area)
                .queryParam("modifiedSince", since.toString()).get("/api/v1/kpis").then().statusCode(200)
                .body("withdrawn.indicator", hasItem("HLTH_DENTAL")).body("withdrawn.period", hasItem("2020-21"));
        Contract.as(Tokens.admin()).queryParam("entityId", "HLTH_DENTAL/" + area + "/2020-21")
                .get("/api/v1/audit").then().body("items[0].action", equalTo("update"))
                .body("items[0].before.status", equalTo("final")).body("items[0].after.status", equalTo("provisional"));
    }

    @Test
    void shouldImportJsonRowsTheSameWay() {
        List<Map<String, Object>> rows = List.of(Map.of("time_period", "202324", "time_identifier",
                "Financial year Q1", "geographic_level", "Local authority", "new_la_code", area,
                "indicator", "HLTH_DENTAL", "value", 70, "status", "provisional"));
        Contract.as(officer).contentType("application/json").body(rows).post("/api/v1/imports/values")
                .then().statusCode(400).body("errors[0].row", equalTo(2)).body("errors[0].column", equalTo(null))
                .body("errors[0].field", equalTo("time_period"))
                .body("errors[0].message", equalTo("'Financial year Q1 202324' is a financial-quarter period, but "
                        + "this indicator is reported by financial-year"));
        List<Map<String, Object>> good = List.of(Map.of("time_period", "202324", "time_identifier",
                "Financial year", "geographic_level", "Local authority", "new_la_code", area,
                "indicator", "HLTH_DENTAL", "value", 70, "status", "provisional"));
        Contract.as(officer).contentType("application/json").body(good).post("/api/v1/imports/values")
                .then().statusCode(200).body("created", equalTo(1));

        Map<String, Object> withheld = new java.util.HashMap<>(good.get(0));
        withheld.put("value", "c");
        Contract.badRequestAs(officer).contentType("application/json").body(List.of(withheld))
                .post("/api/v1/imports/values").then().statusCode(400)
                .body("errors[0].message", containsString("would replace 70 with c"));
        withheld.put("replace_with_symbol", true);
        Contract.as(officer).contentType("application/json").body(List.of(withheld)).post("/api/v1/imports/values")
                .then().statusCode(200).body("updated", equalTo(1));
    }

    @Test
    void shouldRefuseTheWholeFileAndSayWhereEachProblemIs() {
        String csv = HEADER + row("202425", "Financial year", "HLTH_ASSESS", "80", "final")
                + row("2024-25", "Financial year", "HLTH_ASSESS", "80", "final")
                + row("202425", "Financial year", "NO_SUCH", "80", "final")
                + "202425,Financial year,Local authority,E08999999,Nowhere,HLTH_ASSESS,80,,,final\n"
                + row("202425", "Financial year", "HLTH_DENTAL", "101", "final")
                + row("202425", "Financial year", "LEAVE_SGO", "-2", "final")
                + row("202425", "Financial year", "SDQ_COMPLETE", "about 90", "final")
                + row("202425", "Financial year", "HLTH_ASSESS", "81", "final")
                + row("202425", "Financial year", "FOST_PANEL_QUALITY", "85", "maybe");
        refused(csv)
                .body("errors", hasSize(8))
                .body("errors.find { it.row == 3 }.field", equalTo("time_period"))
                .body("errors.find { it.row == 4 }.message", equalTo("There is no indicator NO_SUCH"))
                .body("errors.find { it.row == 5 }.message", equalTo("There is no area E08999999"))
                .body("errors.find { it.row == 6 }.message", equalTo("Enter a percentage between 0 and 100"))
                .body("errors.find { it.row == 7 }.rule", equalTo("minimum"))
                .body("errors.find { it.row == 8 }.rule", equalTo("number"))
                .body("errors.find { it.row == 9 }.message", equalTo("Row 2 already gives HLTH_ASSESS for "
                        + area + " in 2024-25"))
                .body("errors.find { it.row == 10 }.field", equalTo("status"));
        // Nothing of it was written, not even the good first row.
        Contract.as(officer).get("/api/v1/indicators/HLTH_ASSESS/values/" + area + "/2024-25")
                .then().statusCode(404);
    }

    @Test
    void shouldRefuseRowsTheCallerMayNotWrite() {
        String csv = HEADER + "202425,Financial year,Local authority," + Tokens.DUDLEY + ",Dudley,HLTH_ASSESS,80,,,final\n"
                + "202425,Financial year,National,,England,HLTH_ASSESS,80,,,final\n";
        refused(csv).body("errors.rule", equalTo(List.of("forbidden", "forbidden")))
                .body("errors[0].field", equalTo("new_la_code"));
        importCsv(Tokens.boardMember(area), HEADER + row("202425", "Financial year", "HLTH_ASSESS", "80",
                "final"), false).statusCode(403);
    }

    @Test
    void shouldExplainAnEmptyFileOrAMissingColumn() {
        refused("").body("errors[0].message", equalTo("The file is empty: send the header row and at least one row"));
        refused(HEADER).body("errors[0].message", equalTo("The file has no rows to import"));
        refused("indicator,value\nHLTH_ASSESS,80\n").body("errors[0].field", equalTo("header"))
                .body("errors[0].message", containsString("lacks time_period, time_identifier, geographic_level"));
    }

    @Test
    void shouldCheckATenMegabyteFile() {
        StringBuilder csv = new StringBuilder(HEADER);
        // Values only of years that have ended (to 2024-25), so each row carries more padding, to pass 10 MB.
        String padding = "Wolverhampton City Council, children's services, corporate parenting board return; "
                .repeat(16);
        String[] indicators = {"HLTH_ASSESS", "HLTH_DENTAL", "SDQ_COMPLETE", "CL_EET_1921", "CL_INTOUCH_1921",
            "CL_ACCOM_1921", "PATHWAY_PLANS", "FOST_PANEL_QUALITY", "FOST_AUDIT_QUALITY", "FOST_CONVERSION",
            "ADOPT_INTERAGENCY", "CL_STAYPUT_1920", "LEAVE_ADOPT_PCT", "LEAVE_SGO_PCT", "LEAVE_REUNIF_PCT",
            "CL_HEALTH_PASSPORT", "CL_HEALTH_PASSPORT_OFFERED", "IHA_DELAYED", "TRANSITION_POSITIVE",
            "LOCAL_OFFER_AWARE", "KNOW_WHERE_INFO", "CL_EET_1617"};
        String[][] areas = {{"National", "E92000001"}, {"Regional", "E12000005"}, {"Local authority", "E08000027"},
            {"Local authority", "E08000028"}, {"Local authority", "E08000030"}, {"Local authority", "E08000031"},
            {"Statistical neighbours", "SN-E08000027"}, {"Statistical neighbours", "SN-E08000028"},
            {"Statistical neighbours", "SN-E08000030"}, {"Statistical neighbours", "SN-E08000031"}};
        int rows = 0;
        for (String[] area : areas) {
            for (int year = SupportedYears.FIRST; year <= 2024; year++) {
                for (String indicator : indicators) {
                    csv.append(year).append(String.format("%02d", (year + 1) % 100)).append(",Financial year,")
                            .append(area[0]).append(",").append(area[1]).append(",\"").append(padding).append("\",")
                            .append(indicator).append(",").append(year % 100).append(",,,final\n");
                    rows++;
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(csv.length()).isGreaterThan(10 * 1024 * 1024);
        importCsv(Tokens.admin(), csv.toString(), true).statusCode(200).body("rows", equalTo(rows))
                .body("created", org.hamcrest.Matchers.greaterThan(rows - 100));
    }

    @Test
    void shouldExportNegativeFiguresAsNumbers() {
        Indicators.create(Indicators.financialYear("WELLBEING_CHANGE", "Change in average wellbeing score", "score",
                "lower_is_better", "health-and-wellbeing", 2));
        importCsv(officer, HEADER + row("202223", "Financial year", "WELLBEING_CHANGE", "-0.25", "final")
                + row("202324", "Financial year", "WELLBEING_CHANGE", "-5", "final"), false).statusCode(200);

        String exported = Contract.as(officer).accept("text/csv").queryParam("area", area)
                .queryParam("indicator", "WELLBEING_CHANGE").get("/api/v1/values")
                .then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(exported).isEqualTo(EXPORT_HEADER
                + exported("202223", "Financial year", "WELLBEING_CHANGE", "-0.25", "final")
                + exported("202324", "Financial year", "WELLBEING_CHANGE", "-5", "final"));
    }

    @Test
    void shouldExportWhatImportReads() {
        String csv = HEADER + row("202122", "Financial year", "FOST_CONVERSION", "6", "final")
                + row("2022-03-31", "Snapshot", "PLC_FOSTER", "71", "provisional");
        importCsv(officer, csv, false).statusCode(200);
        String exported = Contract.as(officer).accept("text/csv").queryParam("area", area)
                .queryParam("indicator", "FOST_CONVERSION").get("/api/v1/values")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        org.assertj.core.api.Assertions.assertThat(exported).isEqualTo(EXPORT_HEADER
                + exported("202122", "Financial year", "FOST_CONVERSION", "6", "final"));
        importCsv(officer, exported, false).statusCode(200).body("unchanged", equalTo(1));
        // A typed client asks by the query instead of Accept: the same CSV.
        org.assertj.core.api.Assertions.assertThat(Contract.as(officer).queryParam("format", "csv").queryParam("area", area)
                .queryParam("indicator", "FOST_CONVERSION").get("/api/v1/values").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString()).isEqualTo(exported);
        Contract.as(officer).queryParam("area", area).queryParam("indicator", "PLC_FOSTER")
                .get("/api/v1/values").then().statusCode(200).body("items[0].period", equalTo("2022-03-31"));
        Contract.as(Tokens.officer(Tokens.WALSALL)).queryParam("area", area).queryParam("indicator", "PLC_FOSTER")
                .get("/api/v1/values").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldTreatItsOwnExportAsARoundTripAndWithholdAFigureOnlyWhenTheRowAsks() {
        importCsv(officer, HEADER + row("201920", "Financial year", "FOST_CONVERSION", "57", "final"), false)
                .statusCode(200).body("created", equalTo(1));
        String exported = Contract.as(officer).accept("text/csv").queryParam("area", area)
                .queryParam("indicator", "FOST_CONVERSION").queryParam("from", "2019-20").queryParam("to", "2019-20")
                .get("/api/v1/values").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(exported).isEqualTo(EXPORT_HEADER
                + exported("201920", "Financial year", "FOST_CONVERSION", "57", "final"));
        importCsv(officer, exported, false).statusCode(200).body("unchanged", equalTo(1))
                .body("updated", equalTo(0)).body("created", equalTo(0));

        String withheld = exported.replace(",FOST_CONVERSION,57,", ",FOST_CONVERSION,c,");
        refused(withheld).body("errors", hasSize(1)).body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo("value")).body("errors[0].rule", equalTo("replaces-figure"))
                .body("errors[0].message", containsString("would replace 57 with c"));
        Contract.as(officer).queryParam("area", area).queryParam("indicator", "FOST_CONVERSION")
                .queryParam("from", "2019-20").queryParam("to", "2019-20").get("/api/v1/values").then()
                .statusCode(200).body("items[0].value", equalTo(57));

        String[] lines = withheld.split("\n");
        importCsv(officer, lines[0] + ",replace_with_symbol\n" + lines[1] + ",yes\n", false).statusCode(200)
                .body("updated", equalTo(1));
        Contract.as(officer).queryParam("area", area).queryParam("indicator", "FOST_CONVERSION")
                .queryParam("from", "2019-20").queryParam("to", "2019-20").get("/api/v1/values").then()
                .statusCode(200).body("items[0].symbol", equalTo("c")).body("items[0].value", nullValue());
    }

    @Test
    void shouldReadNeighbourAveragesFromTheComparatorGroupAndAgenciesFromInstitutionRows() {
        String header = String.join(",", TidyRow.COLUMNS) + "\n";
        String neighbours = "201819,Financial year,Local authority,E92000001,England,E12000005,West Midlands,x," + area
                + "," + authority.name() + ",,," + authority.name() + "'s statistical neighbours (average),"
                + "FOST_CONVERSION,12,x,x,final\n";
        importCsv(Tokens.admin(), header + neighbours, false).statusCode(200).body("created", equalTo(1));
        Contract.as(Tokens.admin()).queryParam("area", authority.neighbours()).queryParam("indicator", "FOST_CONVERSION")
                .get("/api/v1/values").then().statusCode(200).body("items[0].value", equalTo(12));
        Contract.badRequestAs(Tokens.admin()).contentType("text/csv")
                .body(header + neighbours.replace("statistical neighbours (average)", "friends"))
                .post("/api/v1/imports/values").then().statusCode(400).body("errors[0].field", equalTo("comparator_group"))
                .body("errors[0].message", containsString("Own figures or " + authority.name()
                        + "'s statistical neighbours (average)"));
        Contract.badRequestAs(Tokens.admin()).contentType("text/csv")
                .body(header + "201819,Financial year,Institution,E92000001,England,,,,,,E99999999,Nowhere,Own figures,"
                        + "FOST_CONVERSION,12,x,x,final\n")
                .post("/api/v1/imports/values").then().statusCode(400).body("errors[0].field", equalTo("institution_id"));
    }
}
