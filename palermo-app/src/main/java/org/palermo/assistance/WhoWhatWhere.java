package org.palermo.assistance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.palermo.reference.Countries;
import org.palermo.reference.Country;
import org.springframework.stereotype.Service;

/**
 * Who does what where: projects counted by place (beneficiary country, or the region a regional project names),
 * pillar and funder, with their budgets summed per currency. A project with two pillars counts in both rows,
 * so rows do not add up to the number of projects.
 */
@Service
public class WhoWhatWhere {

    public record Cell(String where, String name, boolean region, String pillar, String funder, int projects,
                       Map<String, BigDecimal> budgets, Integer firstYear, Integer lastYear) {
    }

    private final Projects projects;

    WhoWhatWhere(Projects projects) {
        this.projects = projects;
    }

    public List<Cell> matrix() {
        return matrix(projects.find(Projects.Filter.ALL));
    }

    static List<Cell> matrix(List<Project> all) {
        Map<String, Cell> cells = new TreeMap<>();
        for (Project p : all) {
            List<String[]> places = new ArrayList<>();
            p.countryCodes().forEach(c -> places.add(new String[] {c, Countries.bundled().byIso3(c).map(Country::name).orElse(c), "false"}));
            if (places.isEmpty()) {
                p.regions().forEach(r -> places.add(new String[] {r, r, "true"}));
            }
            List<String> pillars = p.pillars().isEmpty() ? List.of("UNSPECIFIED") : p.pillars().stream().map(Enum::name).toList();
            List<String> funders = p.funders().isEmpty() ? List.of("(funder not named)") : p.funders();
            for (String[] place : places) {
                for (String pillar : pillars) {
                    for (String funder : funders) {
                        String key = place[1] + "|" + pillar + "|" + funder;
                        Cell old = cells.get(key);
                        Map<String, BigDecimal> budgets = new TreeMap<>(old == null ? Map.of() : old.budgets());
                        if (p.budget() != null) {
                            budgets.merge(p.currency(), p.budget(), BigDecimal::add);
                        }
                        Integer first = p.start() == null ? null : p.start().getYear();
                        Integer last = p.end() == null ? first : Integer.valueOf(p.end().getYear());
                        cells.put(key, new Cell(place[0], place[1], Boolean.parseBoolean(place[2]), pillar, funder,
                                (old == null ? 0 : old.projects()) + 1, budgets,
                                old == null ? first : min(old.firstYear(), first), old == null ? last : max(old.lastYear(), last)));
                    }
                }
            }
        }
        List<Cell> out = new ArrayList<>(cells.values());
        out.sort(Comparator.comparing(Cell::region).thenComparing(Cell::name).thenComparing(Cell::pillar).thenComparing(Cell::funder));
        return out;
    }

    private static Integer min(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Math.min(a, b);
    }

    private static Integer max(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Math.max(a, b);
    }
}
