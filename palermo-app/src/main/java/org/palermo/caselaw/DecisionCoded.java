package org.palermo.caselaw;

/**
 * Published, inside the importing transaction, when the automatic coder has suggested values for a
 * decision: a review queue listens to it and offers the suggestions to reviewers.
 */
public record DecisionCoded(String caseKey, long decisionId, long documentId, int suggestions) {
}
