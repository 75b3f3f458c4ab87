package org.promise.target;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

@QuarkusTest
class TargetImportResourceTest {

    private static final String HEADER = "time_period,time_identifier,geographic_level,new_la_code,la_name,indicator,"
            + "target,tolerance,basis,pending_reason\n";
    private static ScratchAuthority authority;
    private static String officer;

    @BeforeAll
    static void createAuthority() {
        authority = ScratchAuthority.create(TargetImportResourceTest.class);
        officer = authority.officer();
    }

    private static String row(String indicator, String period, String target, String tolerance, String reason) {
        return period + ",Financial year,Local authority," + authority.code() + "," + authority.name() + ","
                + indicator + "," + target + "," + tolerance + ",Agreed by the board," + reason + "\n";
    }

    @Test
    void shouldImportTargetsAndPendingOnesThenChangeNothingTheSecondTime() {
        String csv = HEADER + row("HLTH_ASSESS", "202930", "85", "", "")
                + row("HLTH_DENTAL", "202930", "90", "3", "")
                + row("LOCAL_OFFER_AWARE", "202930", "", "", "Target to be set following the baseline survey");
        Contract.as(officer).contentType("text/csv").queryParam("dryRun", true).body(csv)
                .post("/api/v1/imports/targets").then().statusCode(200).body("created", equalTo(3));
        Contract.as(officer).contentType("text/csv").body(csv).post("/api/v1/imports/targets")
                .then().statusCode(200).body("created", equalTo(3));
        Contract.as(officer).contentType("text/csv").body(csv).post("/api/v1/imports/targets")
                .then().statusCode(200).body("unchanged", equalTo(3));
        Contract.as(officer).get("/api/v1/indicators/HLTH_DENTAL/targets/" + authority.code() + "/2029-30")
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("tolerance", equalTo(3))
                .body("basis", equalTo("Agreed by the board"));
        Contract.as(officer).get("/api/v1/indicators/LOCAL_OFFER_AWARE/targets/" + authority.code() + "/2029-30")
                .then().statusCode(200).body("pending", equalTo(true));
        Contract.as(officer).contentType("text/csv").body(HEADER + row("HLTH_ASSESS", "202930", "87", "", ""))
                .post("/api/v1/imports/targets").then().statusCode(200).body("updated", equalTo(1));
        Contract.as(Tokens.admin()).queryParam("entityType", "target")
                .queryParam("entityId", "HLTH_ASSESS/" + authority.code() + "/2029-30").get("/api/v1/audit")
                .then().body("items.action", hasItem("update")).body("items[0].before.value", equalTo(85))
                .body("items[0].after.value", equalTo(87));
    }

    @Test
    void shouldRefuseTheWholeFileAndSayWhy() {
        String csv = HEADER + row("HLTH_ASSESS", "203031", "85", "", "")
                + row("HLTH_ASSESS", "203031", "86", "", "")
                + row("HLTH_DENTAL", "203031", "", "", "")
                + row("SDQ_COMPLETE", "203031", "95", "", "Pending too")
                + row("PATHWAY_PLANS", "203031", "120", "", "")
                + "203031,Financial year,National,,England,HLTH_ASSESS,85,,,\n";
        Contract.badRequestAs(officer).contentType("text/csv").body(csv).post("/api/v1/imports/targets")
                .then().statusCode(400)
                .body("errors.find { it.row == 3 }.rule", equalTo("duplicate"))
                .body("errors.find { it.row == 4 }.rule", equalTo("required"))
                .body("errors.find { it.row == 5 }.rule", equalTo("not-allowed"))
                .body("errors.find { it.row == 5 }.field", equalTo("target"))
                .body("errors.find { it.row == 6 }.rule", equalTo("range"))
                .body("errors.find { it.row == 7 }.rule", equalTo("local-authority"));
        Contract.as(officer).get("/api/v1/indicators/HLTH_ASSESS/targets/" + authority.code() + "/2030-31")
                .then().statusCode(404);
        Contract.as(Tokens.officer(Tokens.WALSALL)).contentType("text/csv")
                .body(HEADER + row("HLTH_ASSESS", "203031", "85", "", "")).post("/api/v1/imports/targets")
                .then().statusCode(400).body("errors[0].rule", equalTo("forbidden"));
    }
}
