package org.promise.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Whether a contract keeps the promises of a released one, by OpenAPITools' openapi-diff and its rules, less the
 * ones openapi-diff.yaml (beside this module's pom.xml) turns off and says why.
 */
public final class Compatibility {

    private static final Pattern RELEASE = Pattern.compile("openapi-(\\d+)\\.(\\d+)\\.(\\d+)\\.yaml");

    private final OpenApiDiffOptions options;

    public Compatibility(Path rules) {
        this.options = OpenApiDiffOptions.builder().configYaml(rules.toFile()).build();
    }

    /** What changed from the released contract to the current one; {@link #breaksClients} says whether it breaks one. */
    public ChangedOpenApi compare(Path released, Path current) {
        return OpenApiCompare.fromLocations(released.toString(), current.toString(), null, options);
    }

    /**
     * Whether the change breaks a client: openapi-diff's incompatibilities, and any response field that is gone.
     * openapi-diff counts only a removed required one; a client may read an optional field as surely as a required
     * one, so removing either breaks it.
     */
    public static boolean breaksClients(ChangedOpenApi changes) {
        return changes.isIncompatible() || !removedResponseFields(changes).isEmpty();
    }

    /** "GET /api/v1/areas/{code} 200 note" for each response field of the released contract that is gone. */
    public static List<String> removedResponseFields(ChangedOpenApi changes) {
        List<String> removed = new ArrayList<>();
        for (ChangedOperation operation : changes.getChangedOperations()) {
            if (operation.getApiResponses() == null) {
                continue;
            }
            String at = operation.getHttpMethod() + " " + operation.getPathUrl() + " ";
            operation.getApiResponses().getChanged().forEach((status, response) -> {
                if (response.getContent() != null) {
                    response.getContent().getChanged().values()
                            .forEach(media -> collectRemoved(media.getSchema(), at + status + " ", removed));
                }
            });
        }
        return removed;
    }

    private static void collectRemoved(ChangedSchema schema, String at, List<String> removed) {
        if (schema == null) {
            return;
        }
        schema.getMissingProperties().keySet().forEach(name -> removed.add(at + name));
        schema.getChangedProperties().forEach((name, property) -> collectRemoved(property, at + name + ".", removed));
        collectRemoved(schema.getItems(), at + "[].", removed);
    }

    /** The newest contract/openapi-X.Y.Z.yaml, by version number. */
    public static Path latestRelease(Path contractDirectory) {
        try (Stream<Path> files = Files.list(contractDirectory)) {
            return files.filter(file -> RELEASE.matcher(file.getFileName().toString()).matches())
                    .max(Comparator.comparing(Compatibility::version))
                    .orElseThrow(() -> new IllegalStateException("no released contract in " + contractDirectory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The changes as openapi-diff writes them up, and the response fields that are gone, to show what broke. */
    public static String report(ChangedOpenApi changes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(changes, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8) + "\nResponse fields removed: " + removedResponseFields(changes);
    }

    private static String version(Path release) {
        Matcher version = RELEASE.matcher(release.getFileName().toString());
        if (!version.matches()) {
            throw new IllegalArgumentException(release + " is not a released contract");
        }
        return String.format("%06d.%06d.%06d", Integer.parseInt(version.group(1)), Integer.parseInt(version.group(2)),
                Integer.parseInt(version.group(3)));
    }
}
