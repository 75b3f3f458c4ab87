package org.promise.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.promise.common.error.ApiException;

/**
 * Who is calling, and which authorities' data they act for: all of it read from the verified access token.
 * Tenancy rules live here so that every feature applies them the same way.
 */
@RequestScoped
public class Caller {

    static final String AUTHORITY_CLAIM = "authority";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String subject() {
        return isSignedIn() && token.getSubject() != null ? token.getSubject() : "anonymous";
    }

    /** The user name; for a partner system's service account, its client id. */
    public String name() {
        if (!isSignedIn()) {
            return "anonymous";
        }
        String clientId = token.getClaim("client_id");
        if (clientId == null) {
            clientId = token.getClaim("azp");
        }
        String userName = token.getClaim("preferred_username");
        if (userName != null && userName.startsWith("service-account-") && clientId != null) {
            return clientId;
        }
        return userName != null ? userName : identity.getPrincipal().getName();
    }

    public List<String> roles() {
        return Role.ALL.stream().filter(identity::hasRole).toList();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The GSS codes of the authorities this caller acts for, from the token's "authority" claim. */
    public Set<String> authorities() {
        Set<String> codes = new TreeSet<>();
        if (isSignedIn()) {
            Object claim = token.getClaim(AUTHORITY_CLAIM);
            if (claim instanceof Iterable<?> values) {
                values.forEach(value -> codes.add(unquote(value.toString())));
            } else if (claim != null) {
                codes.add(unquote(claim.toString()));
            }
        }
        return codes;
    }

    /** Whether this caller may see the authority's private data (exempt papers, provisional figures). */
    public boolean canReadPrivate(String authority) {
        return hasRole(Role.ADMIN) || authorities().contains(authority);
    }

    /**
     * Whether this caller may read a figure. Published data (final values of indicators that are not internal-only)
     * is everyone's. The authority's own people also see its provisional and internal-only figures; its partner
     * systems see the internal-only ones but never a provisional value, which does not leave the authority.
     */
    public boolean mayRead(String area, boolean isFinal, boolean internalOnly) {
        if (canReadPrivate(area)) {
            return isFinal || !hasRole(Role.PARTNER);
        }
        return isFinal && !internalOnly;
    }

    public boolean seesProvisional(String area) {
        return mayRead(area, false, false);
    }

    /**
     * Whether small numbers reach this caller as they are. The authority's officers, board members and
     * administrators work with the true numbers; partner systems, analysts' exports and the public get them
     * suppressed (see {@code org.promise.disclosure.Suppression}).
     */
    public boolean seesSmallNumbers() {
        return hasRole(Role.OFFICER) || hasRole(Role.BOARD_MEMBER) || hasRole(Role.ADMIN);
    }

    /** Refuses with 403 unless this caller may change the authority's data: an administrator, or its officer. */
    public void requireWriteAccess(String authority) {
        if (hasRole(Role.ADMIN)) {
            return;
        }
        if (!hasRole(Role.OFFICER)) {
            throw ApiException.forbidden("Only officers and administrators can change this");
        }
        if (!authorities().contains(authority)) {
            throw ApiException.forbidden("You can change only the data of your own authority, not of " + authority);
        }
    }

    /** Refuses with 403 unless this caller is an administrator; {@code what} says what needed it. */
    public void requireAdmin(String what) {
        if (!hasRole(Role.ADMIN)) {
            throw ApiException.forbidden("Only administrators can change " + what);
        }
    }

    private static String unquote(String value) {
        // JSON-P strings from the token print with their quotes.
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
