package org.promise.datacheck;

import java.time.OffsetDateTime;

/** An officer's explanation of a warning; {@code current} is false once the figures it was given for changed. */
public record ExplanationView(String authority, String key, String reason, String explainedBy,
        OffsetDateTime explainedAt, boolean current, long version) {

    static ExplanationView of(CheckExplanation explanation, Finding finding) {
        return new ExplanationView(explanation.authorityCode, explanation.checkKey, explanation.reason,
                explanation.explainedBy, explanation.updatedAt,
                finding != null && DataCheckView.statusOf(finding, explanation) == DataCheckView.Status.EXPLAINED,
                explanation.version);
    }
}
