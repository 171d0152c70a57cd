package org.palermo.checklist;

import org.palermo.text.CsvTable;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checklist version as a file an administrator can write in a spreadsheet: one row per measure, with the
 * columns {@code checklist, version, key, group, group_name, wording} and optionally {@code previous_key}
 * (the key the same measure had in the version before, when it was renumbered), {@code pillar} (one of the
 * Framework's five), {@code addressee} (STATES, SECRETARIAT or CONFERENCE; STATES when empty) and
 * {@code source}. Reading it checks every row and reports every problem, never a part of the file.
 */
record ChecklistFile(String checklistId, String label, List<Line> lines) {

    static final List<String> REQUIRED = List.of("checklist", "version", "key", "group", "group_name", "wording");
    /** Ids that would be read as a path of the API ({@code /api/v1/checklist/rounds}…). */
    static final Set<String> RESERVED = Set.of("rounds", "countries", "needs", "versions");
    static final Set<String> ADDRESSEES = Set.of("STATES", "SECRETARIAT", "CONFERENCE");

    record Line(int line, String key, String previousKey, String groupCode, String groupName, Pillar pillar,
                String addressee, String wording, String source) {
    }

    /** The file's version, or {@link ChecklistFileRejected} naming each bad line and field. */
    static ChecklistFile read(String fileName, byte[] content) {
        List<ImportProblem> problems = new ArrayList<>();
        CsvTable table;
        try {
            table = CsvTable.parse(content);
        } catch (CharacterCodingException e) {
            throw new ChecklistFileRejected(List.of(new ImportProblem(fileName, null, null, "not UTF-8 text: save the file as CSV UTF-8")));
        }
        table.missing(REQUIRED).ifPresent(c -> problems.add(new ImportProblem(fileName, 1, c,
                "missing column '" + c + "' (the header needs " + String.join(", ", REQUIRED) + ")")));
        if (!problems.isEmpty()) {
            throw new ChecklistFileRejected(problems);
        }
        if (table.rows().isEmpty()) {
            throw new ChecklistFileRejected(List.of(new ImportProblem(fileName, null, null, "no measures in the file")));
        }
        String checklist = null;
        String label = null;
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            int n = row.line();
            String id = table.cell(row, "checklist");
            String version = table.cell(row, "version");
            if (checklist == null) {
                checklist = id;
                label = version;
                if (!id.matches("[a-z0-9][a-z0-9-]{0,59}")) {
                    problems.add(new ImportProblem(fileName, n, "checklist",
                            "'" + id + "' is not a checklist id (lower-case letters, digits and hyphens, up to 60)"));
                } else if (RESERVED.contains(id)) {
                    problems.add(new ImportProblem(fileName, n, "checklist", "'" + id + "' is a word of the API's paths: choose another id"));
                }
                if (version.isEmpty() || version.length() > 60) {
                    problems.add(new ImportProblem(fileName, n, "version", "the version needs a label of 1 to 60 characters"));
                }
            } else {
                if (!id.equals(checklist)) {
                    problems.add(new ImportProblem(fileName, n, "checklist", "'" + id + "' differs from '" + checklist
                            + "' on the first row: one file holds one version of one checklist"));
                }
                if (!version.equals(label)) {
                    problems.add(new ImportProblem(fileName, n, "version", "'" + version + "' differs from '" + label
                            + "' on the first row: one file holds one version of one checklist"));
                }
            }
            String key = table.cell(row, "key");
            if (key.isEmpty() || key.length() > 30) {
                problems.add(new ImportProblem(fileName, n, "key", "each measure needs a key of 1 to 30 characters (a.1, 12(b))"));
            } else if (keys.putIfAbsent(key, n) != null) {
                problems.add(new ImportProblem(fileName, n, "key", "key '" + key + "' is already used on line " + keys.get(key)));
            }
            String group = table.cell(row, "group");
            String groupName = table.cell(row, "group_name");
            if (group.isEmpty()) {
                problems.add(new ImportProblem(fileName, n, "group", "each measure needs a group (its pillar or topic)"));
            }
            if (groupName.isEmpty()) {
                problems.add(new ImportProblem(fileName, n, "group_name", "each measure needs its group's name"));
            }
            String pillarCell = table.cell(row, "pillar");
            Pillar pillar = Pillar.parse(pillarCell).orElse(null);
            if (!pillarCell.isEmpty() && pillar == null) {
                problems.add(new ImportProblem(fileName, n, "pillar", "'" + pillarCell + "' is not a pillar (" + Pillar.codes()
                        + ", or empty)"));
            }
            String addressee = table.cell(row, "addressee").toUpperCase(java.util.Locale.ROOT);
            if (addressee.isEmpty()) {
                addressee = "STATES";
            } else if (!ADDRESSEES.contains(addressee)) {
                problems.add(new ImportProblem(fileName, n, "addressee", "'" + addressee + "' is not STATES, SECRETARIAT or CONFERENCE"));
            }
            String wording = table.cell(row, "wording");
            if (wording.isEmpty() || wording.length() > 5000) {
                problems.add(new ImportProblem(fileName, n, "wording", "each measure needs its wording (up to 5,000 characters)"));
            }
            String previous = table.cell(row, "previous_key");
            String source = table.cell(row, "source");
            lines.add(new Line(n, key, previous.isEmpty() ? null : previous, group, groupName, pillar, addressee, wording,
                    source.isEmpty() ? null : source));
        }
        if (!problems.isEmpty()) {
            throw new ChecklistFileRejected(problems);
        }
        return new ChecklistFile(checklist, label, lines);
    }
}
