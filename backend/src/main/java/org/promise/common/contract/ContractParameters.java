package org.promise.common.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The query and path parameters of every operation, read once from the contract the service serves
 * (META-INF/openapi.yaml, copied from the repository's openapi.yaml at build time). What the contract declares is
 * what the service accepts: no parameter it does not name, no value its schema does not allow.
 */
@Singleton
public class ContractParameters {

    private static final String CONTRACT = "META-INF/openapi.yaml";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** The parameters of one operation, by name. */
    record Operation(Map<String, ParameterRule> query, Map<String, ParameterRule> path) {
    }

    private final CompletableFuture<Map<String, Operation>> operations;

    /**
     * Starts reading the contract on a thread of its own: it is 380 KB of YAML, and reading it on the start's main
     * thread held readiness back by about 70 ms (docs/performance.md). The first request that needs it waits for it.
     */
    public ContractParameters() {
        this.operations = CompletableFuture.supplyAsync(() -> read(load()), task -> {
            Thread reader = new Thread(task, "contract-parameters");
            reader.setDaemon(true);
            reader.start();
        });
    }

    /** The operation for a verb and a path template as the contract writes it ("GET /api/v1/areas/{code}"). */
    Optional<Operation> operation(String method, String pathTemplate) {
        return Optional.ofNullable(operations.join().get(method.toUpperCase() + " " + pathTemplate));
    }

    private static JsonNode load() {
        try (InputStream in = ContractParameters.class.getClassLoader().getResourceAsStream(CONTRACT)) {
            if (in == null) {
                throw new IllegalStateException(CONTRACT + " is missing from the build");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + CONTRACT, e);
        }
    }

    private static Map<String, Operation> read(JsonNode document) {
        ContractSchemas schemas = new ContractSchemas(document);
        Map<String, Operation> byRoute = new HashMap<>();
        document.path("paths").fields().forEachRemaining(path -> {
            JsonNode shared = path.getValue().path("parameters");
            path.getValue().fields().forEachRemaining(operation -> {
                if (!METHODS.contains(operation.getKey())) {
                    return;
                }
                Map<String, ParameterRule> query = new LinkedHashMap<>();
                Map<String, ParameterRule> inPath = new LinkedHashMap<>();
                for (JsonNode list : new JsonNode[] {shared, operation.getValue().path("parameters")}) {
                    for (JsonNode declared : list) {
                        JsonNode parameter = schemas.resolve(declared);
                        switch (parameter.path("in").asText()) {
                            case "query" -> query.put(parameter.path("name").asText(), ParameterRule.of(parameter, schemas));
                            case "path" -> inPath.put(parameter.path("name").asText(), ParameterRule.of(parameter, schemas));
                            default -> { }
                        }
                    }
                }
                byRoute.put(operation.getKey().toUpperCase() + " " + path.getKey(),
                        new Operation(Map.copyOf(query), Map.copyOf(inPath)));
            });
        });
        return Map.copyOf(byRoute);
    }
}
