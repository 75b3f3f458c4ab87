package org.promise.actionplan;

import java.math.BigDecimal;
import java.util.List;
import org.promise.figure.ValueStatus;
import org.promise.indicator.StatisticalSymbol;
import org.promise.indicator.Unit;
import org.promise.scorecard.Rag;

/** An item with everything its page shows: the figures that measure it, its history and the board's questions. */
public record ActionItemDetail(ActionItemView item, List<LinkedIndicator> indicators,
        List<ActionItemView.UpdateView> updates, List<ActionItemView.EarlierUpdate> earlierUpdates,
        List<ActionItemView.QuestionView> questions) {

    /** A linked indicator as the authority's latest scorecard shows it; no figure yet leaves the reading empty. */
    public record LinkedIndicator(String code, String name, Unit unit, int decimals, String period, BigDecimal value,
            StatisticalSymbol symbol, ValueStatus status, BigDecimal target, Rag rag, String ragReason) {
    }
}
