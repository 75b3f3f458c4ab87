package org.promise.figure;

import java.util.Collection;
import java.util.List;

/**
 * What the data checks say of figures just written, so that a write's answer can name the warnings it raised. The
 * checks live in a higher feature (datacheck), which implements this; the writers know only this interface, and
 * the dependency still points down (decision 17).
 */
public interface FigureChecks {

    /** A figure written: its indicator, area and period. */
    record Written(String indicator, String area, String period) {
    }

    /** A warning open now about a figure written: its key, rule and sentence, as the data checks list it. */
    record Raised(String key, String rule, String sentence) {
    }

    /** The open warnings about the figures written (in the same transaction, so after their write). */
    List<Raised> raisedBy(Collection<Written> written);
}
