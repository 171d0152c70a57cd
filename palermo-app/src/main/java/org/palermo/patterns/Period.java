package org.palermo.patterns;

import org.palermo.system.InvalidInputException;

/** A span of years, both ends inclusive; null ends are open. Facts without a year fall outside any bounded period. */
public record Period(Integer from, Integer to) {

    public static final Period ALL = new Period(null, null);

    public Period {
        check("from", from);
        check("to", to);
        if (from != null && to != null && from > to) {
            throw new InvalidInputException("from", "The period starts (" + from + ") after it ends (" + to + ")");
        }
    }

    boolean bounded() {
        return from != null || to != null;
    }

    int fromOr(int fallback) {
        return from == null ? fallback : from;
    }

    int toOr(int fallback) {
        return to == null ? fallback : to;
    }

    /** "2001–2016", "since 2010", "all years". */
    public String label() {
        if (from == null && to == null) {
            return "all years";
        }
        if (from == null) {
            return "until " + to;
        }
        if (to == null) {
            return "since " + from;
        }
        return from.equals(to) ? String.valueOf(from) : from + "–" + to;
    }

    /** "2001-2005" or "2003" as a period. */
    static Period parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        String[] parts = text.strip().split("\\s*[-–/]\\s*");
        try {
            Integer a = Integer.valueOf(parts[0]);
            Integer b = parts.length > 1 ? Integer.valueOf(parts[1]) : a;
            return new Period(a, b);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " is a year or a span of years such as 2001-2005, not '" + text + "'");
        }
    }

    private static void check(String field, Integer year) {
        if (year != null && (year < 1900 || year > 2100)) {
            throw new InvalidInputException(field, field + " must be a year (YYYY), not " + year);
        }
    }
}
