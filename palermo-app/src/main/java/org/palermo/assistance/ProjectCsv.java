package org.palermo.assistance;

import org.palermo.text.CsvTable;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.palermo.checklist.ImportProblem;
import org.palermo.checklist.Pillar;

/**
 * Projects as CSV, one row per project; lists inside a cell are separated by ";". Organisations are given by
 * name per role (IATI references and types, and transactions, travel only in IATI XML).
 */
final class ProjectCsv {

    static final List<String> COLUMNS = List.of("identifier", "title", "description", "funders", "implementers", "extending",
            "accountable", "countries", "regions", "pillars", "measures", "dac_sectors", "sdg_targets", "start_date", "end_date",
            "budget", "currency", "status");
    static final List<String> REQUIRED = List.of("identifier", "title", "status");

    record Read(List<Project> projects, List<ImportProblem> problems) {
    }

    private ProjectCsv() {
    }

    static Read read(String file, byte[] content, Set<String> measureKeys) {
        CsvTable table;
        try {
            table = CsvTable.parse(content);
        } catch (CharacterCodingException e) {
            return new Read(List.of(), List.of(new ImportProblem(file, null, null, "not UTF-8 text: save the file as CSV UTF-8")));
        }
        var missing = table.missing(REQUIRED);
        if (missing.isPresent()) {
            return new Read(List.of(), List.of(new ImportProblem(file, 1, missing.get(), "missing column '" + missing.get()
                    + "' (the header needs " + String.join(", ", REQUIRED) + "; optional: the other columns of the export)")));
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        Map<String, Integer> identifiers = new HashMap<>();
        if (table.rows().isEmpty()) {
            problems.add(new ImportProblem(file, null, null, "no projects in the file"));
        }
        for (CsvTable.Row row : table.rows()) {
            int line = row.line();
            List<ImportProblem> here = new ArrayList<>();
            List<Project.Participant> orgs = new ArrayList<>();
            for (var e : Map.of("funders", OrgRole.FUNDING, "accountable", OrgRole.ACCOUNTABLE, "extending", OrgRole.EXTENDING,
                    "implementers", OrgRole.IMPLEMENTING).entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()) {
                list(table.unescapedCell(row, e.getKey())).forEach(n -> orgs.add(new Project.Participant(n, null, null, e.getValue())));
            }
            List<Project.Recipient> countries = list(table.unescapedCell(row, "countries")).stream()
                    .map(c -> new Project.Recipient(c.toUpperCase(Locale.ROOT), null)).toList();
            List<Pillar> pillars = new ArrayList<>();
            for (String p : list(table.unescapedCell(row, "pillars"))) {
                Pillar.parse(p).ifPresentOrElse(pillars::add, () -> here.add(new ImportProblem(file, line, "pillars",
                        "'" + p + "' is not a pillar (" + Pillar.codes() + ")")));
            }
            List<Project.Sector> sectors = new ArrayList<>();
            list(table.unescapedCell(row, "dac_sectors")).forEach(c -> sectors.add(new Project.Sector(Project.Sector.DAC, c, null)));
            list(table.unescapedCell(row, "sdg_targets")).forEach(c -> sectors.add(new Project.Sector(Project.Sector.SDG_TARGET, c, null)));
            LocalDate start = date(table.unescapedCell(row, "start_date"), file, line, "start_date", here);
            LocalDate end = date(table.unescapedCell(row, "end_date"), file, line, "end_date", here);
            BigDecimal budget = null;
            String budgetCell = table.unescapedCell(row, "budget");
            if (!budgetCell.isEmpty()) {
                try {
                    budget = new BigDecimal(budgetCell);
                } catch (NumberFormatException e) {
                    here.add(new ImportProblem(file, line, "budget", "'" + budgetCell + "' is not an amount (digits and a decimal point)"));
                }
            }
            String statusCell = table.unescapedCell(row, "status");
            ProjectStatus status = ProjectStatus.parse(statusCell).orElse(null);
            if (status == null) {
                here.add(new ImportProblem(file, line, "status", "'" + statusCell + "' is not a status (" + ProjectStatus.codes() + ")"));
            }
            String currency = table.unescapedCell(row, "currency").toUpperCase(Locale.ROOT);
            Project p = new Project(null, table.unescapedCell(row, "identifier"), table.unescapedCell(row, "title"),
                    table.unescapedCell(row, "description").isEmpty() ? null : table.unescapedCell(row, "description"), orgs, countries,
                    list(table.unescapedCell(row, "regions")), pillars, list(table.unescapedCell(row, "measures")), sectors, start, end, budget,
                    currency.isEmpty() ? null : currency, status == null ? ProjectStatus.IMPLEMENTATION : status, List.of(), null);
            for (ProjectRules.Problem x : ProjectRules.check(p, measureKeys)) {
                String field = switch (x.field()) {
                    case "organisations" -> "funders";
                    case "sectors" -> "dac_sectors";
                    case "status" -> null;   // already said above, with the cell
                    default -> x.field();
                };
                if (field != null) {
                    here.add(new ImportProblem(file, line, field, x.message()));
                }
            }
            if (!p.identifier().isEmpty()) {
                Integer earlier = identifiers.putIfAbsent(p.identifier(), line);
                if (earlier != null) {
                    here.add(new ImportProblem(file, line, "identifier", "'" + p.identifier() + "' is already the identifier on line " + earlier));
                }
            }
            problems.addAll(here);
            projects.add(p);
        }
        return new Read(problems.isEmpty() ? projects : List.of(), problems);
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static LocalDate date(String cell, String file, int line, String field, List<ImportProblem> problems) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(file, line, field, "'" + cell + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    static byte[] write(List<Project> projects) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Project p : projects) {
            List<String> cells = List.of(p.identifier(), p.title(), p.description() == null ? "" : p.description(),
                    joined(p.namesIn(OrgRole.FUNDING)), joined(p.namesIn(OrgRole.IMPLEMENTING)), joined(p.namesIn(OrgRole.EXTENDING)),
                    joined(p.namesIn(OrgRole.ACCOUNTABLE)), joined(p.countryCodes()), joined(p.regions()),
                    joined(p.pillars().stream().map(Enum::name).toList()), joined(p.measures()),
                    joined(p.codesIn(Project.Sector.DAC)), joined(p.codesIn(Project.Sector.SDG_TARGET)),
                    p.start() == null ? "" : p.start().toString(), p.end() == null ? "" : p.end().toString(),
                    p.budget() == null ? "" : p.budget().toPlainString(), p.currency() == null ? "" : p.currency(), p.status().name());
            for (int i = 0; i < cells.size(); i++) {
                out.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
            }
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String joined(List<String> values) {
        return String.join("; ", values);
    }

    /**
     * A CSV cell: quoted when needed; text a spreadsheet would run as a formula is prefixed with an apostrophe
     * (which {@link #read} takes off again).
     */
    static String cell(String s) {
        String safe = s.matches("(?s)^[=+\\-@\\t\\r].*") ? "'" + s : s;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
