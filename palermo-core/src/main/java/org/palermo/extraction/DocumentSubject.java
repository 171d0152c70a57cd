package org.palermo.extraction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.palermo.reference.Gazetteer;

/**
 * Who a document is about when the caller does not say, read as a careful reader would from its opening:
 * the title and headline, the dateline ("KAMPALA –", "BRUSSELS (AP)"), the countries it names, demonyms that
 * act ("Belgian police"), national institutions ("NAPTIP", "the Home Office", "Myria") and places inside a
 * country ("Ontario", "Phnom Penh", "Polk County"), and marks that are not names: a station's call sign, a state's
 * abbreviation after a town ({@link LocalMarks}). Each is evidence for a country, weighed: the title and
 * the dateline most, an institution more than a name, a country victims come from or go to least. The
 * country that leads by far is the document's; a survey of many States has none. An organisation that leads
 * the title or the first sentence ("IOM Assists 7,000 Victims", "The Canadian Human Trafficking Hotline has
 * found …") and outweighs every country is the subject itself.
 */
final class DocumentSubject {

    static final int OPENING = 8_000;
    private static final int TITLE = 200;
    private static final int TITLE_LINES = 3;
    private static final double IN_TITLE = 3;
    private static final double DATELINE = 3;
    private static final double INSTITUTION = 2;
    private static final double ACTING_DEMONYM = 2;
    private static final double NAME = 1;
    private static final double IN_NAME = 1.5;
    private static final double PLACE = 1;
    private static final double DEMONYM = 0.5;
    private static final double ORIGIN_OR_DESTINATION = 0.3;
    private static final double MIN_SHARE = 0.4;
    private static final double LEAD = 1.5;
    private static final Set<String> LOCATIVES = Words.of("in", "en", "au", "dans", "within");
    private static final Set<String> DIRECTIONS = Words.of("from", "to", "into", "via", "through", "towards", "toward",
            "hacia", "vers", "desde");
    /** Nouns of people's nationality: "nationals of Bulgaria", "Romanian nationals", "ressortissants du Nigeria". */
    private static final Set<String> NATIONALS = Words.of("nationals", "national", "citizens", "citizen", "natives",
            "nationality", "nationalities", "ressortissants", "ressortissantes", "ressortissant", "nationalité",
            "nacionales", "ciudadanos", "ciudadanas", "nacionalidad", "originating", "originally");
    /** Words before "to" that make it no direction: "according to the California Attorney General". */
    private static final Set<String> NOT_DIRECTIONS = Words.of("according", "due", "thanks", "compared", "close", "next",
            "similar", "contrary", "prior", "owing");
    /** Words before "for" that make it a direction: "bound for Sabah", "destined for the Gulf". */
    private static final Set<String> BOUND = Words.of("bound", "destined", "headed", "heading", "sent", "recruited");
    /** What may stand between the items of a list: "nationals of Bulgaria (17) and Nigeria (9)". */
    private static final Set<String> LIST_WORDS = Words.of(",", "and", "or", "et", "ou", "y", "o", "(", ")", "%",
            "as", "well", "then", "followed", "by", "of", "the", "la", "le", "les", "el", "los", "las", "de", "du");

    /** The document's country or organisation (at most one of them) and the countries it names by name. */
    record Result(String iso3, String org, Set<String> named) {
    }

    private DocumentSubject() {
    }

    static Result of(String text, Lexicon lexicon) {
        int opening = Math.min(text.length(), OPENING);
        int titleEnd = titleEnd(text);
        Set<String> named = new HashSet<>();
        for (Gazetteer.Mention m : lexicon.gazetteer().find(text, 0, opening)) {
            if (m.kind() == Gazetteer.Kind.NAME) {
                named.add(m.iso3());
            }
        }
        Lexicon reading = lexicon.of(named, null).strict();
        List<Object[]> shared = new java.util.ArrayList<>(); // places several countries share: {candidates, weight}
        Map<String, Double> countries = new HashMap<>();
        Map<String, Double> orgs = new HashMap<>();
        Set<String> leading = new HashSet<>();
        double georgia = 0; // what the bare name "Georgia" gave the country
        int firstSentenceEnd = firstSentenceEnd(text, titleEnd, opening);
        List<int[]> lines = lines(text, opening);
        int headlineStart = lines.isEmpty() ? -1 : lines.get(0)[0];
        for (int[] line : lines) {
            Sentence s = new Sentence(text, line[0], line[1], null, reading);
            boolean title = line[1] <= titleEnd;
            boolean opener = line[0] >= titleEnd && line[0] < firstSentenceEnd;
            boolean firstOfOpener = true;
            sharedPlaces(s, reading, title, shared);
            boolean headline = title && line[0] == headlineStart;
            for (LocalMarks.Mark m : LocalMarks.in(text, line[0], line[1], headline)) { // "- WTOL", "Lakeland, FL"
                double w = switch (m.kind()) {
                    case PUBLISHER -> PLACE;
                    case DATELINE -> DATELINE;
                    case TOWN -> title ? IN_TITLE : PLACE;
                    case CURRENCY, JUSTICE_WORD -> DEMONYM;
                };
                countries.merge(m.iso3(), w, Double::sum);
            }
            Entity previous = null;
            boolean previousCounterpart = false;
            for (Entity e : s.entities) {
                boolean counterpart = counterpart(s, e, previous, previousCounterpart);
                double w = weight(s, e, title, counterpart);
                previous = e;
                previousCounterpart = counterpart;
                boolean first = firstOfOpener;
                firstOfOpener = false;
                if (e.iso3() != null) {
                    countries.merge(e.iso3(), w, Double::sum);
                    if ("GEO".equals(e.iso3()) && s.quote(e.first(), e.last()).equals("Georgia")) {
                        georgia += w;
                    }
                } else {
                    orgs.merge(e.org(), 1.0, Double::sum);
                    // "IOM Assists 7,000 Victims", "The Canadian Human Trafficking Hotline (CHTH) has found …"
                    boolean leads = title && (e.first() == 0 || e.subject())
                            || opener && first && s.tokens.get(e.first()).start() < line[0] + 80;
                    if (leads) {
                        leading.add(e.org());
                        orgs.merge(e.org(), IN_TITLE, Double::sum);
                    }
                }
            }
        }
        // "Georgia" alone may be the State of the United States: it does not settle a shared place name ("Florida").
        boolean georgiaOnly = georgia > 0 && countries.getOrDefault("GEO", 0.0) <= georgia;
        Set<String> attested = new HashSet<>(countries.keySet());
        if (georgiaOnly) {
            attested.remove("GEO");
        }
        for (Object[] p : shared) {
            @SuppressWarnings("unchecked")
            List<Places.Candidate> candidates = (List<Places.Candidate>) p[0];
            String iso3 = Places.resolve(candidates, attested, !attested.isEmpty());
            if (iso3 != null) {
                countries.merge(iso3, (Double) p[1], Double::sum);
            }
        }
        // "Georgia" alone, beside marks of the United States and none of the country, is the State of Georgia.
        if (georgiaOnly && countries.getOrDefault("USA", 0.0) > 0) {
            countries.merge("USA", countries.remove("GEO"), Double::sum);
            named.remove("GEO");
        }
        String best = null;
        double most = 0;
        double second = 0;
        double total = 0;
        for (Map.Entry<String, Double> e : countries.entrySet()) {
            total += e.getValue();
            if (e.getValue() > most) {
                second = most;
                most = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        String org = null;
        double orgScore = 0;
        for (String o : leading) {
            if (orgs.get(o) > orgScore) {
                org = o;
                orgScore = orgs.get(o);
            }
        }
        if (org != null && orgScore >= most) {
            return new Result(null, org, named);
        }
        // One country named: its name, or only its nationals ("screened 3,009 Georgian nationals deported …").
        double enough = second == 0 ? DEMONYM : NAME;
        boolean leads = best != null && most >= enough && most >= LEAD * second && most >= MIN_SHARE * total;
        return new Result(leads ? best : null, null, named);
    }

    /** The word before a name, past an article: "to the United States" → "to". */
    private static String before(Sentence s, int first) {
        return s.lower(beforeAt(s, first));
    }

    /** Where {@link #before} reads: the token before a name, or the one before its article. */
    private static int beforeAt(Sentence s, int first) {
        String w = s.lower(first - 1);
        return w.equals("the") || w.equals("la") || w.equals("le") || w.equals("el") || w.equals("l'") ? first - 2 : first - 1;
    }

    /** Places of the line left unread because several countries share their name ("Durham", "Punjab"). */
    private static void sharedPlaces(Sentence s, Lexicon lexicon, boolean title, List<Object[]> shared) {
        int entity = 0;
        for (int i = 0; i < s.tokens.size(); i++) {
            while (entity < s.entities.size() && s.entities.get(entity).last() < i) {
                entity++;
            }
            if (entity < s.entities.size() && s.entities.get(entity).first() <= i) {
                continue;
            }
            Places.Match m = lexicon.places().matchAt(s.tokens, i);
            if (m != null) {
                if (m.candidates().size() > 1 && lexicon.place(m.candidates()) == null) {
                    shared.add(new Object[] {m.candidates(), title ? IN_TITLE : PLACE});
                }
                i = m.last();
            }
        }
    }

    /**
     * Whether a country is named as where people come from or go to, or as their nationality, rather than where
     * things happen: "from Romania", "to the United States", "nationals of Bulgaria", and the rest of such a list
     * ("Romanian nationals (61), followed by nationals of Bulgaria (17) and Nigeria (9)"). A report names the
     * nationalities of the victims its country identified; they are not the report's subject. A demonym keeps its
     * own weight ("3,009 Georgian nationals" may be the document's own people) but opens such a list.
     */
    private static boolean counterpart(Sentence s, Entity e, Entity previous, boolean previousCounterpart) {
        if (e.iso3() == null || e.kind() == Entity.Kind.INSTITUTION) {
            return false;
        }
        int at = beforeAt(s, e.first());
        String before = s.lower(at);
        boolean direction = DIRECTIONS.contains(before) && !NOT_DIRECTIONS.contains(s.lower(at - 1)) // not "according to the"
                || before.equals("for") && BOUND.contains(s.lower(at - 1)); // "victims bound for Malaysia"
        if (e.kind() == Entity.Kind.PLACE) { // "15 people bound for Sabah", not "agents from the Tennessee Bureau"
            return direction && !before.equals("from") && !before.equals("desde");
        }
        if (e.kind() == Entity.Kind.DEMONYM) { // "Romanian nationals", "de nationalité roumaine"
            return NATIONALS.contains(s.lower(e.last() + 1)) || NATIONALS.contains(before);
        }
        if (direction
                || (before.equals("of") || before.equals("de") || before.equals("du")) && NATIONALS.contains(s.lower(at - 1))) {
            return true;
        }
        if (s.lower(e.last() + 1).equals("(") && s.tokens.size() > e.last() + 3 && s.tokens.get(e.last() + 2).isDigits()
                && s.lower(e.last() + 3).equals(")")) {
            return true; // a breakdown by country: "Romania (61), followed by Bulgaria (17)"
        }
        if (previous == null || !previousCounterpart) {
            return false;
        }
        for (int k = previous.last() + 1; k < e.first(); k++) {
            Token t = s.tokens.get(k);
            if (!LIST_WORDS.contains(t.lower()) && !Character.isDigit(t.text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static double weight(Sentence s, Entity e, boolean title, boolean counterpart) {
        boolean dateline = e.first() == 0 && (s.lower(e.last() + 1).equals("-") || s.lower(e.last() + 1).equals("\u2013")
                || s.lower(e.last() + 1).equals("\u2014") || s.lower(e.last() + 1).equals("(")
                || s.lower(e.last() + 1).equals(",") && s.tokens.get(0).text().equals(s.tokens.get(0).text().toUpperCase(java.util.Locale.ROOT)));
        if (dateline) {
            return DATELINE;
        }
        double w = switch (e.kind()) {
            case INSTITUTION -> INSTITUTION;
            case PLACE -> counterpart ? ORIGIN_OR_DESTINATION : PLACE;
            case DEMONYM -> e.subject() ? ACTING_DEMONYM : DEMONYM;
            default -> counterpart ? ORIGIN_OR_DESTINATION
                    : LOCATIVES.contains(before(s, e.first())) ? IN_NAME : NAME; // "identified in Trinidad and Tobago"
        };
        if (!title || counterpart) {
            return w;
        }
        // A title's own subject: the country it starts with or makes act, an institution, a place.
        // A demonym only where it acts: "Belgian police detain 25", not "Indian Students Trapped In … Scam in UK".
        boolean own = e.first() == 0 && e.kind() != Entity.Kind.DEMONYM || e.subject() || e.kind() == Entity.Kind.INSTITUTION
                || e.kind() == Entity.Kind.PLACE;
        return own ? IN_TITLE : w;
    }

    /** The end of the title: the first lines of the text, if short enough to be one (else 0). */
    private static int titleEnd(String text) {
        int start = 0;
        int end = 0;
        for (int line = 0; line < TITLE_LINES; line++) {
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int e = text.indexOf('\n', start);
            e = e < 0 ? text.length() : e;
            if (e - start > TITLE || e <= start) {
                return end;
            }
            end = e;
            start = e;
        }
        return end;
    }

    /** The end of the first sentence after the title (a full stop and a space, or the end of the line). */
    private static int firstSentenceEnd(String text, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' && i > from + 1 && !Character.isWhitespace(text.charAt(i - 1)) || c == '.' && i + 1 < to
                    && Character.isWhitespace(text.charAt(i + 1)) && i > from + 40) {
                return i;
            }
        }
        return to;
    }

    /** The opening cut into lines (long lines into pieces of at most 1,500 characters, at a space). */
    private static List<int[]> lines(String text, int to) {
        List<int[]> out = new java.util.ArrayList<>();
        int start = 0;
        while (start < to) {
            int end = text.indexOf('\n', start);
            end = end < 0 || end > to ? to : end;
            while (end - start > 1500) {
                int cut = text.lastIndexOf(' ', start + 1500);
                cut = cut <= start ? start + 1500 : cut;
                out.add(new int[] {start, cut});
                start = cut;
            }
            if (end > start) {
                out.add(new int[] {start, end});
            }
            start = end + 1;
        }
        return out;
    }
}
