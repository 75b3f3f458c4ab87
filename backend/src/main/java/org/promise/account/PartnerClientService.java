package org.promise.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.promise.area.AreaService;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.error.ApiException;
import org.promise.common.security.Caller;
import org.promise.common.security.Role;

/**
 * Partner systems' clients in Keycloak: a confidential client with a service account that holds the realm role
 * "partner" and the authority it acts for, and whose tokens carry the audience promise-api and that authority (the
 * shape of the realm's partner-walsall). Promise lists, rotates and revokes only the clients it marks as partners
 * ({@link #AUTHORITY_ATTRIBUTE}): never its own clients or Keycloak's. Every change is audited, never the secret.
 */
@ApplicationScoped
public class PartnerClientService {

    static final String AUDIT_TYPE = "partner-client";
    /** The client attribute that marks a partner system's client, and names the authority it acts for. */
    static final String AUTHORITY_ATTRIBUTE = "promise.partner-authority";
    static final String CLIENT_ID_PREFIX = "partner-";
    private static final int CLIENT_ID_MAX = 60;

    private final RealmAdmin keycloak;
    private final AreaService areas;
    private final AuditService audit;
    private final Caller caller;

    public PartnerClientService(RealmAdmin keycloak, AreaService areas, AuditService audit, Caller caller) {
        this.keycloak = keycloak;
        this.areas = areas;
        this.audit = audit;
        this.caller = caller;
    }

    public List<PartnerClientView> list(String authority) {
        return keycloak.call(realm -> realm.clients().findAll().stream().map(PartnerClientService::viewOf)
                .flatMap(Optional::stream)
                .filter(client -> authority == null || client.authority().equals(authority))
                .sorted(Comparator.comparing(PartnerClientView::authority).thenComparing(PartnerClientView::clientId))
                .toList());
    }

    /** The client id a partner system's name gives: "partner-" and the name's letters and digits, hyphenated. */
    static String clientIdFor(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String clientId = CLIENT_ID_PREFIX + slug;
        return clientId.length() <= CLIENT_ID_MAX ? clientId
                : clientId.substring(0, CLIENT_ID_MAX).replaceAll("-+$", "");
    }

    public PartnerClientSecret create(PartnerClientInput input) {
        caller.requireAdmin("partner systems");
        areas.requireLocalAuthority("authority", input.authority());
        PartnerClientView client = new PartnerClientView(clientIdFor(input.name()), input.name().strip(),
                input.authority());
        String secret = keycloak.call(realm -> {
            String id = created(realm, client);
            ClientResource created = realm.clients().get(id);
            try {
                UserResource account = realm.users().get(created.getServiceAccountUser().getId());
                UserRepresentation full = account.toRepresentation();
                Map<String, List<String>> attributes = new LinkedHashMap<>(
                        full.getAttributes() == null ? Map.of() : full.getAttributes());
                attributes.put("authority", List.of(client.authority()));
                full.setAttributes(attributes);
                account.update(full);
                account.roles().realmLevel().add(List.of(realm.roles().get(Role.PARTNER).toRepresentation()));
                return created.generateNewSecret().getValue();
            } catch (RuntimeException e) {
                // Half a partner is none: a client without its role or authority is taken away again.
                created.remove();
                throw e;
            }
        });
        audit.recordMadeElsewhere(AUDIT_TYPE, client.clientId(), AuditAction.CREATE, null, client);
        return PartnerClientSecret.of(client, secret);
    }

    private static String created(RealmResource realm, PartnerClientView client) {
        try (Response response = realm.clients().create(representationOf(client))) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw ApiException.of(ApiException.Kind.CONFLICT, "There is already a client " + client.clientId()
                        + " in Keycloak: give the partner system another name");
            }
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    /** A new secret for the partner's client; the old one stops working at once. */
    public PartnerClientSecret rotateSecret(String clientId) {
        caller.requireAdmin("partner systems");
        PartnerClientSecret rotated = keycloak.call(realm -> {
            ClientRepresentation found = partner(realm, clientId);
            String secret = realm.clients().get(found.getId()).generateNewSecret().getValue();
            return PartnerClientSecret.of(viewOf(found).orElseThrow(), secret);
        });
        audit.recordMadeElsewhere(AUDIT_TYPE, clientId, AuditAction.UPDATE, Map.of("secret", "the one issued before"),
                Map.of("secret", "a new one, shown once and not kept"));
        return rotated;
    }

    /**
     * Removes the partner's client: Keycloak issues it no token from now on; a token it issued before stays good
     * until it expires (minutes: the realm's access token lifespan), since Promise checks tokens by their signature.
     */
    public void revoke(String clientId) {
        caller.requireAdmin("partner systems");
        PartnerClientView removed = keycloak.call(realm -> {
            ClientRepresentation found = partner(realm, clientId);
            realm.clients().get(found.getId()).remove();
            return viewOf(found).orElseThrow();
        });
        audit.recordMadeElsewhere(AUDIT_TYPE, clientId, AuditAction.DELETE, removed, null);
    }

    private static ClientRepresentation partner(RealmResource realm, String clientId) {
        return realm.clients().findByClientId(clientId).stream().filter(client -> viewOf(client).isPresent())
                .findFirst().orElseThrow(() -> ApiException.notFound("There is no partner system with the client id "
                        + clientId));
    }

    private static Optional<PartnerClientView> viewOf(ClientRepresentation client) {
        String authority = client.getAttributes() == null ? null : client.getAttributes().get(AUTHORITY_ATTRIBUTE);
        return authority == null || authority.isBlank() ? Optional.empty()
                : Optional.of(new PartnerClientView(client.getClientId(),
                        client.getName() == null ? client.getClientId() : client.getName(), authority));
    }

    private static ClientRepresentation representationOf(PartnerClientView partner) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(partner.clientId());
        client.setName(partner.name());
        client.setEnabled(true);
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setServiceAccountsEnabled(true);
        client.setAttributes(new LinkedHashMap<>(Map.of(AUTHORITY_ATTRIBUTE, partner.authority(),
                "oauth2.device.authorization.grant.enabled", "false", "oidc.ciba.grant.enabled", "false")));
        client.setProtocolMappers(new ArrayList<>(List.of(audienceMapper(), authorityMapper())));
        return client;
    }

    /** Tokens for Promise's API: it accepts only those whose audience names it. */
    private static ProtocolMapperRepresentation audienceMapper() {
        return mapper("promise-api audience", "oidc-audience-mapper", Map.of("included.custom.audience", "promise-api",
                "access.token.claim", "true", "id.token.claim", "false", "introspection.token.claim", "true"));
    }

    /** The service account's "authority" attribute as the token's claim, which Caller reads. */
    private static ProtocolMapperRepresentation authorityMapper() {
        return mapper("authority", "oidc-usermodel-attribute-mapper", Map.of("user.attribute", "authority",
                "claim.name", "authority", "jsonType.label", "String", "multivalued", "true",
                "access.token.claim", "true", "id.token.claim", "true", "userinfo.token.claim", "true",
                "introspection.token.claim", "true"));
    }

    private static ProtocolMapperRepresentation mapper(String name, String type, Map<String, String> config) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(name);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(type);
        mapper.setConfig(new LinkedHashMap<>(config));
        return mapper;
    }
}
