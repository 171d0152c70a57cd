package org.palermo.coding;

/** One line of a {@code code-cases} input: a decision's id and text, and its labels when the line is gold data. */
public record DecisionLine(String id, String text, CaseLabels labels) {
}
