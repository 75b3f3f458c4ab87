package org.promise.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Race;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/**
 * Two or more people saving at the same moment: nobody's write is silently lost, nobody gets a 5xx, and the
 * loser of a race that only one can win is told so (409 or 412); writes that can all succeed all do.
 */
@QuarkusTest
class ConcurrentWritesTest {

    private static String authority;
    private static String officer;

    @BeforeAll
    static void createAuthority() {
        authority = ScratchAuthority.create(ConcurrentWritesTest.class).code();
        officer = Tokens.officer(authority);
    }

    @Test
    void shouldKeepTheFirstAnswerWhenTwoOfficersAnswerAtOnce() throws Exception {
        long planId = ActionPlanResourceTest.createPlan(officer, authority, 2097);
        long item = ActionPlanResourceTest.addItem(officer, planId, ActionPlanResourceTest.item("Asked", null))
                .getLong("id");
        String questions = "/api/v1/action-items/" + item + "/questions";
        for (int round = 0; round < 5; round++) {
            long question = Contract.as(Tokens.boardMember(authority)).contentType("application/json")
                    .body(Map.of("text", "When? (" + round + ")")).post(questions)
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            List<Response> answers = Race.of(2, officer -> Contract.as(Tokens.officer(authority))
                    .contentType("application/json").body(Map.of("text", "Answer from officer " + officer))
                    .put(questions + "/" + question + "/answer"));
            assertThat(Race.statuses(answers)).containsExactlyInAnyOrder(200, 409);
            String kept = answers.stream().filter(answer -> answer.statusCode() == 200).findFirst().orElseThrow()
                    .jsonPath().getString("answer");
            Contract.as(officer).get("/api/v1/action-items/" + item).then().statusCode(200)
                    .body("questions.find { it.id == " + question + " }.answer", org.hamcrest.Matchers.equalTo(kept));
        }
    }

    @Test
    void shouldAddEveryYouSaidWeDidEntrySentAtOnce() throws Exception {
        long ask = Contract.as(officer).contentType("application/json")
                .body(Map.of("authority", authority, "ask", "Tell us what happens next",
                        "forum", "Children in Care Council",
                        "askedIn", "2024-05"))
                .post("/api/v1/you-said-we-did").then().statusCode(201).extract().jsonPath().getLong("id");
        List<Response> added = Race.of(6, n -> Contract.as(officer).contentType("application/json")
                .body(Map.of("kind", "done", "date", "2024-06-0" + (n + 1), "text", "Entry " + n))
                .post("/api/v1/you-said-we-did/" + ask + "/entries"));
        assertThat(Race.statuses(added)).containsOnly(201);
        List<String> texts = Contract.anonymous().queryParam("authority", authority).get("/api/v1/you-said-we-did")
                .then().statusCode(200).extract().jsonPath().getList("items.find { it.id == " + ask + " }.done.text");
        assertThat(texts).containsExactlyInAnyOrder("Entry 0", "Entry 1", "Entry 2", "Entry 3", "Entry 4", "Entry 5");
    }

    @Test
    void shouldGiveEachItemAddedAtOnceItsOwnLetter() throws Exception {
        long planId = ActionPlanResourceTest.createPlan(officer, authority, 2098);
        List<Response> added = Race.of(5, n -> Contract.as(officer).contentType("application/json")
                .body(ActionPlanResourceTest.item("Item " + n, null)).post("/api/v1/action-plans/" + planId + "/items"));
        assertThat(Race.statuses(added)).containsOnly(201);
        assertThat(added.stream().map(answer -> answer.jsonPath().getString("letter")))
                .containsExactlyInAnyOrder("a", "b", "c", "d", "e");
    }

    @Test
    void shouldLetOnlyOneOfTwoCallersCreateThePlanForAYear() throws Exception {
        List<Response> created = Race.of(4, n -> Contract.as(officer).contentType("application/json")
                .body(Map.of("authority", authority, "startYear", 2099)).post("/api/v1/action-plans"));
        assertThat(Race.statuses(created)).isSubsetOf(201, 409).containsOnlyOnce(201);
        Contract.as(officer).queryParam("authority", authority).get("/api/v1/action-plans").then().statusCode(200)
                .body("items.findAll { it.startYear == 2099 }.startYear", contains(2099));
    }
}
