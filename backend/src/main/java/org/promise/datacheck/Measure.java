package org.promise.datacheck;

import org.promise.indicator.Unit;

/** What the rules need to know of an indicator: how it is written, and which count a share counts. */
public record Measure(String code, String name, Unit unit, int decimals, String numeratorIndicator) {
}
