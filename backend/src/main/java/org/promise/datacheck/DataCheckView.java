package org.promise.datacheck;

import java.util.List;
import org.promise.common.wire.Decimals;

/**
 * A warning as the API gives it: its rule, what it is about, the figures it read, its sentence, and whether an
 * officer has explained it (for these figures: an explanation given for other figures has lapsed, and is shown as
 * such so that its version can be quoted when explaining again).
 */
public record DataCheckView(String key, DataRule rule, String indicator, String indicatorName, String area,
        String period, List<Finding.Figure> figures, String sentence, Status status, ExplanationView explanation) {

    public enum Status implements org.promise.common.wire.WireValue {
        OPEN,
        EXPLAINED
    }

    /** Explained while an explanation stands for the figures as they are; open otherwise. */
    static Status statusOf(Finding finding, CheckExplanation explanation) {
        return explanation != null && explanation.fingerprint.equals(finding.fingerprint()) ? Status.EXPLAINED
                : Status.OPEN;
    }

    static DataCheckView of(Finding finding, String indicatorName, CheckExplanation explanation) {
        ExplanationView explained = explanation == null ? null : ExplanationView.of(explanation, finding);
        return new DataCheckView(finding.key(), finding.rule(), finding.indicator(), indicatorName, finding.area(),
                finding.period(), finding.figures().stream().map(figure -> new Finding.Figure(figure.label(),
                        Decimals.plain(figure.value()))).toList(), finding.sentence(),
                statusOf(finding, explanation), explained);
    }

    public record Page(List<DataCheckView> items) {
    }
}
