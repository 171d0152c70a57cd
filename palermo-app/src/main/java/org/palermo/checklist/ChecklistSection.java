package org.palermo.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.palermo.answers.KeptAnswers;
import org.palermo.profiles.ProfileSection;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "checklist" section of a country profile: progress by pillar of the Framework for Action in the
 * country's latest published round, beside the means of its M49 subregion and region, and over rounds.
 * Always the public's view (submitted answers of published rounds), computed when asked: an answer shows in
 * the next profile, and the section is the same for every reader, so a profile may be kept as a whole.
 *
 * <p>Shape: {@code checklist, title, round {id, name, status, version, opened_at, published_at}, overall, answered,
 * measures, pillars [{code, name, measures, answered, progress, subregion_average, region_average}],
 * comparison [{level, name, countries, overall}], history [{round, overall, pillars {CODE: progress}}],
 * needs, page, basis, missing}; progress values are 0–1, null when nothing was answered.
 */
@Component
class ChecklistSection implements ProfileSection {

    private final Progress progress;
    private final ChecklistNeeds needs;
    private final KeptAnswers kept;

    ChecklistSection(Progress progress, ChecklistNeeds needs, ChecklistVersion version, JsonMapper mapper) {
        this.progress = progress;
        this.needs = needs;
        this.kept = new KeptAnswers(version, mapper, 512, 16L << 20);
    }

    @Override
    public String key() {
        return "checklist";
    }

    /** Kept per country until the checklists' data change ({@link ChecklistVersion}): the public's view only. */
    @Override
    public Optional<Object> forCountry(String iso3) {
        return kept.value("section|" + iso3, () -> compute(iso3)).value();
    }

    private Optional<Object> compute(String iso3) {
        Progress.CountryProgress p;
        try {
            p = progress.country(Checklists.FRAMEWORK, iso3, Visibility.PUBLIC);
        } catch (org.palermo.system.NotFoundException e) {
            return Optional.empty();   // no such country or no checklist loaded: nothing to say
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("checklist", p.checklist());
        s.put("title", p.title());
        s.put("page", "/checklist/" + p.country());
        s.put("basis", "self-assessment answers submitted by the national focal point in published rounds; a measure "
                + "in place counts 1, partly ½, planned ¼, not in place or unanswered 0");
        s.put("source", "measures a.1–e.8 of the Framework for Action, seed 003 Annex III");
        if (p.latest() == null) {
            s.put("round", null);
            s.put("pillars", List.of());
            s.put("missing", "No published self-assessment of " + p.countryName() + " yet. Its focal point answers at /checklist/"
                    + p.country() + " in a round an analyst has opened; answers become public when the round is published.");
            return Optional.of(s);
        }
        Round r = p.latest().round();
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("id", r.id());
        round.put("name", r.name());
        round.put("status", r.status());
        round.put("version", r.versionLabel());
        round.put("opened_at", r.openedAt());
        round.put("published_at", r.publishedAt());
        s.put("round", round);
        s.put("overall", p.latest().overall());
        s.put("answered", p.latest().answered());
        s.put("measures", p.latest().measures());
        List<Map<String, Object>> pillars = new ArrayList<>();
        for (Progress.Group g : p.latest().groups()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", g.code());
            row.put("name", g.pillar() == null ? g.name() : g.pillar().label());
            row.put("measures", g.measures());
            row.put("answered", g.answered());
            row.put("progress", g.progress());
            for (Progress.RegionAverage a : p.comparison()) {
                Double average = null;
                for (Progress.Average x : a.groups()) {
                    if (x.code().equals(g.code())) {
                        average = x.progress();
                    }
                }
                row.put(a.level() + "_average", average);
            }
            pillars.add(row);
        }
        s.put("pillars", pillars);
        s.put("comparison", p.comparison().stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("level", a.level());
            m.put("name", a.name());
            m.put("countries", a.countries());
            m.put("overall", a.overall());
            return m;
        }).toList());
        s.put("history", p.rounds().stream().map(h -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("round", h.round().name());
            m.put("overall", h.overall());
            Map<String, Double> byPillar = new LinkedHashMap<>();
            h.groups().forEach(g -> byPillar.put(g.code(), g.progress()));
            m.put("pillars", byPillar);
            return m;
        }).toList());
        s.put("needs", needs.published(p.country()).stream().filter(n -> n.checklist().equals(Checklists.FRAMEWORK)).count());
        return Optional.of(s);
    }
}
