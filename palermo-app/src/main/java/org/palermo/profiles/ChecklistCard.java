package org.palermo.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * The checklist card at the top of a profile, read from the "checklist" section (see the checklist module's
 * {@code ChecklistSection} for its shape): the latest published round and its date, measures answered of all,
 * progress by pillar beside the means of the other countries of the subregion and region, overall progress over
 * rounds, and — when nothing is published — what is missing and how a focal point answers. Everything is text for
 * the template to escape, except the drawings, which are SVG with their labels escaped.
 */
public record ChecklistCard(String title, String round, String version, String date, String dateKind, int answered, int measures,
                            String overall, List<PillarRow> pillars, Mean subregion, Mean region, List<Mean> means,
                            String historyStrip, String historyText, int rounds, long needs, String page, String source,
                            String basis, LinkedText missing) {

    /**
     * One pillar: the country's progress and the means beside it ("–" where nobody answered), the bar and what it says.
     */
    public record PillarRow(String code, String name, String fullName, int measures, int answered, String progress,
                            String subregion, String region, String bar, String says) {
    }

    /** The mean of the other countries of a subregion or region answering in the same round. */
    public record Mean(String level, String name, int countries, String overall) {
    }

    /** Short names for the pillars of the Framework for Action, which fit a narrow card; the full name stays in the title. */
    private static final Map<String, String> SHORT = Map.of(
            "PROSECUTION", "Prosecution",
            "PROTECTION", "Protection",
            "PREVENTION", "Prevention",
            "NATIONAL_COORDINATION", "National coordination",
            "INTERNATIONAL_COOPERATION", "Int’l cooperation");

    /** The card, or empty when the section is not of the expected shape (the page then lays it out generically). */
    static Optional<ChecklistCard> from(JsonNode s, String countryName) {
        if (s == null || !s.isObject() || !s.path("pillars").isArray() || !s.path("page").isString()) {
            return Optional.empty();
        }
        String title = text(s, "title");
        String page = text(s, "page");
        String source = text(s, "source");
        String basis = text(s, "basis");
        JsonNode round = s.path("round");
        if (!round.isObject()) {
            String missing = s.path("missing").isString() ? s.path("missing").asString()
                    : "No published self-assessment of " + countryName + " yet.";
            return Optional.of(new ChecklistCard(title, null, null, null, null, 0, 0, null, List.of(), null, null, List.of(), null, null, 0,
                    0, page, source, basis, LinkedText.of(missing)));
        }
        Mean subregion = null;
        Mean region = null;
        List<Mean> means = new ArrayList<>();
        for (JsonNode c : s.path("comparison")) {
            Mean m = new Mean(text(c, "level"), text(c, "name"), c.path("countries").asInt(0), percent(number(c, "overall")));
            if (m.countries() == 0) {
                continue;   // nobody else of it answered this round: no column of dashes
            }
            if ("subregion".equals(m.level())) {
                subregion = m;
            } else if ("region".equals(m.level())) {
                region = m;
            }
            means.add(m);
        }
        List<PillarRow> pillars = new ArrayList<>();
        for (JsonNode p : s.path("pillars")) {
            String code = text(p, "code");
            String full = text(p, "name");
            Double own = number(p, "progress");
            Double sub = number(p, "subregion_average");
            Double reg = number(p, "region_average");
            String says = full + ": " + countryName + " " + (own == null ? "no answer" : percent(own))
                    + (subregion == null ? "" : "; " + subregion.name() + " mean " + (sub == null ? "none" : percent(sub)))
                    + (region == null ? "" : "; " + region.name() + " mean " + (reg == null ? "none" : percent(reg)));
            pillars.add(new PillarRow(code, SHORT.getOrDefault(code, full), full, p.path("measures").asInt(0), p.path("answered").asInt(0),
                    percent(own), percent(sub), percent(reg), CardGraphics.progressBar(own, sub, reg, says), says));
        }
        List<CardGraphics.RoundShare> history = new ArrayList<>();
        for (JsonNode h : s.path("history")) {
            history.add(new CardGraphics.RoundShare(text(h, "round"), number(h, "overall")));
        }
        List<String> steps = history.stream().map(h -> h.round() + ": " + percent(h.overall())).toList();
        String historyText = "Overall progress by round: " + String.join(", ", steps);
        boolean published = round.path("published_at").isString();
        String date = published ? round.path("published_at").asString() : text(round, "opened_at");
        return Optional.of(new ChecklistCard(title, text(round, "name"), text(round, "version"), date == null ? null : date.substring(0, Math.min(10, date.length())),
                published ? "published" : "opened", s.path("answered").asInt(0), s.path("measures").asInt(0), percent(number(s, "overall")),
                pillars, subregion, region, means, history.size() > 1 ? CardGraphics.roundStrip(history, historyText) : null, historyText,
                history.size(), s.path("needs").asLong(0), page, source, basis, null));
    }

    /** A share as a whole percentage ("20%"), or "–" when there is none. */
    static String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + "%";
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isString() || v.isNumber() ? v.asString() : null;
    }

    private static Double number(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isNumber() ? v.asDouble() : null;
    }
}
