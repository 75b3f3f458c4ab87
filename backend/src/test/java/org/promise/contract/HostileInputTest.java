package org.promise.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.promise.support.Contract;
import org.promise.support.ContractOperations;
import org.promise.support.ContractOperations.Body;
import org.promise.support.ContractOperations.Operation;
import org.promise.support.ContractOperations.Parameter;
import org.promise.support.DatabaseFingerprint;
import org.promise.support.PlainWords;
import org.promise.support.Tokens;

/**
 * Every operation of openapi.yaml, sent malformed on purpose by a caller allowed to use it: for each request
 * body, mutations derived from its schema (wrong type, missing required, unknown property, too long, out of
 * range, bad dates, a control character its pattern refuses, duplicate key, NUL, invalid UTF-8, deep nesting,
 * trailing content); for each path and query parameter, a wrong type, an empty value and a NUL. Each must be
 * answered with a 4xx problem that names the field and the rule in plain words (no Java, Jackson or SQL jargon, no
 * API path: {@link PlainWords}), and the database must be exactly as it was. An operation added to the contract is
 * covered here
 * without a test of its own.
 */
@QuarkusTest
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NUL = "a\u0000b";
    /** A control character other than NUL, tab and line breaks: one every text pattern of the contract refuses. */
    private static final String CONTROL_CHARACTER = "a\u0001b";
    /** Stands for the bytes of invalid UTF-8 until the body is encoded. */
    private static final String INVALID_UTF8_MARK = "\uE000";
    /** Stands for the JSON escape of half a surrogate pair, which no Java string can carry to the wire as it is. */
    private static final String LONE_SURROGATE_MARK = "\uE001";

    /** What an answer must be: a 400 naming this field (or a field inside it), any 400 problem, or any 4xx. */
    private record Expect(int status, String field) {

        static Expect naming(String field) {
            return new Expect(400, field);
        }

        static Expect badRequest() {
            return new Expect(400, null);
        }

        static Expect clientError() {
            return new Expect(0, null);
        }
    }

    /** One malformed request: its name, the URL and query, and the body as it goes on the wire. */
    private record Attempt(String name, String url, Map<String, List<String>> query, String mediaType, byte[] body,
            Expect expect) {

        /** The same attempt carrying the operation's example body, so that only the parameter is wrong. */
        Attempt withBody(List<Body> bodies) {
            return bodies.isEmpty() ? this : new Attempt(name, url, query, bodies.get(0).mediaType(),
                    encode(bodies.get(0).example()), expect);
        }
    }

    @Inject
    DataSource dataSource;

    @TestFactory
    Stream<DynamicNode> everyOperationRefusesMalformedInputAndWritesNothing() {
        return ContractOperations.all().stream().map(operation -> DynamicContainer.dynamicContainer(
                operation.toString(), attempts(operation).stream().map(attempt -> DynamicTest.dynamicTest(
                        attempt.name(), () -> send(operation, attempt)))));
    }

    private void send(Operation operation, Attempt attempt) throws SQLException {
        Map<String, String> before = DatabaseFingerprint.of(dataSource);
        // A token per request: one lives five minutes, and the whole contract takes longer on a busy machine.
        RequestSpecification request = Contract.badRequestAs(Tokens.admin()).urlEncodingEnabled(true);
        attempt.query().forEach((name, values) -> request.queryParam(name, values.toArray()));
        if (operation.takesIfMatch()) {
            request.header("If-Match", currentETag(operation));
        }
        if (attempt.body() != null) {
            request.contentType(attempt.mediaType()).body(attempt.body());
        }
        Response response = request.request(operation.method(), attempt.url());
        String answer = operation + " " + attempt.name() + " answered " + response.statusCode() + ": "
                + response.asString();
        assertThat(response.statusCode()).as(answer).isBetween(400, 499).isNotIn(401, 403);
        assertThat(response.contentType()).as(answer).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).as(answer).isEqualTo(response.statusCode());
        assertThat(PlainWords.jargonIn(response.jsonPath().getString("detail"))).as(answer).isEmpty();
        List<String> messages = response.jsonPath().getList("errors.message", String.class);
        assertThat(messages == null ? List.<String>of() : messages).as(answer)
                .allSatisfy(message -> assertThat(PlainWords.jargonIn(message)).as(answer).isEmpty());
        if (attempt.expect().status() != 0) {
            assertThat(response.statusCode()).as(answer).isEqualTo(attempt.expect().status());
            List<Map<String, Object>> errors = response.jsonPath().getList("errors");
            assertThat(errors).as(answer).isNotEmpty()
                    .allSatisfy(error -> assertThat(error).as(answer).containsKeys("field", "rule", "message"));
            if (attempt.expect().field() != null) {
                assertThat(errors).as(answer).anySatisfy(error -> assertThat(names(error, attempt.expect().field()))
                        .isTrue());
            }
        }
        assertThat(DatabaseFingerprint.of(dataSource)).as(answer + "; the database changed").isEqualTo(before);
    }

    /**
     * Whether an error names the field: as its path (or a path inside it), or, in an import's rows, as the column
     * of the first row ("[0].value" is column "value" of row 2, the header being row 1).
     */
    private static boolean names(Map<String, Object> error, String field) {
        String named = String.valueOf(error.get("field"));
        if (named.startsWith(field)) {
            return true;
        }
        return field.startsWith("[0].") && named.equals(field.substring(4)) && Integer.valueOf(2).equals(error.get("row"));
    }

    private List<Attempt> attempts(Operation operation) {
        List<Attempt> attempts = new ArrayList<>();
        Map<String, List<String>> query = requiredQuery(operation);
        attempts.add(new Attempt("unknown query parameter", operation.url(), with(query, "surplus", "1"), null, null,
                Expect.naming("surplus")).withBody(operation.bodies()));
        for (Parameter parameter : operation.parameters()) {
            parameterAttempts(operation, parameter, query).forEach(attempt ->
                    attempts.add(attempt.withBody(operation.bodies())));
        }
        for (Body body : operation.bodies()) {
            if (body.mediaType().equals("application/json")) {
                attempts.addAll(jsonAttempts(operation.url(), query, body));
            } else if (body.mediaType().equals("text/csv")) {
                attempts.addAll(csvAttempts(operation.url(), query, body));
            }
        }
        return attempts;
    }

    // --- parameters -----------------------------------------------------------------------------------------

    private static List<Attempt> parameterAttempts(Operation operation, Parameter parameter,
            Map<String, List<String>> query) {
        List<Attempt> attempts = new ArrayList<>();
        String name = parameter.name();
        List<String> wrong = wrongValues(parameter.schema());
        if (parameter.in().equals("path")) {
            for (String value : wrong) {
                attempts.add(new Attempt("path " + name + " = '" + value + "'", operation.url(name, value), query, null,
                        null, Expect.naming(name)));
            }
            attempts.add(new Attempt("path " + name + " with NUL", operation.url(name, NUL), query, null, null,
                    Expect.naming(name)));
            // Empty at the end of the path, it names the collection: another operation, not a malformed one.
            if (!operation.path().endsWith("{" + name + "}")) {
                attempts.add(new Attempt("path " + name + " empty", operation.url(name, ""), query, null, null,
                        Expect.clientError()));
            }
            return attempts;
        }
        for (String value : wrong) {
            attempts.add(new Attempt("query " + name + " = '" + value + "'", operation.url(),
                    with(query, name, value), null, null, Expect.naming(name)));
        }
        attempts.add(new Attempt("query " + name + " empty", operation.url(), with(query, name, ""), null, null,
                Expect.naming(name)));
        attempts.add(new Attempt("query " + name + " with NUL", operation.url(), with(query, name, NUL), null, null,
                Expect.naming(name)));
        if (!parameter.repeatable()) {
            Map<String, List<String>> twice = new LinkedHashMap<>(query);
            twice.put(name, List.of(parameter.example(), parameter.example()));
            attempts.add(new Attempt("query " + name + " twice", operation.url(), twice, null, null,
                    Expect.naming(name)));
        }
        return attempts;
    }

    /** Values of the wrong type or shape for a parameter's schema; none for free text, which takes anything. */
    private static List<String> wrongValues(JsonNode schema) {
        String type = schema.path("type").asText("string");
        List<String> values = new ArrayList<>();
        switch (type) {
            case "integer" -> values.addAll(List.of("abc", "1.5", "99999999999999999999999"));
            case "number" -> values.add("abc");
            case "boolean" -> values.addAll(List.of("1", "yes", "on", "TRUE"));
            default -> {
                if (schema.has("enum") || schema.has("pattern")) {
                    values.add("not-a-" + schema.path("enum").path(0).asText("code").toLowerCase() + "!");
                }
                if (schema.has("maxLength")) {
                    values.add("9".repeat(schema.get("maxLength").asInt() + 1));
                }
            }
        }
        if (schema.has("maximum")) {
            values.add(schema.get("maximum").decimalValue().add(BigDecimal.ONE).toPlainString());
        }
        if (schema.has("minimum")) {
            values.add(schema.get("minimum").decimalValue().subtract(BigDecimal.ONE).toPlainString());
        }
        return values;
    }

    private static Map<String, List<String>> requiredQuery(Operation operation) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        operation.parameters().stream().filter(p -> p.in().equals("query") && p.required())
                .forEach(p -> query.put(p.name(), List.of(p.example())));
        return query;
    }

    private static Map<String, List<String>> with(Map<String, List<String>> query, String name, String value) {
        Map<String, List<String>> changed = new LinkedHashMap<>(query);
        changed.put(name, List.of(value));
        return changed;
    }

    // --- JSON bodies ------------------------------------------------------------------------------------------

    private static List<Attempt> jsonAttempts(String url, Map<String, List<String>> query, Body body) {
        List<Attempt> attempts = new ArrayList<>();
        JsonNode example = parse(body.example());
        UnaryOperator<JsonNode> first = node -> node.isArray() ? node.get(0) : node;
        for (Map.Entry<String, JsonNode> property : ContractOperations.properties(body.schema()).entrySet()) {
            String path = property.getKey();
            JsonNode schema = property.getValue();
            for (Map.Entry<String, JsonNode> wrong : wrongJson(schema).entrySet()) {
                attempts.add(json(url, query, path + " " + wrong.getKey(), set(example, path, wrong.getValue()),
                        Expect.naming(path)));
            }
        }
        for (String path : ContractOperations.required(body.schema())) {
            attempts.add(json(url, query, path + " missing", remove(example, path), Expect.naming(path)));
        }
        String inItem = example.isArray() ? "[0]." : "";
        attempts.add(json(url, query, "unknown property", set(example, inItem + "surplus", NODES.numberNode(1)),
                Expect.naming(inItem + "surplus")));
        JsonNode object = first.apply(example);
        if (object != null && object.isObject() && object.size() > 0) {
            String key = object.fieldNames().next();
            String duplicated = "{" + ContractOperations.json(NODES.textNode(key)) + ":" + ContractOperations.json(object.get(key)) + ","
                    + ContractOperations.json(object).substring(1);
            String whole = example.isArray() ? "[" + duplicated + "]" : duplicated;
            attempts.add(raw(url, query, "duplicate key " + key, whole, Expect.naming(inItem + key)));
            attempts.add(raw(url, query, "deeply nested", ContractOperations.json(example).replaceFirst(
                    ":", ":" + "[".repeat(5000) + "]".repeat(5000) + ",\"nested\":"), Expect.badRequest()));
        }
        String firstText = firstTextProperty(body.schema());
        if (firstText != null) {
            JsonNode marked = set(example, firstText, NODES.textNode("a" + INVALID_UTF8_MARK + "b"));
            attempts.add(raw(url, query, firstText + " as invalid UTF-8", ContractOperations.json(marked),
                    Expect.badRequest()));
        }
        attempts.add(raw(url, query, "trailing content", ContractOperations.json(example) + " {}", Expect.badRequest()));
        attempts.add(raw(url, query, "not JSON", "{\"", Expect.badRequest()));
        attempts.add(raw(url, query, "null", "null", Expect.naming("body")));
        attempts.add(raw(url, query, "empty", "", Expect.naming("body")));
        if (example.isArray()) {
            attempts.add(raw(url, query, "[null]", "[null]", Expect.badRequest()));
            attempts.add(raw(url, query, "an object for the list", "{}", Expect.badRequest()));
        } else {
            attempts.add(raw(url, query, "a list for the object", "[]", Expect.badRequest()));
        }
        return attempts;
    }

    /** Values that break a property's schema, by what they break. */
    private static Map<String, JsonNode> wrongJson(JsonNode declared) {
        JsonNode schema = ContractOperations.resolve(declared);
        Map<String, JsonNode> wrong = new LinkedHashMap<>();
        if (schema.has("oneOf")) {
            wrong.put("of another type", NODES.objectNode());
            schema.get("oneOf").forEach(branch -> wrongJson(branch).forEach((what, value) -> {
                if (!what.equals("of another type") && !what.startsWith("as text")) {
                    wrong.put(what, value);
                }
            }));
            return wrong;
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "string" -> {
                wrong.put("of another type", NODES.numberNode(12345));
                wrong.put("with NUL", NODES.textNode(NUL));
                wrong.put("with half a surrogate pair", NODES.textNode("a" + LONE_SURROGATE_MARK + "b"));
                if (schema.has("maxLength")) {
                    wrong.put("too long", NODES.textNode("x".repeat(schema.get("maxLength").asInt() + 1)));
                }
                if (schema.has("pattern") && !java.util.regex.Pattern.compile(schema.get("pattern").asText())
                        .matcher(CONTROL_CHARACTER).find()) {
                    wrong.put("with a control character its pattern refuses", NODES.textNode(CONTROL_CHARACTER));
                }
                if ("date".equals(schema.path("format").asText())) {
                    wrong.put("date as a number", NODES.numberNode(20230331));
                    wrong.put("date with a negative year", NODES.textNode("-2023-03-31"));
                    wrong.put("date in year 9999999", NODES.textNode("+9999999-12-31"));
                    wrong.put("date that is not in the calendar", NODES.textNode("2023-02-30"));
                    wrong.put("date before 1990", NODES.textNode("1900-01-01"));
                    wrong.put("date without padding", NODES.textNode("2023-3-31"));
                }
            }
            case "integer", "number" -> {
                wrong.put("as text", NODES.textNode("12"));
                wrong.put("as a boolean", NODES.booleanNode(true));
                BigDecimal maximum = schema.has("maximum") ? schema.get("maximum").decimalValue()
                        : new BigDecimal("9223372036854775807");
                wrong.put("above its maximum", NODES.numberNode(maximum.add(BigDecimal.ONE)));
                if (schema.has("minimum")) {
                    BigDecimal minimum = schema.get("minimum").decimalValue();
                    wrong.put("below its minimum", NODES.numberNode(schema.path("exclusiveMinimum").asBoolean()
                            ? minimum : minimum.subtract(BigDecimal.ONE)));
                }
                if (type.equals("integer")) {
                    wrong.put("with a fraction", NODES.numberNode(new BigDecimal("1.5")));
                }
            }
            case "boolean" -> {
                wrong.put("as text", NODES.textNode("true"));
                wrong.put("as a number", NODES.numberNode(1));
            }
            case "array" -> {
                wrong.put("of another type", NODES.objectNode());
                wrongJson(schema.path("items")).forEach((what, value) -> {
                    ArrayNode list = NODES.arrayNode();
                    list.add(value);
                    wrong.put("item " + what, list);
                });
            }
            default -> wrong.put("of another type", NODES.arrayNode());
        }
        return wrong;
    }

    private static String firstTextProperty(JsonNode schema) {
        return ContractOperations.properties(schema).entrySet().stream()
                .filter(p -> "string".equals(p.getValue().path("type").asText()) && !p.getValue().has("enum")
                        && !p.getValue().has("format"))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static Attempt json(String url, Map<String, List<String>> query, String name, JsonNode body, Expect expect) {
        return raw(url, query, name, ContractOperations.json(body), expect);
    }

    private static Attempt raw(String url, Map<String, List<String>> query, String name, String body, Expect expect) {
        return new Attempt("body: " + name, url, query, "application/json", encode(body), expect);
    }

    private static JsonNode set(JsonNode root, String path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        ObjectNode parent = (ObjectNode) (path.startsWith("[0].") ? copy.get(0) : copy);
        parent.set(path.startsWith("[0].") ? path.substring(4) : path, value);
        return copy;
    }

    private static JsonNode remove(JsonNode root, String path) {
        JsonNode copy = root.deepCopy();
        ObjectNode parent = (ObjectNode) (path.startsWith("[0].") ? copy.get(0) : copy);
        parent.remove(path.startsWith("[0].") ? path.substring(4) : path);
        return copy;
    }

    // --- CSV bodies -------------------------------------------------------------------------------------------

    private static List<Attempt> csvAttempts(String url, Map<String, List<String>> query, Body body) {
        List<Attempt> attempts = new ArrayList<>();
        List<String> lines = body.example().lines().toList();
        String header = lines.get(0);
        List<String> columns = List.of(header.split(",", -1));
        List<String> cells = List.of(lines.get(1).split(",", -1));
        attempts.add(csv(url, query, "header with a trailing comma", header + ",\n" + lines.get(1) + ",\n",
                Expect.naming("header")));
        attempts.add(csv(url, query, "header with an empty column name", header.replaceFirst(",", ",,") + "\n"
                + lines.get(1).replaceFirst(",", ",,") + "\n", Expect.naming("header")));
        attempts.add(csv(url, query, "header naming a column twice", header + "," + columns.get(0) + "\n"
                + lines.get(1) + "," + cells.get(0) + "\n", Expect.naming("header")));
        attempts.add(csv(url, query, "empty", "", Expect.badRequest()));
        attempts.add(csv(url, query, "header only", header + "\n", Expect.badRequest()));
        attempts.add(csv(url, query, "unclosed quote", header + "\n\"" + lines.get(1) + "\n", Expect.badRequest()));
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            attempts.add(csv(url, query, column + " with NUL", header + "\n" + replaceCell(cells, i, NUL) + "\n",
                    Expect.naming(column)));
            attempts.add(csv(url, query, column + " as invalid UTF-8", header + "\n"
                    + replaceCell(cells, i, "a" + INVALID_UTF8_MARK + "b") + "\n", Expect.badRequest()));
            if (cells.get(i).matches("-?[0-9]+(\\.[0-9]+)?") && !column.startsWith("time")) {
                attempts.add(csv(url, query, column + " beyond what the column holds", header + "\n"
                        + replaceCell(cells, i, "1e15") + "\n", Expect.naming(column)));
                attempts.add(csv(url, query, column + " with five decimals", header + "\n"
                        + replaceCell(cells, i, "1.23456") + "\n", Expect.naming(column)));
            }
            if (column.equals("time_period")) {
                attempts.add(csv(url, query, "time_period before 1990", header + "\n"
                        + replaceCell(cells, i, "190001") + "\n", Expect.naming(column)));
            }
        }
        return attempts;
    }

    private static String replaceCell(List<String> cells, int index, String value) {
        List<String> changed = new ArrayList<>(cells);
        changed.set(index, value);
        return String.join(",", changed);
    }

    private static Attempt csv(String url, Map<String, List<String>> query, String name, String body, Expect expect) {
        return new Attempt("csv: " + name, url, query, "text/csv", encode(body), expect);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** UTF-8, except that each mark becomes a byte sequence no UTF-8 decoder accepts. */
    private static byte[] encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] parts = text.replace(LONE_SURROGATE_MARK, "\\ud800").split(INVALID_UTF8_MARK, -1);
        for (int i = 0; i < parts.length; i++) {
            out.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
            if (i < parts.length - 1) {
                out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
            }
        }
        return out.toByteArray();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The contract's example is not JSON: " + json, e);
        }
    }

    /** The version of what the operation changes: its own URL's, or its parent's (an item, for its updates). */
    private String currentETag(Operation operation) {
        for (String url = operation.url(); url.lastIndexOf('/') > 0; url = url.substring(0, url.lastIndexOf('/'))) {
            Response current = Contract.badRequestAs(Tokens.admin()).get(url);
            if (current.statusCode() == 200 && current.header("ETag") != null) {
                return current.header("ETag");
            }
        }
        return "\"0\"";
    }
}
