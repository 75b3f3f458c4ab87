package org.promise.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.promise.common.persistence.Stamped;
import org.promise.period.PeriodKind;

@Entity
@Table(name = "indicator")
public class Indicator extends Stamped {

    @Id
    public String code;

    public String name;

    @Column(name = "plain_name")
    public String plainName;

    /** What the indicator means in plain English, its codes and jargon spelt out; none when the name says it all. */
    public String explanation;

    public String definition;

    @Convert(converter = Unit.Converter.class)
    public Unit unit;

    @Convert(converter = Polarity.Converter.class)
    public Polarity polarity;

    @Convert(converter = Priority.Converter.class)
    public Priority priority;

    @Column(name = "period_kind")
    @Convert(converter = PeriodKind.Converter.class)
    public PeriodKind periodKind;

    public int decimals;

    public String source;

    @Column(name = "numerator_label")
    public String numeratorLabel;

    @Column(name = "denominator_label")
    public String denominatorLabel;

    /** Never published: only the authority's own people and partner systems see its values. */
    @Column(name = "internal_only")
    public boolean internalOnly;

    /** For a rate, the count indicator that is its numerator (withheld together). */
    @Column(name = "numerator_indicator")
    public String numeratorIndicator;
}
