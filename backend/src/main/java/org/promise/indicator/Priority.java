package org.promise.indicator;

import org.promise.common.wire.WireValue;

/** The priorities of the Corporate Parenting Strategy 2022-25, in its order, and Leadership from the action plan. */
public enum Priority implements WireValue {
    SAFETY_AND_PERMANENCY("safety-and-permanency", "Safety and Permanency"),
    HEALTH_AND_WELLBEING("health-and-wellbeing", "Mental and Physical Health and Wellbeing"),
    EDUCATION_AND_EMPLOYMENT("education-and-employment", "Education and Employment"),
    TRANSITIONS_AND_INDEPENDENCE("transitions-and-independence", "Transitions and Independence"),
    INFLUENCE_AND_INVOLVEMENT("influence-and-involvement", "Influence and Involvement"),
    LEADERSHIP("leadership", "Leadership");

    private final String wire;
    private final String title;

    Priority(String wire, String title) {
        this.wire = wire;
        this.title = title;
    }

    @Override
    public String wire() {
        return wire;
    }

    public String title() {
        return title;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends org.promise.common.wire.WireValueConverter<Priority> {
        public Converter() {
            super(Priority.class);
        }
    }
}
