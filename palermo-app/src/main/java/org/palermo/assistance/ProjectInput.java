package org.palermo.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.checklist.Pillar;
import org.palermo.system.InvalidInputException;

/** A project as the API takes it: organisations by role as lists of names, codes as strings. */
record ProjectInput(String identifier, String title, String description, List<String> funders, List<String> implementers,
                    List<String> extending, List<String> accountable, List<String> countries, List<String> regions,
                    List<String> pillars, List<String> measures, @JsonProperty("dac_sectors") List<String> dacSectors,
                    @JsonProperty("sdg_targets") List<String> sdgTargets, @JsonProperty("start_date") String start,
                    @JsonProperty("end_date") String end, BigDecimal budget, String currency, String status) {

    Project toProject() {
        List<Project.Participant> orgs = new ArrayList<>();
        add(orgs, funders, OrgRole.FUNDING);
        add(orgs, accountable, OrgRole.ACCOUNTABLE);
        add(orgs, extending, OrgRole.EXTENDING);
        add(orgs, implementers, OrgRole.IMPLEMENTING);
        List<Pillar> ps = new ArrayList<>();
        for (String p : list(pillars)) {
            ps.add(Pillar.parse(p).orElseThrow(() -> new InvalidInputException("pillars", "'" + p + "' is not a pillar (" + Pillar.codes() + ")")));
        }
        List<Project.Sector> sectors = new ArrayList<>();
        list(dacSectors).forEach(c -> sectors.add(new Project.Sector(Project.Sector.DAC, c, null)));
        list(sdgTargets).forEach(c -> sectors.add(new Project.Sector(Project.Sector.SDG_TARGET, c, null)));
        ProjectStatus s = ProjectStatus.parse(status).orElseThrow(() -> new InvalidInputException("status",
                "status '" + (status == null ? "" : status) + "' is not one of " + ProjectStatus.codes()));
        return new Project(null, identifier == null ? "" : identifier.strip(), title == null ? "" : title.strip(), description,
                orgs, list(countries).stream().map(c -> new Project.Recipient(c.toUpperCase(Locale.ROOT), null)).toList(),
                list(regions), ps, list(measures), sectors, date(start, "start_date"), date(end, "end_date"), budget,
                currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT), s, List.of(), null);
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    private static void add(List<Project.Participant> orgs, List<String> names, OrgRole role) {
        list(names).forEach(n -> orgs.add(new Project.Participant(n, null, null, role)));
    }

    private static LocalDate date(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + ": '" + s + "' is not a date (YYYY-MM-DD)");
        }
    }
}
