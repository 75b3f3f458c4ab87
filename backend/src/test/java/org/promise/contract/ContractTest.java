package org.promise.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.promise.common.contract.Routes;
import org.promise.support.Contract;
import org.promise.support.ContractOperations;

/** openapi.yaml is the one source of truth: the service serves it unchanged and implements exactly its routes. */
@QuarkusTest
class ContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void shouldServeTheContractFileUnchanged() throws IOException {
        JsonNode file = YAML.readTree(Contract.FILE.toFile());
        String served = RestAssured.given().queryParam("format", "yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        assertThat(YAML.readTree(served)).isEqualTo(file);
    }

    @Test
    void shouldImplementExactlyTheRoutesOfTheContract() throws IOException {
        assertThat(implementedRoutes()).containsExactlyInAnyOrderElementsOf(contractRoutes());
    }

    private static Set<String> contractRoutes() {
        Set<String> routes = new TreeSet<>();
        ContractOperations.all().forEach(operation -> routes.add(operation.toString()));
        return routes;
    }

    /** Every resource method of the application, read from the compiled classes as JAX-RS sees them. */
    private static Set<String> implementedRoutes() throws IOException {
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        Set<String> routes = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, ContractTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (type.getAnnotation(Path.class) == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String verb = Routes.verbOf(method);
                    if (!verb.isEmpty()) {
                        routes.add(verb + " " + Routes.templateOf(type, method));
                    }
                }
            }
        }
        return routes;
    }
}
