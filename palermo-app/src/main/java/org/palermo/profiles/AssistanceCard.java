package org.palermo.profiles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * The technical-assistance card at the top of a profile, read from the "assistance" section (see the assistance
 * module's {@code AssistanceSection} for its shape): how many projects, their budget and years, the main funders and
 * implementers, projects by pillar, the closest possible overlap, the stated needs no project addresses, and the
 * latest projects by title and years. Internal identifiers stay out of what is read; they only make links.
 */
public record AssistanceCard(int projects, String budget, String years, List<Named> funders, boolean moreFunders,
                             List<Named> implementers, boolean moreImplementers, List<PillarCount> byPillar, int overlaps,
                             String topOverlap, String overlapsPage, long needs, long gaps, String gapsPage, List<ProjectLine> latest,
                             String page, String basis, LinkedText missing) {

    public record Named(String name, int projects, String budget) {
    }

    /** Projects covering a pillar (a project may cover several), the bar and what it says. */
    public record PillarCount(String code, String label, long projects, String bar, String says) {
    }

    public record ProjectLine(String title, String years, String budget, String href) {
    }

    static final int FUNDERS = 3;
    static final int IMPLEMENTERS = 3;

    /** The Framework's order; other pillars or topics follow in the section's order. */
    private static final List<String> ORDER = List.of("PROSECUTION", "PROTECTION", "PREVENTION", "NATIONAL_COORDINATION",
            "INTERNATIONAL_COOPERATION");

    /** The card, or empty when the section is not of the expected shape (the page then lays it out generically). */
    static Optional<AssistanceCard> from(JsonNode s) {
        if (s == null || !s.isObject() || !s.path("projects").isIntegralNumber() || !s.path("page").isString()) {
            return Optional.empty();
        }
        int projects = s.path("projects").asInt();
        String page = text(s, "page");
        String basis = text(s, "basis");
        if (projects == 0) {
            return Optional.of(new AssistanceCard(0, null, null, List.of(), false, List.of(), false, List.of(), 0, null, null,
                    s.path("needs").asLong(0), s.path("gaps").asLong(0), text(s, "gaps_page"), List.of(), page, basis,
                    LinkedText.of(s.path("missing").isString() ? s.path("missing").asString() : "No technical-assistance project for this country.")));
        }
        List<Named> funders = named(s.path("funders"), FUNDERS);
        List<Named> implementers = named(s.path("implementers"), IMPLEMENTERS);
        List<PillarCount> byPillar = new ArrayList<>();
        JsonNode pillars = s.path("by_pillar");
        List<String> codes = new ArrayList<>();
        ORDER.stream().filter(pillars::has).forEach(codes::add);
        pillars.propertyNames().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
        for (String code : codes) {
            long n = pillars.path(code).asLong(0);
            String label = SectionView.human(code.toLowerCase(Locale.ROOT));
            String says = label + ": " + n + " of " + projects + " projects";
            byPillar.add(new PillarCount(code, label, n, CardGraphics.countBar(n, projects, says), says));
        }
        List<ProjectLine> latest = new ArrayList<>();
        for (JsonNode p : s.path("latest")) {
            String currency = text(p, "currency");
            latest.add(new ProjectLine(text(p, "title"), years(year(text(p, "start_date")), year(text(p, "end_date"))),
                    p.path("budget").isNumber() ? money(p.path("budget").decimalValue(), currency) : null, text(p, "page")));
        }
        List<String> budgets = new ArrayList<>();
        for (Map.Entry<String, JsonNode> b : s.path("budgets").properties()) {
            if (b.getValue().isNumber()) {
                budgets.add(money(b.getValue().decimalValue(), b.getKey()));
            }
        }
        Integer first = s.path("first_year").isNumber() && s.path("first_year").asInt() > 0 ? s.path("first_year").asInt() : null;
        Integer last = s.path("last_year").isNumber() && s.path("last_year").asInt() > 0 ? s.path("last_year").asInt() : null;
        return Optional.of(new AssistanceCard(projects, budgets.isEmpty() ? null : String.join(" + ", budgets), years(first, last),
                funders, s.path("funders").size() > funders.size(), implementers, s.path("implementers").size() > implementers.size(),
                byPillar, s.path("overlaps").asInt(0), text(s, "top_overlap"), text(s, "overlaps_page"), s.path("needs").asLong(0),
                s.path("gaps").asLong(0), text(s, "gaps_page"), latest, page, basis, null));
    }

    private static List<Named> named(JsonNode list, int limit) {
        List<Named> out = new ArrayList<>();
        for (JsonNode n : list) {
            if (out.size() == limit) {
                break;
            }
            List<String> budgets = new ArrayList<>();
            for (Map.Entry<String, JsonNode> b : n.path("budgets").properties()) {
                if (b.getValue().isNumber()) {
                    budgets.add(money(b.getValue().decimalValue(), b.getKey()));
                }
            }
            out.add(new Named(text(n, "name"), n.path("projects").asInt(0), budgets.isEmpty() ? null : String.join(" + ", budgets)));
        }
        return out;
    }

    /** "USD 730,000"; from a million on, "USD 3.3 million" (a reader compares orders of magnitude, not units). */
    static String money(BigDecimal amount, String currency) {
        String cur = currency == null || currency.isBlank() ? "" : currency + " ";
        double d = amount.doubleValue();
        if (Math.abs(d) >= 1_000_000) {
            String m = String.format(Locale.ROOT, "%.1f", d / 1_000_000);
            return cur + (m.endsWith(".0") ? m.substring(0, m.length() - 2) : m) + " million";
        }
        return cur + String.format(Locale.ROOT, "%,d", amount.setScale(0, java.math.RoundingMode.HALF_UP).longValue());
    }

    private static Integer year(String isoDate) {
        return isoDate != null && isoDate.matches("\\d{4}-.*") ? Integer.valueOf(isoDate.substring(0, 4)) : null;
    }

    static String years(Integer first, Integer last) {
        if (first == null && last == null) {
            return null;
        }
        if (first == null || last == null || first.equals(last)) {
            return String.valueOf(first == null ? last : first);
        }
        return first + "–" + last;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isString() || v.isNumber() ? v.asString() : null;
    }
}
