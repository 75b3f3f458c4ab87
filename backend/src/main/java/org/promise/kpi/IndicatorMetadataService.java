package org.promise.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.promise.common.security.Caller;
import org.promise.disclosure.Audience;
import org.promise.indicator.IndicatorService;
import org.promise.indicator.IndicatorView;
import org.promise.indicator.Priority;

/**
 * Indicator metadata for analysts and partner systems: which areas and periods have figures the caller may read (the
 * KPI feed's own rule, {@link Audience}), the footnotes, and cross-references. Three statements for a whole listing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorMetadataService {

    private final IndicatorService indicators;
    private final IndicatorMetadataReads reads;
    private final Caller caller;

    public IndicatorMetadataService(IndicatorService indicators, IndicatorMetadataReads reads, Caller caller) {
        this.indicators = indicators;
        this.reads = reads;
        this.caller = caller;
    }

    /** The catalogue as this caller sees it, with each indicator's metadata. */
    public List<IndicatorMetadata> list(Optional<Priority> priority) {
        return of(indicators.list(priority));
    }

    /** One indicator's metadata, or 404 as for the indicator itself. */
    public IndicatorMetadata get(String code) {
        return of(List.of(indicators.get(code))).get(0);
    }

    private List<IndicatorMetadata> of(List<IndicatorView> views) {
        List<String> codes = views.stream().map(IndicatorView::code).toList();
        Map<String, List<IndicatorMetadata.Coverage>> coverage = reads.coverage(codes, Audience.of(caller));
        Map<String, IndicatorMetadata.CrossReferences> references = reads.crossReferences(codes);
        return views.stream().map(view -> new IndicatorMetadata(view.code(), view.name(), view.unit(),
                view.periodKind(), footnotes(view),
                references.getOrDefault(view.code(), IndicatorMetadata.CrossReferences.NONE),
                coverage.getOrDefault(view.code(), List.of()))).toList();
    }

    /** What the definition says, in the order a reader needs it: what is counted, what it means, where it is from. */
    static List<String> footnotes(IndicatorView view) {
        List<String> notes = new ArrayList<>();
        notes.add(view.definition());
        if (view.explanation() != null) {
            notes.add(view.explanation());
        }
        if (view.numeratorLabel() != null && view.denominatorLabel() != null) {
            notes.add("Numerator: " + view.numeratorLabel() + "; denominator: " + view.denominatorLabel() + ".");
        }
        if (view.numeratorIndicator() != null) {
            notes.add("Withheld together with " + view.numeratorIndicator()
                    + ", its numerator, when that is a small number.");
        }
        if (view.internalOnly()) {
            notes.add("Never published: only the authority's own people and partner systems see its figures.");
        }
        notes.add("Source: " + view.source() + ".");
        return List.copyOf(notes);
    }
}
