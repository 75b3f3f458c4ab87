package org.promise.strategy;

import java.util.List;

public record StrategyView(long id, String authority, String title, String subtitle, int startYear, int endYear,
        List<String> responsibilities, List<String> principles, List<StrategyContent.PriorityText> priorities,
        StrategyContent.Promise promise, StrategyContent.Evaluation evaluation) {

    static StrategyView of(Strategy strategy) {
        return new StrategyView(strategy.id, strategy.authority, strategy.title, strategy.subtitle,
                strategy.startYear, strategy.endYear, List.copyOf(strategy.responsibilities),
                List.copyOf(strategy.principles), List.copyOf(strategy.priorities), strategy.promise,
                strategy.evaluation);
    }

    public record Summary(long id, String authority, String title, String subtitle, int startYear, int endYear) {

        static Summary of(Strategy strategy) {
            return new Summary(strategy.id, strategy.authority, strategy.title, strategy.subtitle,
                    strategy.startYear, strategy.endYear);
        }
    }

    public record Page(List<Summary> items) {
    }
}
