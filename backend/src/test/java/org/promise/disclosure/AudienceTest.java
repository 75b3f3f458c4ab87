package org.promise.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.promise.common.sql.PlainSql;

/**
 * An audience's condition is written twice: in SQL for reads that filter in PostgreSQL, and in Java for figures
 * already in memory (the scorecard's). Both must let exactly the same figures through, for every audience.
 */
@QuarkusTest
class AudienceTest {

    private static final String OWN = "E08000030";
    private static final String OTHER = "E08000025";

    @Inject
    PlainSql sql;

    private static final List<Audience> AUDIENCES = List.of(Audience.PUBLIC,
            Audience.ofArea(OWN, false, false), Audience.ofArea(OWN, true, false),
            Audience.ofArea(OWN, false, true), Audience.ofArea(OWN, true, true),
            new Audience(true, new String[0], new String[0]),
            new Audience(false, new String[] {OWN, OTHER}, new String[] {OTHER}));

    private boolean inPostgres(Audience audience, String area, String status, boolean internalOnly) {
        return sql.list("with f(status, area, internal_only) as (select ?::varchar, ?::varchar, ?::boolean) select "
                        + Audience.condition("f.status", "f.area", "f.internal_only") + " from f",
                parameters -> audience.bind(parameters.text(status).text(area).flag(internalOnly)),
                row -> row.getBoolean(1)).get(0);
    }

    @Test
    void theJavaConditionLetsThroughWhatTheSqlOneDoes() {
        int checked = 0;
        for (Audience audience : AUDIENCES) {
            for (String area : List.of(OWN, OTHER, "E92000001")) {
                for (String status : List.of("final", "provisional")) {
                    for (boolean internalOnly : List.of(false, true)) {
                        assertThat(audience.mayRead(area, status.equals("final"), internalOnly))
                                .as("%s, %s, %s, internal-only %s", List.of(audience.provisionalAreas()), area,
                                        status, internalOnly)
                                .isEqualTo(inPostgres(audience, area, status, internalOnly));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(7 * 3 * 2 * 2);
    }

    @Test
    void thePublicSeesFinalPublishedFiguresOnly() {
        assertThat(Audience.PUBLIC.mayRead(OWN, true, false)).isTrue();
        assertThat(Audience.PUBLIC.mayRead(OWN, false, false)).isFalse();
        assertThat(Audience.PUBLIC.mayRead(OWN, true, true)).isFalse();
        assertThat(Audience.ofArea(OWN, true, true).mayRead(OTHER, false, false)).isFalse();
    }
}
