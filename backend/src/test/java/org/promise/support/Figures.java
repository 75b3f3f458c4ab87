package org.promise.support;

import java.util.HashMap;
import java.util.Map;

/** Writes figures through the API, as an officer would, for tests that need them. */
public final class Figures {

    private Figures() {
    }

    public static void put(String officer, String indicator, String area, String period, Number value, Number numerator,
            Number denominator, String status) {
        put(officer, indicator, area, period, value, numerator, denominator, status, null);
    }

    /** A final value with a note on it. */
    public static void putWithNote(String officer, String indicator, String area, String period, Number value,
            Number numerator, Number denominator, String note) {
        put(officer, indicator, area, period, value, numerator, denominator, "final", note);
    }

    private static void put(String officer, String indicator, String area, String period, Number value,
            Number numerator, Number denominator, String status, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("note", note);
        body.put("value", value);
        body.put("numerator", numerator);
        body.put("denominator", denominator);
        body.put("status", status);
        Contract.as(officer).contentType("application/json").body(body)
                .put("/api/v1/indicators/" + indicator + "/values/" + area + "/" + period)
                .then().statusCode(201);
    }

    /** The routes out of care: 36 + 3 + 15 + 12 = 66; the 3 is withheld, and so the 12, and the 3's rate. */
    public static void writeLeavingCare(String officer, String area, String period) {
        put(officer, "LEAVE_TOTAL", area, period, 66, null, null, "final");
        put(officer, "LEAVE_REUNIF", area, period, 36, null, null, "final");
        put(officer, "LEAVE_SGO", area, period, 3, null, null, "final");
        put(officer, "LEAVE_ADOPT", area, period, 15, null, null, "final");
        put(officer, "LEAVE_OTHER", area, period, 12, null, null, "final");
        put(officer, "LEAVE_SGO_PCT", area, period, 4.5, 3, 66, "final");
        put(officer, "LEAVE_ADOPT_PCT", area, period, 22.7, 15, 66, "final");
    }

}
