package org.palermo.caselaw;

import java.util.Locale;
import java.util.Map;

import org.palermo.reference.Countries;
import org.palermo.reference.Country;

/** Words for codes on pages: "FORCED_LABOUR" → "Forced labour", "USA" → "United States of America". */
final class Labels {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("purposes", "Purpose"), Map.entry("form", "Form"), Map.entry("acts", "Act"), Map.entry("means", "Means"),
            Map.entry("jurisdiction", "Jurisdiction"), Map.entry("year", "Year"), Map.entry("sectors", "Sector"),
            Map.entry("minors_involved", "Minors involved"), Map.entry("victims", "Number of victims"),
            Map.entry("victims_is_minimum", "Victim count is a minimum"), Map.entry("female_victims", "Female victims"),
            Map.entry("male_victims", "Male victims"), Map.entry("female_defendants", "Female defendants"),
            Map.entry("male_defendants", "Male defendants"), Map.entry("organized_criminal_group", "Organised criminal group"),
            Map.entry("victims_nationality", "Nationality of victims"), Map.entry("level", "Court level"),
            Map.entry("victim_nationalities", "Victims' nationality"), Map.entry("defendant_nationalities", "Defendants' nationality"),
            Map.entry("coding", "Coded by"));

    private Labels() {
    }

    static String field(String name) {
        return FIELDS.getOrDefault(name, name);
    }

    static String value(String field, String value) {
        if (value == null) {
            return "";
        }
        if (field.equals("jurisdiction") || field.equals("victim_nationalities") || field.equals("defendant_nationalities")) {
            return Countries.bundled().byIso3(value).map(Country::name).orElse(value);
        }
        if (field.equals("coding")) {
            return switch (value) {
                case "HUMAN" -> "people";
                case "SUGGESTED" -> "the coder (unreviewed)";
                default -> "nobody";
            };
        }
        if (value.equals("true")) {
            return "yes";
        }
        if (value.equals("false")) {
            return "no";
        }
        if (value.matches("[A-Z_]+")) {
            String s = value.replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return value;
    }
}
