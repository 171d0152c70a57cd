package org.palermo.checklist;

/** One thing wrong in an imported file: where (file, line, field) and what. */
public record ImportProblem(String file, Integer line, String field, String message) {

    @Override
    public String toString() {
        return file + (line == null ? "" : ", line " + line) + (field == null ? "" : ", field " + field) + ": " + message;
    }
}
