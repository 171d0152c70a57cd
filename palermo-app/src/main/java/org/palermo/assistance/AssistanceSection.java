package org.palermo.assistance;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.palermo.profiles.ProfileSection;
import org.palermo.reference.Countries;
import org.springframework.stereotype.Component;

/**
 * The "assistance" section of a country profile: the technical-assistance projects for the country, their
 * funders and implementers, by pillar, with the possible overlaps among them and the stated needs no project
 * addresses. The same for every reader.
 *
 * <p>Shape: {@code projects, first_year, last_year, budgets {CUR: sum}, by_pillar {PILLAR: n}, funders [{name,
 * projects, budgets}], implementers [{name, projects}], latest [{id, identifier, title, funders, implementers,
 * start_date, end_date, budget, currency, pillars, page}], overlaps, top_overlap, gaps, needs, page, overlaps_page,
 * gaps_page, basis, missing}.
 */
@Component
class AssistanceSection implements ProfileSection {

    private final Projects projects;
    private final Overlaps overlaps;
    private final AssistanceAnswers answers;
    private final Gaps gaps;

    AssistanceSection(Projects projects, Overlaps overlaps, AssistanceAnswers answers, Gaps gaps) {
        this.projects = projects;
        this.overlaps = overlaps;
        this.answers = answers;
        this.gaps = gaps;
    }

    @Override
    public String key() {
        return "assistance";
    }

    /**
     * The projects' part is kept per country until a project changes ({@link AssistanceVersion}); the needs part is
     * read live, since it follows the checklist's answers.
     */
    @Override
    public Optional<Object> forCountry(String iso3) {
        if (!Countries.bundled().isKnown(iso3)) {
            return Optional.empty();
        }
        Map<String, Object> s = new LinkedHashMap<>(answers.value("section|" + iso3, () -> projectsPart(iso3)).value());
        List<Gaps.Gap> needs = gaps.find(iso3);
        s.put("needs", needs.size());
        s.put("gaps", needs.stream().filter(g -> g.state() == Gaps.State.GAP).count());
        return Optional.of(s);
    }

    private Map<String, Object> projectsPart(String iso3) {
        List<Project> list = projects.find(new Projects.Filter(iso3, null, null, null, null));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("projects", list.size());
        s.put("page", "/assistance?country=" + iso3);
        s.put("overlaps_page", "/assistance/overlaps?country=" + iso3);
        s.put("gaps_page", "/assistance/gaps?country=" + iso3);
        s.put("basis", "technical-assistance projects in Palermo's registry with this country as a beneficiary "
                + "(bundled: US anti-trafficking grants FY2001–2014; plus IATI and CSV imports)");
        if (list.isEmpty()) {
            s.put("missing", "No technical-assistance project for this country in the registry. Analysts add projects by IATI "
                    + "activity XML or CSV at /assistance.");
            return s;
        }
        s.put("first_year", list.stream().filter(p -> p.start() != null).mapToInt(p -> p.start().getYear()).min().orElse(0));
        s.put("last_year", list.stream().filter(p -> p.end() != null).mapToInt(p -> p.end().getYear()).max().orElse(0));
        Map<String, BigDecimal> budgets = new TreeMap<>();
        list.stream().filter(p -> p.budget() != null).forEach(p -> budgets.merge(p.currency(), p.budget(), BigDecimal::add));
        s.put("budgets", budgets);
        Map<String, Long> byPillar = new LinkedHashMap<>();
        list.forEach(p -> p.pillars().forEach(x -> byPillar.merge(x.name(), 1L, Long::sum)));
        s.put("by_pillar", byPillar);
        s.put("funders", ranked(list, true));
        s.put("implementers", ranked(list, false));
        s.put("latest", list.stream().sorted(Comparator.comparing(Project::start, Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
                .limit(5).map(p -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", p.id());
                    m.put("identifier", p.identifier());
                    m.put("title", p.title());
                    m.put("funders", p.funders());
                    m.put("implementers", p.doers());
                    m.put("start_date", p.start());
                    m.put("end_date", p.end());
                    m.put("budget", p.budget());
                    m.put("currency", p.currency());
                    m.put("pillars", p.pillars());
                    m.put("page", "/assistance/projects/" + p.id());
                    return m;
                }).toList());
        List<Overlaps.Pair> pairs = answers.value("overlaps", overlaps::detect).value().all().stream()
                .filter(p -> p.countries().contains(iso3)).toList();
        s.put("overlaps", pairs.size());
        s.put("top_overlap", pairs.isEmpty() ? null : pairs.get(0).reason());
        return s;
    }

    private static List<Map<String, Object>> ranked(List<Project> list, boolean funders) {
        Map<String, List<Project>> by = new LinkedHashMap<>();
        for (Project p : list) {
            List<String> names = funders ? p.funders() : p.doers();
            names.forEach(n -> by.computeIfAbsent(n, k -> new java.util.ArrayList<>()).add(p));
        }
        return by.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size()).limit(funders ? 10 : 8).map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.getKey());
            m.put("projects", e.getValue().size());
            if (funders) {
                m.put("budgets", e.getValue().stream().filter(p -> p.budget() != null)
                        .collect(Collectors.groupingBy(Project::currency, TreeMap::new,
                                Collectors.reducing(BigDecimal.ZERO, Project::budget, BigDecimal::add))));
            }
            return m;
        }).toList();
    }
}
