package org.promise.common.wire;

import java.util.regex.Pattern;

/** The shapes of the codes the contract names things by (IndicatorCodeValue, AreaCode, GssCode). */
public final class Codes {

    public static final String INDICATOR = "^[A-Z][A-Z0-9_]{1,39}$";
    /** An authority, region or country (ONS GSS), or an authority's statistical neighbours ("SN-" and its code). */
    public static final String AREA = "^(SN-)?E[0-9]{8}$";
    public static final String GSS = "^E[0-9]{8}$";
    public static final String GSS_MESSAGE = "must be an ONS GSS code such as E08000030";

    private static final Pattern INDICATOR_PATTERN = Pattern.compile(INDICATOR);
    private static final Pattern AREA_PATTERN = Pattern.compile(AREA);

    private Codes() {
    }

    public static boolean isIndicator(String code) {
        return code != null && INDICATOR_PATTERN.matcher(code).matches();
    }

    public static boolean isArea(String code) {
        return code != null && AREA_PATTERN.matcher(code).matches();
    }
}
