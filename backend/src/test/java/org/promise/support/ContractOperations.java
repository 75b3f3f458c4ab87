package org.promise.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.promise.common.contract.ContractSchemas;

/**
 * The operations of openapi.yaml, each with a request that fits it: path parameters from their examples, the
 * body from the contract's example (or, without one, built from the schema). Tests that must cover every
 * operation read them from here, so that a new operation is covered without a test of its own.
 */
public final class ContractOperations {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final JsonNode DOCUMENT = read();
    private static final ContractSchemas SCHEMAS = new ContractSchemas(DOCUMENT);

    /** A parameter of one operation with its resolved schema (of the items, for a repeatable one). */
    public record Parameter(String name, String in, boolean required, boolean repeatable, JsonNode schema,
            String example) {
    }

    /** One request body media type with its schema and an instance that fits it. */
    public record Body(String mediaType, JsonNode schema, String example) {
    }

    /** One operation; {@code answers} are the media types of its successful answer (none for 204). */
    public record Operation(String id, String method, String path, List<Parameter> parameters, List<Body> bodies,
            boolean takesIfMatch, List<String> answers) {

        /** The path with each path parameter replaced by its example, or by the value given for one of them. */
        public String url(String parameter, String value) {
            String url = path;
            for (Parameter p : parameters) {
                if (p.in().equals("path")) {
                    url = url.replace("{" + p.name() + "}", p.name().equals(parameter) ? value : p.example());
                }
            }
            return url;
        }

        public String url() {
            return url(null, null);
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private static final Pattern CSV_BLOCK = Pattern.compile("```csv\n(.*?)```", Pattern.DOTALL);

    private ContractOperations() {
    }

    public static List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        DOCUMENT.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            JsonNode operation = entry.getValue();
            List<Parameter> parameters = new ArrayList<>();
            boolean ifMatch = false;
            for (JsonNode list : new JsonNode[] {path.getValue().path("parameters"), operation.path("parameters")}) {
                for (JsonNode declared : list) {
                    JsonNode parameter = resolve(declared);
                    String in = parameter.path("in").asText();
                    if (in.equals("header") && parameter.path("name").asText().equalsIgnoreCase("If-Match")) {
                        ifMatch = true;
                    }
                    if (in.equals("path") || in.equals("query")) {
                        parameters.add(parameter(parameter));
                    }
                }
            }
            List<Body> bodies = new ArrayList<>();
            operation.path("requestBody").path("content").fields().forEachRemaining(content -> {
                JsonNode schema = resolve(content.getValue().path("schema"));
                JsonNode example = content.getValue().has("example") ? content.getValue().get("example") : null;
                String text = example != null && example.isTextual() ? example.asText()
                        : example == null && content.getKey().equals("text/csv") ? csvExampleOf(operation)
                        : json(example != null ? example : instanceOf(schema, 0));
                bodies.add(new Body(content.getKey(), schema, text));
            });
            List<String> answers = new ArrayList<>();
            operation.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    resolve(response.getValue()).path("content").fieldNames().forEachRemaining(answers::add);
                }
            });
            operations.add(new Operation(operation.path("operationId").asText(), entry.getKey(), path.getKey(),
                    parameters, bodies, ifMatch, answers.stream().distinct().toList()));
        }));
        return operations;
    }

    /**
     * A CSV body's example, which the contract keeps in the operation's description (a ```csv block), not in the
     * body's `example`: generators paste that into code, where its line breaks break it (decision 46).
     */
    private static String csvExampleOf(JsonNode operation) {
        Matcher block = CSV_BLOCK.matcher(operation.path("description").asText());
        if (!block.find()) {
            throw new IllegalStateException(operation.path("operationId").asText()
                    + " takes CSV, and its description has no ```csv example");
        }
        return block.group(1);
    }

    /** Follows "$ref"s inside the contract. */
    public static JsonNode resolve(JsonNode node) {
        return SCHEMAS.resolve(node);
    }

    /** A value that fits the schema: its example, its first allowed value, or one built from its type. */
    public static JsonNode instanceOf(JsonNode declared, int depth) {
        JsonNode schema = resolve(declared);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if (schema.has("oneOf")) {
            return instanceOf(schema.get("oneOf").get(0), depth);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                ObjectNode object = nodes.objectNode();
                if (depth < 6) {
                    schema.path("properties").fields().forEachRemaining(property ->
                            object.set(property.getKey(), instanceOf(property.getValue(), depth + 1)));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = nodes.arrayNode();
                array.add(instanceOf(schema.path("items"), depth + 1));
                return array;
            }
            case "integer", "number" -> {
                return schema.has("minimum") ? nodes.numberNode(schema.get("minimum").decimalValue().max(
                        java.math.BigDecimal.ONE)) : nodes.numberNode(1);
            }
            case "boolean" -> {
                return nodes.booleanNode(false);
            }
            default -> {
                if ("date".equals(schema.path("format").asText())) {
                    return nodes.textNode("2023-03-31");
                }
                return nodes.textNode("x".repeat(Math.max(1, schema.path("minLength").asInt(1))));
            }
        }
    }

    /** Each property of an object schema (or of an array's items), by the path a problem would name it. */
    public static Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> found = new java.util.LinkedHashMap<>();
        JsonNode resolved = resolve(schema);
        String prefix = "";
        if ("array".equals(resolved.path("type").asText())) {
            resolved = resolve(resolved.path("items"));
            prefix = "[0].";
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = resolved.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            found.put(prefix + property.getKey(), resolve(property.getValue()));
        }
        return found;
    }

    public static List<String> required(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        String prefix = "";
        if ("array".equals(resolved.path("type").asText())) {
            resolved = resolve(resolved.path("items"));
            prefix = "[0].";
        }
        List<String> names = new ArrayList<>();
        for (JsonNode name : resolved.path("required")) {
            names.add(prefix + name.asText());
        }
        return names;
    }

    public static String json(JsonNode node) {
        try {
            return new ObjectMapper().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Parameter parameter(JsonNode parameter) {
        JsonNode schema = resolve(parameter.path("schema"));
        boolean repeatable = "array".equals(schema.path("type").asText());
        JsonNode item = repeatable ? resolve(schema.path("items")) : schema;
        JsonNode example = parameter.has("example") ? parameter.get("example") : item.path("example");
        String text = example.isArray() ? example.path(0).asText() : example.isMissingNode() ? null : example.asText();
        if (text == null) {
            text = instanceOf(item, 0).asText();
        }
        return new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                parameter.path("required").asBoolean(false), repeatable, item, text);
    }

    private static JsonNode read() {
        try {
            return YAML.readTree(Contract.FILE.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
