package org.promise.area;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.ScratchAuthority;

@QuarkusTest
class AreaResourceTest {

    /**
     * The listed areas, in the listing's order, less the authorities (and their neighbour groups) that other test
     * classes made for their own writes: whichever of those ran first, the seeded areas are listed as seeded.
     */
    private static List<Map<String, Object>> seededAreas(RequestSpecification request) {
        List<Map<String, Object>> areas = request.get("/api/v1/areas").then().statusCode(200).extract().jsonPath()
                .getList("items");
        return areas.stream().filter(area -> !ScratchAuthority.isScratch((String) area.get("code"))).toList();
    }

    private static List<Object> field(List<Map<String, Object>> areas, String name) {
        return areas.stream().map(area -> area.get(name)).toList();
    }

    @Test
    void shouldListTheBlackCountryAuthoritiesAndTheirComparatorsWithoutSignIn() {
        List<Map<String, Object>> areas = seededAreas(Contract.anonymous());
        assertThat(areas, hasSize(11));
        List<Map<String, Object>> authorities = areas.stream()
                .filter(area -> area.get("kind").equals("local-authority")).toList();
        assertThat(field(authorities, "name"), contains("Dudley", "Sandwell", "Walsall", "Wolverhampton"));
        assertThat(field(authorities, "dfeCode"), contains("332", "333", "335", "336"));
        assertThat(field(areas, "code"), hasItems("E12000005", "E92000001", "SN-E08000030"));
    }

    @Test
    void shouldListANeighbourGroupsMembersNearestFirst() throws Exception {
        ScratchAuthority authority = ScratchAuthority.create(AreaResourceTest.class);
        ScratchAuthority nearer = ScratchAuthority.create(AreaResourceTest.class);
        ScratchAuthority further = ScratchAuthority.create(AreaResourceTest.class);
        // Ranked against name order, so that the answer shows DfE's order and not the listing's.
        try (Connection connection = Arc.container().instance(DataSource.class).get().getConnection();
                PreparedStatement member = connection.prepareStatement("insert into statistical_neighbour "
                        + "(group_code, member_code, member_name, rank) values (?, ?, ?, ?)")) {
            for (ScratchAuthority neighbour : List.of(further, nearer)) {
                member.setString(1, authority.neighbours());
                member.setString(2, neighbour.code());
                member.setString(3, neighbour.name());
                member.setInt(4, neighbour == nearer ? 1 : 2);
                member.executeUpdate();
            }
        }
        Contract.anonymous().get("/api/v1/areas/" + authority.neighbours()).then().statusCode(200)
                .body("members.code", contains(nearer.code(), further.code()))
                .body("members.name", contains(nearer.name(), further.name()));
        Contract.anonymous().queryParam("kind", "statistical-neighbours").get("/api/v1/areas").then()
                .statusCode(200)
                .body("items.find { it.code == '" + authority.neighbours() + "' }.members.code",
                        contains(nearer.code(), further.code()));
        Contract.anonymous().get("/api/v1/areas/" + authority.code()).then().statusCode(200)
                .body("members", hasSize(0));
    }

    @Test
    void shouldListTheSeededGroupsMembersFromDfesGroupingsOfApril2021NearestFirst() {
        Contract.anonymous().get("/api/v1/areas/SN-E08000030").then().statusCode(200)
                .body("members.name", contains("Derby", "Rochdale", "Peterborough", "Stoke-on-Trent", "Bolton",
                        "Tameside", "Dudley", "Sandwell", "Kirklees", "Telford and Wrekin"))
                .body("members[0].code", equalTo("E06000015"));
        // A county council can be a neighbour: Lancashire is Dudley's sixth.
        Contract.anonymous().get("/api/v1/areas/SN-E08000027").then().statusCode(200)
                .body("members", hasSize(10))
                .body("members[5]", equalTo(Map.of("code", "E10000017", "name", "Lancashire")));
    }

    @Test
    void shouldFilterByKind() {
        Contract.anonymous().queryParam("kind", "statistical-neighbours").get("/api/v1/areas")
                .then().statusCode(200)
                .body("items.kind", everyItem(equalTo("statistical-neighbours")));
        assertThat(seededAreas(Contract.anonymous().queryParam("kind", "statistical-neighbours")), hasSize(4));
    }

    @Test
    void shouldNameTheAllowedKindsWhenTheKindIsUnknown() {
        Contract.badRequestAs(null).queryParam("kind", "county").get("/api/v1/areas")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].rule", equalTo("allowed-values"))
                .body("errors[0].message", equalTo(
                        "kind must be one of local-authority, region, country, statistical-neighbours, "
                                + "regional-adoption-agency"));
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
    void shouldListAdoptionAtHeartWithTheFourAuthoritiesItServes() {
        List<Map<String, Object>> agencies = seededAreas(Contract.anonymous()
                .queryParam("kind", "regional-adoption-agency"));
        assertThat(field(agencies, "code"), contains("E90000001"));
        Contract.anonymous().get("/api/v1/areas/E90000001")
                .then().statusCode(200)
                .body("name", equalTo("Adoption@Heart"))
                .body("kind", equalTo("regional-adoption-agency"))
                .body("parentCode", equalTo("E08000031"))
                .body("members.name", contains("Dudley", "Sandwell", "Walsall", "Wolverhampton"))
                .body("members.code", contains("E08000027", "E08000028", "E08000030", "E08000031"))
                .body("agencies", hasSize(0));
    }

    @Test
    void shouldNameTheAgencyAnAuthorityIsAMemberOfAndKeepItsRegionAsItsParent() {
        Contract.anonymous().get("/api/v1/areas/E08000030")
                .then().statusCode(200)
                .body("parentCode", equalTo("E12000005"))
                .body("agencies", contains(Map.of("code", "E90000001", "name", "Adoption@Heart")))
                .body("members", hasSize(0));
        Contract.anonymous().get("/api/v1/areas/E92000001")
                .then().statusCode(200).body("agencies", hasSize(0)).body("members", hasSize(0));
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
