package org.palermo.checklist;

import java.util.List;

import org.palermo.system.InvalidInputException;

/** A checklist version file refused whole: every problem found, each with its file, line and field. */
class ChecklistFileRejected extends InvalidInputException {

    private final List<ImportProblem> problems;

    ChecklistFileRejected(List<ImportProblem> problems) {
        super(problems.get(0).field(), problems.size() == 1 ? problems.get(0).toString()
                : problems.get(0) + " (and " + (problems.size() - 1) + " more)");
        this.problems = List.copyOf(problems);
    }

    List<ImportProblem> problems() {
        return problems;
    }
}
