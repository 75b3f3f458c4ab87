package org.promise.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Real signed access tokens, shaped like Keycloak's: realm roles in realm_access.roles, the authorities in the
 * "authority" claim. The in-JVM issuer (OidcWiremockTestResource) publishes the key that verifies them.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "promise-api";
    public static final String WALSALL = "E08000030";
    public static final String DUDLEY = "E08000027";

    private Tokens() {
    }

    public static String officer(String authority) {
        return forUser("officer." + authority, List.of("officer"), List.of(authority));
    }

    public static String boardMember(String authority) {
        return forUser("member." + authority, List.of("board-member"), List.of(authority));
    }

    public static String admin() {
        return forUser("admin", List.of("admin"), List.of());
    }

    public static String analyst(String... authorities) {
        return forUser("analyst", List.of("analyst"), List.of(authorities));
    }

    /** A partner system's service-account token, as Keycloak issues it for the client-credentials grant. */
    public static String partner(String clientId, String authority) {
        return claims("service-account-" + clientId, List.of("partner"), List.of(authority))
                .claim("azp", clientId).claim("client_id", clientId).sign();
    }

    public static String forUser(String userName, List<String> roles, List<String> authorities) {
        return claims(userName, roles, authorities).sign();
    }

    public static JwtClaimsBuilder claims(String userName, List<String> roles, List<String> authorities) {
        return Jwt.issuer(ISSUER)
                .subject("sub-" + userName)
                .preferredUserName(userName)
                .audience(Set.of(AUDIENCE))
                .claim("azp", "promise-web")
                .claim("realm_access", Map.of("roles", roles))
                .claim("authority", authorities)
                .issuedAt(Instant.now())
                .expiresIn(300);
    }

    /** The same token with its payload changed and its signature kept: what an attacker would try. */
    public static String tampered(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace(from, to);
        if (forged.equals(payload)) {
            throw new IllegalArgumentException("'" + from + "' is not in the token");
        }
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
