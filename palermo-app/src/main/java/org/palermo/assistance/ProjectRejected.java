package org.palermo.assistance;

import java.util.List;

import org.palermo.system.InvalidInputException;

/** A project sent through the API that breaks rules: all of them, each with its field. */
class ProjectRejected extends InvalidInputException {

    private final List<ProjectRules.Problem> problems;

    ProjectRejected(List<ProjectRules.Problem> problems) {
        super(problems.get(0).field(), problems.get(0).field() + ": " + problems.get(0).message()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    List<ProjectRules.Problem> problems() {
        return problems;
    }
}
