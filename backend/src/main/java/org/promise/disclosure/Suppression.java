package org.promise.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.promise.indicator.Unit;

/**
 * Small-number suppression, as the Government Statistical Service asks of published figures about children.
 *
 * <p>Primary: a count from 1 to 5, and a rate or percentage whose numerator or denominator is such a count, or
 * whose denominator less its numerator is (95%, 38 of 40: the 2 who are not), is withheld (shown as {@code c}).
 * Secondary: where counts add up to a total (the routes out of care add up to all who left care), a withheld cell
 * could be found by subtraction while it is the group's only unknown, so the smallest other published part is
 * withheld too (the total, when no part is left), as it is while the withheld parts together come to 1 to 5. A rate
 * whose numerator count is withheld is withheld with it, and the other way round. Plain functions of the cells
 * given: the caller passes every cell a reader could combine, not only those on one page.
 */
public final class Suppression {

    private static final BigDecimal SMALLEST = BigDecimal.ONE;
    private static final BigDecimal LARGEST = new BigDecimal(5);

    private Suppression() {
    }

    /** Where a figure sits: which indicator, for which area and period. */
    public record Key(String indicator, String area, String period) {

        // Written out: a record's generated equals and hashCode go through method handles, and suppressing a page of
        // the KPI feed looks keys up tens of thousands of times (a quarter of the feed's CPU; decision 50).
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Key key && Objects.equals(indicator, key.indicator)
                    && Objects.equals(area, key.area) && Objects.equals(period, key.period);
        }

        @Override
        public int hashCode() {
            return mix(mix(Objects.hashCode(indicator)) + Objects.hashCode(area)) + Objects.hashCode(period);
        }
    }

    /**
     * Spreads a hash over all its bits before the next part is added. Codes such as E19000001 and 2013-14 hash to
     * numbers that differ by small multiples of 31, so combining them by 31 alone put many of a scorecard's keys in
     * one bucket (a tree of them: 3% of a calculated card's processor time went to searching it).
     */
    static int mix(int hash) {
        return hash * 0x9E3779B1;
    }

    /** A figure as published: its value (none for a symbol such as x), numerator and denominator when known. */
    public record Cell(Key key, Unit unit, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
    }

    /**
     * The catalogue's additive structure: each total's parts, and each rate's numerator count.
     */
    public record Rules(Map<String, List<String>> partsOfTotal, Map<String, String> countOfRate) {
    }

    public static boolean isSmall(BigDecimal number) {
        return number != null && number.compareTo(SMALLEST) >= 0 && number.compareTo(LARGEST) <= 0;
    }

    /** Primary suppression of one cell on its own. */
    public static boolean isDisclosive(Cell cell) {
        return switch (cell.unit()) {
            case COUNT -> isSmall(cell.value());
            case PERCENT, RATE_PER_10K -> isSmall(cell.numerator()) || isSmall(cell.denominator())
                    || isSmall(countedOut(cell));
            default -> false;
        };
    }

    /** Those a rate leaves out of its numerator (its denominator less its numerator), when both are given. */
    private static BigDecimal countedOut(Cell cell) {
        return cell.numerator() == null || cell.denominator() == null ? null
                : cell.denominator().subtract(cell.numerator());
    }

    /** Every cell to withhold: the disclosive ones, and those that would give a disclosive one away. */
    public static Set<Key> withheld(Collection<Cell> cells, Rules rules) {
        Set<Key> withheld = new HashSet<>();
        cells.stream().filter(Suppression::isDisclosive).forEach(cell -> withheld.add(cell.key()));
        // Secondary suppression works within one area and period, and only from a cell already withheld there: the
        // places without a disclosive cell have nothing to protect, however many cells they hold (decision 51).
        Set<AreaPeriod> places = new HashSet<>();
        withheld.forEach(key -> places.add(AreaPeriod.of(key)));
        Map<Key, Cell> byKey = new HashMap<>();
        cells.stream().filter(cell -> places.contains(AreaPeriod.of(cell.key())))
                .forEach(cell -> byKey.put(cell.key(), cell));

        for (AreaPeriod place : places) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Map.Entry<String, List<String>> group : rules.partsOfTotal().entrySet()) {
                    changed |= protect(place, group.getKey(), group.getValue(), byKey, withheld);
                }
                for (Map.Entry<String, String> link : rules.countOfRate().entrySet()) {
                    Key rate = place.key(link.getKey());
                    Key count = place.key(link.getValue());
                    if (byKey.containsKey(rate) && withheld.contains(count)) {
                        changed |= withheld.add(rate);
                    }
                    // And the other way: a rate withheld for what it leaves out (38 of 40) has a count that, beside
                    // its group's total, would give the same away.
                    if (withheld.contains(rate) && isPublished(byKey.get(count))) {
                        changed |= withheld.add(count);
                    }
                }
            }
        }
        return withheld;
    }

    /** Where figures sit together: an area and a period, within which the rules act. */
    public record AreaPeriod(String area, String period) {

        public static AreaPeriod of(Key key) {
            return new AreaPeriod(key.area(), key.period());
        }

        // Written out, as Key's are: every cell of a page is looked up by its place.
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof AreaPeriod place && Objects.equals(area, place.area)
                    && Objects.equals(period, place.period);
        }

        @Override
        public int hashCode() {
            return mix(Objects.hashCode(area)) + Objects.hashCode(period);
        }

        Key key(String indicator) {
            return new Key(indicator, area, period);
        }
    }

    /**
     * Withholds one more cell of a group with a withheld member that subtraction would give away: the only unknown,
     * or unknown parts whose sum, the total less the published parts, is itself from 1 to 5 (two withheld routes of 1
     * each under a total of 40 with 38 reunified). Says whether it did.
     */
    private static boolean protect(AreaPeriod place, String total, List<String> parts, Map<Key, Cell> byKey,
            Set<Key> withheld) {
        List<Key> members = new ArrayList<>();
        members.add(place.key(total));
        parts.forEach(part -> members.add(place.key(part)));
        long withheldMembers = members.stream().filter(withheld::contains).count();
        long unknown = members.stream().filter(key -> withheld.contains(key) || !isPublished(byKey.get(key)))
                .count();
        if (withheldMembers == 0 || unknown != 1 && !isSmall(unknownParts(members, byKey, withheld))) {
            return false;
        }
        Optional<Key> smallestPart = members.subList(1, members.size()).stream()
                .filter(key -> !withheld.contains(key) && isPublished(byKey.get(key)))
                .min(Comparator.comparing((Key key) -> byKey.get(key).value().signum() == 0)
                        .thenComparing(key -> byKey.get(key).value())
                        .thenComparing(Key::indicator));
        Key next = smallestPart.orElse(members.get(0));
        return withheld.add(next);
    }

    /** The sum of a group's unknown parts, as its published total less its published parts; none without a total. */
    private static BigDecimal unknownParts(List<Key> members, Map<Key, Cell> byKey, Set<Key> withheld) {
        Key total = members.get(0);
        if (withheld.contains(total) || !isPublished(byKey.get(total))) {
            return null;
        }
        BigDecimal rest = byKey.get(total).value();
        for (Key part : members.subList(1, members.size())) {
            if (!withheld.contains(part) && isPublished(byKey.get(part))) {
                rest = rest.subtract(byKey.get(part).value());
            }
        }
        return rest;
    }

    private static boolean isPublished(Cell cell) {
        return cell != null && cell.value() != null;
    }
}
