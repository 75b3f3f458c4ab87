package org.promise.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.promise.support.Contract;

/** The realm files hold the identity hardening of issue 10, for the demo realm and the production template alike. */
class RealmTest {

    private static final Path KEYCLOAK = Contract.FILE.resolveSibling("infra").resolve("keycloak");

    private static JsonNode realm(String file) throws IOException {
        return new ObjectMapper().readTree(KEYCLOAK.resolve(file).toFile());
    }

    private static JsonNode client(JsonNode realm, String id) {
        return StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(client -> client.path("clientId").asText().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"promise-realm.json", "promise-realm.production.json"})
    void signInIsHardened(String file) throws IOException {
        JsonNode realm = realm(file);
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("failureFactor").asInt()).isBetween(1, 10);
        assertThat(realm.path("accessTokenLifespan").asInt()).isBetween(60, 300);
        assertThat(realm.path("revokeRefreshToken").asBoolean()).as("refresh tokens rotate").isTrue();
        assertThat(realm.path("refreshTokenMaxReuse").asInt()).isZero();
        JsonNode adminCli = client(realm, "admin-cli");
        assertThat(adminCli.path("enabled").asBoolean()).isFalse();
        assertThat(adminCli.path("directAccessGrantsEnabled").asBoolean()).as("admin-cli password grant").isFalse();
        JsonNode web = client(realm, "promise-web");
        assertThat(web.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(web.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        List<String> addresses = new ArrayList<>();
        web.path("webOrigins").forEach(origin -> addresses.add(origin.asText()));
        web.path("redirectUris").forEach(uri -> addresses.add(uri.asText()));
        assertThat(addresses).as("exact origins and redirect addresses").isNotEmpty()
                .noneMatch(address -> address.equals("+") || address.contains("*"));
        web.path("webOrigins").forEach(origin -> assertThat(origin.asText()).doesNotEndWith("/"));
    }

    /** Promise's own admin client manages clients and users in its realm, and nothing else: never realm-admin. */
    @ParameterizedTest
    @ValueSource(strings = {"promise-realm.json", "promise-realm.production.json"})
    void theApiManagesClientsAndUsersWithTheLeastRoles(String file) throws IOException {
        JsonNode realm = realm(file);
        JsonNode client = client(realm, "promise-admin-api");
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(client.path("publicClient").asBoolean()).isFalse();
        assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        JsonNode account = StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(user -> user.path("serviceAccountClientId").asText().equals("promise-admin-api"))
                .findFirst().orElseThrow();
        List<String> roles = new ArrayList<>();
        account.path("clientRoles").path("realm-management").forEach(role -> roles.add(role.asText()));
        assertThat(roles).containsExactlyInAnyOrder("manage-clients", "view-clients", "query-clients",
                "manage-users", "view-users", "query-users", "query-groups", "view-realm");
        assertThat(account.path("realmRoles")).isEmpty();
        assertThat(account.path("clientRoles").size()).as("client roles of other clients").isEqualTo(1);
    }

    @org.junit.jupiter.api.Test
    void theProductionTemplateHasNoDemoUserAndNoDefaultSecret() throws IOException {
        JsonNode realm = realm("promise-realm.production.json");
        // Its only accounts are service accounts of its own clients: no person, no password.
        realm.path("users").forEach(user -> {
            assertThat(user.path("serviceAccountClientId").asText()).as(user.path("username").asText()).isNotEmpty();
            assertThat(user.has("credentials")).as(user.path("username").asText()).isFalse();
        });
        assertThat(realm.path("sslRequired").asText()).isEqualTo("all");
        // A secret only as the deployment's own, read at import from Keycloak's environment, with no default.
        realm.path("clients").forEach(client -> {
            if (client.has("secret")) {
                assertThat(client.path("secret").asText()).as(client.path("clientId").asText())
                        .matches("\\$\\{[A-Z_]+}");
            }
        });
        assertThat(realm.toString()).doesNotContain("demo-secret").doesNotContain("localhost");
    }
}
