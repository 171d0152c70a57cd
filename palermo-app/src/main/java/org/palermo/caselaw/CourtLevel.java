package org.palermo.caselaw;

import java.util.Locale;

/**
 * The level of the court: as the record says, else read from a court name that leaves no doubt
 * ("Court of Appeals", "District Court"). "Supreme Court" is not read: in New York it is a trial court.
 */
final class CourtLevel {

    private CourtLevel() {
    }

    static String of(String level, String court) {
        if (level != null) {
            String l = level.toLowerCase(Locale.ROOT).replace('_', ' ');
            if (l.contains("first") || l.contains("trial")) {
                return "FIRST_INSTANCE";
            }
            if (l.contains("appeal") || l.contains("appellate") || l.contains("second")) {
                return "APPEAL";
            }
            if (l.contains("supreme") || l.contains("cassation") || l.contains("highest") || l.contains("constitutional")) {
                return "SUPREME";
            }
            throw new IllegalArgumentException("level '" + level + "' is not first instance, appeal or supreme");
        }
        if (court == null) {
            return null;
        }
        String c = court.toLowerCase(Locale.ROOT);
        if (c.contains("court of appeal") || c.contains("appellate") || c.contains("circuit court of appeals")) {
            return "APPEAL";
        }
        if (c.contains("district court")) {
            return "FIRST_INSTANCE";
        }
        return null;
    }
}
