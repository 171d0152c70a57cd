package org.palermo.assistance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.checklist.ChecklistNeeds;
import org.palermo.reference.Countries;
import org.palermo.reference.Country;
import org.springframework.stereotype.Service;

/**
 * Needs for technical assistance that countries stated in their published self-assessments, each beside the
 * projects that address it: a project for the same country, running at or after the round in which the need
 * was stated, that names the measure (addressed), or names no measure but works in the measure's pillar
 * (addressed by pillar only). A need no project addresses is a gap.
 */
@Service
public class Gaps {

    public enum State { GAP, BY_PILLAR, BY_MEASURE }

    public record ProjectRef(long id, String identifier, String title, List<String> funders,
                             @JsonProperty("start_date") LocalDate start, @JsonProperty("end_date") LocalDate end) {
    }

    public record Gap(String country, @JsonProperty("country_name") String countryName, String checklist, String round,
                      String measure, String pillar, String wording, String status, String needs, State state,
                      List<ProjectRef> projects, String explanation) {
    }

    private final ChecklistNeeds needs;
    private final Projects projects;

    Gaps(ChecklistNeeds needs, Projects projects) {
        this.needs = needs;
        this.projects = projects;
    }

    /** Every published need (of one country, or all), gaps first. */
    public List<Gap> find(String iso3) {
        List<ChecklistNeeds.Need> all = needs.published(iso3);
        if (all.isEmpty()) {
            return List.of();
        }
        Projects.Measures measures = projects.measures();
        Map<String, List<Project>> byCountry = new HashMap<>();
        for (Project p : projects.find(new Projects.Filter(iso3, null, null, null, null))) {
            p.countryCodes().forEach(c -> byCountry.computeIfAbsent(c, k -> new ArrayList<>()).add(p));
        }
        List<Gap> out = new ArrayList<>();
        for (ChecklistNeeds.Need n : all) {
            List<ProjectRef> byMeasure = new ArrayList<>();
            List<ProjectRef> byPillar = new ArrayList<>();
            for (Project p : byCountry.getOrDefault(n.country(), List.of())) {
                if (p.end() != null && p.end().isBefore(n.roundOpened())) {
                    continue;
                }
                boolean names = p.measures().stream().map(k -> measures.byKey().get(k.toLowerCase(java.util.Locale.ROOT)))
                        .anyMatch(i -> i != null && i.measureId() == n.measureId());
                if (names) {
                    byMeasure.add(ref(p));
                } else if (p.measures().isEmpty() && n.pillar() != null && p.pillars().contains(n.pillar())) {
                    byPillar.add(ref(p));
                }
            }
            State state = !byMeasure.isEmpty() ? State.BY_MEASURE : !byPillar.isEmpty() ? State.BY_PILLAR : State.GAP;
            String name = Countries.bundled().byIso3(n.country()).map(Country::name).orElse(n.country());
            String explanation = switch (state) {
                case GAP -> "No project for " + name + " running in or after round " + n.roundName() + " names measure " + n.key()
                        + (n.pillar() == null ? "." : " or works in " + n.pillar().label().toLowerCase(java.util.Locale.ROOT) + " without naming measures.");
                case BY_PILLAR -> byPillar.size() + " project(s) for " + name + " work in " + n.pillar().label().toLowerCase(java.util.Locale.ROOT)
                        + " without naming measures; none names " + n.key() + ".";
                case BY_MEASURE -> byMeasure.size() + " project(s) for " + name + " name measure " + n.key() + ".";
            };
            out.add(new Gap(n.country(), name, n.checklist(), n.roundName(), n.key(), n.pillar() == null ? null : n.pillar().name(),
                    n.wording(), n.status(), n.needs(), state, state == State.BY_MEASURE ? byMeasure : byPillar, explanation));
        }
        out.sort(Comparator.comparing(Gap::state).thenComparing(Gap::countryName).thenComparing(Gap::checklist));
        return out;
    }

    private static ProjectRef ref(Project p) {
        return new ProjectRef(p.id(), p.identifier(), p.title(), p.funders(), p.start(), p.end());
    }
}
