package org.promise.common.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Requests a minute allowed to each caller who is limited; signed-in people are not. */
@ConfigMapping(prefix = "promise.rate-limit")
public interface RateLimitConfig {

    /** Each address calling the public operations without signing in. */
    @WithDefault("120")
    int publicPerMinute();

    /** Each partner system (client of the client-credentials grant). */
    @WithDefault("600")
    int partnerPerMinute();
}
