package org.palermo.statistics;

import java.util.List;

/** A validation rule a submission breaks, with the cells involved. {@code rule} is the rule's code. */
public record RuleViolation(String rule, String name, String message, List<String> cells) {
}
