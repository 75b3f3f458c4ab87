package org.promise.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Tokens;

/**
 * An internal-only indicator does not exist for a caller who sees none of its figures: every address and filter that
 * takes an indicator's code answers such a caller for it exactly as for a code that does not exist, so that trying
 * codes in turn finds nothing out (decision 62).
 */
@QuarkusTest
class HiddenIndicatorTest {

    /** FOST_WITHDRAWN is internal-only in the seed data (R__demo_data_disclosure.sql). */
    private static final String HIDDEN = "FOST_WITHDRAWN";
    private static final String UNKNOWN = "FOST_NO_SUCH";

    private static final List<String> ADDRESSES = List.of(
            "/api/v1/indicators/%s",
            "/api/v1/indicators/%s/metadata",
            "/api/v1/indicators/%s/values",
            "/api/v1/indicators/%s/values/E08000030/2022-23",
            "/api/v1/indicators/%s/values/E08000030/2022-23/history",
            "/api/v1/indicators/%s/targets/E08000030/2022-23",
            "/api/v1/indicators/%s/targets/E08000030/2022-23/history",
            "/api/v1/kpis?indicator=%s",
            "/api/v1/kpis/meta?indicator=%s",
            "/api/v1/values?indicator=%s",
            "/api/v1/meetings?indicator=%s",
            "/api/v1/data-checks?authority=E08000030&indicator=%s");

    /**
     * Asked as an analyst, who sees no internal-only figure; the public is the same caller to these rules, but its
     * requests share one rate limit across the whole suite, and a refusal there would say nothing about this.
     */
    @Test
    void shouldAnswerForAnInternalOnlyIndicatorAsForOneThatDoesNotExist() {
        String token = Tokens.analyst(Tokens.WALSALL);
        for (String address : ADDRESSES) {
            Response hidden = Contract.badRequestAs(token).get(address.formatted(HIDDEN));
            Response unknown = Contract.badRequestAs(token).get(address.formatted(UNKNOWN));
            assertThat(hidden.statusCode()).as(address).isEqualTo(unknown.statusCode()).isLessThan(500);
            assertThat(hidden.asString().replace(HIDDEN, "CODE")).as(address)
                    .isEqualTo(unknown.asString().replace(UNKNOWN, "CODE"));
        }
        // The test itself would notice a code its caller may see: the authority's officer finds it.
        assertThat(Contract.as(Tokens.officer(Tokens.WALSALL)).get("/api/v1/indicators/" + HIDDEN).statusCode())
                .isEqualTo(200);
    }
}
