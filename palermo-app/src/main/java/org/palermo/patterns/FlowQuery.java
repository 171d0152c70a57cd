package org.palermo.patterns;

import java.util.Locale;
import java.util.Set;

import org.palermo.reference.Countries;
import org.palermo.system.InvalidInputException;

/**
 * A filter over flows: period, form of exploitation, region (UN M49 region or sub-region of either
 * end), a country at either end, and the basis. Null fields do not filter.
 */
public record FlowQuery(Period period, String form, String region, String country, Basis basis) {

    static final Set<String> FORMS = Set.of("SEXUAL_EXPLOITATION", "FORCED_LABOUR", "DOMESTIC_SERVITUDE", "BEGGING",
            "FORCED_MARRIAGE", "CHILD_SOLDIERS", "CRIMINAL_ACTIVITY", "ORGAN_REMOVAL", "ILLEGAL_ADOPTION",
            "SLAVERY_SERVITUDE_OTHER");

    public FlowQuery {
        period = period == null ? Period.ALL : period;
        basis = basis == null ? Basis.ACCEPTED : basis;
        form = form(form);
        region = region == null || region.isBlank() ? null : region.strip();
        country = country(country);
    }

    public static FlowQuery all() {
        return new FlowQuery(Period.ALL, null, null, null, Basis.ACCEPTED);
    }

    static String form(String form) {
        if (form == null || form.isBlank()) {
            return null;
        }
        String f = form.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (!FORMS.contains(f)) {
            throw new InvalidInputException("form", "form is one of " + new java.util.TreeSet<>(FORMS) + ", not '" + form + "'");
        }
        return f;
    }

    static String country(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String c = country.strip().toUpperCase(Locale.ROOT);
        if (!Countries.bundled().isKnown(c)) {
            throw new InvalidInputException("country", "Unknown ISO 3166-1 alpha-3 code '" + country + "'");
        }
        return c;
    }

    String key() {
        return period + "|" + form + "|" + region + "|" + country + "|" + basis;
    }
}
