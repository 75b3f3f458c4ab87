package org.promise.common.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/**
 * The histories of a value, a target and an action item: who changed what, when, before and after, for the
 * authority's insiders only; everybody else is refused without a word of the record's past.
 */
@QuarkusTest
class ChangeHistoryTest {

    private static ScratchAuthority authority;
    private static String officer;
    private static String outsiders;

    @BeforeAll
    static void createAuthority() {
        authority = ScratchAuthority.create(ChangeHistoryTest.class);
        officer = authority.officer();
        outsiders = ScratchAuthority.create(ChangeHistoryTest.class).code();
    }

    private static String valueUrl(String period) {
        return "/api/v1/indicators/HLTH_ASSESS/values/" + authority.code() + "/" + period;
    }

    @Test
    void shouldShowAValuesChangesNewestFirstWithBeforeAndAfter() {
        String url = valueUrl("2012-13");
        Contract.as(officer).contentType("application/json").body(Map.of("value", 71.5, "status", "provisional"))
                .put(url).then().statusCode(201);
        Contract.as(officer).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("value", 74, "status", "final", "note", "Checked with health")).put(url)
                .then().statusCode(200);
        Contract.as(Tokens.boardMember(authority.code())).get(url + "/history").then().statusCode(200)
                .body("items.action", contains("update", "create"))
                .body("items[0].by", equalTo("officer." + authority.code()))
                .body("items[0].changes.field", contains("value", "status", "note"))
                .body("items[0].changes[0].before", equalTo("71.5"))
                .body("items[0].changes[0].after", equalTo("74"))
                .body("items[1].changes.field", hasItem("value"));
    }

    @Test
    void shouldKeepARemovedValuesHistory() {
        String url = valueUrl("2013-14");
        Contract.as(officer).contentType("application/json").body(Map.of("value", 60, "status", "final"))
                .put(url).then().statusCode(201);
        Contract.as(officer).header("If-Match", "\"0\"").delete(url).then().statusCode(204);
        Contract.as(officer).get(url + "/history").then().statusCode(200)
                .body("items.action", contains("delete", "create"))
                .body("items[0].changes.find { it.field == 'value' }.before", equalTo("60"));
    }

    @Test
    void shouldRefuseEveryoneButTheAuthoritysInsidersWithoutShowingAnything() {
        String url = valueUrl("2014-15");
        Contract.as(officer).contentType("application/json").body(Map.of("value", 66.25, "status", "final"))
                .put(url).then().statusCode(201);
        for (String token : List.of(Tokens.officer(outsiders), Tokens.boardMember(outsiders),
                Tokens.analyst(authority.code()), Tokens.partner("promise-partner", authority.code()))) {
            String answer = Contract.as(token).get(url + "/history").then().statusCode(403).extract().asString();
            assertThat(answer).doesNotContain("66.25").doesNotContain("officer." + authority.code());
        }
        Contract.as(Tokens.admin()).get(url + "/history").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void shouldShowATargetsChanges() {
        String url = "/api/v1/indicators/HLTH_ASSESS/targets/" + authority.code() + "/2030-31";
        Contract.as(officer).contentType("application/json").body(Map.of("value", 90)).put(url)
                .then().statusCode(201);
        Contract.as(officer).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("value", 92, "basis", "Agreed by the board")).put(url).then().statusCode(200);
        Contract.as(officer).get(url + "/history").then().statusCode(200)
                .body("items[0].changes.field", contains("value", "basis"))
                .body("items[0].changes[0].before", equalTo("90"));
        Contract.as(Tokens.officer(outsiders)).get(url + "/history").then().statusCode(403);
    }

    @Test
    void shouldShowAnActionItemsChanges() {
        long plan = Contract.as(officer).contentType("application/json")
                .body(Map.of("authority", authority.code(), "startYear", 2031)).post("/api/v1/action-plans")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> item = Map.of("priority", "education-and-employment", "what", "Visit every school",
                "how", List.of("By hand"), "measures", List.of("Done"), "owner", "Head of Service",
                "dueDate", "2032-03-31");
        long id = Contract.as(officer).contentType("application/json").body(item)
                .post("/api/v1/action-plans/" + plan + "/items").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        var changed = new java.util.HashMap<>(item);
        changed.put("owner", "Virtual School Head");
        Contract.as(officer).header("If-Match", "\"0\"").contentType("application/json").body(changed)
                .put("/api/v1/action-items/" + id).then().statusCode(200);
        String url = "/api/v1/action-items/" + id + "/history";
        Contract.as(Tokens.boardMember(authority.code())).get(url).then().statusCode(200)
                .body("items.action", contains("update", "create"))
                .body("items[0].changes", hasSize(1))
                .body("items[0].changes[0].field", equalTo("owner"))
                .body("items[0].changes[0].before", equalTo("Head of Service"))
                .body("items[0].changes[0].after", equalTo("Virtual School Head"));
        String refused = Contract.as(Tokens.officer(outsiders)).get(url).then().statusCode(403).extract().asString();
        assertThat(refused).doesNotContain("Head of Service");
        Contract.as(Tokens.officer(outsiders)).get("/api/v1/action-items/999999999/history").then().statusCode(404);
    }
}
