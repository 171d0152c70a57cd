package org.palermo.caselaw;

/**
 * What importing one decision did.
 *
 * @param status      CREATED, UPDATED or UNCHANGED (the same record imported before)
 * @param dateWarning why the date was kept as written, or null
 * @param suggestions how many values the automatic coder suggested
 */
public record ImportOutcome(String key, String status, String dateWarning, int suggestions) {
}
