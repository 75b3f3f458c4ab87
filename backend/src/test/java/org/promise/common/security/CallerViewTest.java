package org.promise.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule of who sees what, as plain Java: each role's view of its own authority, another, and England. */
class CallerViewTest {

    private static final String WALSALL = "E08000030";
    private static final String DUDLEY = "E08000027";
    private static final String ENGLAND = "E92000001";
    private static final String ADOPTION_AT_HEART = "E90000001";
    /** Walsall and Dudley are members of Adoption@Heart. */
    private static final SharedAreas SHARED = authorities -> authorities.contains(WALSALL) || authorities.contains(DUDLEY)
            ? Set.of(ADOPTION_AT_HEART) : Set.of();
    private static final String SANDWELL_OF_NO_AGENCY = "E08000028";

    private static Caller caller(String role, String... authorities) {
        return caller(new AtomicInteger(), role, authorities);
    }

    /** A caller whose token counts how often its "authority" claim is read. */
    private static Caller caller(AtomicInteger authorityReads, String role, String... authorities) {
        JsonWebToken token = new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of(Caller.AUTHORITY_CLAIM);
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                if (!name.equals(Caller.AUTHORITY_CLAIM)) {
                    return null;
                }
                authorityReads.incrementAndGet();
                return (T) List.of(authorities);
            }
        };
        var identity = role.equals("anonymous") ? QuarkusSecurityIdentity.builder().setAnonymous(true).build()
                : QuarkusSecurityIdentity.builder().setPrincipal(token).addRole(role).build();
        return new Caller(identity, token, SHARED);
    }

    /**
     * smallrye-jwt builds an exception whenever it is asked for a claim the JWT standard does not name, and a list
     * checks every row it returns: the claim is read once, however many checks the request makes.
     */
    @Test
    void theAuthorityClaimIsReadOnceARequest() {
        AtomicInteger reads = new AtomicInteger();
        Caller caller = caller(reads, "officer", WALSALL);
        for (String area : List.of(WALSALL, DUDLEY, ENGLAND, ADOPTION_AT_HEART, WALSALL)) {
            caller.viewOf(area);
            caller.seesSmallNumbers(area);
        }
        assertThat(caller.authorities()).containsExactly(WALSALL);
        assertThat(reads).hasValue(1);
    }

    @ParameterizedTest(name = "{0} of Walsall sees Walsall as {1}, Dudley as {2}, England as {3}")
    @CsvSource({
        "admin,        INSIDER, INSIDER, INSIDER",
        "officer,      INSIDER, PUBLIC,  PUBLIC",
        "board-member, INSIDER, PUBLIC,  PUBLIC",
        "partner,      PARTNER, PUBLIC,  PUBLIC",
        "analyst,      PUBLIC,  PUBLIC,  PUBLIC",
        "anonymous,    PUBLIC,  PUBLIC,  PUBLIC"})
    void eachRoleSeesItsOwnAuthorityOnly(String role, Caller.View walsall, Caller.View dudley, Caller.View england) {
        Caller caller = caller(role, WALSALL);
        assertThat(caller.viewOf(WALSALL)).isEqualTo(walsall);
        assertThat(caller.viewOf(DUDLEY)).isEqualTo(dudley);
        assertThat(caller.viewOf(ENGLAND)).isEqualTo(england);
    }

    @ParameterizedTest(name = "{0} of Walsall sees its agency as {1}; of an authority outside it, as {2}")
    @CsvSource({
        "admin,        INSIDER, INSIDER",
        "officer,      INSIDER, PUBLIC",
        "board-member, INSIDER, PUBLIC",
        "partner,      PARTNER, PUBLIC",
        "analyst,      PUBLIC,  PUBLIC",
        "anonymous,    PUBLIC,  PUBLIC"})
    void anAgencysMembersSeeItsFiguresAsTheirOwn(String role, Caller.View member, Caller.View outsider) {
        assertThat(caller(role, WALSALL).viewOf(ADOPTION_AT_HEART)).isEqualTo(member);
        assertThat(caller(role, SANDWELL_OF_NO_AGENCY).viewOf(ADOPTION_AT_HEART)).isEqualTo(outsider);
    }

    @Test
    void anAgencysFiguresAreChangedByItsOwnOfficersNotByItsMembers() {
        assertThatThrownBy(() -> caller("officer", WALSALL).requireWriteAccess(ADOPTION_AT_HEART))
                .hasMessageContaining("changed by its own officers and administrators");
        assertThatCode(() -> caller("officer", ADOPTION_AT_HEART).requireWriteAccess(ADOPTION_AT_HEART))
                .doesNotThrowAnyException();
        assertThatCode(() -> caller("admin").requireWriteAccess(ADOPTION_AT_HEART)).doesNotThrowAnyException();
        assertThat(caller("officer", WALSALL).insiderAuthorities()).containsExactly(WALSALL, ADOPTION_AT_HEART);
        assertThat(caller("partner", WALSALL).internalAuthorities()).containsExactly(WALSALL, ADOPTION_AT_HEART);
    }

    @ParameterizedTest(name = "{0}: final {1}, internal-only {2} -> {3}")
    @CsvSource({
        "INSIDER, true,  false, true", "INSIDER, false, true,  true",
        "PARTNER, true,  false, true", "PARTNER, true,  true,  true", "PARTNER, false, false, false",
        "PUBLIC,  true,  false, true", "PUBLIC,  true,  true,  false", "PUBLIC,  false, false, false"})
    void publishedDataIsEveryonesAndTheRestStaysInside(Caller.View view, boolean isFinal, boolean internalOnly,
            boolean reads) {
        assertThat(view.mayRead(isFinal, internalOnly)).isEqualTo(reads);
    }

    @Test
    void onlyInsidersSeeTrueSmallNumbersAndExemptItems() {
        assertThat(caller("officer", WALSALL).seesSmallNumbers(WALSALL)).isTrue();
        assertThat(caller("officer", DUDLEY).seesSmallNumbers(WALSALL)).isFalse();
        assertThat(caller("partner", WALSALL).seesSmallNumbers(WALSALL)).isFalse();
        assertThat(caller("board-member", WALSALL, DUDLEY).insiderAuthorities())
                .containsExactly(DUDLEY, WALSALL, ADOPTION_AT_HEART);
        assertThat(caller("partner", WALSALL).insiderAuthorities()).isEmpty();
        assertThat(caller("partner", SANDWELL_OF_NO_AGENCY).internalAuthorities()).containsExactly(SANDWELL_OF_NO_AGENCY);
        assertThat(caller("analyst", WALSALL).internalAuthorities()).isEmpty();
    }
}
