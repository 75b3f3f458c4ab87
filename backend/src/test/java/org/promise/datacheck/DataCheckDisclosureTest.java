package org.promise.datacheck;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Figures;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/**
 * The data checks read a comparator's figures as the caller sees them (decisions 9, 16): an authority's officers and
 * board members never learn a comparator's provisional figure or a small number withheld from them, whether in the
 * list of warnings or in the warnings of a value write, however their papers' other reports differ from it.
 */
@QuarkusTest
class DataCheckDisclosureTest {

    private static final String COUNT = "ADOPT_PLACED";
    private static final String PROVISIONAL = "2010-11";
    private static final String SMALL = "2011-12";
    private static final String PUBLISHED = "2012-13";
    private static ScratchAuthority authority;
    private static ScratchAuthority member;
    private static ScratchAuthority agency;

    @BeforeAll
    static void createAuthorities() {
        authority = ScratchAuthority.create(DataCheckDisclosureTest.class);
        member = ScratchAuthority.create(DataCheckDisclosureTest.class);
        agency = ScratchAuthority.agency(DataCheckDisclosureTest.class, member);
    }

    @Test
    void aComparatorsProvisionalAndWithheldFiguresAreNeverGivenAway() {
        String area = authority.code();
        String neighbours = authority.neighbours();
        String admin = Tokens.admin();
        Figures.put(admin, COUNT, neighbours, PROVISIONAL, 37, null, null, "provisional");
        Figures.put(admin, COUNT, neighbours, SMALL, 2, null, null, "final");
        Figures.put(admin, COUNT, neighbours, PUBLISHED, 30, null, null, "final");
        for (String period : new String[] {PROVISIONAL, SMALL, PUBLISHED}) {
            Contract.as(authority.officer()).contentType("application/json").body(Map.of("authority", area,
                            "indicator", COUNT, "area", neighbours, "period", period, "value", 50,
                            "source", "The probe", "quote", "50 children"))
                    .post("/api/v1/value-reports").then().statusCode(201);
        }

        // An administrator sees every comparator's true figures, so all three reports differ for them.
        checks(admin).then().statusCode(200).body("items.findAll { it.area == '" + neighbours + "' }.period",
                hasItems(PROVISIONAL, SMALL, PUBLISHED));

        for (String insider : new String[] {authority.officer(), Tokens.boardMember(area)}) {
            Response listed = checks(insider);
            listed.then().statusCode(200)
                    .body("items.findAll { it.area == '" + neighbours + "' }.period", hasItem(PUBLISHED))
                    .body("items.findAll { it.area == '" + neighbours + "' }.period", not(hasItem(PROVISIONAL)))
                    .body("items.findAll { it.area == '" + neighbours + "' }.period", not(hasItem(SMALL)))
                    .body("items.sentence", everyItem(not(containsString("37 as stored"))))
                    .body("items.sentence", everyItem(not(containsString("2 as stored"))));
        }

        // The answer to the officer's own writes in those periods names no comparator figure they may not read.
        for (String period : new String[] {PROVISIONAL, SMALL}) {
            Contract.as(authority.officer()).contentType("application/json")
                    .body(Map.of("value", 50, "status", "final"))
                    .put("/api/v1/indicators/" + COUNT + "/values/" + area + "/" + period).then().statusCode(201)
                    .body("warnings.key", not(hasItem(containsString(neighbours))))
                    .body("warnings.sentence", everyItem(not(containsString("as stored"))));
        }
        Contract.as(authority.officer()).contentType("application/json").body(Map.of("value", 50, "status", "final"))
                .put("/api/v1/indicators/" + COUNT + "/values/" + area + "/" + PUBLISHED).then().statusCode(201)
                .body("warnings.key", hasItem(containsString(neighbours + ":" + PUBLISHED)));
    }

    @Test
    void anAgencysFiguresAreComparedAsItsMembersPeopleSeeThem() {
        // The agency's figures are its members' own (decision 26): their officers see its provisional small count.
        Figures.put(Tokens.admin(), COUNT, agency.code(), PROVISIONAL, 4, null, null, "provisional");
        Contract.as(member.officer()).contentType("application/json").body(Map.of("authority", member.code(),
                        "indicator", COUNT, "area", agency.code(), "period", PROVISIONAL, "value", 5,
                        "source", "The agency's report", "quote", "5 children"))
                .post("/api/v1/value-reports").then().statusCode(201);
        for (String insider : new String[] {member.officer(), Tokens.boardMember(member.code())}) {
            checks(insider, member).then().statusCode(200)
                    .body("items.findAll { it.area == '" + agency.code() + "' }.sentence",
                            hasItem(containsString(": 4 as stored")));
        }
    }

    private static Response checks(String token) {
        return checks(token, authority);
    }

    private static Response checks(String token, ScratchAuthority of) {
        return Contract.as(token).queryParam("authority", of.code()).queryParam("indicator", COUNT)
                .queryParam("status", "all").get("/api/v1/data-checks");
    }
}
