package org.promise.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.promise.support.BoardBusiness;
import org.promise.support.Contract;
import org.promise.support.DatabaseFingerprint;
import org.promise.support.ScratchAuthority;

/**
 * Issue 14, point 5: every form of the web client, sent one body that breaks a reading rule (a value of the wrong
 * type), a shape rule (a required field left empty) and one of the service's rules, answers one 400 that names
 * all three, and writes nothing.
 */
@QuarkusTest
class EveryErrorAtOnceTest {

    private static final String INDICATOR = "HLTH_ASSESS";

    private static ScratchAuthority own;
    private static String officer;
    private static long board;
    private static long comingMeeting;
    private static long heldMeeting;
    private static long heldItem;
    private static long actionArising;
    private static long report;
    private static long plan;
    private static long planItem;
    private static long pack;

    @Inject
    DataSource dataSource;

    /**
     * A form sent wrong: where and how, the body, and the three errors expected ("field rule"): the reading
     * rule's, the shape rule's and the service rule's.
     */
    record Attempt(String form, String method, Supplier<String> url, Supplier<String> ifMatch,
            Supplier<Map<String, Object>> body, List<String> errors) {

        @Override
        public String toString() {
            return form;
        }
    }

    /** Once, before the first form: RestAssured reaches the application only from the first test on. */
    @BeforeEach
    void createTheFormsSubjects() {
        if (own != null) {
            return;
        }
        own = ScratchAuthority.create(EveryErrorAtOnceTest.class);
        officer = own.officer();
        board = own.board();
        comingMeeting = BoardBusiness.meeting(own.code(), board, LocalDate.of(2090, 1, 9), "scheduled");
        heldMeeting = BoardBusiness.meeting(own.code(), board, LocalDate.of(2024, 1, 15), "held");
        heldItem = BoardBusiness.item(heldMeeting, 1, "Performance report");
        created("/api/v1/agenda-items/" + heldItem + "/resolutions", Map.of("text", "That the report be noted.",
                "kind", "decision", "vote", "unanimous", "actions", List.of(Map.of("description",
                        "Write to the virtual school head"))));
        actionArising = BoardBusiness.count("select max(id) from action_arising where authority_code = ?",
                own.code());
        report = created("/api/v1/reports", Map.of("authority", own.code(), "type", "other", "title",
                "Annual report", "visibility", "public", "recommendations", List.of("That the board notes the report")))
                .getLong("id");
        Contract.as(officer).header("If-Match", etag("/api/v1/reports/" + report)).contentType("application/json")
                .body(Map.of()).post("/api/v1/reports/" + report + "/publish").then().statusCode(200);
        BoardBusiness.paper(heldItem, report, "Annual report");
        pack = created("/api/v1/performance-packs", Map.of("authority", own.code(), "period", "2023-24")).getLong("id");
        plan = created("/api/v1/action-plans", Map.of("authority", own.code(), "startYear", 2042)).getLong("id");
        planItem = created("/api/v1/action-plans/" + plan + "/items", Map.of("priority", "safety-and-permanency",
                "what", "Every child has a health assessment on time")).getLong("id");
    }

    static Stream<Attempt> forms() {
        return Stream.of(
                new Attempt("a new meeting", "POST", () -> "/api/v1/meetings", null,
                        () -> meeting(Map.of("date", "2023-13-45", "title", "", "status", "cancelled")),
                        List.of("date type", "title required", "cancelledReason required")),
                new Attempt("a meeting changed", "PUT", () -> "/api/v1/meetings/" + comingMeeting,
                        () -> etag("/api/v1/meetings/" + comingMeeting),
                        () -> meeting(Map.of("startTime", 1800, "title", "", "status", "minutes-approved")),
                        List.of("startTime type", "title required", "status set-by-resolution")),
                new Attempt("an agenda item", "POST", () -> "/api/v1/meetings/" + comingMeeting + "/agenda-items",
                        null, () -> Map.of("number", "one", "title", "", "exempt", false, "exemptReason",
                                "Information about a child"),
                        List.of("number type", "title required", "exemptReason not-allowed")),
                new Attempt("the attendance", "PUT", () -> "/api/v1/meetings/" + heldMeeting + "/attendance",
                        () -> etag("/api/v1/meetings/" + heldMeeting),
                        () -> Map.of("entries", List.of(Map.of("name", "", "capacity", "member", "presence", "maybe",
                                "voting", true, "substituteFor", "Councillor Smith"))),
                        List.of("entries[0].presence type", "entries[0].name required",
                                "entries[0].substituteFor not-allowed")),
                new Attempt("a declaration of interest", "POST",
                        () -> "/api/v1/meetings/" + comingMeeting + "/declarations", null,
                        () -> Map.of("agendaItem", 999_999_999, "memberName", "", "kind", 7, "interest",
                                "A relative is a foster carer"),
                        List.of("kind type", "memberName required", "agendaItem unknown")),
                new Attempt("a minute", "PUT", () -> "/api/v1/agenda-items/" + heldItem + "/minutes", null,
                        () -> Map.of("minuteNumber", "one", "text", "", "correctionReason", "A typing slip"),
                        List.of("minuteNumber type", "text required", "correctionReason not-allowed")),
                new Attempt("a resolution with its actions", "POST",
                        () -> "/api/v1/agenda-items/" + heldItem + "/resolutions", null,
                        () -> Map.of("text", "That the report be noted.", "kind", "decision", "vote", "recorded",
                                "actions", List.of(Map.of("description", "", "dueDate", "2024-02-30"))),
                        List.of("actions[0].dueDate type", "actions[0].description required", "votesFor required")),
                new Attempt("an action arising", "PUT", () -> "/api/v1/actions-arising/" + actionArising,
                        () -> etag("/api/v1/actions-arising/" + actionArising),
                        () -> Map.of("description", "", "dueDate", "soon", "status", "done"),
                        List.of("dueDate type", "description required", "evidence required")),
                new Attempt("a report", "POST", () -> "/api/v1/reports", null,
                        () -> Map.of("authority", own.code(), "type", "other", "title", "", "visibility", "exempt",
                                "recommendations", "That the board notes the report"),
                        List.of("recommendations type", "title required", "exemptParagraph required")),
                new Attempt("a report's new version", "POST", () -> "/api/v1/reports/" + report + "/versions",
                        () -> etag("/api/v1/reports/" + report),
                        () -> Map.of("authority", own.code(), "type", "other", "title", "Annual report", "visibility",
                                "exempt", "recommendations", "That the board notes the report", "reason", ""),
                        List.of("recommendations type", "reason required", "exemptParagraph required")),
                new Attempt("the board's decision on a report's recommendation", "PUT",
                        () -> "/api/v1/reports/" + report + "/decisions/1", () -> etag("/api/v1/reports/" + report),
                        () -> Map.of("outcome", 5, "words", "", "decidedOn", "2024-01-20", "resolutionId",
                                999_999_999),
                        List.of("outcome type", "words length", "resolutionId unknown")),
                new Attempt("a performance pack frozen", "POST", () -> "/api/v1/performance-packs/" + pack + "/freeze",
                        () -> etag("/api/v1/performance-packs/" + pack),
                        () -> Map.of("meetingId", 999_999_999, "agendaItemId", -1, "colour", "red"),
                        List.of("colour unknown-property", "agendaItemId minimum", "meetingId meeting")),
                new Attempt("a performance pack", "POST", () -> "/api/v1/performance-packs", null,
                        () -> Map.of("authority", own.code(), "period", "2023-03-31", "title", "", "colour", "red"),
                        List.of("colour unknown-property", "title length", "period period")),
                new Attempt("an action plan item", "POST", () -> "/api/v1/action-plans/" + plan + "/items", null,
                        () -> Map.of("priority", "safety-and-permanency", "what", "", "dueDate", "2024-13-01",
                                "indicators", List.of("NO_SUCH_INDICATOR")),
                        List.of("dueDate type", "what required", "indicators[0] unknown")),
                new Attempt("a progress update", "POST", () -> "/api/v1/action-items/" + planItem + "/updates",
                        () -> etag("/api/v1/action-items/" + planItem),
                        () -> Map.of("date", "today", "text", "", "status", "carried-forward"),
                        List.of("date type", "text required", "status carry-forward-only")),
                new Attempt("a value", "PUT",
                        () -> "/api/v1/indicators/" + INDICATOR + "/values/" + own.code() + "/2023-24", null,
                        () -> Map.of("value", 101, "numerator", "ten"),
                        List.of("numerator type", "status required", "value range")),
                new Attempt("a target", "PUT",
                        () -> "/api/v1/indicators/" + INDICATOR + "/targets/" + own.code() + "/2025-26", null,
                        () -> Map.of("value", "high", "tolerance", -1, "pending", true),
                        List.of("value type", "tolerance minimum", "reason required")),
                new Attempt("a \"You said, we did\" ask", "POST", () -> "/api/v1/you-said-we-did", null,
                        () -> Map.of("authority", own.code(), "ask", "", "forum", "Children in Care Council",
                                "askedIn", 202302, "actionItems", List.of(999_999_999)),
                        List.of("askedIn type", "ask required", "actionItems[0] unknown")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everyErrorComesBackInOneAnswerAndNothingIsWritten(Attempt attempt) throws SQLException {
        String url = attempt.url().get();
        String ifMatch = attempt.ifMatch() == null ? null : attempt.ifMatch().get();
        Map<String, String> before = DatabaseFingerprint.of(dataSource);
        RequestSpecification request = Contract.badRequestAs(officer).contentType("application/json")
                .body(attempt.body().get());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        Response response = request.request(attempt.method(), url);
        String answer = attempt.form() + " answered " + response.statusCode() + ": " + response.asString();
        assertThat(response.statusCode()).as(answer).isEqualTo(400);
        List<String> named = response.jsonPath().<Map<String, Object>>getList("errors").stream()
                .map(error -> error.get("field") + " " + error.get("rule")).toList();
        assertThat(named).as(answer).containsAll(attempt.errors());
        assertThat(DatabaseFingerprint.of(dataSource)).as(answer + "; the database changed").isEqualTo(before);
    }

    private static JsonPath created(String url, Map<String, Object> body) {
        return Contract.as(officer).contentType("application/json").body(body).post(url).then().statusCode(201)
                .extract().jsonPath();
    }

    private static String etag(String url) {
        return Contract.as(officer).get(url).then().statusCode(200).extract().header("ETag");
    }

    private static Map<String, Object> meeting(Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Map.of("board", board, "kind", "committee", "title",
                "Corporate Parenting Board", "date", "2090-01-09", "status", "scheduled"));
        body.putAll(changes);
        return body;
    }
}
