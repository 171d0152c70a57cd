package org.palermo.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rule {@code role.table}: countries listed one per line with a number under a header of origin or nationality
 * (origins, the document's country their destination) or of destination (the other way round), in any of the
 * three languages. Split from {@link RoleRules}, whose sentence rules it complements for flattened tables.
 */
final class RoleTables {

    private RoleTables() {
    }

    private static final Pattern ORIGIN_HEADER = Pattern.compile("(?i)\\b(?:countr(?:y|ies) of origin|origin|nationalit(?:y|ies)"
            + "|citizenship|país(?:es)? de origen|pays d['’]origine|nacionalidad(?:es)?|nationalités?|origen)\\b");
    private static final Pattern DESTINATION_HEADER = Pattern.compile("(?i)\\b(?:countr(?:y|ies) of destination"
            + "|destination|país(?:es)? de destino|pays de destination|destino)\\b");

    /**
     * Countries listed, one per line with a number, under a header line of origin or nationality (they
     * are origins, the document's country their destination) or of destination (the other way round).
     */
    static List<CountryRole> table(String text, int from, int to, String paragraph, Hints hints,
            org.palermo.reference.Gazetteer gazetteer, String version) {
        String self = hints.country();
        List<CountryRole> out = new ArrayList<>();
        if (self == null) {
            return out;
        }
        Role column = null;
        int k = from;
        while (k < to) {
            int end = text.indexOf('\n', k);
            end = end < 0 || end > to ? to : end;
            String line = text.substring(k, end).strip();
            if (!line.isEmpty() && line.length() <= 160) {
                List<org.palermo.reference.Gazetteer.Mention> names = gazetteer.find(text, k, end);
                boolean row = names.size() == 1 && startsLine(text, k, names.get(0).start()) && hasDigit(line);
                if (row && column != null) {
                    String c = names.get(0).iso3();
                    int start = names.get(0).start();
                    int stop = k + text.substring(k, end).stripTrailing().length();
                    Evidence e = new Evidence(text.substring(start, stop), start, stop, paragraph, 0.6, RoleRules.TABLE, version);
                    if (c.equals(self)) {
                        if (column == Role.ORIGIN) {
                            out.add(new CountryRole(self, Role.INTERNAL, null, List.of(), List.of(), e)); // its own nationals
                        }
                    } else {
                        boolean origins = column == Role.ORIGIN;
                        out.add(new CountryRole(c, origins ? Role.ORIGIN : Role.DESTINATION, self, List.of(), List.of(), e));
                        out.add(new CountryRole(self, origins ? Role.DESTINATION : Role.ORIGIN, c, List.of(), List.of(), e));
                    }
                } else if (!row) {
                    column = DESTINATION_HEADER.matcher(line).find() ? Role.DESTINATION
                            : ORIGIN_HEADER.matcher(line).find() ? Role.ORIGIN : names.isEmpty() && !hasDigit(line) ? column : null;
                }
            }
            k = end + 1;
        }
        return out;
    }

    private static boolean startsLine(String text, int lineStart, int at) {
        for (int i = lineStart; i < at; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

}
