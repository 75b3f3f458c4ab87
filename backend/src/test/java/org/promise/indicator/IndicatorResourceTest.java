package org.promise.indicator;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Tokens;

@QuarkusTest
class IndicatorResourceTest {

    private static Map<String, Object> indicator(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Personal education plans up to date");
        body.put("plainName", "Children in care whose education plan is up to date");
        body.put("definition", "Children of school age in care with a PEP reviewed in the last term.");
        body.put("unit", "percent");
        body.put("polarity", "higher_is_better");
        body.put("priority", "education-and-employment");
        body.put("periodKind", "financial-quarter");
        body.put("decimals", 0);
        body.put("source", "Virtual School");
        return body;
    }

    @Test
    void shouldReadTheDefinitionsThePackGives() {
        Contract.as(Tokens.boardMember(Tokens.WALSALL)).get("/api/v1/indicators/CL_STAYPUT_1920")
                .then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("unit", equalTo("percent")).body("polarity", equalTo("higher_is_better"))
                .body("periodKind", equalTo("financial-year"))
                .body("numeratorLabel", equalTo("young people staying put"));
        Contract.as(Tokens.boardMember(Tokens.WALSALL)).queryParam("priority", "leadership").get("/api/v1/indicators")
                .then().statusCode(200).body("items.priority", everyItem(equalTo("leadership")));
        Contract.as(Tokens.officer(Tokens.WALSALL)).get("/api/v1/indicators/NOPE").then().statusCode(404);
    }

    @Test
    void shouldLetOnlyAdministratorsChangeTheCatalogue() {
        Contract.as(Tokens.officer(Tokens.WALSALL)).contentType("application/json").body(indicator("PEP_UP_TO_DATE"))
                .post("/api/v1/indicators").then().statusCode(403);
        Contract.as(Tokens.admin()).contentType("application/json").body(indicator("PEP_UP_TO_DATE"))
                .post("/api/v1/indicators").then().statusCode(201).header("ETag", equalTo("\"0\""));
        Contract.as(Tokens.admin()).contentType("application/json").body(indicator("PEP_UP_TO_DATE"))
                .post("/api/v1/indicators").then().statusCode(409);
        Map<String, Object> renamed = indicator("PEP_UP_TO_DATE");
        renamed.put("name", "PEPs up to date");
        Contract.as(Tokens.admin()).header("If-Match", "\"0\"").contentType("application/json").body(renamed)
                .put("/api/v1/indicators/PEP_UP_TO_DATE").then().statusCode(200).body("name", equalTo("PEPs up to date"));
        Contract.as(Tokens.admin()).header("If-Match", "\"1\"").contentType("application/json")
                .body(indicator("PEP_OTHER")).put("/api/v1/indicators/PEP_UP_TO_DATE")
                .then().statusCode(400).body("errors[0].rule", equalTo("immutable"));
        Map<String, Object> bad = indicator("pep");
        bad.put("decimals", 7);
        Contract.badRequestAs(Tokens.admin()).contentType("application/json").body(bad).post("/api/v1/indicators")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("code", "decimals"));
    }

    @Test
    void shouldKeepTheUnitAndPeriodKindOfAnIndicatorWithFigures() {
        String admin = Tokens.admin();
        Map<String, Object> seeded = indicator("HLTH_ASSESS");
        seeded.put("name", "Annual health assessments on time");
        seeded.put("unit", "count");
        Contract.as(admin).header("If-Match", "\"0\"").contentType("application/json").body(seeded)
                .put("/api/v1/indicators/HLTH_ASSESS")
                .then().statusCode(400).body("errors[0].field", equalTo("unit"))
                .body("errors[0].rule", equalTo("immutable"));
        Contract.as(admin).contentType("application/json").body(indicator("FRESH_ONE")).post("/api/v1/indicators")
                .then().statusCode(201);
        Map<String, Object> reshaped = indicator("FRESH_ONE");
        reshaped.put("periodKind", "financial-year");
        Contract.as(admin).header("If-Match", "\"0\"").contentType("application/json").body(reshaped)
                .put("/api/v1/indicators/FRESH_ONE").then().statusCode(200).body("periodKind", equalTo("financial-year"));
    }

    @Test
    void shouldExplainAnIndicatorInPlainWordsAndKeepTheExplanationWhenAnEditLeavesItOut() {
        Contract.as(Tokens.boardMember(Tokens.WALSALL)).get("/api/v1/indicators/ADOPT_A2").then().statusCode(200)
                .body("name", not(containsString("A2")))
                .body("explanation", containsString("The national adoption scorecard calls this measure A2"));
        String admin = Tokens.admin();
        Map<String, Object> explained = indicator("EXPLAINED_ONE");
        explained.put("explanation", "A personal education plan (PEP) is a child's plan for their schooling.");
        Contract.as(admin).contentType("application/json").body(explained).post("/api/v1/indicators")
                .then().statusCode(201).body("explanation", equalTo(explained.get("explanation")));
        Contract.as(admin).header("If-Match", "\"0\"").contentType("application/json")
                .body(indicator("EXPLAINED_ONE")).put("/api/v1/indicators/EXPLAINED_ONE")
                .then().statusCode(200).body("explanation", equalTo(explained.get("explanation")));
        Map<String, Object> cleared = indicator("EXPLAINED_ONE");
        cleared.put("explanation", "");
        Contract.as(admin).header("If-Match", "\"1\"").contentType("application/json").body(cleared)
                .put("/api/v1/indicators/EXPLAINED_ONE").then().statusCode(200).body("$", not(hasKey("explanation")));
        Map<String, Object> tooLong = indicator("EXPLAINED_TWO");
        tooLong.put("explanation", "x".repeat(1001));
        Contract.badRequestAs(admin).contentType("application/json").body(tooLong).post("/api/v1/indicators")
                .then().statusCode(400).body("errors[0].field", equalTo("explanation"));
    }
}
