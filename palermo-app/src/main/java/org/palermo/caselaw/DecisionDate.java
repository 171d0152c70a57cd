package org.palermo.caselaw;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision date as written and what can safely be read from it. A date is read only when its
 * reading is certain; otherwise it is kept as written, with the year when that alone is certain,
 * and a warning that says why. Numeric dates are read month first only in jurisdictions that
 * write them so (the United States and a few others), or when one number cannot be a month.
 *
 * @param date    the day of the decision, or null
 * @param year    its year, or null
 * @param text    exactly as written
 * @param warning why the date was not (fully) read, or null
 */
public record DecisionDate(LocalDate date, Integer year, String text, String warning) {

    /** Jurisdictions that write numeric dates month first. */
    private static final Set<String> MONTH_FIRST = Set.of("USA", "PHL", "FSM", "MHL", "PLW", "GUM", "PRI", "ASM", "VIR", "MNP");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d)");
    private static final List<DateTimeFormatter> WORDED = List.of(
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH));

    static final DecisionDate NONE = new DecisionDate(null, null, null, null);

    /** Reads a date as written in the given jurisdiction (ISO3, may be null); {@code today} bounds it. */
    public static DecisionDate read(String written, String jurisdiction, LocalDate today) {
        if (written == null || written.isBlank()) {
            return NONE;
        }
        String text = written.strip();
        if (text.matches("(?i)y{2,4}[-/.]m{1,2}[-/.]d{1,2}|d{1,2}[-/.]m{1,2}[-/.]y{2,4}|m{1,2}[-/.]d{1,2}[-/.]y{2,4}")) {
            return new DecisionDate(null, null, text, "a placeholder, not a date: the date is unknown");
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return checked(LocalDate.parse(text), text, today);
            } catch (DateTimeParseException e) {
                return new DecisionDate(null, null, text, "not a valid calendar date");
            }
        }
        if (text.matches("1[89]\\d\\d|20\\d\\d")) {
            return new DecisionDate(null, Integer.parseInt(text), text, null);
        }
        Matcher m = NUMERIC.matcher(text);
        if (m.matches()) {
            return numeric(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), jurisdiction, today);
        }
        for (DateTimeFormatter f : WORDED) {
            try {
                return checked(LocalDate.parse(text, f), text, today);
            } catch (DateTimeParseException ignored) {
                // try the next way of writing it
            }
        }
        Matcher y = YEAR.matcher(text);
        Integer year = null;
        if (y.find()) {
            int first = Integer.parseInt(y.group(1));
            year = y.find() ? null : first;
        }
        return new DecisionDate(null, year, text, "not a date format Palermo reads; kept as written");
    }

    private static DecisionDate numeric(String text, int a, int b, String yy, String jurisdiction, LocalDate today) {
        int year = Integer.parseInt(yy);
        if (yy.length() == 2) {
            // A decision cannot lie in the future: "06" is 2006, "85" is 1985.
            year += year <= today.getYear() % 100 ? 2000 : 1900;
        }
        int month;
        int day;
        if (a > 12 && b <= 12) {
            day = a;
            month = b;
        } else if (b > 12 && a <= 12) {
            month = a;
            day = b;
        } else if (a <= 12 && b <= 12 && jurisdiction != null && MONTH_FIRST.contains(jurisdiction)) {
            month = a;
            day = b;
        } else if (a <= 12 && b <= 12 && a == b) {
            month = a;
            day = b;
        } else if (a <= 12 && b <= 12) {
            return new DecisionDate(null, year, text, "day and month could be either way round in "
                    + (jurisdiction == null ? "an unknown jurisdiction" : jurisdiction) + "; kept as written");
        } else {
            return new DecisionDate(null, null, text, "not a valid calendar date");
        }
        try {
            return checked(LocalDate.of(year, month, day), text, today);
        } catch (DateTimeException e) {
            return new DecisionDate(null, null, text, "not a valid calendar date");
        }
    }

    private static DecisionDate checked(LocalDate date, String text, LocalDate today) {
        if (date.isAfter(today)) {
            return new DecisionDate(null, null, text, "lies in the future; kept as written");
        }
        return new DecisionDate(date, date.getYear(), text, null);
    }
}
