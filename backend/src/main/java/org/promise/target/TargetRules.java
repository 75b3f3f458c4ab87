package org.promise.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.promise.common.error.FieldError;
import org.promise.indicator.Unit;

/**
 * What a target must be, however it arrives (one at a time or in a file): a value, with an optional tolerance that
 * is not negative, or pending with the reason and neither value nor tolerance yet (docs/decisions.md, 22).
 */
final class TargetRules {

    /** A target as it arrives: pending or not, and what it gives. */
    record Proposed(BigDecimal value, BigDecimal tolerance, boolean pending, String reason) {
    }

    /** What the fields are called where the target comes from, and how to ask for a missing value there. */
    record Fields(String value, String tolerance, String reason, String giveValue) {

        static final Fields BODY = new Fields("value", "tolerance", "reason",
                "Give the target value, or set pending to true with the reason");
        static final Fields FILE = new Fields(TargetImportService.TARGET, TargetImportService.TOLERANCE,
                TargetImportService.PENDING_REASON, "Give the target, or the reason it is pending");
    }

    private TargetRules() {
    }

    /** Every rule the target breaks; {@code unit} is null when the indicator is unknown (its range is not known). */
    static List<FieldError> check(Unit unit, Proposed target, Fields fields) {
        List<FieldError> errors = new ArrayList<>();
        if (target.pending()) {
            if (target.reason() == null || target.reason().isBlank()) {
                errors.add(new FieldError(fields.reason(), "required", "Say why the target is pending, for example "
                        + "\"target to be set following baseline survey\""));
            }
            if (target.value() != null) {
                errors.add(new FieldError(fields.value(), "not-allowed", "A pending target has no value yet"));
            }
            if (target.tolerance() != null) {
                errors.add(new FieldError(fields.tolerance(), "not-allowed", "A pending target has no tolerance yet"));
            }
        } else {
            if (target.value() == null) {
                errors.add(new FieldError(fields.value(), "required", fields.giveValue()));
            } else if (unit != null) {
                unit.checkRange(target.value(), fields.value(), errors);
            }
            if (target.reason() != null) {
                errors.add(new FieldError(fields.reason(), "not-allowed", "Only a pending target has a reason; "
                        + "explain an agreed target in basis"));
            }
        }
        if (target.tolerance() != null && target.tolerance().signum() < 0) {
            errors.add(new FieldError(fields.tolerance(), "minimum", "The tolerance cannot be negative"));
        }
        return errors;
    }
}
