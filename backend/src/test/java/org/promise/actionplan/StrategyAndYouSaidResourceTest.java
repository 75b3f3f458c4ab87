package org.promise.actionplan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/** The strategy and "You said, we did" are public: young people and the public read them without signing in. */
@QuarkusTest
class StrategyAndYouSaidResourceTest {

    @Test
    void shouldServeWalsallsWholeStrategyWithoutSignIn() {
        long id = Contract.anonymous().queryParam("authority", Tokens.WALSALL).get("/api/v1/strategies")
                .then().statusCode(200)
                .body("items.title", contains("Corporate Parenting Strategy 2022-2025"))
                .extract().jsonPath().getLong("items[0].id");
        Contract.anonymous().get("/api/v1/strategies/" + id)
                .then().statusCode(200)
                .body("startYear", equalTo(2022)).body("endYear", equalTo(2025))
                .body("subtitle", equalTo("Our promise to you"))
                .body("principles", hasSize(7))
                .body("principles[1]", equalTo("To encourage those children and young people to express their "
                        + "views, wishes and feelings."))
                .body("priorities.name", contains("Safety and Permanency", "Mental and Physical Health and Wellbeing",
                        "Education and Employment", "Transitions and Independence", "Influence and Involvement",
                        "Leadership"))
                .body("priorities.collect { it.commitments.size() }", contains(10, 9, 6, 14, 7, 6))
                .body("priorities[0].commitments[1]", equalTo("Our Turning Point service will continue to make a "
                        + "direct contribution to helping children to remain with their families"))
                .body("promise.ageBands.ageBand", contains("5-11", "12-15", "16-25"))
                .body("promise.ageBands[0].themes.theme", contains("education", "keeping-you-safe",
                        "keeping-you-healthy", "keeping-in-touch"))
                .body("promise.ageBands[2].themes[1].promises", hasItem("We promise to pay for your council tax, "
                        + "even if you live outside of Walsall Council."))
                .body("evaluation.heading", equalTo("How will we know that we are doing a good job!"))
                .body("evaluation.measures.find { it.text == 'Assurance reports for:' }.items", hasSize(4));
        Contract.anonymous().get("/api/v1/strategies/999999").then().statusCode(404);
    }

    @Test
    void shouldServeYouSaidWeDidWithoutSignIn() {
        Contract.anonymous().queryParam("authority", Tokens.WALSALL).get("/api/v1/you-said-we-did")
                .then().statusCode(200)
                .body("authorityName", equalTo("Walsall"))
                .body("items", hasSize(6))
                .body("items[0].ask", equalTo("Help us to understand what our carers can agree to, what they can't "
                        + "and why"))
                .body("items[0].askedIn", equalTo("2023-02"))
                .body("items[0].next.text", contains("Develop child friendly version of the delegated authority "
                        + "form."))
                .body("items[1].done", hasSize(5))
                .body("items[1].actionItems[0].year", equalTo("2023-24"))
                .body("items[1].actionItems[0].letter", equalTo("m"))
                .body("items[5].done[0].text", startsWith("Young people audits and findings"));
        Contract.badRequestAs(null).get("/api/v1/you-said-we-did").then().statusCode(400);
        Contract.anonymous().queryParam("authority", "E92000001").get("/api/v1/you-said-we-did")
                .then().statusCode(404);
    }

    @Test
    void shouldLetOfficersRecordAsksAndEntriesForTheirOwnAuthorityOnly() {
        String authority = ScratchAuthority.create(StrategyAndYouSaidResourceTest.class).code();
        String officer = Tokens.officer(authority);
        long walsallItem = Contract.as(officer).queryParam("authority", Tokens.WALSALL).get("/api/v1/action-plans")
                .then().extract().jsonPath().getLong("items[0].id");
        long foreignItem = Contract.as(officer).get("/api/v1/action-plans/" + walsallItem + "/items")
                .then().extract().jsonPath().getLong("items[0].id");
        Map<String, Object> ask = Map.of("authority", authority, "ask", "Help us find leisure passes",
                "forum", "Children in Care Council", "askedIn", "2024-05", "actionItems", List.of(foreignItem));
        Contract.as(officer).contentType("application/json").body(ask).post("/api/v1/you-said-we-did")
                .then().statusCode(400).body("errors[0].field", equalTo("actionItems[0]"))
                .body("errors[0].rule", equalTo("unknown"));
        Contract.as(Tokens.officer(Tokens.DUDLEY)).contentType("application/json")
                .body(Map.of("authority", authority, "ask", "Not ours", "forum", "Forum", "askedIn", "2024-05"))
                .post("/api/v1/you-said-we-did").then().statusCode(403);
        Contract.badRequestAs(officer).contentType("application/json")
                .body(Map.of("authority", authority, "ask", "Bad month", "forum", "Forum", "askedIn", "2024-13"))
                .post("/api/v1/you-said-we-did").then().statusCode(400)
                .body("errors[0].field", equalTo("askedIn"));

        long id = Contract.as(officer).contentType("application/json")
                .body(Map.of("authority", authority, "ask", "Help us find leisure passes", "forum",
                        "Children in Care Council", "askedIn", "2024-05"))
                .post("/api/v1/you-said-we-did").then().statusCode(201).extract().jsonPath().getLong("id");
        Contract.as(officer).contentType("application/json")
                .body(Map.of("kind", "done", "date", "2024-06-01", "text", "Passes now include a friend."))
                .post("/api/v1/you-said-we-did/" + id + "/entries")
                .then().statusCode(201).body("done.text", contains("Passes now include a friend."));
        Contract.anonymous().queryParam("authority", authority).get("/api/v1/you-said-we-did")
                .then().statusCode(200).body("items.find { it.id == " + id + " }.done.date", contains("2024-06-01"));
    }
}
