package org.promise.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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

    private static ScratchAuthority own;
    private static String officer;
    private static long board;

    @Inject
    DataSource dataSource;

    /**
     * A form sent wrong: where and how, the body, and the three errors expected ("field rule"): the reading
     * rule's, the shape rule's and the service rule's.
     */
    record Attempt(String form, String method, Supplier<String> url, Supplier<String> ifMatch,
            Map<String, Object> body, List<String> errors) {

        @Override
        public String toString() {
            return form;
        }
    }

    @BeforeAll
    static void createAuthority() {
        own = ScratchAuthority.create(EveryErrorAtOnceTest.class);
        officer = own.officer();
        board = own.board();
    }

    static Stream<Attempt> forms() {
        return Stream.of(
                new Attempt("a new meeting", "POST", () -> "/api/v1/meetings", null,
                        meeting(Map.of("date", "2023-13-45", "title", "", "status", "cancelled")),
                        List.of("date type", "title required", "cancelledReason required")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everyErrorComesBackInOneAnswerAndNothingIsWritten(Attempt attempt) throws SQLException {
        String url = attempt.url().get();
        String ifMatch = attempt.ifMatch() == null ? null : attempt.ifMatch().get();
        Map<String, String> before = DatabaseFingerprint.of(dataSource);
        RequestSpecification request = Contract.badRequestAs(officer).contentType("application/json")
                .body(attempt.body());
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

    private static Map<String, Object> meeting(Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Map.of("board", board, "kind", "committee", "title",
                "Corporate Parenting Board", "date", "2090-01-09", "status", "scheduled"));
        body.putAll(changes);
        return body;
    }
}
