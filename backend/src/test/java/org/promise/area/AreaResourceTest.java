package org.promise.area;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;

@QuarkusTest
class AreaResourceTest {

    @Test
    void shouldListTheBlackCountryAuthoritiesAndTheirComparatorsWithoutSignIn() {
        Contract.anonymous().get("/api/v1/areas")
                .then().statusCode(200)
                .body("items", hasSize(10))
                .body("items.findAll { it.kind == 'local-authority' }.name",
                        contains("Dudley", "Sandwell", "Walsall", "Wolverhampton"))
                .body("items.findAll { it.kind == 'local-authority' }.dfeCode", contains("332", "333", "335", "336"))
                .body("items.code", hasItems("E12000005", "E92000001", "SN-E08000030"));
    }

    @Test
    void shouldFilterByKind() {
        Contract.anonymous().queryParam("kind", "statistical-neighbours").get("/api/v1/areas")
                .then().statusCode(200)
                .body("items", hasSize(4))
                .body("items.kind", everyItem(equalTo("statistical-neighbours")));
    }

    @Test
    void shouldNameTheAllowedKindsWhenTheKindIsUnknown() {
        Contract.badRequestAs(null).queryParam("kind", "county").get("/api/v1/areas")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].rule", equalTo("allowed-values"))
                .body("errors[0].message", equalTo(
                        "kind must be one of local-authority, region, country, statistical-neighbours"));
    }

    @Test
    void shouldGetOneArea() {
        Contract.anonymous().get("/api/v1/areas/E08000028")
                .then().statusCode(200)
                .body("name", equalTo("Sandwell"))
                .body("parentCode", equalTo("E12000005"))
                .body("note", equalTo("Children's services are delivered by Sandwell Children's Trust"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownArea() {
        Contract.anonymous().get("/api/v1/areas/E09999999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("There is no area E09999999"));
    }

    @Test
    void shouldRejectAMalformedCode() {
        Contract.badRequestAs(null).get("/api/v1/areas/walsall")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].rule", equalTo("pattern"));
    }
}
