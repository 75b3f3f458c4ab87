package org.promise.account;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.promise.area.AreaService;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.error.ApiException;
import org.promise.common.security.Caller;
import org.promise.common.security.Role;

/**
 * Officers' and board members' accounts in Keycloak: the realm role and the "authority" attribute that the token's
 * claims come from. The user name is the e-mail address; Keycloak sends the e-mail that lets the person choose a
 * password where the realm has a mail server. Promise lists and removes only officers and board members (never an
 * administrator, an analyst or a service account). Every change is audited.
 */
@ApplicationScoped
public class PersonService {

    static final String AUDIT_TYPE = "person";
    private static final String AUTHORITY_ATTRIBUTE = "authority";
    /** More people than one realm's officers and board members will ever be; the list is not paged. */
    private static final int MAX_PER_ROLE = 2000;

    private final RealmAdmin keycloak;
    private final AreaService areas;
    private final AuditService audit;
    private final Caller caller;

    public PersonService(RealmAdmin keycloak, AreaService areas, AuditService audit, Caller caller) {
        this.keycloak = keycloak;
        this.areas = areas;
        this.audit = audit;
        this.caller = caller;
    }

    public List<PersonView> list(String authority) {
        return keycloak.call(realm -> {
            Map<String, PersonView> people = new LinkedHashMap<>();
            for (PersonRole role : PersonRole.values()) {
                realm.roles().get(role.wire()).getUserMembers(false, 0, MAX_PER_ROLE).stream()
                        .filter(user -> user.getServiceAccountClientId() == null)
                        .map(user -> viewOf(user, role))
                        .filter(person -> authority == null || authority.equals(person.authority()))
                        .forEach(person -> people.putIfAbsent(person.id(), person));
            }
            return people.values().stream().sorted(Comparator.comparing(PersonView::authority,
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(PersonView::lastName,
                    String.CASE_INSENSITIVE_ORDER).thenComparing(PersonView::firstName, String.CASE_INSENSITIVE_ORDER))
                    .toList();
        });
    }

    public PersonView.Created create(PersonInput input) {
        caller.requireAdmin("people's accounts");
        areas.requireLocalAuthority("authority", input.authority());
        String email = input.email().strip().toLowerCase(Locale.ROOT);
        PersonView.Created created = keycloak.call(realm -> {
            String id = created(realm, representationOf(input, email));
            try {
                realm.users().get(id).roles().realmLevel()
                        .add(List.of(realm.roles().get(input.role().wire()).toRepresentation()));
            } catch (RuntimeException e) {
                // An account without its role would be a person who can sign in to nothing: taken away again.
                realm.users().get(id).remove();
                throw e;
            }
            PersonView person = new PersonView(id, input.firstName().strip(), input.lastName().strip(), email,
                    input.role(), input.authority(), true);
            return new PersonView.Created(person, sendPasswordEmail(realm, id));
        });
        audit.recordMadeElsewhere(AUDIT_TYPE, created.person().id(), AuditAction.CREATE, null, created.person());
        return created;
    }

    private static String created(RealmResource realm, UserRepresentation user) {
        try (Response response = realm.users().create(user)) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw ApiException.of(ApiException.Kind.CONFLICT, "There is already an account for "
                        + user.getEmail());
            }
            if (response.getStatus() == Response.Status.BAD_REQUEST.getStatusCode()) {
                // The realm's user profile refused what passed Promise's rules: name the fields it looks at.
                Log.warnf("Keycloak refused a new account: %s", response.readEntity(String.class));
                throw ApiException.invalid("email", "refused", "Keycloak did not accept these details: check the"
                        + " names and the e-mail address");
            }
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    /** Only where the realm has a mail server: otherwise the administrator gives the first password in Keycloak. */
    private static boolean sendPasswordEmail(RealmResource realm, String id) {
        Map<String, String> smtp = realm.toRepresentation().getSmtpServer();
        if (smtp == null || smtp.getOrDefault("host", "").isBlank()) {
            return false;
        }
        try {
            realm.users().get(id).executeActionsEmail(List.of("UPDATE_PASSWORD"));
            return true;
        } catch (WebApplicationException e) {
            // The account is made; the e-mail can be sent again from Keycloak. The answer says it was not sent.
            Log.warnf("Keycloak could not send the set-password e-mail (status %d)", e.getResponse().getStatus());
            return false;
        }
    }

    public void delete(String userId) {
        caller.requireAdmin("people's accounts");
        PersonView removed = keycloak.call(realm -> {
            PersonView person = person(realm, userId).orElseThrow(() -> ApiException.notFound(
                    "There is no officer or board member with the id " + userId));
            realm.users().get(userId).remove();
            return person;
        });
        audit.recordMadeElsewhere(AUDIT_TYPE, userId, AuditAction.DELETE, removed, null);
    }

    /** The account, if it is an officer's or a board member's and nothing more (never an administrator's). */
    private static Optional<PersonView> person(RealmResource realm, String userId) {
        UserRepresentation user;
        try {
            user = realm.users().get(userId).toRepresentation();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        Set<String> roles = realm.users().get(userId).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName).collect(Collectors.toSet());
        if (user.getServiceAccountClientId() != null || roles.contains(Role.ADMIN) || roles.contains(Role.ANALYST)
                || roles.contains(Role.PARTNER)) {
            return Optional.empty();
        }
        for (PersonRole role : PersonRole.values()) {
            if (roles.contains(role.wire())) {
                return Optional.of(viewOf(user, role));
            }
        }
        return Optional.empty();
    }

    private static UserRepresentation representationOf(PersonInput input, String email) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setFirstName(input.firstName().strip());
        user.setLastName(input.lastName().strip());
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.setAttributes(Map.of(AUTHORITY_ATTRIBUTE, List.of(input.authority())));
        return user;
    }

    private static PersonView viewOf(UserRepresentation user, PersonRole role) {
        List<String> authorities = user.getAttributes() == null ? List.of()
                : user.getAttributes().getOrDefault(AUTHORITY_ATTRIBUTE, List.of());
        return new PersonView(user.getId(), nullToEmpty(user.getFirstName()), nullToEmpty(user.getLastName()),
                nullToEmpty(user.getEmail()), role, authorities.isEmpty() ? null : authorities.get(0),
                Boolean.TRUE.equals(user.isEnabled()));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
