package org.promise.strategy;

import java.util.List;
import org.promise.indicator.Priority;

/** The sections of a strategy document, stored as JSON and served as they are. */
public final class StrategyContent {

    private StrategyContent() {
    }

    public record PriorityText(Priority priority, String name, String statement, List<String> narrative,
            String commitmentsHeading, List<String> commitments) {
    }

    /** The Promise to children and young people, by age band and theme. */
    public record Promise(String introduction, List<AgeBand> ageBands) {
    }

    public record AgeBand(String ageBand, String title, String introduction, List<Theme> themes) {
    }

    public record Theme(String theme, String heading, List<String> promises) {
    }

    /** How the board will know it is doing a good job. */
    public record Evaluation(String heading, List<String> paragraphs, String measuresHeading,
            List<EvaluationMeasure> measures) {
    }

    public record EvaluationMeasure(String text, List<String> items) {
    }
}
