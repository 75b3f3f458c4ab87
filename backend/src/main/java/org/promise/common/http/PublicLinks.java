package org.promise.common.http;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The addresses the API writes into Location and Link headers. They start from the configured public base URL
 * (promise.public-base-url), or else from what a trusted proxy forwards; never from the Host header, which any
 * caller can forge to point a client's next request at another server. With neither, they are relative to the
 * server's root ("/api/v1/..."), which clients resolve against the address they called.
 */
@Singleton
public class PublicLinks {

    private final Optional<String> baseUrl;
    private final TrustedProxies proxies;
    private final HttpServerRequest request;

    public PublicLinks(@ConfigProperty(name = "promise.public-base-url") Optional<URI> baseUrl, TrustedProxies proxies,
            HttpServerRequest request) {
        this.baseUrl = baseUrl.map(URI::toString).map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        this.proxies = proxies;
        this.request = request;
    }

    /** The public address of a path of this API (starting with "/", with its query if any). */
    public URI to(String pathAndQuery) {
        return URI.create(origin().orElse("") + pathAndQuery);
    }

    /**
     * The absolute public address of a path on Promise's public origin, which serves the web client and, under
     * /api, this API; empty when the origin is not known (neither configured nor forwarded by a trusted proxy).
     */
    public Optional<URI> absolute(String pathAndQuery) {
        return origin().map(origin -> URI.create(origin + pathAndQuery));
    }

    private Optional<String> origin() {
        return baseUrl.or(() -> proxies.forwardedOrigin(request));
    }

    /**
     * 201 Created with the new resource's address. Location is set as a header: JAX-RS' own created() would resolve
     * a relative address against the Host header.
     */
    public Response.ResponseBuilder created(String pathAndQuery) {
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, to(pathAndQuery));
    }
}
