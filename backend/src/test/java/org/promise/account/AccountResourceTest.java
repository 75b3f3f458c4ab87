package org.promise.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Tokens;

/**
 * What Promise checks itself before it asks Keycloak anything: who may call (administrators only), and every field
 * of the body (named, with its rule). These suites run without Keycloak, so a request that passes every check gets
 * the 503 of a Keycloak out of reach, with nothing audited. The Keycloak side runs in e2e/accounts.spec.ts.
 */
@QuarkusTest
class AccountResourceTest {

    private static final String WALSALL = "E08000030";
    private static final String PARTNERS = "/api/v1/admin/partner-clients";
    private static final String PEOPLE = "/api/v1/admin/users";

    private static Map<String, Object> person() {
        return new HashMap<>(Map.of("firstName", "Priya", "lastName", "Shah", "email", "priya.shah@walsall.example",
                "role", "board-member", "authority", WALSALL));
    }

    @Test
    void shouldLetOnlyAdministratorsManagePartnersAndPeople() {
        Map<String, Object> partner = Map.of("authority", WALSALL, "name", "Walsall case system");
        for (String token : new String[] {Tokens.officer(WALSALL), Tokens.boardMember(WALSALL), Tokens.analyst(WALSALL),
                Tokens.partner("partner-walsall", WALSALL)}) {
            Contract.as(token).get(PARTNERS).then().statusCode(403);
            Contract.as(token).contentType("application/json").body(partner).post(PARTNERS).then().statusCode(403);
            Contract.as(token).post(PARTNERS + "/partner-walsall/secret").then().statusCode(403);
            Contract.as(token).delete(PARTNERS + "/partner-walsall").then().statusCode(403);
            Contract.as(token).get(PEOPLE).then().statusCode(403);
            Contract.as(token).contentType("application/json").body(person()).post(PEOPLE).then().statusCode(403);
        }
        Contract.anonymous().get(PEOPLE).then().statusCode(401);
        Contract.anonymous().contentType("application/json").body(partner).post(PARTNERS).then().statusCode(401);
    }

    @Test
    void shouldNameEachBrokenRuleOfANewPersonBeforeAskingKeycloak() {
        Map<String, Object> body = person();
        body.put("email", "priya.shah");
        Contract.badRequestAs(Tokens.admin()).contentType("application/json").body(body).post(PEOPLE).then()
                .statusCode(400).body("errors.field", hasItem("email"));

        body = person();
        body.put("role", "admin");
        Contract.badRequestAs(Tokens.admin()).contentType("application/json").body(body).post(PEOPLE).then()
                .statusCode(400).body("errors.field", hasItem("role"));

        body = person();
        body.put("authority", "E99999999");
        Contract.badRequestAs(Tokens.admin()).contentType("application/json").body(body).post(PEOPLE).then()
                .statusCode(400).body("errors[0].field", equalTo("authority"))
                .body("errors[0].rule", equalTo("unknown"));

        body = person();
        body.remove("firstName");
        body.put("lastName", " ");
        Contract.badRequestAs(Tokens.admin()).contentType("application/json").body(body).post(PEOPLE).then()
                .statusCode(400).body("errors.field", containsInAnyOrder("firstName", "lastName"));
    }

    @Test
    void shouldNameEachBrokenRuleOfANewPartnerBeforeAskingKeycloak() {
        Contract.badRequestAs(Tokens.admin()).contentType("application/json")
                .body(Map.of("authority", "E99999999", "name", "Case system")).post(PARTNERS).then()
                .statusCode(400).body("errors[0].field", equalTo("authority"))
                .body("errors[0].rule", equalTo("unknown"));
        Contract.badRequestAs(Tokens.admin()).contentType("application/json")
                .body(Map.of("authority", WALSALL, "name", "---")).post(PARTNERS).then()
                .statusCode(400).body("errors[0].field", equalTo("name"));
        Contract.badRequestAs(Tokens.admin()).post(PARTNERS + "/promise-web/secret").then()
                .statusCode(400).body("errors[0].field", equalTo("clientId"));
        Contract.badRequestAs(Tokens.admin()).delete(PEOPLE + "/not-an-id").then()
                .statusCode(400).body("errors[0].field", equalTo("userId"));
    }

    @Test
    void shouldAnswer503AndAuditNothingWhileKeycloakCannotBeReached() {
        Contract.as(Tokens.admin()).contentType("application/json")
                .body(Map.of("authority", WALSALL, "name", "Unreachable case system")).post(PARTNERS).then()
                .statusCode(503).header("Retry-After", notNullValue()).body("type", endsWith("keycloak-unavailable"));
        Contract.as(Tokens.admin()).contentType("application/json").body(person()).post(PEOPLE).then()
                .statusCode(503).body("type", endsWith("keycloak-unavailable"));
        Contract.as(Tokens.admin()).get(PEOPLE).then().statusCode(503);
        assertThat(Contract.as(Tokens.admin()).queryParam("entityType", PartnerClientService.AUDIT_TYPE)
                .queryParam("entityId", "partner-unreachable-case-system").get("/api/v1/audit").jsonPath()
                .getList("items")).isEmpty();
    }

    @Test
    void shouldMakeAClientIdFromTheName() {
        assertThat(PartnerClientService.clientIdFor("Walsall case system")).isEqualTo("partner-walsall-case-system");
        assertThat(PartnerClientService.clientIdFor("  NHS Black Country (ICB) ")).isEqualTo("partner-nhs-black-country-icb");
        assertThat(PartnerClientService.clientIdFor("x".repeat(80))).hasSize(60).startsWith("partner-x");
        assertThat(PartnerClientService.clientIdFor("a " + "b".repeat(49) + " c")).doesNotEndWith("-");
    }
}
