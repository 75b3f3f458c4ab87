package org.promise.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
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

    /** What changed from the released contract to the current one; isIncompatible() says whether it breaks a client. */
    public ChangedOpenApi compare(Path released, Path current) {
        return OpenApiCompare.fromLocations(released.toString(), current.toString(), null, options);
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

    /** The changes as openapi-diff writes them up, to show what broke. */
    public static String report(ChangedOpenApi changes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new MarkdownRender().render(changes, writer);
        return out.toString(StandardCharsets.UTF_8);
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
