package org.palermo.statistics;

import java.util.List;
import java.util.stream.Collectors;

import org.palermo.system.InvalidInputException;

/** A submission or spreadsheet refused: every error names its rule (if any) and the cell or field. */
public class SubmissionRejectedException extends InvalidInputException {

    private final List<RuleViolation> errors;

    public SubmissionRejectedException(String summary, List<RuleViolation> errors) {
        super(errors.isEmpty() || errors.get(0).cells().isEmpty() ? null : errors.get(0).cells().get(0),
                summary + ": " + errors.stream().limit(10).map(RuleViolation::message).collect(Collectors.joining("; "))
                        + (errors.size() > 10 ? "; and " + (errors.size() - 10) + " more" : ""));
        this.errors = List.copyOf(errors);
    }

    public List<RuleViolation> errors() {
        return errors;
    }
}
