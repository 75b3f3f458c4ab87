package org.promise.datacheck;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One warning: a rule that the figures of an indicator, area and period break, the figures it read and a sentence
 * that says why. The key names the warning whatever the figures; the fingerprint names the figures, so that an
 * explanation given for some figures lapses when they change.
 */
public record Finding(DataRule rule, String indicator, String area, String period, Long report, List<Figure> figures,
        String sentence) {

    /** A figure the rule read: what it is, and its number. */
    public record Figure(String label, BigDecimal value) {
    }

    public Finding {
        figures = List.copyOf(figures);
    }

    /** "fraction:CL_EET_1617:E08000030:2022-23", and the other report's id where the rule compares one. */
    public String key() {
        return rule.wire() + ":" + indicator + ":" + area + ":" + period + (report == null ? "" : ":" + report);
    }

    public String fingerprint() {
        String figuresRead = figures.stream().map(figure -> figure.label() + "=" + figure.value().stripTrailingZeros()
                .toPlainString()).collect(Collectors.joining("|"));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((key() + "|" + figuresRead)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
