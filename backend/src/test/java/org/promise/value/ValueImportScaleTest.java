package org.promise.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/**
 * An import's data checks cost the same few statements whatever its size: a 100,000-row import once ran past the
 * transaction timeout checking each authority written to on its own, reading every indicator's history each time.
 * The class writes to authorities of its own, which start empty.
 */
@QuarkusTest
class ValueImportScaleTest {

    private static final String HEADER = "time_period,time_identifier,geographic_level,new_la_code,la_name,indicator,"
            + "value,numerator,denominator,status\n";
    private static final List<String> INDICATORS = List.of("HLTH_ASSESS", "HLTH_DENTAL", "SDQ_COMPLETE",
            "CL_EET_1921", "CL_INTOUCH_1921", "CL_ACCOM_1921", "PATHWAY_PLANS", "FOST_CONVERSION", "LEAVE_ADOPT_PCT",
            "LEAVE_SGO_PCT");

    private static List<ScratchAuthority> authorities;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    MeterRegistry metrics;

    @BeforeAll
    static void createAuthorities() {
        authorities = IntStream.range(0, 5).mapToObj(i -> ScratchAuthority.create(ValueImportScaleTest.class))
                .toList();
    }

    /** Statements through Hibernate and through the data checks' own plain-SQL reads. */
    private long statements() {
        return sessionFactory.getStatistics().getPrepareStatementCount()
                + (long) metrics.counter("promise.datacheck.statements").count();
    }

    /**
     * Values of the authorities, indicators and years given that change by one from year to year, and jump in the
     * last year, so that the checks find a jump in each series (and the jumps stay unusual).
     */
    private static String csv(List<ScratchAuthority> of, List<String> indicators, int firstYear, int lastYear) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (ScratchAuthority authority : of) {
            for (String indicator : indicators) {
                for (int year = firstYear; year <= lastYear; year++) {
                    csv.append(year).append(String.format("%02d", (year + 1) % 100)).append(",Financial year,")
                            .append("Local authority,").append(authority.code()).append(",").append(authority.name())
                            .append(",").append(indicator).append(",").append(year == lastYear ? 95 : 50 + year % 2)
                            .append(",,,final\n");
                }
            }
        }
        return csv.toString();
    }

    /** The statements an import costs, with its answer. */
    private record Cost(long statements, JsonPath answer) {
    }

    private Cost importing(String csv) {
        long before = statements();
        JsonPath answer = Contract.as(Tokens.admin()).contentType("text/csv").body(csv).post("/api/v1/imports/values")
                .then().statusCode(200).extract().jsonPath();
        return new Cost(statements() - before, answer);
    }

    @Test
    void shouldCheckAThousandRowsOfFiveAuthoritiesInAsFewStatementsAsFourRowsOfOne() {
        Cost small = importing(csv(authorities.subList(0, 1), List.of("CL_STAYPUT_1920", "LEAVE_REUNIF_PCT"), 1990,
                1991));
        assertThat(small.answer().getInt("created")).isEqualTo(4);
        assertThat(small.answer().getList("warnings.rule")).containsExactly("jump", "jump");

        Cost large = importing(csv(authorities, INDICATORS, 1992, 2011));
        assertThat(large.answer().getInt("created")).isEqualTo(1000);
        assertThat(large.answer().getList("warnings.rule")).hasSize(5 * 10).containsOnly("jump");
        assertThat(large.statements()).isEqualTo(small.statements());
    }
}
