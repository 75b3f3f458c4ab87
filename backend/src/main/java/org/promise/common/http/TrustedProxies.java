package org.promise.common.http;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a request says about its caller through X-Forwarded-* headers, believed only when the connection comes from
 * a proxy that configuration names (promise.trusted-proxies: addresses or CIDR ranges, {@link AddressRanges}; none
 * by default). Otherwise anybody could choose the address their requests are rate limited by, or the host the API's
 * links point at. There is no DNS lookup on the request path.
 */
@Singleton
public class TrustedProxies {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+](:[0-9]{1,5})?");

    private final AddressRanges proxies;

    public TrustedProxies(@ConfigProperty(name = "promise.trusted-proxies") Optional<List<String>> proxies) {
        this.proxies = AddressRanges.parse(proxies.orElse(List.of()));
    }

    /** The address the nearest trusted proxy saw, or the connection's own when it does not come from one. */
    public String clientAddress(HttpServerRequest request) {
        String peer = request.remoteAddress().hostAddress();
        return forwarded(request, "X-Forwarded-For").orElse(peer);
    }

    /** Whether the caller used TLS: to this server, or to the trusted proxy in front of it. */
    public boolean isSecure(HttpServerRequest request) {
        return request.isSSL() || forwarded(request, "X-Forwarded-Proto").filter("https"::equalsIgnoreCase).isPresent();
    }

    /** The scheme and host the caller used, as the trusted proxy in front says (X-Forwarded-Host), if it does. */
    public Optional<String> forwardedOrigin(HttpServerRequest request) {
        return forwarded(request, "X-Forwarded-Host").filter(host -> HOST.matcher(host).matches())
                .map(host -> (isSecure(request) ? "https" : "http") + "://" + host);
    }

    /** The value the nearest proxy added to a forwarded header, when the connection comes from a trusted one. */
    private Optional<String> forwarded(HttpServerRequest request, String header) {
        String value = request.getHeader(header);
        if (value == null || request.remoteAddress() == null
                || !proxies.contains(request.remoteAddress().hostAddress())) {
            return Optional.empty();
        }
        String[] hops = value.split(",");
        return Optional.of(hops[hops.length - 1].trim()).filter(hop -> !hop.isEmpty());
    }
}
