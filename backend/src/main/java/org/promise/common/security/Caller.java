package org.promise.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
    private final SharedAreas sharedAreas;
    private SortedSet<String> authorities;
    private Set<String> shared;

    public Caller(SecurityIdentity identity, JsonWebToken token, SharedAreas sharedAreas) {
        this.identity = identity;
        this.token = token;
        this.sharedAreas = sharedAreas;
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

    /**
     * The GSS codes of the authorities this caller acts for, from the token's "authority" claim, in order. Read once
     * a request: every check of what the caller may see asks for them, and smallrye-jwt builds and catches an
     * exception each time it is asked for a claim the JWT standard does not name (docs/performance.md).
     */
    public SortedSet<String> authorities() {
        if (authorities == null) {
            SortedSet<String> codes = new TreeSet<>();
            if (isSignedIn()) {
                Object claim = token.getClaim(AUTHORITY_CLAIM);
                if (claim instanceof Iterable<?> values) {
                    values.forEach(value -> codes.add(unquote(value.toString())));
                } else if (claim != null) {
                    codes.add(unquote(claim.toString()));
                }
            }
            authorities = Collections.unmodifiableSortedSet(codes);
        }
        return authorities;
    }

    /**
     * The areas whose figures the caller's authorities share (the regional adoption agencies they are members of):
     * read once per request, and only for a caller who names an authority.
     */
    public Set<String> sharedAreas() {
        if (shared == null) {
            shared = authorities().isEmpty() ? Set.of() : Set.copyOf(sharedAreas.sharedBy(authorities()));
        }
        return shared;
    }

    /**
     * How this caller sees one authority's data (or a comparator area's, which belongs to no authority). The one
     * rule of who sees what: every read asks it about the area of each thing it is about to return.
     */
    public enum View {
        /** The authority's own officers and board members, and administrators: everything, true numbers. */
        INSIDER,
        /** The authority's partner systems: its final figures, internal-only ones included; small numbers withheld. */
        PARTNER,
        /** Everybody else, signed in or not: published data only, small numbers withheld; exempt items do not exist. */
        PUBLIC;

        /** Provisional values never leave the authority's own people. */
        public boolean seesProvisional() {
            return this == INSIDER;
        }

        /** Internal-only indicators, their values, targets and counts: the authority and its partner systems. */
        public boolean seesInternal() {
            return this != PUBLIC;
        }

        /** True small numbers: the authority's own people; everyone else gets them suppressed. */
        public boolean seesSmallNumbers() {
            return this == INSIDER;
        }

        /** Whether a figure reaches this view: published data always, the rest as above. */
        public boolean mayRead(boolean isFinal, boolean internalOnly) {
            return (isFinal || seesProvisional()) && (!internalOnly || seesInternal());
        }
    }

    /**
     * Analysts, other authorities' officers and board members and other authorities' partners are the public as
     * far as this authority's data goes (docs/decisions.md, 16): being signed in widens nothing. A regional adoption
     * agency's figures are its member authorities' own: their officers and board members are its insiders, their
     * partner systems its partners (26).
     */
    public View viewOf(String area) {
        if (hasRole(Role.ADMIN)) {
            return View.INSIDER;
        }
        if (!authorities().contains(area) && !sharedAreas().contains(area)) {
            return View.PUBLIC;
        }
        if (hasRole(Role.OFFICER) || hasRole(Role.BOARD_MEMBER)) {
            return View.INSIDER;
        }
        return hasRole(Role.PARTNER) ? View.PARTNER : View.PUBLIC;
    }

    /** Whether the authority's exempt items (Schedule 12A) exist for this caller. */
    public boolean isInsider(String authority) {
        return viewOf(authority) == View.INSIDER;
    }

    /**
     * The authorities in the token, and the agencies they share, whose exempt items, provisional figures and true
     * small numbers this caller sees.
     */
    public Set<String> insiderAuthorities() {
        return ownAndShared().filter(this::isInsider).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The authorities in the token, and the agencies they share, whose internal-only figures this caller sees. */
    public Set<String> internalAuthorities() {
        return ownAndShared().filter(this::seesInternal).collect(Collectors.toCollection(TreeSet::new));
    }

    private Stream<String> ownAndShared() {
        return Stream.concat(authorities().stream(), sharedAreas().stream());
    }

    /** Whether this caller may read a figure of the area (see {@link View#mayRead}). */
    public boolean mayRead(String area, boolean isFinal, boolean internalOnly) {
        return viewOf(area).mayRead(isFinal, internalOnly);
    }

    public boolean seesProvisional(String area) {
        return viewOf(area).seesProvisional();
    }

    /** Whether the area's internal-only indicators, their values, targets and counts exist for this caller. */
    public boolean seesInternal(String area) {
        return viewOf(area).seesInternal();
    }

    /** Whether the area's small numbers reach this caller as they are (see {@code disclosure.Suppression}). */
    public boolean seesSmallNumbers(String area) {
        return viewOf(area).seesSmallNumbers();
    }

    /**
     * Refuses with 403 unless this caller may change the authority's (or agency's) data: an administrator, or an
     * officer whose token names it. A member authority's officers read an agency's figures but do not change them.
     */
    public void requireWriteAccess(String authority) {
        if (hasRole(Role.ADMIN)) {
            return;
        }
        if (!hasRole(Role.OFFICER)) {
            throw ApiException.forbidden("Only officers and administrators can change this");
        }
        if (!authorities().contains(authority)) {
            throw ApiException.forbidden(sharedAreas().contains(authority)
                    ? "The figures of " + authority + ", which your authority shares with others, are changed by its"
                            + " own officers and administrators"
                    : "You can change only the data of your own authority, not of " + authority);
        }
    }

    /**
     * Refuses with 403 unless this caller is one of the authority's (or agency's) insiders: its officers and board
     * members, and administrators. {@code what} says what is kept for them.
     */
    public void requireInsider(String authority, String what) {
        if (!isInsider(authority)) {
            throw ApiException.forbidden(what + " is kept for the authority's officers, board members and "
                    + "administrators");
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
