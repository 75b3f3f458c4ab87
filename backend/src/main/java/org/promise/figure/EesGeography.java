package org.promise.figure;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.promise.area.Area;

/**
 * An area as DfE's explore-education-statistics (EES) files name it: a geographic_level from EES's vocabulary and
 * the geography columns that level requires (docs/decisions.md, 47). England is the country of every area Promise
 * holds. A statistical-neighbour group is no EES level: its rows are its authority's, told apart by the
 * comparator_group filter. A regional adoption agency is an "Institution", with its code as institution_id.
 */
public record EesGeography(String level, String countryCode, String countryName, String regionCode,
        String regionName, String oldLaCode, String newLaCode, String laName, String institutionId,
        String institutionName, String comparatorGroup) {

    public static final String NATIONAL = "National";
    public static final String REGIONAL = "Regional";
    public static final String LOCAL_AUTHORITY = "Local authority";
    public static final String INSTITUTION = "Institution";

    /** EES's code for a code that is not known (an authority whose DfE number Promise does not hold). */
    public static final String UNKNOWN_CODE = "x";

    /** The comparator_group of an area's own figures; a neighbour group's rows name the group instead. */
    public static final String OWN_FIGURES = "Own figures";

    /** Where a neighbour group's rows name it: "Walsall's statistical neighbours (average)". */
    public static String comparatorOf(Area neighbours) {
        return neighbours.name + " (average)";
    }

    /** The area's geography, with its authority, region and country found among {@code areas}. */
    public static EesGeography of(Area area, Map<String, Area> areas) {
        Area england = areas.get(Area.ENGLAND);
        return switch (area.kind) {
            case COUNTRY -> new EesGeography(NATIONAL, area.code, area.name, null, null, null, null, null, null, null,
                    OWN_FIGURES);
            case REGION -> new EesGeography(REGIONAL, england.code, england.name, area.code, area.name, null, null,
                    null, null, null, OWN_FIGURES);
            case LOCAL_AUTHORITY -> authority(area, areas, england, OWN_FIGURES);
            case STATISTICAL_NEIGHBOURS -> authority(areas.get(area.parentCode), areas, england, comparatorOf(area));
            case REGIONAL_ADOPTION_AGENCY -> new EesGeography(INSTITUTION, england.code, england.name, null, null,
                    null, null, null, area.code, area.name, OWN_FIGURES);
        };
    }

    private static EesGeography authority(Area authority, Map<String, Area> areas, Area england, String comparator) {
        Area region = areas.get(authority.parentCode);
        return new EesGeography(LOCAL_AUTHORITY, england.code, england.name, region.code, region.name,
                authority.dfeCode != null ? authority.dfeCode : UNKNOWN_CODE, authority.code, authority.name, null, null, comparator);
    }

    /** The cells under {@link TidyRow#GEOGRAPHY_COLUMNS}, in their order. */
    public List<Object> cells() {
        return Arrays.asList(level, countryCode, countryName, regionCode, regionName, oldLaCode, newLaCode, laName,
                institutionId, institutionName, comparatorGroup);
    }
}
