package org.promise.common.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value that is well-formed but breaks one of the service's rules for every body (text PostgreSQL cannot
 * store, a date out of range). Thrown while reading, so Jackson adds the path to the field, and the answer names
 * the field and the rule.
 */
public class JsonRuleException extends JsonMappingException {

    private final String rule;
    private final String requirement;

    public JsonRuleException(JsonParser parser, String rule, String requirement) {
        super(parser, requirement);
        this.rule = rule;
        this.requirement = requirement;
    }

    public String rule() {
        return rule;
    }

    /** What the value must be, to follow the field's name: "must be a date (YYYY-MM-DD)". */
    public String requirement() {
        return requirement;
    }
}
