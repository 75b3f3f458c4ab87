package org.promise.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Starts the in-JVM token issuer for every @QuarkusTest: the API fetches its signing keys from it just as it does
 * from Keycloak, so token checks run for real.
 */
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestIssuer {

    private TestIssuer() {
    }
}
