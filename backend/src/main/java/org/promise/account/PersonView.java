package org.promise.account;

import java.util.List;

/** An officer's or board member's account as administrators see it. */
public record PersonView(String id, String firstName, String lastName, String email, PersonRole role,
        String authority, boolean enabled) {

    public record Page(List<PersonView> items) {
    }

    /** The new account, and whether Keycloak sent the e-mail that lets them choose a password. */
    public record Created(PersonView person, boolean passwordEmailSent) {
    }
}
