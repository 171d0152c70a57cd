package org.palermo.caselaw;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.palermo.coding.Act;
import org.palermo.coding.Form;
import org.palermo.coding.Means;
import org.palermo.coding.Purpose;

/**
 * The coded fields of a decision, named as in CONTRACTS.md §3 ({@code labels}), plus the nationality
 * of victims. Each knows whether it holds a list and which values it accepts.
 */
public enum CodingField {
    ACTS("acts", Kind.LIST, names(Act.values())),
    MEANS("means", Kind.LIST, names(Means.values())),
    PURPOSES("purposes", Kind.LIST, names(Purpose.values())),
    FORM("form", Kind.CODE, names(Form.values())),
    ORGANIZED_CRIMINAL_GROUP("organized_criminal_group", Kind.BOOLEAN, null),
    VICTIMS("victims", Kind.INTEGER, null),
    VICTIMS_IS_MINIMUM("victims_is_minimum", Kind.BOOLEAN, null),
    MINORS_INVOLVED("minors_involved", Kind.BOOLEAN, null),
    FEMALE_VICTIMS("female_victims", Kind.BOOLEAN, null),
    MALE_VICTIMS("male_victims", Kind.BOOLEAN, null),
    FEMALE_DEFENDANTS("female_defendants", Kind.BOOLEAN, null),
    MALE_DEFENDANTS("male_defendants", Kind.BOOLEAN, null),
    VICTIMS_NATIONALITY("victims_nationality", Kind.CODE, List.of("NATIONAL", "FOREIGN", "BOTH")),
    SECTORS("sectors", Kind.LIST, null),
    /** Victims' nationalities, ISO 3166-1 alpha-3: an extension of the contract's labels. */
    VICTIM_NATIONALITIES("victim_nationalities", Kind.COUNTRIES, null),
    /** Defendants' nationalities where stated, ISO 3166-1 alpha-3. */
    DEFENDANT_NATIONALITIES("defendant_nationalities", Kind.COUNTRIES, null);

    enum Kind { LIST, CODE, BOOLEAN, INTEGER, COUNTRIES }

    private final String json;
    private final Kind kind;
    private final List<String> codes;

    CodingField(String json, Kind kind, List<String> codes) {
        this.json = json;
        this.kind = kind;
        this.codes = codes;
    }

    /** The field's name in JSON and in the database ({@code minors_involved}). */
    public String json() {
        return json;
    }

    public boolean isList() {
        return kind == Kind.LIST || kind == Kind.COUNTRIES;
    }

    Kind kind() {
        return kind;
    }

    /** The accepted values, or null for free text (sectors), booleans and numbers. */
    public List<String> codes() {
        return codes;
    }

    public static Optional<CodingField> byJson(String name) {
        return Arrays.stream(values()).filter(f -> f.json.equals(name)).findFirst();
    }

    /**
     * One value as stored (codes upper case, booleans {@code true}/{@code false}, numbers as digits).
     *
     * @throws IllegalArgumentException naming the field and the value, when it is not one this field accepts
     */
    String normalise(String raw) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException(json + ": empty value");
        }
        switch (kind) {
            case BOOLEAN -> {
                String b = v.toLowerCase(Locale.ROOT);
                if (List.of("true", "yes", "1").contains(b)) {
                    return "true";
                }
                if (List.of("false", "no", "0").contains(b)) {
                    return "false";
                }
                throw new IllegalArgumentException(json + ": '" + raw + "' is not true or false");
            }
            case INTEGER -> {
                try {
                    int n = Integer.parseInt(v);
                    if (n < 0) {
                        throw new NumberFormatException();
                    }
                    return Integer.toString(n);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(json + ": '" + raw + "' is not a number of victims");
                }
            }
            case COUNTRIES -> {
                String iso3 = v.toUpperCase(Locale.ROOT);
                if (!org.palermo.reference.Countries.bundled().isKnown(iso3)) {
                    throw new IllegalArgumentException(json + ": '" + raw + "' is not an ISO 3166-1 alpha-3 country code");
                }
                return iso3;
            }
            default -> {
                if (codes == null) {
                    return v.length() > 200 ? v.substring(0, 200) : v;
                }
                String code = v.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
                if (!codes.contains(code)) {
                    throw new IllegalArgumentException(json + ": unknown value '" + raw + "' (one of " + String.join(", ", codes) + ")");
                }
                return code;
            }
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
