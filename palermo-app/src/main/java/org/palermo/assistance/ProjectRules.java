package org.palermo.assistance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.palermo.reference.Countries;

/**
 * What every project must satisfy, whichever way it comes (IATI XML, CSV, the API): each broken rule is named
 * with the field it is about, so a file's reader can add the file and line.
 */
final class ProjectRules {

    /** A field and what is wrong with it. */
    record Problem(String field, String message) {
    }

    /** Kosovo: a user-assigned code the US grant listings use; not in ISO 3166-1. */
    static final String KOSOVO = "XKX";

    private static final Pattern DAC5 = Pattern.compile("\\d{5}");
    private static final Pattern DAC3 = Pattern.compile("\\d{3}");
    private static final Pattern SDG_GOAL = Pattern.compile("\\d{1,2}");
    private static final Pattern SDG_TARGET = Pattern.compile("\\d{1,2}\\.[0-9a-z]{1,2}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private ProjectRules() {
    }

    static boolean knownCountry(String iso3) {
        return KOSOVO.equals(iso3) || Countries.bundled().isKnown(iso3);
    }

    static List<Problem> check(Project p, Set<String> measureKeys) {
        List<Problem> out = new ArrayList<>();
        if (p.identifier() == null || p.identifier().isBlank()) {
            out.add(new Problem("identifier", "each project needs an identifier (an IATI activity identifier)"));
        } else if (p.identifier().length() > 200) {
            out.add(new Problem("identifier", "the identifier is longer than 200 characters"));
        }
        if (p.title() == null || p.title().isBlank()) {
            out.add(new Problem("title", "each project needs a title"));
        } else if (p.title().length() > 1000) {
            out.add(new Problem("title", "the title is longer than 1,000 characters"));
        }
        if (p.description() != null && p.description().length() > 20000) {
            out.add(new Problem("description", "the description is longer than 20,000 characters"));
        }
        Set<String> seen = new HashSet<>();
        for (Project.Recipient r : p.countries()) {
            if (r.country() == null || !knownCountry(r.country())) {
                out.add(new Problem("countries", "'" + r.country() + "' is not an ISO 3166-1 alpha-3 country code"));
            } else if (!seen.add(r.country())) {
                out.add(new Problem("countries", r.country() + " is named twice"));
            }
            percentage(r.percentage(), "countries", out);
        }
        for (String m : p.measures()) {
            if (!measureKeys.contains(m.toLowerCase(Locale.ROOT))) {
                out.add(new Problem("measures", "'" + m + "' is not a measure of the Framework for Action (a.1 … e.8)"));
            }
        }
        for (Project.Sector s : p.sectors()) {
            String v = s.vocabulary();
            String c = s.code();
            boolean ok = switch (v) {
                case "1" -> DAC5.matcher(c).matches();
                case "2" -> DAC3.matcher(c).matches();
                case "7" -> SDG_GOAL.matcher(c).matches();
                case "8" -> SDG_TARGET.matcher(c).matches();
                default -> v.matches("\\d{1,2}") && !c.isBlank() && c.length() <= 40;
            };
            if (!ok) {
                out.add(new Problem("sectors", "'" + c + "' is not a code of sector vocabulary " + v
                        + (v.equals("1") ? " (a 5-digit DAC purpose code such as 15180)" : v.equals("8") ? " (an SDG target such as 8.7)" : "")));
            }
            percentage(s.percentage(), "sectors", out);
        }
        if (p.start() != null && p.end() != null && p.end().isBefore(p.start())) {
            out.add(new Problem("end_date", "the end " + p.end() + " is before the start " + p.start()));
        }
        if (p.budget() != null) {
            if (p.budget().signum() < 0) {
                out.add(new Problem("budget", "the budget is negative"));
            }
            if (p.budget().compareTo(new BigDecimal("1e16")) >= 0) {
                out.add(new Problem("budget", "the budget is too large"));
            }
            if (p.currency() == null || !CURRENCY.matcher(p.currency()).matches()) {
                out.add(new Problem("currency", "a budget needs its ISO 4217 currency (USD, EUR…), not '"
                        + (p.currency() == null ? "" : p.currency()) + "'"));
            }
        } else if (p.currency() != null && !p.currency().isBlank()) {
            out.add(new Problem("budget", "a currency without a budget"));
        }
        for (Project.Transaction t : p.transactions()) {
            if (t.currency() == null || !CURRENCY.matcher(t.currency()).matches()) {
                out.add(new Problem("transaction", "a transaction needs its ISO 4217 currency"));
            }
        }
        if (p.status() == null) {
            out.add(new Problem("status", "each project needs a status (" + ProjectStatus.codes() + ")"));
        }
        for (Project.Participant o : p.organisations()) {
            if (o.name() == null || o.name().isBlank()) {
                out.add(new Problem("organisations", "an organisation needs a name"));
            } else if (o.name().length() > 2000) {
                out.add(new Problem("organisations", "an organisation's name is longer than 2,000 characters"));
            }
            if (o.type() != null && !o.type().matches("\\d{2}")) {
                out.add(new Problem("organisations", "'" + o.type() + "' is not an IATI organisation type (two digits, 10 = government)"));
            }
        }
        return out;
    }

    private static void percentage(BigDecimal p, String field, List<Problem> out) {
        if (p != null && (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0)) {
            out.add(new Problem(field, "a percentage between 0 and 100, not " + p.toPlainString()));
        }
    }
}
