package org.promise.common.sql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.promise.common.wire.WireValue;

/**
 * One row of a COPY in PostgreSQL's text format, its columns in the order the COPY names them: each method adds the
 * next one, as {@link SqlParameters} binds a statement's. A null is {@code \N}; a text's backslashes, tabs and line
 * breaks are escaped, so that any text arrives as it was sent.
 */
public final class CopyRow {

    private final StringBuilder out;
    private boolean first = true;

    CopyRow(StringBuilder out) {
        this.out = out;
    }

    public CopyRow text(String value) {
        next();
        if (value == null) {
            out.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return this;
    }

    /** A {@link WireValue} as the database spells it, or null. */
    public CopyRow wire(WireValue value) {
        return text(value == null ? null : value.wire());
    }

    public CopyRow number(BigDecimal value) {
        return plain(value == null ? null : value.toPlainString());
    }

    public CopyRow date(LocalDate value) {
        return plain(value == null ? null : value.toString());
    }

    /** An instant with its offset, in the ISO 8601 form PostgreSQL reads. */
    public CopyRow timestamp(OffsetDateTime value) {
        return plain(value == null ? null : value.toString());
    }

    public CopyRow id(long value) {
        return plain(Long.toString(value));
    }

    /** A value whose text needs no escaping (numbers, dates), or null. */
    private CopyRow plain(String value) {
        next();
        out.append(value == null ? "\\N" : value);
        return this;
    }

    private void next() {
        if (!first) {
            out.append('\t');
        }
        first = false;
    }
}
