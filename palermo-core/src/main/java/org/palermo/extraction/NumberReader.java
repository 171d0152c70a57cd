package org.palermo.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads numbers in a sentence: digits with thousands separators ("6,112,019", "5.498", "6 112 019"),
 * decimals ("20.9", "0,1"), scales ("20.9 million", "4,5 millions", "3 mil"), number words in
 * English, French and Spanish ("Sixty-two", "forty two", "quatre-vingt-dix", "treinta y dos"),
 * percentages ("62 per cent", "62%", "pour cent", "por ciento") and shares ("half", "two thirds",
 * "two-fifths", "a majority"). Vague quantities ("hundreds", "dozens") are not numbers.
 *
 * <p>Its own word parser, not ICU's spell-out rules, which read "forty two" as 4002.
 */
final class NumberReader {

    private static final Map<String, Integer> EN;
    private static final Map<String, Integer> FR;
    private static final Map<String, Integer> ES;
    private static final Map<String, Integer> DENOMINATORS;
    private static final Set<String> SHARE_WORDS = Words.of("half", "moitié", "mitad", "majority", "majorité",
            "mayoría", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
    private static final Set<String> CONNECTORS = Words.of("and", "et", "y");
    /** The words a number may start with in each language (its number words and the share words): one lookup. */
    private static final Set<String> STARTS_EN;
    private static final Set<String> STARTS_FR;
    private static final Set<String> STARTS_ES;
    private static final Set<String> PERCENT_WORDS = Words.of("percent", "pourcent", "porcentaje");

    static {
        Map<String, Integer> en = new HashMap<>();
        Map<String, Integer> fr = new HashMap<>();
        Map<String, Integer> es = new HashMap<>();
        Map<String, Integer> den = new HashMap<>();
        String[] enWords = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < enWords.length; i++) {
            en.put(enWords[i], i); // "zero convictions" is a count
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            en.put(tens[i], 20 + 10 * i);
        }
        en.put("hundred", 100);
        en.put("thousand", 1000);
        en.put("million", 1_000_000);
        en.put("billion", 1_000_000_000);

        String[] frWords = {"", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
            "douze", "treize", "quatorze", "quinze", "seize"};
        for (int i = 1; i < frWords.length; i++) {
            fr.put(frWords[i], i);
        }
        fr.put("une", 1);
        fr.put("zéro", 0);
        String[] frTens = {"vingt", "trente", "quarante", "cinquante", "soixante"};
        for (int i = 0; i < frTens.length; i++) {
            fr.put(frTens[i], 20 + 10 * i);
        }
        fr.put("vingts", 20);
        fr.put("cent", 100);
        fr.put("cents", 100);
        fr.put("mille", 1000);
        fr.put("million", 1_000_000);
        fr.put("millions", 1_000_000);
        fr.put("milliard", 1_000_000_000);
        fr.put("milliards", 1_000_000_000);

        String[] esWords = {"", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once",
            "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte",
            "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete",
            "veintiocho", "veintinueve"};
        for (int i = 1; i < esWords.length; i++) {
            es.put(esWords[i], i);
        }
        es.put("una", 1);
        es.put("cero", 0);
        es.put("un", 1);
        String[] esTens = {"treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"};
        for (int i = 0; i < esTens.length; i++) {
            es.put(esTens[i], 30 + 10 * i);
        }
        es.put("cien", 100);
        es.put("ciento", 100);
        String[] esHundreds = {"doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos",
            "setecientos", "ochocientos", "novecientos"};
        for (int i = 0; i < esHundreds.length; i++) {
            es.put(esHundreds[i], 200 + 100 * i);
            es.put(esHundreds[i].replace("os", "as"), 200 + 100 * i);
        }
        es.put("mil", 1000);
        es.put("millón", 1_000_000);
        es.put("millones", 1_000_000);

        den.put("half", 2);
        den.put("halves", 2);
        den.put("third", 3);
        den.put("thirds", 3);
        den.put("quarter", 4);
        den.put("quarters", 4);
        den.put("fourth", 4);
        den.put("fourths", 4);
        den.put("fifth", 5);
        den.put("fifths", 5);
        den.put("tenth", 10);
        den.put("tenths", 10);
        den.put("tiers", 3);
        den.put("quart", 4);
        den.put("quarts", 4);
        den.put("tercio", 3);
        den.put("tercios", 3);
        den.put("cuarto", 4);
        den.put("cuartos", 4);
        EN = Words.copyOf(en);
        FR = Words.copyOf(fr);
        ES = Words.copyOf(es);
        DENOMINATORS = Words.copyOf(den);
        STARTS_EN = starts(EN);
        STARTS_FR = starts(FR);
        STARTS_ES = starts(ES);
    }

    private NumberReader() {
    }

    /** All numbers in the tokens, in order, not overlapping. */
    static List<NumberMention> read(List<Token> tokens, Language language) {
        return read(tokens, WordKinds.of(tokens), language);
    }

    /** {@code kinds}: the tokens' {@link WordKinds}, which say which words may start a number. */
    static List<NumberMention> read(List<Token> tokens, int[] kinds, Language language) {
        List<NumberMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            NumberMention m = readAt(tokens, kinds[i], i, language);
            if (m == null && (kinds[i] & ANY_NUMBER_START) != 0 && ONE_ARTICLES.contains(tokens.get(i).lower())) {
                m = one(tokens, i);
            }
            if (m == null) {
                i++;
                continue;
            }
            NumberMention ratio = ratio(tokens, kinds, m, language);
            NumberMention read = ratio != null ? ratio : m;
            out.add(read);
            i = read.last() + 1;
        }
        return out;
    }

    /** A word that may start a number in some language: one, un, une, una, uno are (a cheap test before the set). */
    private static final int ANY_NUMBER_START = WordKinds.NUMBER_EN | WordKinds.NUMBER_FR | WordKinds.NUMBER_ES;
    /** "one", "un", "une", "una", "uno": the number one where it may be written as an article. */
    private static final Set<String> ONE_ARTICLES = Words.of("one", "un", "une", "una", "uno");
    private static final Set<String> RESTATED = Words.of("or", "ou", "o", "i.e", "ie");
    private static final Set<String> SOLE = Words.of("seul", "seule", "solo", "sola", "único", "única", "unique");
    private static final Set<String> ONLY = Words.of("solo", "sólo", "solamente", "únicamente", "seulement");

    /**
     * An article that is the number one: "un seul cas", "une seule condamnation", "una sola víctima", "solo una
     * víctima", and the first number of a ratio ("un sur cinq", "una de cada diez"); else null.
     */
    private static NumberMention one(List<Token> tokens, int i) {
        if (i + 1 < tokens.size() && SOLE.contains(tokens.get(i + 1).lower())) {
            return new NumberMention(i, i + 1, 1, false, true, false, null);
        }
        if (i > 0 && ONLY.contains(tokens.get(i - 1).lower()) || ratioWord(tokens, i + 1) > 0) {
            return new NumberMention(i, i, 1, false, true, false, null);
        }
        return null;
    }

    private static final Set<String> NOT_AFTER_RATIO = Words.of("day", "days", "week", "weeks", "month", "months",
            "year", "years", "hour", "hours", "minutes", "jours", "días", "semaines", "semanas", "mois", "meses", "ans",
            "años", "heures", "horas", "states", "countries", "provinces", "regions", "cities", "districts");

    /**
     * A ratio read as the share it is: "one in five" (20 %), "4 de cada 100" (4 %), "two out of three", "un sur
     * cinq". The second number must be larger and at most 1,000, and not a span of time or a set of places after
     * it ("5 in 3 days", "arrests in 4 states").
     */
    private static NumberMention ratio(List<Token> tokens, int[] kinds, NumberMention m, Language language) {
        if (m.percent() || m.share() || m.first() > 0 && RESTATED.contains(tokens.get(m.first() - 1).lower())) {
            return null; // "0.3 per cent, or 3 in 1,000" says the figure before again
        }
        int gap = 0;
        int after = ratioWord(tokens, m.last() + 1);
        if (after == 0 && m.last() + 1 < tokens.size() && tokens.get(m.last() + 1).isWord()) {
            after = ratioWord(tokens, m.last() + 2); // "cuatro casos de cada 100": a noun between, the long forms only
            after = after > 1 ? after : 0;
            gap = 1;
        }
        if (after == 0 || m.last() + 1 + gap + after >= tokens.size()) {
            return null;
        }
        int at = m.last() + 1 + gap + after;
        NumberMention of = readAt(tokens, kinds[at], at, language);
        if (of == null || of.percent() || of.share() || of.value() <= m.value() || of.value() > 1000
                || of.last() + 1 < tokens.size() && NOT_AFTER_RATIO.contains(tokens.get(of.last() + 1).lower())) {
            return null;
        }
        if (after == 1 && !m.words() && of.value() > 10 && of.value() != 100 && of.value() != 1000) {
            return null; // a bare "in" between digits only for a ratio's usual frames: "1 in 4", "3 in 100", not "4 in 12 raids"
        }
        return new NumberMention(m.first(), of.last(), 100 * m.value() / of.value(), true, m.words(), false,
                m.impliedQualifier());
    }

    /** How many tokens from {@code k} say "in every" between the two numbers of a ratio (0 if none). */
    private static int ratioWord(List<Token> tokens, int k) {
        String w = k < tokens.size() ? tokens.get(k).lower() : "";
        String next = k + 1 < tokens.size() ? tokens.get(k + 1).lower() : "";
        String third = k + 2 < tokens.size() ? tokens.get(k + 2).lower() : "";
        if (w.equals("out") && next.equals("of")) {
            return third.equals("every") ? 3 : 2; // "two out of three", "one out of every five"
        }
        if ((w.equals("in") || w.equals("of")) && next.equals("every")) {
            return 2;
        }
        if ((w.equals("de") || w.equals("en")) && next.equals("cada")) {
            return 2;
        }
        return w.equals("in") || w.equals("sur") ? 1 : 0;
    }

    private static NumberMention readAt(List<Token> tokens, int kind, int i, Language language) {
        Token t = tokens.get(i);
        if (t.isDigits()) {
            Double v = parseDigits(t.text(), language);
            return v == null ? null : withScaleAndPercent(tokens, i, i, v, false, false, null, language);
        }
        if (!t.isWord() || !mayStartNumber(t.lower(), kind, language)) {
            return null;
        }
        NumberMention share = share(tokens, i, language);
        if (share != null) {
            return share;
        }
        return words(tokens, i, language);
    }

    /**
     * Most words start no number: a lookup before the parsers run. {@code kind}: the word's {@link WordKinds}, which
     * answer for a word without a hyphen; "twenty-five" is asked about its first part.
     */
    private static boolean mayStartNumber(String w, int kind, Language language) {
        int hyphen = w.indexOf('-');
        if (hyphen > 0) {
            return starts(language).contains(w.substring(0, hyphen));
        }
        return (kind & WordKinds.numberStart(language)) != 0;
    }

    /** The words that may start a number in a language: number words and words of shares. */
    static Set<String> starts(Language language) {
        return switch (language) {
            case FR -> STARTS_FR;
            case ES -> STARTS_ES;
            default -> STARTS_EN;
        };
    }

    private static Set<String> starts(Map<String, Integer> numberWords) {
        Set<String> starts = new java.util.HashSet<>(numberWords.keySet());
        starts.addAll(SHARE_WORDS);
        return Words.copyOf(starts);
    }

    /** "6,112,019" → 6112019; "20.9" → 20.9; "5.498" (dot before three digits) → 5498; "0,1" → 0.1. */
    static Double parseDigits(String s, Language language) {
        String digits = s.replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "").replace(" ", "");
        int commas = count(digits, ',');
        int dots = count(digits, '.');
        try {
            if (commas == 0 && dots == 0) {
                return Double.parseDouble(digits);
            }
            if (commas > 0 && dots > 0) {
                boolean dotDecimal = digits.lastIndexOf('.') > digits.lastIndexOf(',');
                String cleaned = dotDecimal ? digits.replace(",", "") : digits.replace(".", "").replace(',', '.');
                return Double.parseDouble(cleaned);
            }
            char sep = commas > 0 ? ',' : '.';
            int n = commas + dots;
            String[] parts = digits.split(sep == '.' ? "\\." : ",");
            boolean grouped = parts[0].length() <= 3 && !parts[0].startsWith("0");
            for (int k = 1; k < parts.length; k++) {
                grouped &= parts[k].length() == 3;
            }
            if (n > 1) {
                return grouped ? Double.parseDouble(digits.replace(String.valueOf(sep), "")) : null;
            }
            // "3,715 denuncias", "1,610 se encontraban": a comma before three digits groups thousands in Spanish and
            // French press too (a decimal of exactly three places is rare in counts); "23,64 %" stays a decimal.
            boolean thousands = grouped;
            return Double.parseDouble(thousands ? digits.replace(String.valueOf(sep), "") : digits.replace(sep, '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Number words, possibly hyphenated and joined by "and"/"et"/"y". */
    private static NumberMention words(List<Token> tokens, int i, Language language) {
        Map<String, Integer> table = table(language);
        long total = 0;
        long current = 0;
        int last = -1;
        boolean any = false;
        int k = i;
        while (k < tokens.size()) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                break;
            }
            String w = t.lower();
            if (any && CONNECTORS.contains(w) && k + 1 < tokens.size() && isNumberWord(tokens.get(k + 1), table)) {
                k++;
                continue;
            }
            if (!isNumberWord(t, table)) {
                break;
            }
            if (!any && isArticle(w, language)) {
                break; // "un"/"une"/"una" are articles, not numbers, on their own
            }
            for (String part : parts(w)) {
                if (part.equals("et") || part.equals("y")) {
                    continue;
                }
                int v = table.get(part);
                if (v == 100) {
                    current = Math.max(current, 1) * 100;
                } else if (v >= 1000) {
                    total += Math.max(current, 1) * v;
                    current = 0;
                } else if (language == Language.FR && v == 20 && current == 4) {
                    current = 80; // quatre-vingt(s)
                } else if (language == Language.FR && v >= 10 && v < 20 && current >= 60 && current % 20 == 0) {
                    current += v; // soixante-dix, quatre-vingt-dix
                } else {
                    current += v;
                }
            }
            any = true;
            last = k;
            k++;
        }
        if (!any) {
            return null;
        }
        if (last == i && isArticle(tokens.get(i).lower(), language)) {
            return null;
        }
        return withScaleAndPercent(tokens, i, last, total + current, true, false, null, language);
    }

    /**
     * The parts of a word between hyphens, as {@code w.split("[-\u2011]")} (trailing empty parts
     * dropped) but without compiling that pattern on every call.
     */
    static String[] parts(String w) {
        if (w.indexOf('-') < 0 && w.indexOf('\u2011') < 0) {
            return new String[] {w};
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '-' || c == '\u2011') {
                parts.add(w.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(w.substring(start));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--;
        }
        return parts.subList(0, size).toArray(new String[0]);
    }

    private static boolean isArticle(String w, Language language) {
        return (language != Language.EN && (w.equals("un") || w.equals("une") || w.equals("una")))
                || w.equals("uno");
    }

    private static boolean isNumberWord(Token t, Map<String, Integer> table) {
        if (!t.isWord()) {
            return false;
        }
        String w = t.lower();
        if (table.containsKey(w)) {
            return true;
        }
        if (w.indexOf('-') < 0 && w.indexOf('\u2011') < 0) {
            return false;
        }
        for (String part : parts(w)) {
            if (!table.containsKey(part) && !part.equals("et")) {
                return false;
            }
        }
        return true;
    }

    /** "half", "a third", "two thirds", "two-fifths", "a majority", "la moitié", "la mitad". */
    private static NumberMention share(List<Token> tokens, int i, Language language) {
        String w = tokens.get(i).lower();
        switch (w) {
            case "half", "moitié", "mitad" -> {
                return new NumberMention(i, i, 50, true, true, true, null);
            }
            case "majority", "majorité", "mayoría" -> {
                String before = i > 0 ? tokens.get(i - 1).lower() : "";
                if (before.equals("the") || before.equals("la") || before.equals("el")) {
                    return null; // "the majority of victims (28) were …", "la mayoría de nacionalidad española": no figure
                }
                return new NumberMention(i, i, 50, true, true, true, Qualifier.MORE_THAN);
            }
            default -> {
                // fall through to fractions
            }
        }
        String[] parts = parts(w);
        if (parts.length == 2 && DENOMINATORS.containsKey(parts[1])) {
            Integer numerator = table(language).get(parts[0]);
            if (numerator != null && numerator < 10) {
                return new NumberMention(i, i, round(100.0 * numerator / DENOMINATORS.get(parts[1])), true, true, true, null);
            }
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).isWord()
                && DENOMINATORS.containsKey(tokens.get(i + 1).lower()) && !tokens.get(i + 1).lower().startsWith("half")) {
            Integer numerator = w.equals("a") ? Integer.valueOf(1) : table(language).get(w);
            String denominator = tokens.get(i + 1).lower();
            boolean isQuarterOfYear = denominator.startsWith("quarter") && i + 2 < tokens.size()
                    && tokens.get(i + 2).is("of") && i + 3 < tokens.size() && tokens.get(i + 3).isDigits();
            if (numerator != null && numerator < 10 && !isQuarterOfYear && !w.equals("first")) {
                return new NumberMention(i, i + 1, round(100.0 * numerator / DENOMINATORS.get(denominator)), true, true, true, null);
            }
        }
        return null;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** Extends a number over "million"/"millions"/"mil" and "per cent"/"%"/"pour cent"/"por ciento". */
    private static NumberMention withScaleAndPercent(List<Token> tokens, int first, int last, double value,
            boolean words, boolean share, Qualifier implied, Language language) {
        int k = last + 1;
        if (k < tokens.size() && tokens.get(k).isWord()) {
            String w = tokens.get(k).lower();
            Long scale = switch (w) {
                case "million", "millions", "millón", "millones" -> 1_000_000L;
                case "billion", "billions", "milliard", "milliards" -> 1_000_000_000L;
                case "mil" -> language == Language.ES ? 1000L : null;
                default -> null;
            };
            if (scale != null && !words) {
                value *= scale;
                last = k;
                k++;
            }
        }
        boolean percent = false;
        if (k < tokens.size()) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (t.is("%") || PERCENT_WORDS.contains(w)) {
                percent = true;
                last = k;
            } else if ((w.equals("per") || w.equals("pour") || w.equals("por")) && k + 1 < tokens.size()) {
                String next = tokens.get(k + 1).lower();
                if (next.equals("cent") || next.equals("ciento")) {
                    percent = true;
                    last = k + 1;
                }
            }
        }
        return new NumberMention(first, last, value, percent, words, share, implied);
    }

    private static Map<String, Integer> table(Language language) {
        return switch (language) {
            case FR -> FR;
            case ES -> ES;
            default -> EN;
        };
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
