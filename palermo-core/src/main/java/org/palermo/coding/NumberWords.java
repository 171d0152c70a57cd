package org.palermo.coding;

import java.util.Locale;
import java.util.Map;

/** Reads "4", "1,200", "four", "Twenty-five" and "a dozen" as integers. */
final class NumberWords {

    static final String PATTERN = "(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|a hundred|hundred)";

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a dozen", 12), Map.entry("a hundred", 100), Map.entry("hundred", 100));

    private NumberWords() {
    }

    /** The value of a number written in digits or words, or null. */
    static Integer parse(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT).replace(",", "");
        if (t.isEmpty()) {
            return null;
        }
        if (t.chars().allMatch(Character::isDigit)) {
            return t.length() > 9 ? null : Integer.valueOf(t);
        }
        Integer whole = UNITS.get(t);
        if (whole != null) {
            return whole;
        }
        String[] parts = t.split("[- ]");
        if (parts.length == 2 && UNITS.containsKey(parts[0]) && UNITS.containsKey(parts[1])) {
            return UNITS.get(parts[0]) + UNITS.get(parts[1]);
        }
        return null;
    }
}
