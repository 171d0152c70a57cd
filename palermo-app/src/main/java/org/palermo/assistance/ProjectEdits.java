package org.palermo.assistance;

import java.util.List;

import org.palermo.accounts.Audit;
import org.palermo.system.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects added or changed one at a time by analysts and administrators, each change audited with before and after. */
@Service
class ProjectEdits {

    private final Projects projects;
    private final Audit audit;

    ProjectEdits(Projects projects, Audit audit) {
        this.projects = projects;
        this.audit = audit;
    }

    @Transactional
    public Project create(Project p) {
        check(p);
        if (projects.byIdentifier(p.identifier()).isPresent()) {
            throw new ConflictException("A project with identifier '" + p.identifier() + "' exists: change it with PUT");
        }
        long id = projects.saveAll(List.of(p), "entered by " + org.palermo.accounts.Actors.currentName()).ids().get(0);
        Project saved = projects.get(id);
        audit.record("assistance.project_created", "project:" + id + " " + saved.identifier(), null, saved);
        return saved;
    }

    @Transactional
    public Project update(long id, Project p) {
        Project before = projects.get(id);
        check(p);
        projects.byIdentifier(p.identifier()).filter(other -> other.id() != id).ifPresent(other -> {
            throw new ConflictException("Identifier '" + p.identifier() + "' belongs to project " + other.id());
        });
        if (!before.identifier().equals(p.identifier())) {
            // the identifier is the key saveAll matches on: move the record to the new one first
            projects.rename(id, p.identifier());
        }
        projects.saveAll(List.of(p), before.origin() + "; edited by " + org.palermo.accounts.Actors.currentName());
        Project after = projects.get(id);
        audit.record("assistance.project_updated", "project:" + id + " " + after.identifier(), before, after);
        return after;
    }

    private void check(Project p) {
        List<ProjectRules.Problem> problems = ProjectRules.check(p, projects.measures().keys());
        if (!problems.isEmpty()) {
            throw new ProjectRejected(problems);
        }
    }
}
