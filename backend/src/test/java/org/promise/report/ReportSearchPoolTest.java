package org.promise.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.promise.support.Contract;
import org.promise.support.Race;
import org.promise.support.Tokens;

/**
 * Twice as many searches at once as the pool has connections, each from an officer whose shared areas are not kept
 * yet: each search's query asks for them while it binds its parameters. When it asked with a connection in hand,
 * the first to read them waited for a connection that the others held while they waited for it, and all were
 * answered 503 once the pool's acquisition timeout ran out (`make bench`, 5 December 2026).
 */
@QuarkusTest
class ReportSearchPoolTest {

    @CacheName("shared-areas")
    Cache sharedAreas;

    @Test
    void shouldAnswerEverySearchWhenManyAskAtOnceWithTheirSharedAreasNotYetKept() throws Exception {
        String officer = Tokens.officer("E08000030");
        for (int round = 1; round <= 3; round++) {
            sharedAreas.invalidateAll().await().indefinitely();
            List<Integer> statuses = Race.statuses(Race.of(16,
                    i -> Contract.as(officer).queryParam("q", "placement").get("/api/v1/reports")));
            assertThat(statuses).as("round %d", round).containsOnly(200);
        }
    }
}
