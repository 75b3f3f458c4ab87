package org.promise.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.promise.disclosure.Suppression;
import org.promise.support.AccessMatrix;
import org.promise.support.AccessMatrix.Caller;
import org.promise.support.AccessMatrix.Cell;
import org.promise.support.AccessMatrix.Row;
import org.promise.support.AccessMatrix.View;
import org.promise.support.Contract;
import org.promise.support.ContractOperations;
import org.promise.support.ContractOperations.Operation;
import org.promise.support.ContractOperations.Parameter;

/**
 * contract/access-matrix.csv, every cell run against the API with a real signed token for its caller. Reads name
 * the fixture's items ({@link MatrixFixture}) and are asked for every media type the contract offers (JSON, CSV,
 * HTML); each answer is searched for what its caller must not see of either authority: exempt items, provisional
 * values, internal-only indicators (code, name, value, target), and small numbers or the parts that would give them
 * away. Writes go to the fixture's write authority. An operation without rows, or a row without an operation, fails the build.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> MEDIA_TYPES = Set.of("application/json", "text/csv", "text/html",
            "text/calendar");

    @Test
    void everyOperationOfTheContractHasRowsAndEveryRowAnOperation() {
        Set<String> operations = ContractOperations.all().stream().map(Operation::id)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> rows = AccessMatrix.rows().stream().map(Row::operation)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(operations).as("operations of openapi.yaml without rows in " + AccessMatrix.FILE)
                .isSubsetOf(rows);
        assertThat(rows).as("rows of " + AccessMatrix.FILE + " naming no operation of openapi.yaml")
                .isSubsetOf(operations);
    }

    @Test
    void theDocsShowTheMatrixAsItStands() throws IOException {
        String start = "<!-- access-matrix:start -->";
        String end = "<!-- access-matrix:end -->";
        String doc = Files.readString(Contract.FILE.resolveSibling("docs").resolve("access-matrix.md"));
        String shown = doc.substring(doc.indexOf(start) + start.length(), doc.indexOf(end)).strip();
        assertThat(shown).as("docs/access-matrix.md between its markers should read:%n%s", AccessMatrix.markdown())
                .isEqualTo(AccessMatrix.markdown());
    }

    @TestFactory
    Stream<DynamicNode> everyCellOfTheAccessMatrix() {
        MatrixFixture fixture = new MatrixFixture();
        Map<String, Operation> operations = ContractOperations.all().stream()
                .collect(Collectors.toMap(Operation::id, Function.identity()));
        return AccessMatrix.rows().stream().filter(row -> operations.containsKey(row.operation()))
                .map(row -> DynamicContainer.dynamicContainer(row.toString(), Stream.of(Caller.values())
                        .map(caller -> DynamicTest.dynamicTest(caller.column + ": " + cellText(row.cells().get(caller)),
                                () -> run(fixture, operations.get(row.operation()), row, caller)))));
    }

    private static String cellText(Cell cell) {
        return cell.view() == View.REFUSED ? String.valueOf(cell.status()) : cell.view().name().toLowerCase();
    }

    private void run(MatrixFixture fixture, Operation operation, Row row, Caller caller) throws IOException {
        Cell cell = row.cells().get(caller);
        if (operation.method().equals("get")) {
            read(fixture, operation, row, caller, cell);
        } else {
            write(fixture, operation, row.data(), caller, cell);
        }
    }

    // --- reads ------------------------------------------------------------------------------------------------

    private void read(MatrixFixture fixture, Operation operation, Row row, Caller caller, Cell cell)
            throws IOException {
        String url = operation.path();
        Map<String, String> query = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters()) {
            String value = fixture.readValue(operation, parameter, row.data());
            if (parameter.in().equals("path")) {
                url = url.replace("{" + parameter.name() + "}", value);
            } else if (parameter.required() || parameter.name().equals("from") || parameter.name().equals("to")) {
                query.put(parameter.name(), value);
            }
        }
        View other = row.cells().get(caller.mirror()).view();
        List<String> offered = operation.answers().stream().filter(MEDIA_TYPES::contains).toList();
        // A refusal is asked for once, as JSON, or as the first type offered by an operation without JSON (a render).
        List<String> mediaTypes = !cell.view().isProblem() ? offered
                : List.of(offered.isEmpty() || offered.contains("application/json") ? "application/json"
                        : offered.get(0));
        for (String mediaType : mediaTypes) {
            Response response = request(caller.token(fixture.authority.code(), fixture.other.code())).queryParams(query)
                    .accept(mediaType).get(url);
            String body = response.asString();
            String answer = operation.id() + " as " + caller.column + " (" + mediaType + ") answered "
                    + response.statusCode() + ": " + abbreviate(body);
            assertThat(response.statusCode()).as(answer).isEqualTo(cell.status());
            if (cell.view().isProblem()) {
                assertThat(response.contentType()).as(answer).startsWith("application/problem+json");
            }
            keycloakUnavailable(cell, response, answer);
            List<String> found = new ArrayList<>();
            forbidden(body, fixture.authority, cell.view(), found);
            forbidden(body, fixture.other, other, found);
            if (!cell.view().seesProvisional() && body.contains(fixture.agencyProvisional)) {
                found.add("the provisional value " + fixture.agencyProvisional + " of the authority's adoption agency");
            }
            // A refusal may name what was asked for ("There is no indicator FOST_WITHDRAWN"): that discloses nothing.
            if (cell.view() != View.REFUSED && !cell.view().seesInternal() && !other.seesInternal()) {
                for (String internal : List.of(MatrixFixture.INTERNAL, MatrixFixture.INTERNAL_NAME)) {
                    if (body.contains(internal)) {
                        found.add("the internal-only indicator " + internal);
                    }
                }
            }
            if (response.contentType().startsWith("text/calendar")) {
                // The feed is a plain address without a token: an exempt item's title is never in it, whoever asks.
                String unfolded = body.replace("\r\n ", "");
                Stream.of(fixture.authority, fixture.other).filter(a -> unfolded.contains(a.exemptItemTitle()))
                        .forEach(a -> found.add(a.name() + "'s exempt agenda item in the calendar"));
            }
            Viewer viewer = new Viewer(fixture, cell.view(), other, caller == Caller.ADMIN);
            if (response.contentType().startsWith("application/json")) {
                walk(JSON.readTree(body), new Context(query.get("area"), null, null), viewer, found);
            } else if (response.contentType().startsWith("text/csv")) {
                csv(body, viewer, found);
            }
            assertThat(found).as(answer).isEmpty();
        }
    }

    /** The text by which an authority's sensitive items would show, wherever they sit in the body. */
    private static void forbidden(String body, MatrixFixture.Authority authority, View view, List<String> found) {
        if (!view.seesExempt() && body.contains(authority.exemptTitle())) {
            found.add(authority.name() + "'s exempt report");
        }
        if (!view.seesExempt() && body.contains(authority.draftTitle())) {
            found.add(authority.name() + "'s draft report");
        }
        if (!view.seesExempt()) {
            authority.record().insiderOnly().stream().filter(body::contains)
                    .forEach(text -> found.add(authority.name() + "'s board record for insiders only: " + text));
        }
        if (!view.seesProvisional() && shows(body, authority.provisional())) {
            found.add(authority.name() + "'s provisional value " + authority.provisional());
        }
        if (!view.seesInternal()) {
            authority.internal().stream().filter(text -> shows(body, text))
                    .forEach(text -> found.add(authority.name() + "'s internal-only figure " + text));
        }
    }

    /**
     * Whether the body holds the text; a number only as a number of its own, not as digits inside a longer one (a
     * timestamp's fraction of a second, 22:48:12.843201Z, holds 43201 once in a while).
     */
    private static boolean shows(String body, String text) {
        if (!text.matches("[0-9.]+")) {
            return body.contains(text);
        }
        return Pattern.compile("(?<![0-9.])" + Pattern.quote(text) + "(?![0-9])").matcher(body).find();
    }

    /** Where a JSON node sits: the nearest area, indicator and period around it. */
    private record Context(String area, String indicator, String period) {

        Context within(JsonNode node) {
            // An authority is named by its code, or by an object with its code and name (a pack's content).
            String nodeArea = text(node, "area", text(node, "authority", text(node.path("authority"), "code", area)));
            return new Context(nodeArea, text(node, "indicator", indicator), text(node, "period", period));
        }

        private static String text(JsonNode node, String field, String otherwise) {
            return node.path(field).isTextual() ? node.get(field).asText() : otherwise;
        }
    }

    /**
     * How the caller of one cell sees each area: the authority, and the adoption agency it is a member of, as the
     * cell says, the other authority as the mirrored cell says, and every other area (comparators, other
     * authorities) as the public does, unless an administrator.
     */
    private record Viewer(MatrixFixture fixture, View own, View other, boolean admin) {

        View of(String area) {
            if (fixture.authority.code().equals(area) || fixture.agency.equals(area)) {
                return own;
            }
            if (fixture.other.code().equals(area)) {
                return other;
            }
            return admin || own == View.EXPORT ? own : View.PUBLIC;
        }

        Optional<MatrixFixture.Authority> authority(String area) {
            return Stream.of(fixture.authority, fixture.other).filter(a -> a.code().equals(area)).findFirst();
        }
    }

    /** One figure as an answer shows it, wherever it sits in JSON or CSV. */
    private record Figure(String area, String indicator, String period, String status, List<String> numbers) {
    }

    private static void walk(JsonNode node, Context around, Viewer viewer, List<String> found) {
        if (node.isArray()) {
            node.forEach(element -> walk(element, around, viewer, found));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        Context at = around.within(node);
        List<String> numbers = Stream.of("value", "numerator", "denominator").map(node::path)
                .filter(JsonNode::isNumber).map(JsonNode::asText).toList();
        check(new Figure(at.area(), at.indicator(), at.period(), node.path("status").asText(""), numbers), viewer,
                found);
        checkCounts(node, at, viewer, found);
        // A target is the board's published aim, not a count of children: it is not suppressed.
        node.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("target")) {
                walk(field.getValue(), at, viewer, found);
            }
        });
    }

    /** The tidy CSV layouts (values export, KPI feed): one figure a line. */
    private static void csv(String body, Viewer viewer, List<String> found) throws IOException {
        var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body));
        if (!records.getHeaderNames().containsAll(List.of("new_la_code", "indicator", "time_period"))) {
            return;
        }
        for (CSVRecord record : records) {
            String period = record.get("time_period").equals(MatrixFixture.TIDY_YEAR) ? MatrixFixture.YEAR
                    : record.get("time_period");
            List<String> numbers = Stream.of("value", "numerator", "denominator")
                    .filter(column -> record.isMapped(column) && record.get(column).matches("-?[0-9.]+"))
                    .map(record::get).toList();
            check(new Figure(areaOf(record), record.get("indicator"), period,
                    record.isMapped("status") ? record.get("status") : "", numbers), viewer, found);
        }
    }

    /**
     * The area a tidy row names: by its EES level's code column, a neighbour average its group's (decision 47);
     * files before EES's geography named every area in new_la_code.
     */
    private static String areaOf(CSVRecord record) {
        if (!record.isMapped("comparator_group")) {
            return record.get("new_la_code");
        }
        return switch (record.get("geographic_level")) {
            case "National" -> record.get("country_code");
            case "Regional" -> record.get("region_code");
            case "Institution" -> record.get("institution_id");
            default -> record.get("comparator_group").equals("Own figures") ? record.get("new_la_code")
                    : "SN-" + record.get("new_la_code");
        };
    }

    private static void check(Figure figure, Viewer viewer, List<String> found) {
        View view = viewer.of(figure.area());
        String where = " of " + figure.area() + " (" + figure.indicator() + ", " + figure.period() + ")";
        if (MatrixFixture.INTERNAL.equals(figure.indicator()) && !view.seesInternal()) {
            found.add("an internal-only figure" + where);
        }
        if (figure.status().equals("provisional") && !view.seesProvisional()) {
            found.add("a provisional figure" + where);
        }
        if (view.seesSmallNumbers() || figure.numbers().isEmpty() || figure.indicator() == null) {
            return;
        }
        if ("count".equals(viewer.fixture().units.get(figure.indicator()))
                && figure.numbers().stream().map(BigDecimal::new).anyMatch(Suppression::isSmall)) {
            found.add("a count from 1 to 5" + where);
        }
        boolean givesOneAway = viewer.authority(figure.area()).filter(authority -> MatrixFixture.YEAR.equals(
                figure.period()) && authority.withheld().contains(figure.indicator())).isPresent();
        if (givesOneAway) {
            found.add("a figure that gives a small number away" + where);
        }
    }

    /** A year's counts in the scorecard's period lists count only what the caller may see. */
    private static void checkCounts(JsonNode node, Context at, Viewer viewer, List<String> found) {
        if (!MatrixFixture.YEAR.equals(node.path("period").asText()) || !node.path("values").isInt()
                || viewer.authority(at.area()).isEmpty()) {
            return;
        }
        View view = viewer.of(at.area());
        int values = MatrixFixture.PUBLISHED_VALUES + (view.seesInternal() ? 1 : 0) + (view.seesProvisional() ? 1 : 0);
        int targets = MatrixFixture.PUBLISHED_TARGETS + (view.seesInternal() ? 1 : 0);
        if (node.path("values").asInt() != values || node.path("targets").asInt() != targets) {
            found.add(at.area() + "'s " + MatrixFixture.YEAR + " counted as " + node + ", not " + values
                    + " values and " + targets + " targets");
        }
    }

    // --- writes -----------------------------------------------------------------------------------------------

    private void write(MatrixFixture fixture, Operation operation, String data, Caller caller, Cell cell) {
        String url = operation.path();
        Map<String, String> query = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters()) {
            String value = fixture.writeValue(operation, parameter, data);
            if (parameter.in().equals("path")) {
                url = url.replace("{" + parameter.name() + "}", value);
            } else if (parameter.required()) {
                query.put(parameter.name(), value);
            } else if (parameter.name().equals("dryRun")) {
                // Imports are checked, never made: the access rule is the same for both.
                query.put("dryRun", "true");
            }
        }
        url = fixture.fresh(operation, url);
        RequestSpecification request = request(caller.token(fixture.writeAuthority, fixture.writeOther))
                .queryParams(query);
        String etag = operation.takesIfMatch() ? fixture.currentETag(url) : null;
        if (etag != null) {
            request.header("If-Match", etag);
        }
        if (!operation.bodies().isEmpty()) {
            ContractOperations.Body body = operation.bodies().get(0);
            request.contentType(body.mediaType()).body(fixture.writeBody(operation,
                    MatrixFixture.writeExample(operation, body)));
        }
        Response response = request.request(operation.method(), url);
        String answer = operation.id() + " as " + caller.column + " answered " + response.statusCode() + ": "
                + abbreviate(response.asString());
        if (cell.view() == View.ALLOW) {
            assertThat(response.statusCode()).as(answer).satisfiesAnyOf(
                    status -> assertThat(status).isBetween(200, 299), status -> assertThat(status).isEqualTo(409));
        } else {
            assertThat(response.statusCode()).as(answer).isEqualTo(cell.status());
        }
        keycloakUnavailable(cell, response, answer);
    }

    /** A call let through to Keycloak fails only there: the problem says Keycloak, not the caller, was the trouble. */
    private static void keycloakUnavailable(Cell cell, Response response, String answer) {
        if (cell.view() == View.KEYCLOAK) {
            assertThat(response.contentType()).as(answer).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("type")).as(answer).endsWith("keycloak-unavailable");
            assertThat(response.header("Retry-After")).as(answer).isNotBlank();
        }
    }

    // --- both -------------------------------------------------------------------------------------------------

    private static RequestSpecification request(String token) {
        return token == null ? Contract.anonymous() : Contract.as(token);
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "..." : body;
    }
}
