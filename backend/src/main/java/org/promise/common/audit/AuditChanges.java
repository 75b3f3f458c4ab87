package org.promise.common.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed between two audited views of a record, field by field, as a person reads it. The views are kept as
 * the API showed them, so they also carry bookkeeping (version, who and when, already shown beside the change), the
 * record's identity (which never changes) and what the service works out from other fields (a RAG, "overdue", a
 * fraction's check): none of these is a change anybody made, so none is listed.
 */
public final class AuditChanges {

    static final Set<String> NOT_CHANGES = Set.of("id", "planId", "authority", "year", "indicator", "area", "period",
            "version", "updatedAt", "updatedBy", "warnings", "fractionMismatch", "flags", "effectiveTolerance",
            "overdue", "latestUpdate", "priorityTitle", "carriedTo");

    private AuditChanges() {
    }

    /** The fields that differ, in the order the views list them; a creation or removal lists every non-empty field. */
    public static List<ChangeHistory.FieldChange> between(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> was = before == null ? Map.of() : before;
        Map<String, Object> is = after == null ? Map.of() : after;
        Set<String> fields = new LinkedHashSet<>(was.keySet());
        fields.addAll(is.keySet());
        List<ChangeHistory.FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String old = text(was.get(field));
            String now = text(is.get(field));
            if (!NOT_CHANGES.contains(field) && !Objects.equals(old, now)) {
                changes.add(new ChangeHistory.FieldChange(field, old, now));
            }
        }
        return changes;
    }

    /**
     * A field's value as text: a number without trailing zeros (61.50 and 61.5 are one value), a list's entries
     * joined by "; ", a related record by its fields; null for nothing, an empty text or an empty list.
     */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Collection<?> list) {
            String joined = list.stream().map(AuditChanges::text).filter(Objects::nonNull)
                    .collect(Collectors.joining("; "));
            return joined.isEmpty() ? null : joined;
        }
        if (value instanceof Map<?, ?> map) {
            String joined = map.entrySet().stream().filter(entry -> entry.getValue() != null)
                    .map(entry -> entry.getKey() + " " + text(entry.getValue())).collect(Collectors.joining(", "));
            return joined.isEmpty() ? null : joined;
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }
}
