package org.promise.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The contract at /q/openapi: the repository's openapi.yaml (copied into the build as META-INF/openapi.yaml) byte for
 * byte, or the same document as JSON for a caller that asks for it (?format=json, or Accept: application/json). A
 * plain route serves the file as it is; SmallRye OpenAPI, which served it before, parsed the 380 KB file into a
 * model and wrote it out again in both formats at every start, a sixth of the start's time (docs/performance.md).
 * The file is read at start-up, so that a build without it fails the start; the JSON is made on first request.
 */
@Singleton
public class ContractDocument {

    public static final String PATH = "/q/openapi";
    private static final String RESOURCE = "META-INF/openapi.yaml";
    private static final String YAML_TYPE = "application/yaml;charset=UTF-8";
    private static final String JSON_TYPE = "application/json;charset=UTF-8";

    private Buffer yaml;
    private Buffer json;

    void load(@Observes StartupEvent started) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            yaml = Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    void routes(@Observes Router router) {
        // Blocking: the first request for JSON converts the document, a few tens of milliseconds.
        router.get(PATH).blockingHandler(context -> {
            boolean asJson = wantsJson(context);
            // Quarkus marks the answers of plain routes "identity"; without the mark they are gzipped like the API's.
            context.response().headers().remove("Content-Encoding");
            context.response().putHeader("Content-Type", asJson ? JSON_TYPE : YAML_TYPE).end(asJson ? json() : yaml);
        });
    }

    private static boolean wantsJson(RoutingContext context) {
        String format = context.queryParams().get("format");
        if (format != null) {
            return format.equalsIgnoreCase("json");
        }
        String accept = context.request().getHeader("Accept");
        return accept != null && accept.contains("application/json");
    }

    private synchronized Buffer json() {
        if (json == null) {
            try {
                ObjectMapper fromYaml = new ObjectMapper(new YAMLFactory());
                json = Buffer.buffer(new ObjectMapper().writeValueAsBytes(fromYaml.readTree(yaml.getBytes())));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not convert " + RESOURCE + " to JSON", e);
            }
        }
        return json;
    }
}
