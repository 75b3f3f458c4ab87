package org.promise.account;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.promise.common.error.ApiException;

/**
 * Promise's realm as Keycloak's Admin API shows it, signed in as the realm's own client promise-admin-api. Every call
 * goes through {@link #call}: a Keycloak that cannot be reached, or that refuses Promise's own credentials, is a 503
 * for the caller (nothing was changed), never a 500. Answers Keycloak gives about the request itself (404, 409) are
 * left to the services, which know what they mean.
 */
@ApplicationScoped
class RealmAdmin {

    /** How long a caller is told to wait before trying again: Keycloak restarts in about this long. */
    static final long RETRY_AFTER_SECONDS = 10;

    private final Instance<Keycloak> keycloak;
    private final String realm;

    RealmAdmin(Instance<Keycloak> keycloak, @ConfigProperty(name = "promise.keycloak.realm") String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    <T> T call(Function<RealmResource, T> work) {
        RealmResource realmResource;
        try {
            realmResource = keycloak.get().realm(realm);
        } catch (RuntimeException e) {
            // The admin client cannot even be made (no secret configured, say): Keycloak is out of reach for Promise.
            Log.errorf("Keycloak's Admin API cannot be used: %s", e.getMessage());
            throw ApiException.keycloakUnavailable(RETRY_AFTER_SECONDS);
        }
        try {
            return work.apply(realmResource);
        } catch (ProcessingException e) {
            Log.warnf("Keycloak's Admin API cannot be reached: %s", e.getMessage());
            throw ApiException.keycloakUnavailable(RETRY_AFTER_SECONDS);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 401 || status == 403 || status >= 500) {
                // Promise's own client is refused or Keycloak failed: the operator must look, the caller may retry.
                Log.errorf("Keycloak's Admin API answered %d to Promise's client promise-admin-api", status);
                throw ApiException.keycloakUnavailable(RETRY_AFTER_SECONDS);
            }
            throw e;
        }
    }

    void run(Consumer<RealmResource> work) {
        call(realmResource -> {
            work.accept(realmResource);
            return null;
        });
    }
}
