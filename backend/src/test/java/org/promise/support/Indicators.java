package org.promise.support;

import java.util.HashMap;
import java.util.Map;

/** Indicators of a test's own, made through the API by an administrator. */
public final class Indicators {

    private Indicators() {
    }

    /** The body of a new financial-year indicator, to change or add to before {@link #create}. */
    public static Map<String, Object> financialYear(String code, String name, String unit, String polarity,
            String priority, int decimals) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("plainName", name);
        body.put("definition", "A test's own indicator: " + name + ".");
        body.put("unit", unit);
        body.put("polarity", polarity);
        body.put("priority", priority);
        body.put("periodKind", "financial-year");
        body.put("decimals", decimals);
        body.put("source", "Local performance data");
        return body;
    }

    public static void create(Map<String, Object> body) {
        Contract.as(Tokens.admin()).contentType("application/json").body(body).post("/api/v1/indicators")
                .then().statusCode(201);
    }
}
