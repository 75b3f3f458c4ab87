package org.promise.kpi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Figures;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/**
 * Indicator metadata. Its authority has a final value of one indicator for two years and a provisional value of
 * another, so that what the metadata says has figures follows what each caller may read.
 */
@QuarkusTest
class IndicatorMetadataTest {

    private static final String WALSALL_PARTNER = Tokens.partner("partner-walsall", Tokens.WALSALL);
    private static ScratchAuthority authority;
    private static String area;
    private static boolean written;

    @BeforeAll
    static void createAuthority() {
        authority = ScratchAuthority.create(IndicatorMetadataTest.class);
        area = authority.code();
    }

    @BeforeEach
    void writeFiguresOnce() {
        if (written) {
            return;
        }
        Figures.put(authority.officer(), "CL_INTOUCH_1921", area, "2013-14", 90, null, null, "final");
        Figures.put(authority.officer(), "CL_INTOUCH_1921", area, "2012-13", 88, null, null, "final");
        Figures.put(authority.officer(), "PATHWAY_PLANS", area, "2013-14", 75, null, null, "provisional");
        written = true;
    }

    private static JsonPath metadata(String token, String code) {
        return Contract.as(token).get("/api/v1/indicators/" + code + "/metadata").then().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    void shouldNameTheSameMeasureInOtherCataloguesWhereASourceDoes() {
        JsonPath rate = metadata(WALSALL_PARTNER, "CLA_RATE");
        assertThat(rate.getInt("crossReferences.lgInformMetricId"), equalTo(891));
        assertThat(rate.getString("crossReferences.eesIndicator"), equalTo("rate_per_10000"));
        assertThat("no Fingertips id was found, so none is given", rate.get("crossReferences.fingertipsIndicatorId"),
                nullValue());
        assertThat(rate.getList("footnotes"), hasItem(
                "Children looked after at 31 March per 10,000 children aged 0 to 17 in the ONS mid-year population "
                        + "estimate."));
        assertThat(rate.getList("footnotes"), hasItem("Source: DfE Children looked after in England (SSDA903)."));
        assertThat(metadata(WALSALL_PARTNER, "HLTH_DENTAL").getMap("crossReferences").isEmpty(), equalTo(true));
    }

    @Test
    void shouldSayWhichAreasAndPeriodsHaveFiguresTheCallerMayRead() {
        JsonPath inTouch = metadata(WALSALL_PARTNER, "CL_INTOUCH_1921");
        assertThat(inTouch.getList("areas.find { it.code == '" + area + "' }.periods"), contains("2012-13", "2013-14"));
        assertThat(inTouch.getString("areas.find { it.code == '" + area + "' }.name"), equalTo(authority.name()));
        assertThat("an outsider learns of no provisional value",
                metadata(WALSALL_PARTNER, "PATHWAY_PLANS").getList("areas.code"), not(hasItem(area)));
        assertThat(metadata(authority.officer(), "PATHWAY_PLANS")
                .getList("areas.find { it.code == '" + area + "' }.periods"), contains("2013-14"));
    }

    @Test
    void shouldListTheWholeCatalogueAsTheCallerSeesIt() {
        JsonPath listed = Contract.as(WALSALL_PARTNER).get("/api/v1/indicators/metadata").then().statusCode(200)
                .extract().jsonPath();
        List<String> codes = listed.getList("items.code");
        assertThat(codes, equalTo(Contract.as(WALSALL_PARTNER).get("/api/v1/indicators").then().statusCode(200)
                .extract().jsonPath().getList("items.code")));
        assertThat(listed.getInt("items.find { it.code == 'CLA_RATE' }.crossReferences.lgInformMetricId"),
                equalTo(891));
        assertThat(listed.getList("items.find { it.code == 'CL_INTOUCH_1921' }.areas.code"), hasItem(area));
    }

    @Test
    void shouldNotFindAnIndicatorTheCatalogueLacks() {
        Contract.as(WALSALL_PARTNER).get("/api/v1/indicators/NO_SUCH_INDICATOR/metadata").then().statusCode(404)
                .contentType("application/problem+json");
        Contract.anonymous().get("/api/v1/indicators/metadata").then().statusCode(401);
    }
}
