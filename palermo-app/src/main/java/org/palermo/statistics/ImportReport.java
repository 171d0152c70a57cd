package org.palermo.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an import of a published release did.
 *
 * @param releaseId    the stored release, or null when the same file had been imported before
 * @param perIndicator rows read per indicator, in file order
 * @param notPlaced    rows that could not be placed, with line and reason (not stored)
 * @param notes        rows stored with a caveat (a place without an ISO code)
 * @param conflicts    keys that occur more than once in the source with different values
 */
public record ImportReport(String fileName, Long releaseId, boolean alreadyImported, LocalDate exportedOn, int rows,
                           int inserted, int changed, int withdrawn, int unchanged, Map<String, Integer> perIndicator,
                           List<Problem> notPlaced, List<Problem> notes, int duplicateKeys, int conflicts,
                           long millis) {

    public record Problem(int line, String reason, String text) {
    }
}
