package org.promise.datacheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.promise.disclosure.Audience;
import org.promise.support.Contract;
import org.promise.support.Figures;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/**
 * The usual changes (a read of the whole table) are kept between data checks until a figure changes: a second
 * listing costs one statement fewer, and a write makes the next listing read them again and see its figure.
 */
@QuarkusTest
class UsualChangeCacheTest {

    private static final String STEADY = "DC_USUAL_KEPT";

    private static ScratchAuthority authority;

    @Inject
    MeterRegistry metrics;

    @BeforeAll
    static void createAuthority() {
        authority = ScratchAuthority.create(UsualChangeCacheTest.class);
    }

    private long statements() {
        return (long) metrics.counter("promise.datacheck.statements").count();
    }

    /** The statements one listing of the authority's data checks costs. */
    private long listing() {
        long before = statements();
        Contract.as(authority.officer()).queryParam("authority", authority.code()).get("/api/v1/data-checks").then()
                .statusCode(200);
        return statements() - before;
    }

    /**
     * A listing's statements once this instance has heard its own writes' notices. Each write empties the cache as it
     * commits, and again when its notice comes back through the listener's thread, which a busy machine may run after
     * a listing has read the usual changes: that listing's successor reads them again. Two writes, two late notices.
     */
    private long listingOnceTheWritesNoticesAreHeard() {
        long statements = listing();
        for (int lateNotice = 0; lateNotice < 2 && statements == 4; lateNotice++) {
            statements = listing();
        }
        return statements;
    }

    @Test
    void keptUntilAFigureChanges() {
        String area = authority.code();
        Contract.as(Tokens.admin()).contentType("application/json").body(Map.of("code", STEADY,
                        "name", "Usual changes kept", "plainName", "Usual changes kept",
                        "definition", "An indicator of the usual-change cache's test, written only by it.",
                        "unit", "percent", "polarity", "higher_is_better", "priority", "safety-and-permanency",
                        "periodKind", "financial-year", "decimals", 0, "source", "Test"))
                .post("/api/v1/indicators").then().statusCode(201);
        Figures.put(authority.officer(), STEADY, area, "2005-06", 50, null, null, "final");
        Figures.put(authority.officer(), STEADY, area, "2006-07", 51, null, null, "final");

        assertThat(listing()).as("after a write the usual changes are read again").isEqualTo(4);
        assertThat(listingOnceTheWritesNoticesAreHeard()).as("then they are kept").isEqualTo(3);

        Figures.put(authority.officer(), STEADY, area, "2007-08", 90, null, null, "final");
        assertThat(listing()).as("a new figure drops them").isEqualTo(4);
        Contract.as(authority.officer()).queryParam("authority", area).queryParam("indicator", STEADY)
                .get("/api/v1/data-checks").then().statusCode(200)
                .body("items.key", hasItem("jump:" + STEADY + ":" + area + ":2007-08"));
    }

    @Test
    void audiencesThatReadTheSameFiguresShareAnEntry() {
        Audience walsallFirst = new Audience(false, new String[] {"E08000030", "E08000027"},
                new String[] {"E08000030"});
        Audience dudleyFirst = new Audience(false, new String[] {"E08000027", "E08000030", "E08000027"},
                new String[] {"E08000030"});
        assertThat(UsualChangeCache.key(walsallFirst)).isEqualTo(UsualChangeCache.key(dudleyFirst));
        assertThat(UsualChangeCache.key(walsallFirst)).isNotEqualTo(UsualChangeCache.key(
                new Audience(false, new String[] {"E08000030", "E08000027"}, new String[0])));
        assertThat(UsualChangeCache.key(walsallFirst)).isNotEqualTo(UsualChangeCache.key(
                new Audience(true, new String[] {"E08000030", "E08000027"}, new String[] {"E08000030"})));
        assertThat(UsualChangeCache.key(Audience.PUBLIC)).isNotEqualTo(UsualChangeCache.key(walsallFirst));
    }
}
