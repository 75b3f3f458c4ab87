package org.promise.common.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The limits when the database that shares them cannot be reached. */
class SharedBucketsTest {

    @Test
    void shouldLimitByTheInstancesOwnBucketsWhenTheDatabaseCannotBeReached() throws IOException {
        PGSimpleDataSource unreachable = new PGSimpleDataSource();
        unreachable.setServerNames(new String[] {"127.0.0.1"});
        unreachable.setPortNumbers(new int[] {portNobodyListensOn()});
        unreachable.setDatabaseName("promise");
        unreachable.setConnectTimeout(2);
        SharedBuckets buckets = new SharedBuckets(unreachable);

        assertThat(buckets.take("partner:offline", 2)).isZero();
        assertThat(buckets.take("partner:offline", 2)).isZero();
        assertThat(buckets.take("partner:offline", 2)).isEqualTo(30);
        assertThat(buckets.take("partner:other", 2)).as("another caller's bucket").isZero();
    }

    private static int portNobodyListensOn() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
