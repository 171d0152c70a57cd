package org.palermo.assistance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.accounts.Audit;
import org.palermo.checklist.ImportProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports project files: IATI activity XML 2.0x or the registry's CSV. Each file is read whole and checked
 * first; a file with any bad activity or row is refused whole, each problem with its file, line and field,
 * and nothing of it is kept; a good file is written in its own transaction with its audit row. One refused
 * file never stops the others. A project whose identifier is already in the registry is replaced.
 */
@Service
public class AssistanceImports {

    public record Upload(String name, byte[] content) {
    }

    public record FileOutcome(String file, String format, String outcome, int projects, int created, int replaced,
                              @JsonProperty("not_iati") String notIati, List<ImportProblem> problems) {
        public boolean refused() {
            return "refused".equals(outcome);
        }
    }

    private final Projects projects;
    private final Audit audit;
    private final TransactionTemplate tx;

    AssistanceImports(Projects projects, Audit audit, TransactionTemplate tx) {
        this.projects = projects;
        this.audit = audit;
        this.tx = tx;
    }

    public List<FileOutcome> importFiles(List<Upload> files) {
        Set<String> measureKeys = projects.measures().keys();
        List<FileOutcome> out = new ArrayList<>();
        for (Upload f : files) {
            out.add(importOne(f, measureKeys));
        }
        return out;
    }

    private FileOutcome importOne(Upload f, Set<String> measureKeys) {
        String format = isXml(f) ? "IATI" : "CSV";
        List<Project> read;
        List<ImportProblem> problems;
        if (format.equals("IATI")) {
            try {
                IatiXml.Read r = IatiXml.read(f.name(), f.content(), measureKeys);
                read = r.projects();
                problems = r.problems();
            } catch (IatiXml.NotIati e) {
                refuse(f.name(), e.getMessage());
                return new FileOutcome(f.name(), format, "refused", 0, 0, 0, e.getMessage(),
                        List.of(new ImportProblem(f.name(), e.line, null, e.getMessage())));
            }
        } else {
            ProjectCsv.Read r = ProjectCsv.read(f.name(), f.content(), measureKeys);
            read = r.projects();
            problems = r.problems();
        }
        if (!problems.isEmpty()) {
            refuse(f.name(), problems.size() + " problems, the first: " + problems.get(0));
            return new FileOutcome(f.name(), format, "refused", 0, 0, 0, null, problems);
        }
        String origin = format + " file " + f.name();
        Projects.Saved saved = tx.execute(status -> {
            Projects.Saved s = projects.saveAll(read, origin);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("format", format);
            after.put("projects", read.size());
            after.put("created", s.created());
            after.put("replaced", s.replaced());
            after.put("identifiers", read.stream().limit(50).map(Project::identifier).toList());
            audit.record("assistance.import", "file:" + f.name(), null, after);
            return s;
        });
        return new FileOutcome(f.name(), format, "imported", read.size(), saved.created(), saved.replaced(), null, List.of());
    }

    private void refuse(String file, String reason) {
        try {
            audit.refused(org.palermo.accounts.Actors.currentName(), "assistance.import", "file:" + file, reason);
        } catch (RuntimeException e) {
            // the refusal is answered even if it cannot be written down
        }
    }

    /** XML by its name, or by its first character when the name says neither. */
    private static boolean isXml(Upload f) {
        String name = f.name() == null ? "" : f.name().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml")) {
            return true;
        }
        if (name.endsWith(".csv")) {
            return false;
        }
        for (byte b : f.content()) {
            if (b == '<') {
                return true;
            }
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }
}
