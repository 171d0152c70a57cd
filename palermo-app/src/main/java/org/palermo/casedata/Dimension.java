package org.palermo.casedata;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What published case-data counts can be broken down by. The first five are the quasi-identifiers
 * of CTDC's k-anonymity rule: together they could single a person out, so every published
 * combination of them must cover at least {@link Disclosure#K} records. The others are multi-valued
 * (a person can suffer several forms of exploitation), so their counts do not add up.
 */
public enum Dimension {
    SEX("sex", "sex", true, false),
    AGE_BAND("age_band", "age_band", true, false),
    CITIZENSHIP("citizenship", "citizenship", true, false),
    COUNTRY("country", "exploited_in", true, false),
    YEAR("year", "year", true, false),
    FORM("form", "forms", false, true),
    MEANS("means", "means", false, true),
    RECRUITER("recruiter", "recruiter", false, true);

    private final String param;
    private final String column;
    private final boolean quasiIdentifier;
    private final boolean multiValued;

    Dimension(String param, String column, boolean quasiIdentifier, boolean multiValued) {
        this.param = param;
        this.column = column;
        this.quasiIdentifier = quasiIdentifier;
        this.multiValued = multiValued;
    }

    /** The name used in request parameters, JSON and CSV. */
    public String param() {
        return param;
    }

    /** The column of case_record; fixed here, never taken from a request. */
    String column() {
        return column;
    }

    public boolean isQuasiIdentifier() {
        return quasiIdentifier;
    }

    public boolean isMultiValued() {
        return multiValued;
    }

    public static Optional<Dimension> byParam(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.param.equals(n)).findFirst();
    }
}
