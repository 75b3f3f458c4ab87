package org.promise.docs;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.promise.common.http.SecurityHeaders;

/**
 * The API reference for people: Swagger UI at /api/v1/docs, reading the contract exactly as the service holds it
 * (/api/v1/docs/openapi.yaml, the repository's openapi.yaml copied at build time). Plain routes rather than JAX-RS:
 * a page for browsers is not an operation of the contract. Swagger UI's own files come from SmallRye's copy of it;
 * the page and the script that starts it are ours, so that the page runs under a policy that allows no inline script.
 */
@Singleton
public class ApiReference {

    public static final String PATH = "/api/v1/docs";

    /** What the page may load: its own files, images Swagger UI inlines, and calls to the API and to Keycloak. */
    static final String POLICY_FORMAT = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self' %s; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /**
     * Swagger UI's page that hands a sign-in's answer back to the reference: its one script is inline, so the page
     * gets a policy of its own that allows exactly that script, by its hash.
     */
    static final String SIGNED_IN_PAGE = "oauth2-redirect.html";
    private static final String SIGNED_IN_POLICY_FORMAT = "default-src 'none'; script-src '%s'; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'none'";

    /** The public client people sign in with (the web client's), as the page's "Authorize" offers it. */
    static final String SIGN_IN_CLIENT = "promise-web";

    private record File(String resource, String type) {
    }

    private static final Map<String, File> FILES = Map.of(
            "", new File("api-reference/index.html", "text/html; charset=utf-8"),
            "start.js", new File("api-reference/start.js", "text/javascript; charset=utf-8"),
            "openapi.yaml", new File("META-INF/openapi.yaml", "application/yaml; charset=utf-8"),
            SIGNED_IN_PAGE, new File("META-INF/resources/openapi-ui/oauth2-redirect.html", "text/html; charset=utf-8"),
            "swagger-ui.css", new File("META-INF/resources/openapi-ui/swagger-ui.css", "text/css; charset=utf-8"),
            "swagger-ui-bundle.js",
            new File("META-INF/resources/openapi-ui/swagger-ui-bundle.js", "text/javascript; charset=utf-8"));

    private final String policy;
    /**
     * Where people sign in, for the page's "Authorize": the contract's OAuth 2 URLs name the demonstration realm
     * (OpenAPI 3.0 allows no variables in them), so the page moves them to the realm this service trusts.
     */
    private final Buffer signIn;
    private Map<String, Buffer> contents;
    private String signedInPolicy;

    /** Without Keycloak (tokens checked against a key, as the benchmark and the two-instance suite run), no origin. */
    public ApiReference(@ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> keycloak) {
        this.policy = POLICY_FORMAT.formatted(keycloak.map(ApiReference::originOf).orElse("")).replace(" ;", ";");
        this.signIn = Buffer.buffer(keycloak
                .map(realm -> new JsonObject().put("realm", realm.replaceAll("/+$", "")).put("clientId", SIGN_IN_CLIENT))
                .orElseGet(JsonObject::new).encode());
    }

    /** Read at start-up: a file missing from the build fails the start, not a reader's visit. */
    void load(@Observes StartupEvent started) {
        contents = FILES.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> read(entry.getValue().resource())));
        signedInPolicy = SIGNED_IN_POLICY_FORMAT
                .formatted(InlineScripts.hashOfTheOnly(contents.get(SIGNED_IN_PAGE).toString()));
    }

    void routes(@Observes Router router) {
        router.get(PATH).handler(context -> {
            // The page names its files relative to /api/v1/docs (so that a proxy may serve the API under a prefix):
            // from /api/v1/docs/ they would be looked for one folder too deep.
            if (context.request().path().endsWith("/")) {
                context.response().setStatusCode(301).putHeader("Location", "../docs").end();
            } else {
                send(context, "");
            }
        });
        router.get(PATH + "/sign-in.json")
                .handler(context -> answer(context, "application/json", SecurityHeaders.DEFAULT_POLICY, signIn));
        router.get(PATH + "/:file").handler(context -> send(context, context.pathParam("file")));
    }

    private void send(RoutingContext context, String name) {
        File file = FILES.get(name);
        if (file == null) {
            context.next();
            return;
        }
        answer(context, file.type(), name.equals(SIGNED_IN_PAGE) ? signedInPolicy : policy, contents.get(name));
    }

    private static void answer(RoutingContext context, String type, String policy, Buffer body) {
        // Quarkus marks the answers of plain routes "identity"; without the mark they are gzipped like the API's.
        context.response().headers().remove("Content-Encoding");
        context.response()
                .putHeader("Content-Type", type)
                .putHeader(SecurityHeaders.CONTENT_SECURITY_POLICY, policy)
                // The page follows the contract of the running service; Swagger UI's files change with the build.
                .putHeader("Cache-Control", "no-cache")
                .end(body);
    }

    private static Buffer read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    private static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
