package org.palermo.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the periods a sentence states: ranges ("between March 1998 … and July 2004", "from the
 * year 2000 until November 2004", "2003-2004", "entre 2010 y 2012"), parts of years ("First quarter
 * of 2004", "the first half of 2004"), open ends ("since 2003", "By November 2004", "As at 26 June
 * 2012") and points ("in 2003", "in May 2012", "en 2015"). Patterns are bounded; sentences are capped.
 */
final class PeriodReader {

    /** A stated period and where it stands in the document. */
    record Stated(Period period, int start, int end) {
    }

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
            + "|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
            + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)";
    private static final String YEAR = "(?:19|20)\\d\\d";
    /** "26 June 2012", "June 26, 2012", "July 2004", "2004", "1er mai 2010", "5 de mayo de 2010". */
    private static final String POINT = "(?:(?:\\d{1,2}(?:er)?\\s+(?:de\\s+)?)?" + MONTH + "\\s+(?:\\d{1,2},?\\s+)?(?:de\\s+|of\\s+)?)?"
            + YEAR + "(?!\\d)";

    private static final Pattern RANGE = Pattern.compile("(?i)\\b(?:between|from|entre|de|desde|del)\\s+(?:the\\s+(?:year\\s+)?)?("
            + POINT + ")[^.;]{0,160}?\\b(?:and|to|until|till|through|et|à|au|y|a|al|hasta)\\s+(?:the\\s+(?:year\\s+)?)?(" + POINT + ")");
    private static final Pattern PART = Pattern.compile("(?i)\\b(first|second|third|fourth|1st|2nd|3rd|4th|last)\\s+"
            + "(quarter|half|semester|six months)\\s+of\\s+(" + YEAR + ")");
    private static final Pattern SINCE = Pattern.compile("(?i)\\b(?:since|depuis|desde)\\s+(?:the\\s+)?(" + POINT + ")");
    private static final Pattern UNTIL = Pattern.compile("(?i)\\b(?:by|until|as\\s+at|as\\s+of|till|through|jusqu'en|hasta|a\\s+finales\\s+de|by\\s+the\\s+end\\s+of)\\s+("
            + POINT + ")");


    private static final Map<String, Integer> MONTHS = Words.copyOf(Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("jan2", 1), Map.entry("fév", 2), Map.entry("fev", 2),
            Map.entry("avr", 4), Map.entry("mai", 5), Map.entry("jui", 7), Map.entry("aoû", 8), Map.entry("aou", 8),
            Map.entry("déc", 12), Map.entry("ene", 1), Map.entry("abr", 4), Map.entry("ago", 8), Map.entry("set", 9),
            Map.entry("dic", 12)));

    private PeriodReader() {
    }

    /** The periods stated in {@code text[from, to)}, in order of their start, not overlapping. */
    static List<Stated> read(String text, int from, int to) {
        if (!hasYear(text, from, to)) {
            return List.of();
        }
        String s = text.substring(from, to);
        List<Stated> found = new ArrayList<>();
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        collectAt(RANGE, s, lower, from, found, m -> new Period(point(m.group(1), false), point(m.group(2), true), m.group()),
                "between", "from", "entre", "de ", "desde", "del ");
        spans(s, from, found);
        collectAt(PART, s, lower, from, found, PeriodReader::part, "first", "second", "third", "fourth", "1st", "2nd",
                "3rd", "4th", "last");
        collectAt(SINCE, s, lower, from, found, m -> new Period(point(m.group(1), false), null, m.group()),
                "since", "depuis", "desde");
        collectAt(UNTIL, s, lower, from, found, m -> new Period(null, point(m.group(1), true), m.group()),
                "by", "until", "as ", "till", "through", "jusqu", "hasta", "a finales");
        points(s, lower, from, found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(found);
    }

    /**
     * Whether {@code text[from, to)} holds a year, 19xx or 20xx with no digit either side (as the
     * regex {@code (?<!\d)(?:19|20)\d\d(?!\d)} on the span alone): most sentences have none and
     * are done with here.
     */
    static boolean hasYear(String text, int from, int to) {
        for (int k = from; k + 4 <= to; k++) {
            char c = text.charAt(k);
            if ((c == '1' && text.charAt(k + 1) == '9' || c == '2' && text.charAt(k + 1) == '0')
                    && isDigit(text.charAt(k + 2)) && isDigit(text.charAt(k + 3))
                    && (k == from || !isDigit(text.charAt(k - 1))) && (k + 4 == to || !isDigit(text.charAt(k + 4)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static final java.util.Set<String> MONTH_WORDS = Words.of("january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janvier", "février", "mars",
            "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero",
            "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
            "noviembre", "diciembre");
    private static final java.util.Set<String> POINT_PREPOSITIONS = Words.of("in", "during", "en", "durante",
            "for", "of", "on", "at", "fy", "year");

    /**
     * Years not yet covered, with the day and month before them ("26 June 2012", "June 26, 2012", "5 de
     * mayo de 2010") and a preposition ("in 2003", "during the year 2004"). A plain scan, not a regex:
     * it runs on every sentence with a year.
     */
    private static void points(String s, String lower, int offset, List<Stated> found) {
        for (int i = 0; i + 4 <= s.length(); i++) {
            if (!isYearAt(s, i)) {
                continue;
            }
            int end = i + 4;
            int start = i;
            int k = skipSpaces(lower, i);
            k = skipWord(lower, k, "de", "of");
            int day = digitsBefore(lower, k);
            if (day < k && (k - day) <= 2 && k < i && lower.charAt(k) == ',') {
                k = skipSpaces(lower, day);
            } else if (day < k && lower.charAt(k - 1) == ',') {
                k = skipSpaces(lower, day);
            }
            String word = wordBefore(lower, k);
            if (MONTH_WORDS.contains(word.replace(".", ""))) {
                start = k - word.length();
                k = skipSpaces(lower, start);
                k = skipWord(lower, k, "de", "er");
                int d = digitsBefore(lower, k);
                if (d < k && k - d <= 2) {
                    start = d;
                    k = skipSpaces(lower, d);
                }
            }
            String text = s.substring(start, end);
            int k2 = skipWord(lower, skipWord(lower, k, "year", "period"), "the", "the");
            String prep = wordBefore(lower, k2);
            int quoteStart = POINT_PREPOSITIONS.contains(prep) ? k2 - prep.length() : start;
            int a = offset + quoteStart;
            int b = offset + end;
            boolean overlaps = false;
            for (Stated f : found) {
                overlaps |= a < f.end() && f.start() < b;
            }
            if (!overlaps) {
                found.add(new Stated(new Period(point(text, false), point(text, true), s.substring(quoteStart, end)), a, b));
            }
            i = end;
        }
    }

    /**
     * "2003-2004", "2003–04", "2003/2004": tried only where a year stands, as the pattern
     * {@code (?<!\d)((?:19|20)\d\d)\s*[-\u2013\u2014/]\s*((?:19|20)\d\d|\d\d)(?!\d)} within the 16
     * characters from there, written out.
     */
    private static void spans(String s, int offset, List<Stated> found) {
        for (int i = 0; i + 4 <= s.length(); i++) {
            if (s.charAt(i) != '1' && s.charAt(i) != '2' || !isYearStart(s, i)) {
                continue;
            }
            int end = spanEnd(s, i, Math.min(s.length(), i + 16));
            if (end > 0) {
                int second = i + 4;
                while (!isDigit(s.charAt(second))) {
                    second++;
                }
                Period p = span(s.substring(i, i + 4), s.substring(second, end), s.substring(i, end));
                if (p != null) {
                    found.add(new Stated(p, offset + i, offset + end));
                    i = end - 1;
                }
            }
        }
    }

    /**
     * The end of a span of years that starts with the year at {@code i} and ends by {@code limit}:
     * spaces, a dash or slash, spaces, then a year or two digits with no digit after them; else -1.
     */
    private static int spanEnd(String s, int i, int limit) {
        if (!startsYear(s, i) || i > 0 && isDigit(s.charAt(i - 1))) {
            return -1;
        }
        int k = i + 4;
        while (k < limit && isRegexSpace(s.charAt(k))) {
            k++;
        }
        if (k >= limit || "-\u2013\u2014/".indexOf(s.charAt(k)) < 0) {
            return -1;
        }
        k++;
        while (k < limit && isRegexSpace(s.charAt(k))) {
            k++;
        }
        int digits = k;
        while (k < limit && k - digits < 4 && isDigit(s.charAt(k))) {
            k++;
        }
        boolean digitAfter = k < s.length() && isDigit(s.charAt(k));
        if (k - digits == 4 && startsYear(s, digits) && !digitAfter || k - digits == 2 && !digitAfter) {
            return k;
        }
        return -1;
    }

    /** The characters of the regex class {@code \s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static boolean isYearStart(String s, int i) {
        return (s.startsWith("19", i) || s.startsWith("20", i)) && i + 4 <= s.length()
                && Character.isDigit(s.charAt(i + 2)) && Character.isDigit(s.charAt(i + 3))
                && (i == 0 || !Character.isDigit(s.charAt(i - 1)));
    }

    private static boolean isYearAt(String s, int i) {
        char c0 = s.charAt(i);
        char c1 = s.charAt(i + 1);
        if (!(c0 == '1' && c1 == '9' || c0 == '2' && c1 == '0')) {
            return false;
        }
        if (!Character.isDigit(s.charAt(i + 2)) || !Character.isDigit(s.charAt(i + 3))) {
            return false;
        }
        boolean before = i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '/' || s.charAt(i - 1) == '.');
        boolean after = i + 4 < s.length() && (Character.isDigit(s.charAt(i + 4))
                || s.charAt(i + 4) == ',' && i + 5 < s.length() && Character.isDigit(s.charAt(i + 5)));
        return !before && !after;
    }

    /** Index of the last non-space before {@code k}, plus one. */
    private static int skipSpaces(String s, int k) {
        while (k > 0 && Character.isWhitespace(s.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    private static int skipWord(String s, int k, String a, String b) {
        String w = wordBefore(s, k);
        return w.equals(a) || w.equals(b) ? skipSpaces(s, k - w.length()) : k;
    }

    private static String wordBefore(String s, int k) {
        int j = k;
        while (j > 0 && (Character.isLetter(s.charAt(j - 1)) || s.charAt(j - 1) == '.' && j - 1 > 0
                && Character.isLetter(s.charAt(j - 2)) && j == k)) {
            j--;
        }
        return s.substring(j, k);
    }

    private static int digitsBefore(String s, int k) {
        int j = k;
        if (j > 0 && s.charAt(j - 1) == ',') {
            j--;
        }
        int digitsEnd = j;
        while (j > 0 && Character.isDigit(s.charAt(j - 1)) && digitsEnd - j < 2) {
            j--;
        }
        if (j == digitsEnd || j > 0 && Character.isLetterOrDigit(s.charAt(j - 1))) {
            return k;
        }
        return j;
    }

    private interface Reading {
        Period of(Matcher m);
    }

    /**
     * Like {@link #collect} but tries the pattern only where one of its opening words stands: the
     * patterns open with a word, and trying them at every character was most of the reader's time.
     */
    private static void collectAt(Pattern p, String s, String lower, int offset, List<Stated> found, Reading reading,
            String... openers) {
        Matcher m = p.matcher(s);
        for (String opener : openers) {
            int i = lower.indexOf(opener);
            while (i >= 0) {
                boolean wordStart = i == 0 || !Character.isLetter(lower.charAt(i - 1));
                if (wordStart) {
                    m.region(i, s.length());
                    if (m.lookingAt()) {
                        int start = offset + m.start();
                        int end = offset + m.end();
                        boolean overlaps = false;
                        for (Stated f : found) {
                            overlaps |= start < f.end() && f.start() < end;
                        }
                        Period period = overlaps ? null : reading.of(m);
                        if (period != null) {
                            found.add(new Stated(period, start, end));
                        }
                    }
                }
                i = lower.indexOf(opener, i + 1);
            }
        }
    }

    private static void collect(Matcher m, int offset, List<Stated> found, Reading reading) {
        while (m.find()) {
            int start = offset + m.start();
            int end = offset + m.end();
            boolean overlaps = false;
            for (Stated f : found) {
                overlaps |= start < f.end() && f.start() < end;
            }
            Period period = overlaps ? null : reading.of(m);
            if (period != null) {
                found.add(new Stated(period, start, end));
            }
        }
    }

    private static Period part(Matcher m) {
        String which = m.group(1).toLowerCase(Locale.ROOT);
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        String year = m.group(3);
        int index = switch (which) {
            case "first", "1st" -> 0;
            case "second", "2nd" -> 1;
            case "third", "3rd" -> 2;
            case "fourth", "4th" -> 3;
            default -> unit.equals("quarter") ? 3 : 1;
        };
        int months = unit.equals("quarter") ? 3 : 6;
        int fromMonth = index * months + 1;
        int toMonth = fromMonth + months - 1;
        if (toMonth > 12) {
            return new Period(year, year, m.group());
        }
        return new Period(year + "-" + two(fromMonth), year + "-" + two(toMonth), m.group());
    }

    /**
     * "2003", "July 2004" → 2004-07, "26 June 2012" → 2012-06-26: the last year in {@code s}, the first
     * month name and the first day (one or two digits, 1 to 31). Written out rather than with three
     * regular expressions: it runs for every period found.
     */
    static String point(String s, boolean end) {
        String year = lastYear(s);
        if (year == null) {
            return null;
        }
        String month = firstMonth(s);
        if (month == null) {
            return year;
        }
        Integer mm = month(month);
        if (mm == null) {
            return year;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i)) || i > 0 && isDigit(s.charAt(i - 1))) {
                continue;
            }
            int j = i;
            while (j < s.length() && isDigit(s.charAt(j))) {
                j++;
            }
            if (j - i <= 2) {
                int d = Integer.parseInt(s, i, j, 10);
                if (d >= 1 && d <= 31) {
                    return year + "-" + two(mm) + "-" + two(d);
                }
            }
            i = j;
        }
        return year + "-" + two(mm);
    }

    /** The last 19xx or 20xx not followed by a digit, as {@code (?:19|20)\d\d(?!\d)} found repeatedly. */
    private static String lastYear(String s) {
        String year = null;
        int i = 0;
        while (i + 4 <= s.length()) {
            if (startsYear(s, i) && (i + 4 == s.length() || !isDigit(s.charAt(i + 4)))) {
                year = s.substring(i, i + 4);
                i += 4;
            } else {
                i++;
            }
        }
        return year;
    }

    private static boolean startsYear(String s, int i) {
        char c0 = s.charAt(i);
        char c1 = s.charAt(i + 1);
        return (c0 == '1' && c1 == '9' || c0 == '2' && c1 == '0') && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3));
    }

    /**
     * Month names as {@link #MONTH} lists them, in its order: the first that matches at the leftmost
     * place is taken, ASCII letters in either case, a dot (and "t" for "Sept") optional after the
     * abbreviations; no word boundary ("Mayor" reads as "May").
     */
    private static final String[][] MONTH_NAMES = {{"january"}, {"february"}, {"march"}, {"april"}, {"may"},
        {"june"}, {"july"}, {"august"}, {"september"}, {"october"}, {"november"}, {"december"}, {"jan", "."},
        {"feb", "."}, {"mar", "."}, {"apr", "."}, {"jun", "."}, {"jul", "."}, {"aug", "."}, {"sep", "t", "."},
        {"oct", "."}, {"nov", "."}, {"dec", "."}, {"janvier"}, {"février"}, {"mars"}, {"avril"}, {"mai"},
        {"juin"}, {"juillet"}, {"août"}, {"septembre"}, {"octobre"}, {"novembre"}, {"décembre"}, {"enero"},
        {"febrero"}, {"marzo"}, {"abril"}, {"mayo"}, {"junio"}, {"julio"}, {"agosto"}, {"septiembre"},
        {"setiembre"}, {"octubre"}, {"noviembre"}, {"diciembre"}};

    /** The first month name in {@code s} as written there, or null. */
    private static String firstMonth(String s) {
        for (int i = 0; i < s.length(); i++) {
            for (String[] name : MONTH_NAMES) {
                int j = matchLetters(s, i, name[0]);
                if (j < 0) {
                    continue;
                }
                for (int k = 1; k < name.length; k++) {
                    if (j < s.length() && lowerAscii(s.charAt(j)) == name[k].charAt(0)) {
                        j++;
                    }
                }
                return s.substring(i, j);
            }
        }
        return null;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** The end of {@code word} at {@code i}, ASCII letters compared in either case, others exactly; or -1. */
    private static int matchLetters(String s, int i, String word) {
        if (i + word.length() > s.length()) {
            return -1;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = s.charAt(i + k);
            if (lowerAscii(c) != word.charAt(k)) {
                return -1;
            }
        }
        return i + word.length();
    }

    private static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        if (n.startsWith("juin") || n.startsWith("junio") || n.equals("jun") || n.equals("june")) {
            return 6;
        }
        if (n.startsWith("juil") || n.startsWith("juli") || n.equals("jul") || n.equals("july")) {
            return 7;
        }
        if (n.startsWith("mars") || n.startsWith("marzo") || n.startsWith("march") || n.equals("mar")) {
            return 3;
        }
        if (n.startsWith("mayo") || n.equals("may") || n.equals("mai")) {
            return 5;
        }
        return MONTHS.get(n.length() >= 3 ? n.substring(0, 3) : n);
    }

    /** "2003-2004", "2003-04"; not "2000—42 cases" (a year and a count) nor "2004-1998". */
    private static Period span(String first, String second, String text) {
        int from = Integer.parseInt(first);
        String to = second.length() == 4 ? second : first.substring(0, 2) + second;
        int years = Integer.parseInt(to) - from;
        if (years <= 0 || years > 30 || second.length() == 2 && years > 10) {
            return null;
        }
        return new Period(first, to, text);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
