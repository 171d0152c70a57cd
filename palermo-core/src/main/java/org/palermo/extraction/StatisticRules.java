package org.palermo.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the numbers of a sentence into statistics. A number is a statistic when it counts something
 * the sentence names; each way of naming it is a rule:
 * <ul>
 * <li>{@value #COUNT}: a number and the noun it counts, "42 investigations", "Sixty-two persons",
 * "a new 23-member … team", "72 IOM missions";</li>
 * <li>{@value #ELLIPTIC}: a number whose noun was given earlier, "353 persons had been arrested and 6
 * convicted", "Of 200 suspects, 99 had been charged", "of whom 40 were minors";</li>
 * <li>{@value #PARTITIVE}: "two of which", "9 of whom", "70 of the 79 countries";</li>
 * <li>{@value #PERCENT}: "62 per cent", "27%", "25 por ciento";</li>
 * <li>{@value #SHARE}: "half of all cases", "a majority of the victims", "two-fifths of the countries";</li>
 * <li>{@value #TOTAL}: "has increased to 150", "a total of 785";</li>
 * <li>{@value #NUMBER_OF}: "the number of identified victims was 95 in 2016, 105 in 2017 and 95 in 2018",
 * "el número de víctimas fue de 671";</li>
 * <li>{@value #LIST}: the later numbers of such a list, "105 in 2017 and 95 in 2018", counting what the
 * first one counted;</li>
 * <li>{@value #PRESS}: a count whose noun the news leaves out, "48 arrested", "Police arrest 2 in Rumphi",
 * "the rescue of 24", "detiene a 12": a press verb of arrest, rescue or charge next to the number;</li>
 * <li>{@value #BRACKETED}: a breakdown given in parentheses after its category, "Romanian nationals (61)",
 * "followed by Bulgaria (17)", in a sentence that counts something;</li>
 * <li>{@value #RATE}: "5.77 per 100K";</li>
 * <li>{@value #MONEY}: "$25,000", "EUR 2 million" (not bail, a fine or the sum of a lawsuit or an appeal);</li>
 * <li>{@value #DURATION}: "for three months", "up to one year" (not ages, not "years ago").</li>
 * </ul>
 * Numbers that are not statistics are left out first: years and dates (anything inside a stated
 * period), references ("resolution 58/137", "article 5", "paragraph 21", "Tier 2"), ordinals and
 * identifiers ("E/CN.15/2005/1", "3rd"), list markers, ages ("aged 15", "under 18 years"), and
 * "one" as a pronoun ("one of the").
 */
final class StatisticRules {

    static final String COUNT = "statistic.count";
    static final String ELLIPTIC = "statistic.elliptic";
    static final String PARTITIVE = "statistic.partitive";
    static final String PERCENT = "statistic.percent";
    static final String SHARE = "statistic.share";
    static final String TOTAL = "statistic.total";
    static final String NUMBER_OF = "statistic.number-of";
    static final String LIST = "statistic.list";
    static final String MONEY = "statistic.money";
    static final String DURATION = "statistic.duration";
    static final String PRESS = "statistic.press";
    static final String BRACKETED = "statistic.bracketed";
    static final String RATE = "statistic.rate";

    private static final Set<String> TIME_UNITS = Words.of("day", "days", "week", "weeks", "month", "months",
            "year", "years");
    private static final Set<String> EXCLUDED_UNITS = Words.of("hour", "hours", "minute", "minutes", "ans", "años",
            "mois", "meses", "jours", "días", "semaines", "semanas", "an", "año", "km", "kilometres", "kilometers",
            "times", "fois", "veces", "o'clock", "things", "ways", "tips", "reasons", "facts", "steps", "questions", "count", "counts", "a.m", "p.m", "am", "pm", "percentage");
    static final Set<String> MONTHS = Words.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio",
            "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre");
    static final Set<String> REFERENCE_WORDS = Words.of("resolution", "resolutions", "article", "articles",
            "art", "paragraph", "paragraphs", "para", "paras", "section", "sections", "chapter", "chapters", "annex",
            "item", "items", "no", "nos", "nº", "n°", "page", "pages", "p", "pp", "footnote", "footnotes", "note",
            "notes", "table", "tables", "figure", "fig", "box", "goal", "goals", "target", "targets", "principle",
            "principles", "rule", "rules", "recommendation", "recommendations", "law", "act", "decree", "order",
            "decision", "tier", "level", "phase", "category", "grade", "volume", "vol", "version", "part", "step",
            "option", "round", "clause", "session", "sessions", "resolución", "artículo", "párrafo", "ley", "décret",
            "loi", "décision", "alinéa", "numéro", "número", "tome", "code", "route", "flight", "room", "ext",
            "tel", "phone", "telephone", "fax", "line", "hotline", "unit", "title", "subsection", "schedule",
            "appendix", "convention", "protocol", "covid", "g", "ilo", "sdg", "indicator", "cap", "bill", "sec",
            "§", "report", "rev", "add", "corr");
    private static final Set<String> AGE_WORDS = Words.of("aged", "âgés", "âgées", "âgé", "âgée", "edad", "menores",
            "mayores", "ages");
    static final Set<String> STOP = Words.of("of", "in", "to", "for", "from", "and", "or", "had", "have",
            "has", "were", "was", "is", "are", "be", "been", "the", "a", "an", "with", "by", "on", "at", "as", "that",
            "which", "who", "whom", "per", "than", "this", "these", "those", "their", "its", "it", "they", "he",
            "she", "we", "de", "des", "du", "la", "le", "les", "en", "et", "y", "el", "los", "las", "del", "se",
            "que", "por", "para", "con", "à", "au", "aux", "not", "also", "only", "all", "such", "each",
            "if", "but", "while", "when", "where", "out", "up", "into", "about", "after", "before", "since");
    private static final Set<String> AUXILIARIES = Words.of("had", "have", "has", "were", "was", "are", "is", "being",
            "han", "fueron", "ont", "sont", "été", "habían");
    private static final Set<String> IRREGULAR_PARTICIPLES = Words.of("sent", "held", "brought", "taken", "found",
            "given", "made", "caught", "kept", "seen", "shown", "put", "freed");
    private static final Set<String> COUNTRY_SETS = Words.of("states", "countries", "nations", "parties", "member",
            "jurisdictions", "governments", "territories", "estados", "países", "pays", "états", "economies");
    private static final Set<String> CURRENCY_BEFORE = Words.of("$", "€", "£", "usd", "eur", "us$", "gbp", "chf",
            "euros", "dollars");
    private static final Set<String> CURRENCY_AFTER = Words.of("dollars", "euros", "usd", "eur", "pounds", "pesos",
            "dólares", "francs", "rupees", "naira", "gbp");
    private static final Set<String> RANGE_WORDS = Words.of("and", "to", "or", "-", "\u2013", "y", "et", "a", "à");
    private static final Set<String> DEFINITE = Words.of("the", "these", "those", "both", "les", "ces", "los", "las", "estos", "estas");
    private static final Set<String> TOTAL_VERBS = Words.of("increased", "rose", "grew", "reached", "amounted",
            "decreased", "fell", "dropped", "totalled", "totaled", "climbed", "declined", "total");

    private StatisticRules() {
    }

    /** A number's reading: which rule found it, what it counts (lower case) and whether it counts countries. */
    record Reading(String rule, int head, String unit, boolean countsCountries) {
    }

    static List<Statistic> apply(Sentence s, List<PeriodReader.Stated> periods, ParagraphContext context,
            Hints hints, String version) {
        List<Statistic> out = new ArrayList<>();
        List<NumberMention> numbers = NumberReader.read(s.tokens, s.kinds, s.language);
        String lastUnit = null;
        Metric lastMetric = Metric.other;
        NumberMention lastRead = null;
        for (int i = 0; i < numbers.size(); i++) {
            NumberMention m = numbers.get(i);
            int nextNumber = i + 1 < numbers.size() ? numbers.get(i + 1).first() : s.tokens.size();
            if (insidePeriod(s, m, periods)) {
                continue;
            }
            Reading r = Bracketed.reading(s, m, lastUnit);
            if (r == null && !excluded(s, m)) {
                r = reading(s, m, lastUnit);
            }
            if (r == null) {
                continue;
            }
            if (r.unit() != null && !r.rule().equals(PERCENT) && !r.rule().equals(SHARE)) {
                lastUnit = r.unit();
            }
            lastMetric = emit(s, m, lastRead, nextNumber, r, lastMetric, periods, context, hints, version, out);
            lastRead = m;
        }
        return out;
    }

    /** Adds the statistics of one number (one per subject) and returns the metric it was given. */
    private static Metric emit(Sentence s, NumberMention m, NumberMention previous, int nextNumber, Reading r,
            Metric lastMetric,
            List<PeriodReader.Stated> periods, ParagraphContext context, Hints hints, String version, List<Statistic> out) {
        Map.Entry<Qualifier, Integer> hedge = Qualifiers.before(s, m.first());
        Qualifier qualifier = m.percent() ? Qualifier.PERCENT
                : hedge != null ? hedge.getKey() : m.impliedQualifier();
        int quoteFirst = clauseStart(s, hedge != null ? hedge.getValue() : m.first());
        int last = Math.max(m.last(), r.head());
        int quoteLast = clauseEnd(s, last);
        String quote = s.quote(quoteFirst, quoteLast);
        int start = s.tokens.get(quoteFirst).start();
        int end = s.tokens.get(quoteLast).end();
        Metric metric = r.rule().equals(MONEY) || r.rule().equals(DURATION) || r.rule().equals(RATE) ? Metric.other
                : r.rule().equals(BRACKETED) ? Metrics.ofBracketed(s, m.first(), m.last())
                : r.rule().equals(PRESS) ? Metrics.ofPressVerb(s.lower(r.head()))
                : r.rule().equals(NUMBER_OF) ? Metrics.ofNounPhrase(s, r.head(), r.unit())
                : r.rule().equals(LIST) || r.rule().equals(ELLIPTIC) && lastMetric != Metric.other
                        && insideBreakdown(s, m.first()) ? lastMetric
                : Metrics.classify(s, m.first(), m.last(), Math.min(quoteLast, nextNumber - 1), r.unit(),
                        m.percent() || m.share());
        if (previous != null && pairedWith(s, previous, m)) {
            metric = Metrics.ofPair(metric, lastMetric);
        }
        Period period = periodFor(s, m, periods, context);
        List<Subjects.Subject> subjects = subjects(s, m, r, context, hints);
        for (Subjects.Subject subject : subjects) {
            double confidence = confidence(r, metric, subject);
            Evidence evidence = new Evidence(quote, start, end, s.paragraph, confidence, r.rule(), version);
            String unit = m.percent() || m.share() ? "percent" : r.unit();
            out.add(new Statistic(subject.iso3(), subject.org(), period, metric, m.value(), qualifier, unit, evidence));
        }
        return metric;
    }

    /** Words that join a count and its share: "42 … (79 per cent)", "73% (3,142)", "(26%; 1,135)", "510 representing 50.69%". */
    private static final Set<String> PAIRING = Words.of("(", ")", ";", ",", "representing", "soit", "or", "o", "ou");

    /** Whether {@code m} is the share of the count {@code previous} (in brackets after its clause) or the count of its share. */
    private static boolean pairedWith(Sentence s, NumberMention previous, NumberMention m) {
        if (previous.percent() == m.percent()) {
            return false;
        }
        if (m.percent() && s.lower(m.first() - 1).equals("(")) {
            return true; // "42 female victims were identified (79 per cent)": the share of the count before it
        }
        if (m.first() - previous.last() > 4) {
            return false;
        }
        for (int k = previous.last() + 1; k < m.first(); k++) {
            if (!PAIRING.contains(s.lower(k))) {
                return false;
            }
        }
        return true;
    }

    private static double confidence(Reading r, Metric metric, Subjects.Subject subject) {
        double c = r.rule().equals(DURATION) || r.rule().equals(MONEY) ? 0.45 : 0.6;
        if (metric != Metric.other) {
            c += 0.2;
        }
        if (subject.stated()) {
            c += 0.1;
        }
        if (subject.iso3() == null && subject.org() == null) {
            c -= 0.1;
        }
        return Math.round(Math.min(0.95, c) * 100) / 100.0;
    }

    private static List<Subjects.Subject> subjects(Sentence s, NumberMention m, Reading r, ParagraphContext context,
            Hints hints) {
        if (r.countsCountries()) {
            String org = null;
            for (Entity e : s.entities) {
                if (e.first() < m.first() && e.org() != null) {
                    org = e.org();
                }
            }
            return List.of(new Subjects.Subject(null, org, org != null));
        }
        Subjects.Subject subject = Subjects.at(s, m.first(), context, hints);
        if (subject.org() != null) {
            Subjects.Subject where = Subjects.locatedAfter(s, m.last());
            if (where != null) {
                return List.of(where); // a hotline's "583 signals in Virginia": the figure of the place
            }
        }
        if (!subject.stated() && context.subject() == null && worldwide(s)) {
            // "around the world, 27.6 million people": not the figure of the document's country
            return List.of(Subjects.Subject.UNKNOWN);
        }
        if (!subject.stated()) {
            List<Subjects.Subject> listed = listedAfter(s, m.last());
            if (!listed.isEmpty()) {
                return listed;
            }
        }
        return List.of(subject);
    }

    /** "… between 60 and 180 days (Canada, Denmark, Greece, Ireland and Malta)": one statistic per country. */
    private static List<Subjects.Subject> listedAfter(Sentence s, int from) {
        for (int k = from + 1; k < s.tokens.size(); k++) {
            if (s.tokens.get(k).is("(")) {
                List<Subjects.Subject> listed = new ArrayList<>();
                int j = k + 1;
                for (Entity e : s.entities) {
                    if (e.first() < j) {
                        continue;
                    }
                    if (e.first() != j || !e.isCountry() || e.demonym()) {
                        break;
                    }
                    listed.add(new Subjects.Subject(e.iso3(), null, true));
                    j = e.last() + 1;
                    if (s.lower(j).equals(",") || s.lower(j).equals("and")) {
                        j++;
                    }
                    if (s.lower(j).equals("and")) {
                        j++;
                    }
                }
                return listed.size() >= 2 && s.lower(j).equals(")") ? listed : List.of();
            }
            if (s.tokens.get(k).is(".") || s.tokens.get(k).is(";")) {
                break;
            }
        }
        return List.of();
    }

    private static Period periodFor(Sentence s, NumberMention m, List<PeriodReader.Stated> periods,
            ParagraphContext context) {
        int at = s.tokens.get(m.first()).start();
        PeriodReader.Stated before = null;
        PeriodReader.Stated after = null;
        for (PeriodReader.Stated p : periods) {
            if (p.end() <= at) {
                before = p;
            } else if (after == null && p.start() >= at) {
                after = p;
            }
        }
        if (after != null && inYearFollows(s, m.last() + 1)
                && after.start() <= s.tokens.get(m.last() + 2).start()) {
            return after.period(); // "95 in 2016, 105 in 2017": each number its own year
        }
        if (before != null) {
            return before.period();
        }
        if (after != null) {
            return after.period();
        }
        return context.period();
    }

    private static boolean insidePeriod(Sentence s, NumberMention m, List<PeriodReader.Stated> periods) {
        int a = s.tokens.get(m.first()).start();
        int b = s.tokens.get(m.last()).end();
        for (PeriodReader.Stated p : periods) {
            if (a < p.end() && p.start() < b) {
                return true;
            }
        }
        return false;
    }

    /** Not a statistic: a year, a reference, an identifier, an ordinal, a list marker, an age, "one of". */
    static boolean excluded(Sentence s, NumberMention m) {
        List<Token> tokens = s.tokens;
        Token first = tokens.get(m.first());
        Token last = tokens.get(m.last());
        if (first.isDigits()) {
            if (m.first() > 0 && tokens.get(m.first() - 1).end() == first.start()) {
                Token prev = tokens.get(m.first() - 1);
                if (prev.isWord() || prev.is("/") || prev.is(".") || prev.is("-") || prev.is("#") || prev.is("\u2011")
                        || prev.is(":") || prev.is("+")) {
                    return true;
                }
            }
            if (m.first() == m.last() && m.last() + 1 < tokens.size() && tokens.get(m.last() + 1).start() == last.end()) {
                Token next = tokens.get(m.last() + 1);
                if (next.isWord() || next.is("/") || next.is(":") || next.is("º") || next.is("°")
                        || next.is("-") && m.last() + 2 < tokens.size() && tokens.get(m.last() + 2).isDigits()) {
                    return true;
                }
            }
            if (isYear(first) && !isCountNoun(s.lower(m.last() + 1))) {
                return true;
            }
        }
        if (m.first() == 0 && (s.lower(1).equals(".") || s.lower(1).equals(")"))) {
            return true;
        }
        if (m.first() > 0 && s.lower(m.first() - 1).equals("(") && s.lower(m.last() + 1).equals(")")
                && !m.percent()) {
            return true;
        }
        String prev = stripDot(s.lower(m.first() - 1));
        if (REFERENCE_WORDS.contains(prev) || REFERENCE_WORDS.contains(stripDot(s.lower(m.first() - 2)))
                && s.lower(m.first() - 1).equals(".")) {
            return true;
        }
        if (prev.equals("per") || prev.equals("cada") || prev.equals("every") || prev.equals("chaque")) {
            return true; // "2.3 per 100,000 inhabitants", "cuatro de cada 100 denuncias": the base of a rate
        }
        if (AGE_WORDS.contains(prev) || prev.equals("of") && s.lower(m.first() - 2).startsWith("age")
                || prev.equals("de") && AGE_WORDS.contains(s.lower(m.first() - 2))) {
            return true;
        }
        if (m.words() && m.value() <= 10 && DEFINITE.contains(prev)) {
            return true; // "the three areas of prevention", "the five pillars": an enumeration, not a count
        }
        if (continuesReference(s, m.first())) {
            return true;
        }
        return m.words() && m.value() == 1 && m.first() == m.last() && !oneCounts(s, m.last() + 1)
                && !(s.lower(m.last() + 1).equals("from") && countryAt(s, m.last() + 2)); // "and one from Saudi Arabia"
    }

    /** "recommendations 2 and 3", "articles 3, 5 and 7": later numbers of a list of references. */
    private static boolean continuesReference(Sentence s, int first) {
        int k = first - 1;
        boolean sawNumber = false;
        while (k >= 0 && k >= first - 8) {
            Token t = s.tokens.get(k);
            String w = t.lower();
            if (t.isDigits()) {
                sawNumber = true;
            } else if (!(w.equals("and") || w.equals(",") || w.equals("or") || w.equals("to") || w.equals("-")
                    || w.equals("\u2013") || w.equals("et") || w.equals("y"))) {
                return sawNumber && REFERENCE_WORDS.contains(stripDot(w));
            }
            k--;
        }
        return false;
    }

    /** "One case", "one year", but not "one of", "one another", "the one". */
    private static boolean oneCounts(Sentence s, int next) {
        String w = s.lower(next);
        return isCountNoun(w) || TIME_UNITS.contains(w);
    }

    static boolean isYear(Token t) {
        if (t.text().length() != 4 || !t.text().chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int y = Integer.parseInt(t.text());
        return y >= 1900 && y <= 2100;
    }

    static String stripDot(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static Reading reading(Sentence s, NumberMention m, String lastUnit) {
        List<Token> tokens = s.tokens;
        int next = m.last() + 1;
        if (m.share()) {
            boolean of = s.lower(next).equals("of") || s.lower(next).equals("de");
            boolean restated = s.lower(next).equals("(") && next + 1 < tokens.size() && tokens.get(next + 1).isDigits();
            return of && !restated ? new Reading(SHARE, m.last(), "percent", false) : null;
        }
        if (m.percent()) {
            return new Reading(PERCENT, m.last(), "percent", false);
        }
        String prev = s.lower(m.first() - 1);
        if (CURRENCY_BEFORE.contains(prev) || CURRENCY_AFTER.contains(s.lower(next))) {
            String unit = CURRENCY_AFTER.contains(s.lower(next)) ? s.lower(next) : prev;
            if (legalSum(s, m)) {
                return null;
            }
            return new Reading(MONEY, CURRENCY_AFTER.contains(s.lower(next)) ? next : m.last(), unit, false);
        }
        Reading counted = countedNoun(s, m, lastUnit);
        if (counted != null) {
            return counted;
        }
        Reading paired = Shares.countBeforeShare(s, m, lastUnit);
        if (paired != null) {
            return paired;
        }
        if (lastUnit != null && s.lower(next).equals("from") && countryAt(s, next + 1)) {
            return new Reading(ELLIPTIC, m.last(), lastUnit, false); // "351 from Malaysia, 260 from Thailand"
        }
        if (elliptic(s, m, lastUnit)) {
            String unit = lastUnit;
            int head = m.last();
            int k = next;
            while (k < tokens.size() && AUXILIARIES.contains(s.lower(k))) {
                k++;
            }
            if (k > next && isCountNoun(s.lower(k))) {
                unit = s.lower(k);
                head = k;
            }
            return new Reading(ELLIPTIC, head, unit, COUNTRY_SETS.contains(unit == null ? "" : unit));
        }
        if (lastUnit != null && insideBreakdown(s, m.first())) {
            return new Reading(ELLIPTIC, m.last(), lastUnit, COUNTRY_SETS.contains(lastUnit));
        }
        if (lastUnit != null && (inYearFollows(s, m.last() + 1) && continuesList(s, m.first() - 1) || Comparisons.comparedWith(s, m))) {
            return new Reading(LIST, m.last(), lastUnit, COUNTRY_SETS.contains(lastUnit));
        }
        if (lastUnit != null && parallel(s, m)) {
            return new Reading(ELLIPTIC, m.last(), lastUnit, COUNTRY_SETS.contains(lastUnit));
        }
        int press = PressCounts.verb(s, m);
        if (press >= 0) {
            return new Reading(PRESS, press, "persons", false);
        }
        if (s.lower(next).equals("per") && (next + 1 < tokens.size() && RATE_BASE.matcher(tokens.get(next + 1).text()).matches()
                || RATE_UNITS.contains(s.lower(next + 1)))) {
            return new Reading(RATE, next + 1, "per " + s.lower(next + 1), false);
        }
        Reading numberOf = numberOf(s, m);
        if (numberOf != null) {
            return numberOf;
        }
        if (total(s, m)) {
            return new Reading(TOTAL, m.last(), lastUnit, false);
        }
        return null;
    }

    private static final Set<String> NUMBER_WORDS = Words.of("number", "número", "nombre", "numero");
    private static final Set<String> OF = Words.of("of", "de");
    /** Words between a copula and its number: "stood at some 38", "increased from 19", "fue de 671". */
    private static final Set<String> BEFORE_A_NUMBER = Words.of("at", "to", "from", "de", "à", "of", "a", "about",
            "some", "nearly", "over", "than", "more", "less", "approximately", "around", "almost", "only", "just", "up",
            "en", "total", "alrededor", "environ", "plus", "más", "menos", "moins");
    private static final Set<String> THESE = Words.of("these", "them", "those", "ellos", "ellas", "eux", "elles");
    private static final Set<String> AMONG = Words.of("of", "among", "de", "entre", "parmi");
    private static final Set<String> COPULAS = Words.of("was", "were", "is", "are", "stood", "reached", "totalled",
            "totaled", "amounted", "fue", "era", "es", "ascendió", "alcanzó", "était", "est", "s'élevait", "atteint",
            "élevé", "passed", "rose", "increased", "fell", "decreased", "dropped", "grew");

    /** Words from "number of" to its copula: "the number of registered victims of trafficking in human beings in the
     * EU was 10 093" has fifteen. */
    private static final int NOUN_PHRASE = 16;

    /**
     * "the number of identified victims was 95", "the total number of persons prosecuted stood at 38":
     * the counted noun is named before the number, after "number of", and a copula or a verb of
     * change links them. The reading's unit is that noun.
     */
    private static Reading numberOf(Sentence s, NumberMention m) {
        int k = m.first() - 1;
        while (k >= 0 && BEFORE_A_NUMBER.contains(s.lower(k)) && m.first() - k <= 4) {
            k--;
        }
        // "- Nombre d'affaires de traite déclarées par la police : 1 708": a label and its figure after a colon
        boolean label = k == m.first() - 1 && s.lower(k).equals(":");
        if (k < 0 || !COPULAS.contains(s.lower(k)) && !label) {
            return null;
        }
        int copula = k;
        for (int j = copula - 1; j >= Math.max(1, copula - NOUN_PHRASE); j--) {
            Token t = s.tokens.get(j);
            if (!t.isWord() && !t.is("-") && !t.is("'")) {
                return null;
            }
            boolean elided = s.lower(j).startsWith("d'") || s.lower(j).startsWith("d\u2019"); // "nombre d’affaires"
            if ((OF.contains(s.lower(j)) || elided) && NUMBER_WORDS.contains(s.lower(j - 1))) {
                for (int n = elided ? j : j + 1; n < copula; n++) {
                    String w = n == j ? s.lower(n).substring(2) : s.lower(n);
                    if (isCountNoun(w)) {
                        return new Reading(NUMBER_OF, n, w, COUNTRY_SETS.contains(w));
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** "… 105 in 2017": a number followed by the year it belongs to. */
    static boolean inYearFollows(Sentence s, int next) {
        return (s.lower(next).equals("in") || s.lower(next).equals("en")) && next + 1 < s.tokens.size()
                && isYear(s.tokens.get(next + 1));
    }

    /** The number goes on a list or a comparison: after a comma, "and", "compared to", "from … to". */
    private static boolean continuesList(Sentence s, int prev) {
        String w = s.lower(prev);
        return w.equals(",") || w.equals("and") || w.equals("y") || w.equals("et") || w.equals(";")
                || w.equals("to") || w.equals("with") || w.equals("from") || w.equals("than") || w.equals("versus")
                || w.equals("vs") || w.equals("against") || w.equals("con") || w.equals("avec") || w.equals("à")
                || w.equals("a") && s.language == Language.ES || w.equals("hasta"); // "de 308 plaintes en 2017 à 191 en 2018"
    }

    /** The noun a number counts, skipping up to four modifiers: "363 trafficking cases", "13 United Nations entities". */
    private static Reading countedNoun(Sentence s, NumberMention m, String lastUnit) {
        List<Token> tokens = s.tokens;
        int k = m.last() + 1;
        if (k + 1 < tokens.size() && (tokens.get(k).is("-") || tokens.get(k).is("\u2011"))
                && tokens.get(k).start() == tokens.get(m.last()).end() && tokens.get(k + 1).isWord()) {
            String compound = tokens.get(k + 1).lower();
            if (TIME_UNITS.contains(compound) || EXCLUDED_UNITS.contains(compound) || compound.startsWith("year")) {
                return null;
            }
            return new Reading(COUNT, k + 1, compound, false);
        }
        int modifiers = 0;
        while (k < tokens.size() && modifiers <= 4) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                if (t.is("*") || t.is("\"") || t.is("\u201c") || t.is("\u201d")) {
                    k++; // 583 "signals"
                    continue;
                }
                return null;
            }
            String w = t.lower();
            if (MONTHS.contains(w) || EXCLUDED_UNITS.contains(w)) {
                return null;
            }
            if (TIME_UNITS.contains(w)) {
                return duration(s, m, k);
            }
            if (isCountNoun(w)) {
                boolean countries = COUNTRY_SETS.contains(w) || w.equals("states");
                return new Reading(COUNT, k, w, countries);
            }
            if (w.equals("of") && modifiers == 0) {
                return partitive(s, m, k, lastUnit);
            }
            if (modifiers == 0 && RANGE_WORDS.contains(w) && k + 1 < tokens.size() && tokens.get(k + 1).isDigits()) {
                k += 2; // "between 60 and 180 days": the first number counts what the second does
                continue;
            }
            if (w.equals("such") || w.equals("tales") || w.equals("autres") || w.equals("otros") || w.equals("otras")) {
                modifiers++; // "159 such cases", "18 autres plaintes"
                k++;
                continue;
            }
            if (STOP.contains(w) || AUXILIARIES.contains(w)) {
                return null;
            }
            if (modifiers == 0 && t.capitalised() && demonymAt(s, k)) {
                return new Reading(COUNT, k, w, false); // "three Vietnamese", "two Dutch"
            }
            if (modifiers > 0 || t.capitalised() || !looksLikeVerb(w) || countNounAhead(s, k + 1)) {
                if (!t.capitalised() && looksPlural(w)) {
                    return new Reading(COUNT, k, w, COUNTRY_SETS.contains(w));
                }
                if (t.capitalised() && looksPlural(w) && w.equals("states")) {
                    return new Reading(COUNT, k, w, true);
                }
                if (t.capitalised() && looksPlural(w) && demonymAt(s, k)) {
                    return new Reading(COUNT, k, w, false); // "45 Ethiopians"
                }
            } else {
                return null;
            }
            modifiers++;
            k++;
        }
        return null;
    }

    /** "Fifteen organized criminal groups": an adjective in -ed before a counted noun, not a verb. */
    private static boolean countNounAhead(Sentence s, int from) {
        for (int k = from; k < Math.min(s.tokens.size(), from + 3); k++) {
            String w = s.lower(k);
            if (isCountNoun(w)) {
                return true;
            }
            if (!s.tokens.get(k).isWord() || STOP.contains(w)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> PARTITIVE_PRONOUNS = Words.of("whom", "which", "them", "these", "those", "us",
            "ellos", "ellas", "eux", "elles");
    private static final Set<String> PARTITIVE_DETERMINERS = Words.of("the", "all", "its", "their", "these", "those");
    private static final Set<String> PENALTIES = Words.of("imprisonment", "prison", "jail", "incarceration", "detention");
    private static final Set<String> PRISONS = Words.of("prison", "jail", "imprisonment");
    private static final Set<String> TIME_AFTER = Words.of("since", "after", "before", "ago", "old");
    private static final Set<String> SPAN_WORDS = Words.of("over", "past", "last", "next", "first", "recent");
    private static final Set<String> DEMONSTRATIVES = Words.of("that", "this", "these", "those", "ces", "estos", "estas");

    /** "two of which", "9 of whom", "70 of the 79 countries". */
    private static Reading partitive(Sentence s, NumberMention m, int of, String lastUnit) {
        String w = s.lower(of + 1);
        if (PARTITIVE_PRONOUNS.contains(w)) {
            return new Reading(PARTITIVE, of + 1, lastUnit, COUNTRY_SETS.contains(lastUnit == null ? "" : lastUnit));
        }
        if (PARTITIVE_DETERMINERS.contains(w)) {
            for (int k = of + 2; k < Math.min(s.tokens.size(), of + 9); k++) {
                String x = s.lower(k);
                if (isCountNoun(x)) {
                    return new Reading(PARTITIVE, k, x, COUNTRY_SETS.contains(x));
                }
                if (!s.tokens.get(k).isWord() && !s.tokens.get(k).isDigits()) {
                    break;
                }
            }
        }
        return null;
    }

    private static Reading duration(Sentence s, NumberMention m, int unit) {
        String after = s.lower(unit + 1);
        String before = s.lower(m.first() - 1);
        String beforeArticle = before.equals("the") ? s.lower(m.first() - 2) : before;
        String afterNext = s.lower(unit + 2);
        if (after.equals("'") || after.equals("\u2019")) {
            after = afterNext;
        }
        if (penaltyContext(s, m.first())) {
            return null;
        }
        if (PENALTIES.contains(after)
                || (after.equals("in") || after.equals("of")) && PRISONS.contains(s.lower(unit + 2))) {
            return null; // a penalty the law prescribes or a court imposed, not a count
        }
        if (TIME_AFTER.contains(after) || after.equals("of") && s.lower(unit + 2).equals("age")
                || SPAN_WORDS.contains(beforeArticle) && before.equals("the")
                || after.equals("ago") || after.equals("of") && s.lower(unit + 2).equals("age")
                || after.equals("-") || after.equals("earlier") || after.equals("later") || before.equals("under")
                || before.equals("over") || before.equals("below") || before.equals("above") || before.equals("past")
                || before.equals("last") || before.equals("next") || before.equals("first") || before.equals("another")
                || s.language != Language.EN) {
            return null;
        }
        return new Reading(DURATION, unit, s.lower(unit), false);
    }

    /** "sentenced to 27 years", "penalties of five to 20 years": a sentence imposed or prescribed. */
    private static boolean penaltyContext(Sentence s, int first) {
        for (int k = Math.max(0, first - 8); k < first; k++) {
            String w = s.lower(k);
            if (w.startsWith("sentenc") || w.startsWith("penalt") || w.startsWith("punish") || w.equals("term")
                    || w.equals("terms") || w.startsWith("imprison")) {
                return true;
            }
        }
        return false;
    }

    /** "and 6 convicted", "99 had been charged", "of whom 40 were minors". */
    private static boolean elliptic(Sentence s, NumberMention m, String lastUnit) {
        String next = s.lower(m.last() + 1);
        String prev = s.lower(m.first() - 1);
        boolean verb = AUXILIARIES.contains(next) || IRREGULAR_PARTICIPLES.contains(next)
                || next.endsWith("ed") && next.length() > 4
                || s.language != Language.EN && romanceVerb(s, m.last() + 1) // "1,610 se encontraban", "10 présentaient"
                || next.equals("aged") && lastUnit != null && (prev.equals("and") || prev.equals(","))
                || next.endsWith("ing") && next.length() > 5 && lastUnit != null && prev.equals("and"); // "and 152 targeting"
        if (!verb) {
            return false;
        }
        boolean ofWhom = prev.equals("whom") || prev.equals("which") || prev.equals("them");
        // "Of these, 592 were children", "Of that number, 138 were under 15 years, 40 were aged between 15 and 17"
        boolean ofThese = (prev.equals(",") || prev.equals("and") || prev.equals("y") || prev.equals("et"))
                && afterOfThese(s, m.first() - 1);
        return lastUnit != null || ofWhom || ofThese;
    }

    /**
     * Whether the clause list before {@code k} was opened by "Of these," or "Of that number," ("Of these victims,"):
     * right before it, or earlier in the same clause list.
     */
    private static boolean afterOfThese(Sentence s, int k) {
        for (int j = k; j >= Math.max(2, k - 40); j--) {
            String w = s.lower(j);
            if (w.equals(".") || w.equals(";")) {
                return false;
            }
            if (w.equals(",") && (THESE.contains(s.lower(j - 1)) && AMONG.contains(s.lower(j - 2))
                    || j >= 3 && DEMONSTRATIVES.contains(s.lower(j - 2)) && AMONG.contains(s.lower(j - 3)))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ROMANCE_AUXILIARIES = Words.of("se", "ont", "sont", "étaient", "avaient", "fueron",
            "eran", "estaban", "han", "habían", "son", "están", "siguen", "seguían", "ha", "a", "était");

    /** A French or Spanish verb right after a bare number: "se encontraban", "seguían", "présentaient", "ont été". */
    private static boolean romanceVerb(Sentence s, int k) {
        String w = s.lower(k);
        return ROMANCE_AUXILIARIES.contains(w) || w.length() > 5 && (w.endsWith("aban") || w.endsWith("ían")
                || w.endsWith("aient") || w.endsWith("aron") || w.endsWith("ieron"));
    }

    /** "investigated 112 cases (83 sex trafficking and 29 labor trafficking)": a count broken down in parentheses. */
    private static boolean insideBreakdown(Sentence s, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 30); k--) {
            Token t = s.tokens.get(k);
            if (t.is("(")) {
                return true;
            }
            if (t.is(")") || t.is(".") || t.is(";")) {
                return false;
            }
        }
        return false;
    }

    /** "increased to 150", "a total of 785." at the end of its clause. */
    private static boolean total(Sentence s, NumberMention m) {
        String next = s.lower(m.last() + 1);
        boolean closes = next.isEmpty() || next.equals(".") || next.equals(",") || next.equals(";") || next.equals(")");
        if (!closes) {
            return false;
        }
        String p1 = s.lower(m.first() - 1);
        String p2 = s.lower(m.first() - 2);
        return (p1.equals("to") || p1.equals("at")) && TOTAL_VERBS.contains(p2)
                || p1.equals("of") && p2.equals("total") || TOTAL_VERBS.contains(p1);
    }

    /** "and 71 of forced labor", "and six for unspecified forms": a later number of a list whose noun was given. */
    private static boolean parallel(Sentence s, NumberMention m) {
        String prev = s.lower(m.first() - 1);
        if (!(prev.equals("and") || prev.equals(",") || prev.equals(";") || prev.equals("y") || prev.equals("et")
                || prev.equals("or"))) {
            return false;
        }
        String next = s.lower(m.last() + 1);
        if (!PARALLEL_LINKS.contains(next)
                || m.last() + 2 >= s.tokens.size()) {
            return false;
        }
        Token after = s.tokens.get(m.last() + 2);
        String a = after.lower();
        return after.isWord() && !after.capitalised() && !MONTHS.contains(a) && !THESE.contains(a)
                && !NOT_PARALLEL.contains(a);
    }

    // Word sets of the field-language rules, built once (these run for every number of every sentence).
    private static final java.util.regex.Pattern RATE_BASE = java.util.regex.Pattern.compile("[0-9][0-9.,]*[kK]?");
    private static final Set<String> RATE_UNITS = Words.of("capita", "inhabitants", "habitantes", "habitants");
    private static final Set<String> PARALLEL_LINKS = Words.of("of", "for", "in", "de", "pour", "por", "en", "with", "con",
            "avec");
    private static final Set<String> NOT_PARALLEL = Words.of("whom", "which", "the", "them", "age", "years", "all");
    private static final Set<String> LEGAL_SUMS = Words.of("bail", "bond", "appeal", "lawsuit", "suit", "settlement",
            "damages", "fine", "fined", "fines", "restitution", "ransom", "multa", "amende", "caution");
    private static final Set<String> WORLD_ARTICLES = Words.of("the", "el", "le");
    private static final Set<String> AROUND_THE_WORLD = Words.of("around", "across", "in", "throughout", "over", "en",
            "dans", "todo", "travers", "del", "du");


    /** "a $10 million appeal", "a $500 bail": a sum of one person's case, not a statistic. */
    private static boolean legalSum(Sentence s, NumberMention m) {
        for (int k = Math.max(0, m.first() - 3); k <= Math.min(s.tokens.size() - 1, m.last() + 3); k++) {
            if (LEGAL_SUMS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** "around the world", "worldwide", "a nivel mundial", "dans le monde": a global figure. */
    private static boolean worldwide(Sentence s) {
        for (int k = 0; k < s.tokens.size(); k++) {
            String w = s.lower(k);
            if (w.equals("worldwide") || w.equals("globally") || w.equals("mundial") || w.equals("mondial")
                    || (w.equals("world") || w.equals("globe") || w.equals("mundo") || w.equals("monde"))
                    && WORLD_ARTICLES.contains(s.lower(k - 1)) && AROUND_THE_WORLD.contains(s.lower(k - 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean countryAt(Sentence s, int k) {
        for (Entity e : s.entities) {
            if (e.first() == k) {
                return e.isCountry();
            }
        }
        return false;
    }

    private static boolean demonymAt(Sentence s, int k) {
        for (Entity e : s.entities) {
            if (e.first() <= k && k <= e.last()) {
                return e.demonym() && e.isCountry();
            }
        }
        return false;
    }

    private static int clauseStart(Sentence s, int from) {
        int k = from;
        int limit = Math.max(0, from - 8);
        while (k > limit && !isClauseMark(s.tokens.get(k - 1))) {
            k--;
        }
        return k;
    }

    private static int clauseEnd(Sentence s, int from) {
        int k = from;
        int limit = Math.min(s.tokens.size() - 1, from + 12);
        while (k < limit && !isClauseMark(s.tokens.get(k + 1)) && !s.tokens.get(k + 1).is(".")) {
            k++;
        }
        return k;
    }

    private static boolean isClauseMark(Token t) {
        return t.is(",") || t.is(";") || t.is(":") || t.is("(") || t.is(")");
    }

    private static boolean looksPlural(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !w.endsWith("ous") && !w.endsWith("'s") && !w.endsWith("’s") && !STOP.contains(w);
    }

    private static boolean looksLikeVerb(String w) {
        return w.endsWith("ed") || w.endsWith("ing") && !w.equals("trafficking") || AUXILIARIES.contains(w);
    }

    static boolean isCountNoun(String w) {
        return CountNouns.ALL.contains(w);
    }
}
