package org.promise.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

/** The contract stage of `make test`: openapi.yaml keeps the promises of the latest released contract. */
class CompatibilityTest {

    private static final Path ROOT = Path.of(System.getProperty("promise.root", "../.."));
    private static final Path RELEASED = Compatibility.latestRelease(ROOT.resolve("contract"));
    private static final Compatibility RULES = new Compatibility(ROOT.resolve("contract/compatibility/openapi-diff.yaml"));
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path changed;

    @Test
    void shouldKeepEveryPromiseOfTheLatestReleasedContract() {
        ChangedOpenApi changes = RULES.compare(RELEASED, ROOT.resolve("openapi.yaml"));
        assertThat(Compatibility.breaksClients(changes))
                .as("openapi.yaml breaks clients of %s:%n%s", RELEASED.getFileName(), Compatibility.report(changes))
                .isFalse();
    }

    @Test
    void shouldTakeTheNewestReleaseByVersionNumber() throws IOException {
        for (String name : new String[] {"openapi-1.9.0.yaml", "openapi-1.10.0.yaml", "openapi-1.2.3.yaml", "notes.yaml"}) {
            Files.writeString(changed.resolve(name), "");
        }
        assertThat(Compatibility.latestRelease(changed)).isEqualTo(changed.resolve("openapi-1.10.0.yaml"));
    }

    @Test
    void shouldAcceptANewOptionalResponseFieldAndANewOperation() throws IOException {
        assertThat(Compatibility.breaksClients(released(contract -> {
            schema(contract, "Area").withObjectProperty("properties").putObject("population").put("type", "integer");
            ObjectNode paths = contract.withObjectProperty("paths");
            ObjectNode neighbours = paths.withObjectProperty("/api/v1/areas/{code}").withObjectProperty("get").deepCopy();
            paths.putObject("/api/v1/areas/{code}/neighbours").set("get", neighbours.put("operationId", "getNeighbours"));
        }))).isFalse();
    }

    @Test
    void shouldAcceptATighterLimitOnARequestString() throws IOException {
        assertThat(Compatibility.breaksClients(released(contract -> schema(contract, "IndicatorInput").withObjectProperty("properties")
                .withObjectProperty("name").put("maxLength", 100)))).isFalse();
    }

    @Test
    void shouldAcceptAPatternRefusingControlCharactersOnARequestString() throws IOException {
        assertThat(Compatibility.breaksClients(released(contract -> schema(contract, "IndicatorInput")
                .withObjectProperty("properties").withObjectProperty("name").put("pattern", "^[^\\x00-\\x1F]*$"))))
                .isFalse();
    }

    @Test
    void shouldAcceptANewValueOfAnEnumerationAClientReads() throws IOException {
        assertThat(Compatibility.breaksClients(released(contract -> schema(contract, "AreaKind").withArrayProperty("enum")
                .add("combined-authority")))).isFalse();
    }

    @Test
    void shouldRefuseAValueARequestCanNoLongerSend() throws IOException {
        assertThat(released(contract -> {
            ArrayNode kinds = schema(contract, "AreaKind").withArrayProperty("enum");
            kinds.remove(kinds.size() - 1);
        }).isIncompatible()).isTrue();
    }

    @Test
    void shouldRefuseARemovedOperation() throws IOException {
        assertThat(released(contract -> contract.withObjectProperty("paths").withObjectProperty("/api/v1/areas/{code}").remove("get"))
                .isIncompatible()).isTrue();
    }

    @Test
    void shouldRefuseARemovedRequiredResponseField() throws IOException {
        assertThat(released(contract -> {
            ObjectNode area = schema(contract, "Area");
            area.withObjectProperty("properties").remove("name");
            ArrayNode required = area.withArrayProperty("required");
            required.removeAll();
            required.add("code").add("kind");
        }).isIncompatible()).isTrue();
    }

    @Test
    void shouldRefuseARemovedOptionalResponseField() throws IOException {
        ChangedOpenApi changes = released(contract -> schema(contract, "Area").withObjectProperty("properties").remove("note"));
        assertThat(changes.isIncompatible()).as("openapi-diff alone lets it pass").isFalse();
        assertThat(Compatibility.removedResponseFields(changes)).contains("GET /api/v1/areas/{code} 200 note");
        assertThat(Compatibility.breaksClients(changes)).isTrue();
    }

    @Test
    void shouldRefuseANewRequiredRequestField() throws IOException {
        assertThat(released(contract -> {
            ObjectNode input = schema(contract, "IndicatorInput");
            input.withObjectProperty("properties").putObject("reviewedBy").put("type", "string");
            input.withArrayProperty("required").add("reviewedBy");
        }).isIncompatible()).isTrue();
    }

    @Test
    void shouldRefuseAResponseFieldOfAnotherType() throws IOException {
        assertThat(released(contract -> schema(contract, "Area").withObjectProperty("properties").withObjectProperty("name").put("type", "integer"))
                .isIncompatible()).isTrue();
    }

    @Test
    void shouldRefuseAResponseNoLongerAnswered() throws IOException {
        assertThat(released(contract -> contract.withObjectProperty("paths").withObjectProperty("/api/v1/areas/{code}").withObjectProperty("get")
                .withObjectProperty("responses").remove("404")).isIncompatible()).isTrue();
    }

    /** Compares the released contract with a copy of it changed by the given edit. */
    private ChangedOpenApi released(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode contract = (ObjectNode) YAML.readTree(RELEASED.toFile());
        edit.accept(contract);
        Path copy = changed.resolve("openapi.yaml");
        YAML.writeValue(copy.toFile(), contract);
        return RULES.compare(RELEASED, copy);
    }

    private static ObjectNode schema(ObjectNode contract, String name) {
        return contract.withObjectProperty("components").withObjectProperty("schemas").withObjectProperty(name);
    }
}
