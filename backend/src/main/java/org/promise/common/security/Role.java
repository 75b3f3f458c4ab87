package org.promise.common.security;

/** The realm roles of Keycloak's realm "promise", as the token and the contract spell them. */
public final class Role {

    public static final String ADMIN = "admin";
    public static final String OFFICER = "officer";
    public static final String BOARD_MEMBER = "board-member";
    public static final String ANALYST = "analyst";
    public static final String PARTNER = "partner";

    /** Every role, in the order the contract lists them. */
    public static final java.util.List<String> ALL = java.util.List.of(ADMIN, OFFICER, BOARD_MEMBER, ANALYST, PARTNER);

    private Role() {
    }
}
