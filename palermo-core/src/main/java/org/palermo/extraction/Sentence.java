package org.palermo.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.palermo.reference.Gazetteer;

/**
 * One sentence of a document with what the rules need: its tokens, language, and the countries
 * and organisations it names. Offsets index the document text.
 */
final class Sentence {

    /** Words after which a country or organisation is the one acting: "Lithuania reported", "Spain has". */
    private static final Set<String> ACTING_VERBS = Words.of("reported", "reports", "indicated", "stated", "noted",
            "informed", "explained", "mentioned", "provided", "described", "said", "announced", "has", "had",
            "have", "is", "was", "also", "established", "adopted", "set", "launched", "organized", "organised",
            "trained", "identified", "prosecuted", "convicted", "recorded", "registered", "opened", "created",
            "signed", "ratified", "acceded", "enacted", "passed", "developed", "conducted", "held", "hosted",
            "funded", "supported", "assisted", "continued", "continues", "did", "made", "investigated",
            "arrested", "initiated", "documented", "received", "rescued", "referred", "submitted", "delivered",
            "increased", "sentenced", "repatriated", "approved", "allocated", "carried", "collected", "estimated",
            "government", "authorities", "police", "officials", "courts", "ministry", "penal", "criminal",
            "federal", "national", "parliament", "prosecutors", "law", "'s", "’s", "a", "signaled", "signalé",
            "a-t-il", "informó", "indicó", "señaló", "ha", "había", "han", "indique", "rapporte", "est", "es",
            "reste", "sigue", "continúa", "continue", "remains", "remained");
    /** Nouns before "of" that make the country after it the actor: "the Ministry of the Interior of Lithuania". */
    private static final Set<String> GOVERNMENT_NOUNS = Words.of("government", "ministry", "interior", "justice",
            "authorities", "police", "republic", "parliament", "office", "department", "courts", "gobierno",
            "gouvernement", "autorités", "autoridades", "policía", "delegation", "representative");
    /** Words after a demonym that make it the actor: "Lithuanian authorities". */
    private static final Set<String> DEMONYM_ACTORS = Words.of("government", "authorities", "police", "federal",
            "courts", "officials", "ministry", "penal", "criminal", "law", "national", "gobierno", "autoridades",
            "gouvernement", "autorités", "navy", "army", "immigration", "prosecutors", "prosecutor", "court",
            "agency", "rapporteur", "commission", "border", "customs", "coast", "state", "embassy", "consulate",
            "parliament", "senate", "congress", "judiciary", "interior", "security", "forces", "troops", "military",
            "gendarmerie", "policía", "justice", "justicia", "fiscalía", "ministerio", "ministère");
    private static final Set<String> ARTICLES = Words.of("the", "le", "la", "les", "el", "los", "las", "l'");
    private static final Set<String> DIRECTIONS = Words.of("to", "from", "into", "via", "through", "towards",
            "across", "between", "with", "vers", "hacia", "desde");
    private static final Set<String> OPENERS = Words.of("in", "for", "by", "according", "en", "au", "aux", "dans",
            "pour", "selon", "según", "para");

    final String text;
    final int start;
    final int end;
    final String paragraph;
    final List<Token> tokens;
    /** Each token's {@link WordKinds}: the word lists it is in, looked up once. */
    final int[] kinds;
    final Language language;
    final List<Entity> entities;
    private String lower;

    Sentence(String text, int start, int end, String paragraph, Gazetteer gazetteer, Organisations organisations) {
        this(text, start, end, paragraph, new Lexicon(gazetteer, organisations, Places.bundled(), Set.of(), null, false));
    }

    Sentence(String text, int start, int end, String paragraph, Lexicon lexicon) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.paragraph = paragraph;
        this.tokens = Tokens.of(text, start, end);
        this.kinds = WordKinds.of(tokens);
        this.language = Language.of(tokens, kinds);
        this.entities = entities(lexicon);
    }

    /** The sentence in lower case (computed once). */
    String lower() {
        if (lower == null) {
            lower = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        }
        return lower;
    }

    String quote(int fromToken, int toToken) {
        return text.substring(tokens.get(fromToken).start(), tokens.get(toToken).end());
    }

    /** Index of the token starting at or after offset {@code offset}. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the token holding the end offset {@code offset} (exclusive). */
    int tokenEndingAt(int offset) {
        int k = tokenAt(offset);
        while (k > 0 && tokens.get(k).start() >= offset) {
            k--;
        }
        return k;
    }

    String lower(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }

    private List<Entity> entities(Lexicon lexicon) {
        List<Entity> found = new ArrayList<>();
        if (tokens.isEmpty()) {
            return found;
        }
        List<Gazetteer.Mention> mentions = lexicon.gazetteer().find(text, start, end);
        int nextFree = 0;
        int m = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i < nextFree) {
                continue;
            }
            while (m < mentions.size() && mentions.get(m).start() < tokens.get(i).start()) {
                m++;
            }
            Organisations.Match body = lexicon.organisations().matchAt(tokens, i);
            boolean country = m < mentions.size() && mentions.get(m).start() == tokens.get(i).start();
            int countryLast = country ? tokenEndingAt(mentions.get(m).end()) : -1;
            if (body != null && body.last() >= countryLast) { // "Bangladesh Police", "Irish Human Rights and Equality Commission"
                found.add(body(i, body, lexicon));
                nextFree = body.last() + 1;
                continue;
            }
            if (country && stateOfGeorgia(mentions.get(m), lexicon)) { // "a University of Georgia student" in Florida news
                found.add(new Entity(i, countryLast, "USA", null, Entity.Kind.PLACE, isSubject(i, countryLast, false)
                        || LOCATIVES.contains(lower(i - 1))));
                nextFree = countryLast + 1;
                continue;
            }
            if (country) {
                Gazetteer.Mention g = mentions.get(m);
                boolean demonym = g.kind() == Gazetteer.Kind.DEMONYM;
                found.add(new Entity(i, countryLast, g.iso3(), null, demonym, isSubject(i, countryLast, demonym)));
                nextFree = countryLast + 1;
                continue;
            }
            Places.Match place = lexicon.places().matchAt(tokens, i);
            if (place != null && !personName(i)) {
                String iso3 = lexicon.place(place.candidates());
                if (iso3 != null) {
                    boolean subject = lexicon.admits(iso3) && !dateline(i, place.last())
                            && (isSubject(i, place.last(), false) || LOCATIVES.contains(lower(i - 1))
                            || PARTS.contains(lower(i - 1)) && LOCATIVES.contains(lower(i - 2)));
                    found.add(new Entity(i, place.last(), iso3, null, Entity.Kind.PLACE, subject));
                }
                nextFree = place.last() + 1;
            }
        }
        return List.copyOf(found);
    }

    /**
     * "Georgia" in a document about the United States is its State, not the country: the name the two share is
     * read as the document's country says (worked out by {@link DocumentSubject#of}, or the hint).
     */
    private boolean stateOfGeorgia(Gazetteer.Mention g, Lexicon lexicon) {
        return "USA".equals(lexicon.country()) && "GEO".equals(g.iso3()) && g.end() - g.start() == 7
                && text.startsWith("Georgia", g.start());
    }

    /** Words before a place that make it where the counted things happened: "Police in Rumphi", "arrests in Polk County". */
    private static final Set<String> LOCATIVES = Words.of("in", "en", "dans", "à", "at", "across", "throughout");

    /**
     * Words naming a part of a place, not a person before a surname: "Northeast Ohio", "North Texas", "Southern
     * California", "Greater Manchester", "Upstate New York".
     */
    private static final Set<String> PARTS = Words.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "northern", "southern",
            "eastern", "western", "central", "upstate", "downstate", "greater", "metro", "coastal", "rural", "inner");

    /**
     * A body named in the sentence: a national institution is its country, and always the one acting ("NAPTIP
     * rescued", "reported to the Home Office"), when the document names that country or is about it; an
     * organisation of {@code institutions.tsv} (a hotline operator) is itself the subject; an organisation of
     * {@code organisations.txt} is the subject where the sentence makes it act.
     */
    private Entity body(int first, Organisations.Match body, Lexicon lexicon) {
        if (body.iso3() != null) {
            return new Entity(first, body.last(), body.iso3(), null, Entity.Kind.INSTITUTION, lexicon.admits(body.iso3()));
        }
        return new Entity(first, body.last(), null, body.name(), Entity.Kind.ORGANISATION, isSubject(first, body.last(), false));
    }

    /** "Switzerland - Nearly 7,000 victims …", "KAMPALA –": where the story was filed, not who acts in it. */
    private boolean dateline(int first, int last) {
        String next = lower(last + 1);
        return first == 0 && (next.equals("-") || next.equals("–") || next.equals("—") || next.equals("("));
    }

    /** "Herman Bolhaar", "Helen Schneider": a capitalised word just before a one-word place makes it a surname. */
    private boolean personName(int i) {
        if (i == 0) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        return prev.capitalised() && prev.end() + 1 == tokens.get(i).start() && !ARTICLES.contains(prev.lower())
                && !OPENERS.contains(prev.lower()) && !LOCATIVES.contains(prev.lower()) && !PARTS.contains(prev.lower());
    }

    /** Whether the name at {@code [first, last]} is the sentence's actor rather than a place or a nationality. */
    private boolean isSubject(int first, int last, boolean demonym) {
        if (dateline(first, last)) {
            return false;
        }
        String next = lower(last + 1);
        if (demonym) {
            return DEMONYM_ACTORS.contains(next);
        }
        int p = first - 1;
        if (p >= 0 && ARTICLES.contains(lower(p))) {
            p--;
        }
        if (p < 0) {
            return true;
        }
        String prev = lower(p);
        if (ACTING_VERBS.contains(next) || next.equals(",") && p <= 1) {
            return !isDirection(prev);
        }
        if (OPENERS.contains(prev) && p <= 2) {
            return true;
        }
        if (prev.equals("to") && lower(p - 1).equals("according")) {
            return true;
        }
        if ((prev.equals("of") || prev.equals("de") || prev.equals("du")) && p >= 1) {
            int q = p - 1;
            if (lower(q).equals("the")) {
                q--;
            }
            return GOVERNMENT_NOUNS.contains(lower(q));
        }
        if (prev.equals("by") || prev.equals("par") || prev.equals("por")) {
            // "reported by Spain", not a ranking: "followed by Bulgaria (17)", "suivie par la Roumanie"
            return !RANKED.contains(lower(p - 1));
        }
        return prev.equals(",") && lower(p - 1).equals("and") == false && first <= 3;
    }

    /** Words before "by" that rank what follows rather than make it act. */
    private static final Set<String> RANKED = Words.of("followed", "seguido", "seguida", "seguidos", "seguidas", "suivi",
            "suivie", "suivis", "suivies", "trailed");

    private static boolean isDirection(String w) {
        return DIRECTIONS.contains(w);
    }
}
