package org.promise.indicator;

import org.promise.common.wire.WireValue;

/** The priorities of the Corporate Parenting Strategy 2022-25, in its order, and Leadership from the action plan. */
public enum Priority implements WireValue {
    SAFETY_AND_PERMANENCY("Safety and Permanency"),
    HEALTH_AND_WELLBEING("Mental and Physical Health and Wellbeing"),
    EDUCATION_AND_EMPLOYMENT("Education and Employment"),
    TRANSITIONS_AND_INDEPENDENCE("Transitions and Independence"),
    INFLUENCE_AND_INVOLVEMENT("Influence and Involvement"),
    LEADERSHIP("Leadership");

    private final String title;

    Priority(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<Priority> {
        public Converter() {
            super(Priority.class);
        }
    }
}
