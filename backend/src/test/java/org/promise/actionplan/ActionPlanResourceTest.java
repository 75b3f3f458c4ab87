package org.promise.actionplan;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.period.Period;
import org.promise.support.Contract;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/**
 * Action plans, their items and history. Writes go to plans of the class's own authority, so Walsall's seeded plans
 * stay as the pack has them.
 */
@QuarkusTest
class ActionPlanResourceTest {

    private static String authority;
    private static String officer;
    private static final String WALSALL_OFFICER = Tokens.officer(Tokens.WALSALL);
    private static final String DUDLEY_OFFICER = Tokens.officer(Tokens.DUDLEY);
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2040);
    /** The board's day now: read when used, so that a run across midnight compares a date with the server's own. */
    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    @BeforeAll
    static void createAuthority() {
        authority = ScratchAuthority.create(ActionPlanResourceTest.class).code();
        officer = Tokens.officer(authority);
    }

    static long createPlan(String token, String authority, int startYear) {
        return Contract.as(token).contentType("application/json")
                .body(Map.of("authority", authority, "startYear", startYear))
                .post("/api/v1/action-plans").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> item(String what, LocalDate due) {
        Map<String, Object> body = new HashMap<>();
        body.put("priority", "safety-and-permanency");
        body.put("what", what);
        body.put("how", List.of("Review the offer", "Tell foster carers"));
        body.put("measures", List.of("A minimum of 40% stay put"));
        body.put("indicators", List.of("CL_STAYPUT_1920"));
        body.put("owner", "Head of Service for Children in Care");
        body.put("dueDate", due == null ? null : due.toString());
        return body;
    }

    static JsonPath addItem(String token, long planId, Map<String, Object> body) {
        return Contract.as(token).contentType("application/json").body(body)
                .post("/api/v1/action-plans/" + planId + "/items").then().statusCode(201).extract().jsonPath();
    }

    static JsonPath update(String token, long itemId, long version, String status, String text) {
        return Contract.as(token).header("If-Match", "\"" + version + "\"").contentType("application/json")
                .body(Map.of("text", text, "status", status))
                .post("/api/v1/action-items/" + itemId + "/updates").then().statusCode(201).extract().jsonPath();
    }

    private static long newPlan() {
        return createPlan(officer, authority, NEXT_YEAR.getAndAdd(2));
    }

    private static long walsallItem(int startYear, String letter) {
        long planId = Contract.as(WALSALL_OFFICER).queryParam("authority", Tokens.WALSALL).get("/api/v1/action-plans")
                .then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.startYear == " + startYear + " }.id");
        return Contract.as(WALSALL_OFFICER).get("/api/v1/action-plans/" + planId + "/items").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.letter == '" + letter + "' }.id");
    }

    @Test
    void shouldServeWalsallsPlansAsThePackHasThem() {
        JsonPath plans = Contract.as(Tokens.boardMember(Tokens.WALSALL)).queryParam("authority", Tokens.WALSALL)
                .get("/api/v1/action-plans").then().statusCode(200).extract().jsonPath();
        assertThat(plans.getList("items.year"), contains("2023-24", "2022-23"));
        assertThat(plans.getList("items.itemCount"), contains(18, 17));
        assertThat(plans.getString("items[1].title"), equalTo("Corporate Parenting Strategy - Our Action Plan 2022-23"));
        assertThat(plans.getList("items[1].statusCounts.status"), contains("carried-forward"));

        long plan2022 = plans.getLong("items[1].id");
        JsonPath items = Contract.as(Tokens.analyst()).get("/api/v1/action-plans/" + plan2022 + "/items")
                .then().statusCode(200).extract().jsonPath();
        assertThat(items.getList("items.letter"), contains("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k",
                "l", "m", "n", "o", "p", "q"));
        assertThat(items.getString("items[0].priorityTitle"), equalTo("Leadership"));
        assertThat(items.getString("items[0].what"), equalTo("Ensure that elected members are aware of and "
                + "understand their corporate parenting responsibilities"));
        assertThat(items.getString("items[0].owner"), equalTo("Children's Champion / Head of Service"));
        assertThat(items.getString("items[0].dueDate"), equalTo("2023-03-31"));
        assertThat(items.getString("items[0].latestUpdate.text"), startsWith("The Director or Social Work, all "
                + "Heads of Service and 4 elected members of the Corporate Parenting Board have completed Total "
                + "Respect Training in 2022/2023."));
        assertThat(items.getString("items[0].latestUpdate.date"), equalTo("2023-11-13"));
        assertThat(items.getList("items.overdue"), everyItem(equalTo(false)));
        assertThat(items.getString("items[1].carriedTo.year"), equalTo("2023-24"));
        assertThat(items.getString("items[1].carriedTo.letter"), equalTo("b"));
        assertThat(items.getList("items[2].measures"), hasItem("• 27 (14%) returned home 2019-20"));
    }

    @Test
    void shouldShowAnItemWithItsEarlierYearsHistoryAndLinkedIndicators() {
        long id = walsallItem(2023, "c");
        Contract.as(Tokens.boardMember(Tokens.WALSALL)).get("/api/v1/action-items/" + id)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("item.carriedFrom.year", equalTo("2022-23"))
                .body("item.carriedFrom.letter", equalTo("c"))
                .body("item.indicators", contains("LEAVE_ADOPT", "LEAVE_REUNIF", "LEAVE_SGO"))
                .body("indicators.code", contains("LEAVE_ADOPT", "LEAVE_REUNIF", "LEAVE_SGO"))
                .body("indicators.find { it.code == 'LEAVE_REUNIF' }.value", notNullValue())
                .body("indicators.find { it.code == 'LEAVE_REUNIF' }.rag", notNullValue())
                .body("earlierUpdates", hasSize(1))
                .body("earlierUpdates[0].item.year", equalTo("2022-23"))
                .body("earlierUpdates[0].update.text", containsString("36 (21%) returned home 2022-23"))
                .body("updates", empty());
    }

    @Test
    void shouldRecordAProgressUpdateAndMoveTheItemToItsStatus() {
        long planId = newPlan();
        JsonPath created = addItem(officer, planId, item("Review the staying put offer", today().minusDays(10)));
        long id = created.getLong("id");
        assertThat(created.getString("letter"), equalTo("a"));
        assertThat(created.getString("status"), equalTo("not-started"));
        assertThat(created.getBoolean("overdue"), equalTo(true));

        JsonPath changed = update(officer, id, created.getLong("version"), "at-risk",
                "The new offer waits for the budget.");
        assertThat(changed.getString("status"), equalTo("at-risk"));
        assertThat(changed.getString("latestUpdate.text"), equalTo("The new offer waits for the budget."));
        assertThat(changed.getString("latestUpdate.author"), equalTo("officer." + authority));
        assertThat(changed.getString("latestUpdate.date"), equalTo(today().toString()));
        update(officer, id, changed.getLong("version"), "on-track", "The budget is agreed.");

        Contract.as(Tokens.boardMember(authority)).get("/api/v1/action-items/" + id + "/updates")
                .then().statusCode(200)
                .body("items.status", contains("at-risk", "on-track"))
                .body("items.text", contains("The new offer waits for the budget.", "The budget is agreed."));
        Contract.as(Tokens.boardMember(authority)).queryParam("status", "on-track")
                .get("/api/v1/action-plans/" + planId + "/items")
                .then().statusCode(200).body("items.id", contains((int) id));
        Contract.as(Tokens.boardMember(authority)).queryParam("status", "at-risk")
                .get("/api/v1/action-plans/" + planId + "/items")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldFilterByOverdueOwnerAndPriority() {
        long planId = newPlan();
        long late = addItem(officer, planId, item("Late item", today().minusDays(1))).getLong("id");
        JsonPath done = addItem(officer, planId, item("Late but complete", today().minusDays(1)));
        update(officer, done.getLong("id"), done.getLong("version"), "complete", "Done.");
        Map<String, Object> future = item("Due next year", today().plusYears(1));
        future.put("owner", "Virtual School Head");
        future.put("priority", "education-and-employment");
        long later = addItem(officer, planId, future).getLong("id");

        Contract.as(officer).queryParam("overdue", true).get("/api/v1/action-plans/" + planId + "/items")
                .then().statusCode(200)
                .body("items.id", contains((int) late))
                .body("plan.overdueCount", equalTo(1))
                .body("plan.itemCount", equalTo(3));
        Contract.as(officer).queryParam("owner", "virtual school")
                .get("/api/v1/action-plans/" + planId + "/items")
                .then().statusCode(200).body("items.id", contains((int) later));
        Contract.as(officer).queryParam("priority", "education-and-employment")
                .get("/api/v1/action-plans/" + planId + "/items")
                .then().statusCode(200).body("items.id", contains((int) later));
        Contract.badRequestAs(officer).queryParam("status", "late")
                .get("/api/v1/action-plans/" + planId + "/items")
                .then().statusCode(400).body("errors[0].field", equalTo("status"))
                .body("errors[0].rule", equalTo("allowed-values"));
    }

    @Test
    void shouldRefuseUpdatesFromAnotherAuthorityAndFromBoardMembers() {
        long id = walsallItem(2023, "b");
        Map<String, Object> body = Map.of("text", "Not ours to say", "status", "on-track");
        Contract.as(DUDLEY_OFFICER).header("If-Match", "*").contentType("application/json").body(body)
                .post("/api/v1/action-items/" + id + "/updates")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString(Tokens.WALSALL));
        Contract.as(Tokens.boardMember(Tokens.WALSALL)).header("If-Match", "*").contentType("application/json")
                .body(body).post("/api/v1/action-items/" + id + "/updates")
                .then().statusCode(403);
        Contract.as(WALSALL_OFFICER).get("/api/v1/action-items/" + id + "/updates")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldRefuseAStaleOrMissingIfMatch() {
        long planId = newPlan();
        JsonPath created = addItem(officer, planId, item("Concurrency", null));
        long id = created.getLong("id");
        update(officer, id, created.getLong("version"), "on-track", "First");
        Map<String, Object> body = Map.of("text", "Written over news I have not seen", "status", "complete");

        Contract.as(officer).header("If-Match", "\"" + created.getLong("version") + "\"")
                .contentType("application/json").body(body).post("/api/v1/action-items/" + id + "/updates")
                .then().statusCode(412).contentType("application/problem+json");
        Contract.as(officer).contentType("application/json").body(body)
                .post("/api/v1/action-items/" + id + "/updates")
                .then().statusCode(428);
        Contract.as(officer).get("/api/v1/action-items/" + id)
                .then().statusCode(200).body("item.status", equalTo("on-track")).body("updates", hasSize(1));
    }

    @Test
    void shouldRefuseAnUpdateOnACompleteItemSayingWhy() {
        long planId = newPlan();
        JsonPath created = addItem(officer, planId, item("Finished work", null));
        JsonPath done = update(officer, created.getLong("id"), created.getLong("version"), "complete",
                "All done.");
        Contract.as(officer).header("If-Match", "\"" + done.getLong("version") + "\"")
                .contentType("application/json").body(Map.of("text", "One more thing", "status", "on-track"))
                .post("/api/v1/action-items/" + created.getLong("id") + "/updates")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("is complete"));
    }

    @Test
    void shouldNameTheFieldAndRuleOfABadUpdate() {
        long planId = newPlan();
        JsonPath created = addItem(officer, planId, item("Validated", null));
        String url = "/api/v1/action-items/" + created.getLong("id") + "/updates";
        String tag = "\"" + created.getLong("version") + "\"";
        Contract.as(officer).header("If-Match", tag).contentType("application/json")
                .body(Map.of("text", "Marked by hand", "status", "carried-forward")).post(url)
                .then().statusCode(400).body("errors[0].field", equalTo("status"))
                .body("errors[0].rule", equalTo("carry-forward-only"));
        Contract.as(officer).header("If-Match", tag).contentType("application/json")
                .body(Map.of("text", "From the future", "status", "on-track",
                        "date", today().plusDays(1).toString())).post(url)
                .then().statusCode(400).body("errors[0].field", equalTo("date"))
                .body("errors[0].rule", equalTo("not-in-future"));
        Contract.badRequestAs(officer).header("If-Match", tag).contentType("application/json")
                .body(Map.of("text", " ", "status", "finished")).post(url)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("status"));
        Contract.as(officer).get(url).then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldCarryForwardOnlyUnfinishedItemsOnceWithLinksBothWays() {
        int year = NEXT_YEAR.getAndAdd(2);
        long planId = createPlan(officer, authority, year);
        JsonPath done = addItem(officer, planId, item("Finished", today().minusMonths(1)));
        update(officer, done.getLong("id"), done.getLong("version"), "complete", "Done.");
        JsonPath risky = addItem(officer, planId, item("Slipping", LocalDate.of(year + 1, 3, 31)));
        update(officer, risky.getLong("id"), risky.getLong("version"), "at-risk", "Slipping badly.");
        long untouched = addItem(officer, planId, item("Not begun", null)).getLong("id");

        Contract.as(Tokens.boardMember(authority)).get("/api/v1/action-plans/" + planId + "/carry-forward")
                .then().statusCode(200)
                .body("createsPlan", equalTo(true))
                .body("toYear", equalTo(Period.yearLabel(year + 1)))
                .body("items.fromLetter", contains("b", "c"))
                .body("items.toLetter", contains("a", "b"));
        Contract.as(Tokens.boardMember(authority)).post("/api/v1/action-plans/" + planId + "/carry-forward")
                .then().statusCode(403);

        JsonPath result = Contract.as(officer).post("/api/v1/action-plans/" + planId + "/carry-forward")
                .then().statusCode(200).extract().jsonPath();
        assertThat(result.getList("carried.fromItemId", Long.class), contains(risky.getLong("id"), untouched));
        long nextPlan = result.getLong("toPlanId");
        long carriedRisky = result.getLong("carried[0].toItemId");

        Contract.as(officer).get("/api/v1/action-items/" + carriedRisky)
                .then().statusCode(200)
                .body("item.carriedFrom.id", equalTo((int) risky.getLong("id")))
                .body("item.dueDate", equalTo(LocalDate.of(year + 2, 3, 31).toString()))
                .body("item.status", equalTo("not-started"))
                .body("item.indicators", contains("CL_STAYPUT_1920"))
                .body("earlierUpdates.update.text", contains("Slipping badly.",
                        "Carried forward to the " + Period.yearLabel(year + 1) + " plan as item a."));
        Contract.as(officer).get("/api/v1/action-items/" + risky.getLong("id"))
                .then().statusCode(200)
                .body("item.status", equalTo("carried-forward"))
                .body("item.carriedTo.id", equalTo((int) carriedRisky))
                .body("updates.status", contains("at-risk", "carried-forward"));
        Contract.as(officer).get("/api/v1/action-items/" + done.getLong("id"))
                .then().statusCode(200).body("item.status", equalTo("complete")).body("item.carriedTo", nullValue());

        Contract.as(officer).post("/api/v1/action-plans/" + planId + "/carry-forward")
                .then().statusCode(200).body("carried", empty()).body("toPlanId", equalTo((int) nextPlan));
        Contract.as(officer).get("/api/v1/action-plans/" + nextPlan + "/items")
                .then().statusCode(200).body("items.what", contains("Slipping", "Not begun"));
        String untouchedTag = Contract.as(officer).get("/api/v1/action-items/" + untouched)
                .then().statusCode(200).extract().header("ETag");
        Contract.as(officer).header("If-Match", untouchedTag).contentType("application/json")
                .body(Map.of("text", "Still here?", "status", "on-track"))
                .post("/api/v1/action-items/" + untouched + "/updates")
                .then().statusCode(409).body("detail", containsString("carried forward to item b"));
    }

    @Test
    void shouldLetBoardMembersAskAndOfficersAnswerOnce() {
        long planId = newPlan();
        long id = addItem(officer, planId, item("Questioned", null)).getLong("id");
        String url = "/api/v1/action-items/" + id + "/questions";
        long question = Contract.as(Tokens.boardMember(authority)).contentType("application/json")
                .body(Map.of("text", "When will this start?")).post(url)
                .then().statusCode(201).body("askedBy", equalTo("member." + authority)).body("answer", nullValue())
                .extract().jsonPath().getLong("id");
        Contract.as(Tokens.boardMember(Tokens.WALSALL)).contentType("application/json")
                .body(Map.of("text", "Not my board")).post(url).then().statusCode(403);
        Contract.as(Tokens.analyst(authority)).contentType("application/json")
                .body(Map.of("text", "Analysts read")).post(url).then().statusCode(403);

        Contract.as(Tokens.boardMember(authority)).contentType("application/json").body(Map.of("text", "Me"))
                .put(url + "/" + question + "/answer").then().statusCode(403);
        Contract.as(officer).contentType("application/json").body(Map.of("text", "In April."))
                .put(url + "/" + question + "/answer")
                .then().statusCode(200).body("answer", equalTo("In April."))
                .body("answeredBy", equalTo("officer." + authority));
        Contract.as(officer).contentType("application/json").body(Map.of("text", "In May."))
                .put(url + "/" + question + "/answer").then().statusCode(409);
        Contract.as(Tokens.boardMember(authority)).get("/api/v1/action-items/" + id)
                .then().statusCode(200).body("questions.answer", contains("In April."));
    }

    @Test
    void shouldKeepOnePlanPerAuthorityAndYearAndCheckWhatItemsName() {
        int year = NEXT_YEAR.getAndAdd(2);
        long planId = createPlan(officer, authority, year);
        Contract.as(officer).contentType("application/json")
                .body(Map.of("authority", authority, "startYear", year)).post("/api/v1/action-plans")
                .then().statusCode(409);
        Contract.as(DUDLEY_OFFICER).contentType("application/json")
                .body(Map.of("authority", authority, "startYear", year + 1)).post("/api/v1/action-plans")
                .then().statusCode(403);
        Map<String, Object> body = item("Unknown indicator", null);
        body.put("indicators", List.of("CL_STAYPUT_1920", "NO_SUCH_THING"));
        Contract.as(officer).contentType("application/json").body(body)
                .post("/api/v1/action-plans/" + planId + "/items")
                .then().statusCode(400).body("errors[0].field", equalTo("indicators[1]"))
                .body("errors[0].rule", equalTo("unknown"));
        Map<String, Object> lettered = item("Lettered", null);
        lettered.put("letter", "q");
        JsonPath first = addItem(officer, planId, lettered);
        assertThat(first.getString("letter"), equalTo("q"));
        Contract.as(officer).contentType("application/json").body(lettered)
                .post("/api/v1/action-plans/" + planId + "/items")
                .then().statusCode(400).body("errors[0].field", equalTo("letter"))
                .body("errors[0].rule", equalTo("unique"));
        assertThat(addItem(officer, planId, item("Next", null)).getString("letter"), equalTo("r"));
    }

    @Test
    void shouldEditAnItemWithIfMatchAndAuditEveryChange() {
        long planId = newPlan();
        JsonPath created = addItem(officer, planId, item("Draft wording", null));
        long id = created.getLong("id");
        Map<String, Object> changed = item("Final wording", LocalDate.of(2041, 3, 31));
        JsonPath edited = Contract.as(officer).header("If-Match", "\"" + created.getLong("version") + "\"")
                .contentType("application/json").body(changed).put("/api/v1/action-items/" + id)
                .then().statusCode(200).body("what", equalTo("Final wording")).extract().jsonPath();
        update(officer, id, edited.getLong("version"), "off-track", "Behind.");

        Contract.as(Tokens.admin()).queryParam("entityType", "action-item").queryParam("entityId", String.valueOf(id))
                .get("/api/v1/audit")
                .then().statusCode(200)
                .body("items.action", contains("update", "update", "create"))
                .body("items[0].before.status", equalTo("not-started"))
                .body("items[0].after.status", equalTo("off-track"))
                .body("items[1].before.what", equalTo("Draft wording"))
                .body("items[1].after.what", equalTo("Final wording"));
    }

    @Test
    void shouldNameAnInternalOnlyIndicatorOnlyToThoseWhoSeeItsFigures() {
        long planId = newPlan();
        Map<String, Object> body = item("Recruit more foster carers", null);
        body.put("indicators", List.of("CL_STAYPUT_1920", "FOST_WITHDRAWN"));
        long itemId = addItem(officer, planId, body).getLong("id");

        // FOST_WITHDRAWN is internal-only: an analyst sees no figure of it, so not its name either.
        String analyst = Tokens.analyst(authority);
        Contract.as(analyst).get("/api/v1/action-items/" + itemId).then().statusCode(200)
                .body("item.indicators", contains("CL_STAYPUT_1920"))
                .body("indicators.code", contains("CL_STAYPUT_1920"));
        Contract.as(analyst).get("/api/v1/action-plans/" + planId + "/items").then().statusCode(200)
                .body("items[0].indicators", contains("CL_STAYPUT_1920"));
        assertThat(Contract.as(analyst).accept("text/csv").get("/api/v1/action-plans/" + planId + "/items")
                .then().statusCode(200).extract().asString(), not(containsString("FOST_WITHDRAWN")));
        Contract.as(officer).get("/api/v1/action-items/" + itemId).then().statusCode(200)
                .body("item.indicators", contains("CL_STAYPUT_1920", "FOST_WITHDRAWN"))
                .body("indicators.code", contains("CL_STAYPUT_1920", "FOST_WITHDRAWN"));
    }

    @Test
    void shouldExportThePlanAsCsvAndAsAPageToPrint() {
        long planId = Contract.as(WALSALL_OFFICER).queryParam("authority", Tokens.WALSALL).get("/api/v1/action-plans")
                .then().extract().jsonPath().getLong("items.find { it.startYear == 2022 }.id");
        String csv = Contract.as(Tokens.analyst()).accept("text/csv").get("/api/v1/action-plans/" + planId + "/items")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("action-plan-E08000030-2022-23.csv"))
                .extract().asString();
        assertThat(csv, startsWith(String.join(",", ActionPlanExport.CSV_COLUMNS)));
        // The same by the query (a typed client's way), over an Accept that names HTML.
        assertThat(Contract.as(Tokens.analyst()).accept("text/html").queryParam("format", "csv")
                .get("/api/v1/action-plans/" + planId + "/items").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString(), equalTo(csv));
        org.apache.commons.csv.CSVParser parsed;
        try {
            parsed = org.apache.commons.csv.CSVParser.parse(csv, org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                    .setHeader().setSkipHeaderRecord(true).get());
            List<org.apache.commons.csv.CSVRecord> records = parsed.getRecords();
            assertThat(records, hasSize(17));
            assertThat(records.get(1).get("item"), equalTo("b"));
            assertThat(records.get(1).get("status"), equalTo("carried-forward"));
            assertThat(records.get(2).get("measures_of_success"), containsString("\n• 27 (14%) returned home 2019-20"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }

        String page = Contract.as(Tokens.boardMember(Tokens.WALSALL)).accept("text/html")
                .get("/api/v1/action-plans/" + planId + "/items")
                .then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
        assertThat(page, containsString("<html lang=\"en-GB\">"));
        assertThat(page, containsString("<th scope=\"col\">Measures of Success (performance indicators)</th>"));
        assertThat(page, containsString("Children&#39;s Champion / Head of Service"));
        assertThat(page, containsString("31 March 2023"));
        assertThat(page, not(containsString("Children's Champion")));
    }

    @Test
    void shouldWriteAFormulaInAProgressUpdateAsTextInTheCsv() throws java.io.IOException {
        long planId = newPlan();
        JsonPath created = addItem(officer, planId, item("-1+1 looks like a sum", null));
        String formula = "=HYPERLINK(\"http://evil\",\"x\")";
        update(officer, created.getLong("id"), created.getLong("version"), "on-track", formula);

        String csv = Contract.as(officer).accept("text/csv").get("/api/v1/action-plans/" + planId + "/items")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        org.apache.commons.csv.CSVRecord record = org.apache.commons.csv.CSVParser.parse(csv,
                org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())
                .getRecords().get(0);
        assertThat(record.get("latest_update"), equalTo("'" + formula));
        assertThat(record.get("what_we_will_do"), equalTo("'-1+1 looks like a sum"));
        assertThat(record.get("owner"), equalTo("Head of Service for Children in Care"));
    }

    @Test
    void shouldAnswerUnknownPlansAndItemsWithNotFound() {
        Contract.as(WALSALL_OFFICER).get("/api/v1/action-plans/999999").then().statusCode(404)
                .contentType("application/problem+json");
        Contract.as(WALSALL_OFFICER).get("/api/v1/action-items/999999").then().statusCode(404);
        Contract.anonymous().get("/api/v1/action-plans").then().statusCode(401);
    }

    @Test
    void shouldLinkTheCreatedItemInItsLocation() {
        long planId = newPlan();
        var response = Contract.as(officer).contentType("application/json").body(item("Located", null))
                .post("/api/v1/action-plans/" + planId + "/items").then().statusCode(201).extract();
        assertThat(response.header("Location"), endsWith("/api/v1/action-items/" + response.jsonPath().getLong("id")));
    }
}
