package org.promise.target;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

@QuarkusTest
class TargetResourceTest {

    private static String authority;
    private static String officer;

    @BeforeAll
    static void createAuthority() {
        authority = ScratchAuthority.create(TargetResourceTest.class).code();
        officer = Tokens.officer(authority);
    }

    @Test
    void shouldSetATargetWithItsBasisAndDefaultTolerance() {
        Contract.as(officer).contentType("application/json")
                .body(Map.of("value", 85, "basis", "Agreed by Black Country ICB for the 4 LAs"))
                .put("/api/v1/indicators/HLTH_ASSESS/targets/" + authority + "/2024-25")
                .then().statusCode(201).body("value", equalTo(85)).body("effectiveTolerance", equalTo(5))
                .body("tolerance", nullValue()).body("pending", equalTo(false));
        Contract.as(officer).contentType("application/json").body(Map.of("value", 20))
                .put("/api/v1/indicators/LEAVE_SGO/targets/" + authority + "/2024-25")
                .then().statusCode(201).body("effectiveTolerance", equalTo(2));
        Contract.as(Tokens.boardMember(authority))
                .get("/api/v1/indicators/HLTH_ASSESS/targets/" + authority + "/2024-25")
                .then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void shouldHoldAPendingTargetWithItsReason() {
        Contract.as(officer).contentType("application/json")
                .body(Map.of("pending", true, "reason", "Target to be set following baseline survey"))
                .put("/api/v1/indicators/LOCAL_OFFER_AWARE/targets/" + authority + "/2024-25")
                .then().statusCode(201).body("pending", equalTo(true)).body("effectiveTolerance", nullValue());
        Contract.as(officer).contentType("application/json").body(Map.of("pending", true))
                .put("/api/v1/indicators/LOCAL_OFFER_AWARE/targets/" + authority + "/2025-26")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        Contract.as(officer).contentType("application/json").body(Map.of("basis", "none given"))
                .put("/api/v1/indicators/LOCAL_OFFER_AWARE/targets/" + authority + "/2025-26")
                .then().statusCode(400).body("errors[0].field", equalTo("value"));
    }

    @Test
    void shouldRefuseTargetsForOthersAndForComparators() {
        Contract.as(Tokens.officer(Tokens.WALSALL)).contentType("application/json").body(Map.of("value", 80))
                .put("/api/v1/indicators/HLTH_ASSESS/targets/" + authority + "/2024-25")
                .then().statusCode(403);
        Contract.as(Tokens.admin()).contentType("application/json").body(Map.of("value", 80))
                .put("/api/v1/indicators/HLTH_ASSESS/targets/E92000001/2024-25")
                .then().statusCode(400).body("errors[0].rule", equalTo("local-authority"));
        Contract.as(officer).contentType("application/json").body(Map.of("value", 120))
                .put("/api/v1/indicators/HLTH_ASSESS/targets/" + authority + "/2027-28")
                .then().statusCode(400).body("errors[0].rule", equalTo("range"));
    }
}
