package org.palermo.extraction;

import java.util.Set;

/**
 * Which metric a count is, from the words of its clause. The verb after the number decides first
 * ("353 persons had been arrested", "9 of whom had been imprisoned"), then an active verb before it
 * ("the police had processed 21 cases", "trained 40,000 officials"), then the counted noun
 * ("24 persons identified as suspects", "40 victims", "three regional seminars").
 */
final class Metrics {

    private static final Set<String> PERSON_NOUNS = Words.of("persons", "people", "individuals", "offenders",
            "traffickers", "suspects", "defendants", "accused", "perpetrators", "men", "women", "defendant",
            "personas", "personnes", "tratantes", "trafiquants");

    private Metrics() {
    }

    static Metric classify(Sentence s, int numberFirst, int numberLast, int windowEnd, String head, boolean percent) {
        if (percent) {
            return ofShare(s, numberFirst, numberLast, windowEnd);
        }
        String h = head == null ? "" : head;
        Metric active = activeVerbBefore(s, numberFirst);
        if (active != null) {
            return active == Metric.victims_identified && byNoun(h) == Metric.child_victims
                    && rescueBefore(s, numberFirst) ? Metric.child_victims : active;
        }
        Metric counted = countOf(s, numberFirst, numberLast, windowEnd, h);
        if (counted != Metric.victims_identified) {
            return counted;
        }
        // "42 female victims were identified", "one child victim": identified victims of one sex or age
        Metric sexOrAge = numberLast + 1 < s.tokens.size() ? sexOrAge(s.lower(numberLast + 1)) : null;
        return sexOrAge != null && isVictimNoun(s.lower(numberLast + 2)) ? sexOrAge : counted;
    }

    private static Metric countOf(Sentence s, int numberFirst, int numberLast, int windowEnd, String h) {
        if (h.equals("states") || h.equals("countries") || h.equals("parties") || h.equals("member")) {
            for (int k = Math.max(0, numberFirst - 12); k <= Math.min(windowEnd + 4, s.tokens.size() - 1); k++) {
                String w = s.lower(k);
                if (w.equals("parties") || w.startsWith("ratif") || w.startsWith("acce")) {
                    return Metric.states_parties;
                }
            }
        }
        for (int k = numberLast + 1; k <= windowEnd; k++) {
            Metric m = byVerb(s, k, h);
            if (m != null) {
                return m;
            }
        }
        Metric before = verbBefore(s, numberFirst, 4);
        if (before != null) {
            return before;
        }
        for (int k = numberLast + 1; k <= windowEnd; k++) {
            Metric m = byNoun(s.lower(k));
            if (m != null) {
                return m;
            }
        }
        return Metric.other;
    }

    /**
     * The metric of a share, which is that of the people or things it is a share of (the annotators' rule): "27%
     * (1,167) were female", "Women and girls accounted for 78% of the victims", "a 16.6% decrease in the number of
     * cases", "64% de ces plaintes", "13 percent of the IOM caseload were children", "making up about 37% of all
     * callers"; else what a count there would be ("solo el 3.8% ha logrado sentencia condenatoria").
     */
    private static Metric ofShare(Sentence s, int numberFirst, int numberLast, int windowEnd) {
        int end = Math.min(s.tokens.size() - 1, numberLast + 10);
        Metric noun = null;
        for (int k = numberLast + 1; k <= end; k++) {
            String w = s.lower(k);
            if (w.equals(";") || w.equals(".")) {
                break;
            }
            Metric sexOrAge = sexOrAge(w);
            if (sexOrAge != null && (noun == null || noun == Metric.victims_identified)) {
                return sexOrAge; // "of potential victims were male"
            }
            Metric n = w.equals("callers") ? Metric.hotline_calls : sexOrAge == null ? byNoun(w) : null;
            if (n != null && noun == null) {
                noun = n;
                if (n != Metric.victims_identified) {
                    return n; // "64% de ces plaintes ont été formulées par des femmes": a share of complaints
                }
            }
        }
        // "Women and girls accounted for 78% of the victims", "Men made up 64% of the confirmed victims"
        Metric before = null;
        for (int k = numberFirst - 1; k >= Math.max(0, numberFirst - 6); k--) {
            String w = s.lower(k);
            if (w.equals(";") || w.equals(",") || w.equals("(") || s.tokens.get(k).isDigits()) {
                break;
            }
            before = strongest(before, sexOrAge(w));
        }
        if (before != null && (noun == null || noun == Metric.victims_identified)) {
            return before;
        }
        if (noun != null) {
            return noun;
        }
        return countOf(s, numberFirst, numberLast, windowEnd, "");
    }

    /** The people a share or a count is of, by sex or age: "female", "women", "minors", "hommes", "niñas". */
    static Metric sexOrAge(String w) {
        return switch (w) {
            case "female", "females", "women", "woman", "femmes", "mujeres" -> Metric.female_victims;
            case "male", "males", "men", "hommes", "hombres" -> Metric.male_victims;
            case "child", "children", "minor", "minors", "girls", "boys", "enfants", "mineurs", "mineures", "menores",
                    "niños", "niñas", "filles", "garçons" -> Metric.child_victims;
            default -> null;
        };
    }

    /** "women and girls" are counted as female victims: female before male before child. */
    private static Metric strongest(Metric a, Metric b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return rank(a) <= rank(b) ? a : b;
    }

    private static int rank(Metric m) {
        return m == Metric.female_victims ? 0 : m == Metric.male_victims ? 1 : 2;
    }

    /** Whether the token at {@code k} is an age under 18 ("under 15", "aged 15-17"). */
    private static boolean isMinorAge(Sentence s, int k) {
        if (k >= s.tokens.size() || !s.tokens.get(k).isDigits()) {
            return false;
        }
        String t = s.tokens.get(k).text();
        return t.length() <= 2 && Integer.parseInt(t) < 18;
    }

    /**
     * A bare number in parentheses has the metric of the people it is put after or said to be: "the majority (32)
     * being women", "followed by men (30)", "and children (17)", "The majority of victims (28)"; else other
     * ("Romanian nationals (61)": a breakdown by nationality).
     */
    static Metric ofBracketed(Sentence s, int numberFirst, int numberLast) {
        String before = s.lower(numberFirst - 2);
        Metric m = sexOrAge(before);
        if (m == null) {
            m = byNoun(before);
        }
        if (m == null) {
            String verb = s.lower(numberLast + 2);
            if (verb.equals("being") || verb.equals("were") || verb.equals("are")) {
                m = sexOrAge(s.lower(numberLast + 3));
            }
        }
        return m == null ? Metric.other : m;
    }

    /**
     * A count and its share are of the same people ("42 female victims were identified (79 per cent)", "73% (3,142)
     * of potential victims were male"): the second of the pair takes the first's metric when its own words say
     * nothing more precise than victims.
     */
    static Metric ofPair(Metric own, Metric first) {
        if (first == Metric.other) {
            return own;
        }
        boolean precise = first == Metric.female_victims || first == Metric.male_victims || first == Metric.child_victims;
        return own == Metric.other || own == Metric.victims_identified && precise ? first : own;
    }

    private static boolean isVictimNoun(String w) {
        return w.startsWith("victim") || w.startsWith("víctima");
    }

    /** Words between an active verb and its count: "identified more than 1,234", "convicted a total of 12". */
    private static final Set<String> HEDGES = Words.of("more", "than", "over", "some", "about", "nearly", "at", "least",
            "approximately", "almost", "around", "a", "total", "of", "an", "estimated", "up", "to");

    /** "the government identified 1,234 victims", "convicted 12 traffickers": an active verb right before the count. */
    private static Metric activeVerbBefore(Sentence s, int numberFirst) {
        int k = numberFirst - 1;
        while (k >= 0 && HEDGES.contains(s.lower(k)) && numberFirst - k < 4) {
            k--;
        }
        return k >= 0 && k >= numberFirst - 4 ? verbBefore(s, k + 1, 1) : null;
    }

    /** "48 arrested", "rescued 9", "the rescue of 24": the metric of the press verb that counts them. */
    static Metric ofPressVerb(String w) {
        if (w.startsWith("rescu") || w.startsWith("free") || w.startsWith("sav") || w.startsWith("rescat")
                || w.startsWith("liber") || w.startsWith("libér") || w.startsWith("secour") || w.startsWith("identif")) {
            return Metric.victims_identified;
        }
        if (w.startsWith("charg") || w.startsWith("indict")) {
            return Metric.persons_charged;
        }
        if (w.startsWith("convict")) {
            return Metric.persons_convicted;
        }
        if (w.startsWith("sentenc")) {
            return Metric.persons_sentenced;
        }
        if (w.startsWith("repatriat")) {
            return Metric.victims_repatriated;
        }
        if (w.startsWith("deport")) {
            return Metric.other;
        }
        return Metric.persons_arrested; // arrest, detain, nab, hold, intercept, apprehend, detener, interpeller
    }

    private static final Set<String> RESCUE_VERBS = Words.of("rescued", "rescue", "rescues", "freed", "frees",
            "saved", "saves", "rescató", "rescata", "liberó", "libéré", "secouru");

    /** "rescued 12 children": children rescued are counted as child victims. */
    private static boolean rescueBefore(Sentence s, int numberFirst) {
        for (int k = numberFirst - 1; k >= Math.max(0, numberFirst - 4); k--) {
            if (RESCUE_VERBS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** "the number of identified victims", "the number of persons prosecuted": the metric of a noun phrase around its head. */
    static Metric ofNounPhrase(Sentence s, int head, String noun) {
        for (int k = Math.max(0, head - 3); k <= Math.min(s.tokens.size() - 1, head + 3); k++) {
            if (k == head) {
                continue;
            }
            Metric m = byVerb(s, k, noun);
            if (m != null) {
                return m;
            }
        }
        Metric m = byNoun(noun);
        return m == null ? Metric.other : m;
    }

    private static Metric verbBefore(Sentence s, int numberFirst, int reach) {
        for (int k = numberFirst - 1; k >= Math.max(0, numberFirst - reach); k--) {
            String w = s.lower(k);
            Metric m = switch (w) {
                case "processed", "investigated", "investigating"
                        -> Metric.investigations;
                case "trained", "training", "formé", "capacitó", "capacitado" -> Metric.persons_trained;
                case "registered", "recorded", "registró", "enregistrait", "enregistre", "recensait"
                        -> Metric.cases_registered;
                case "identified", "identifying", "detected", "rescued", "identificó", "identifié", "identificaron"
                        -> Metric.victims_identified;
                case "arrested", "arresting", "detained", "arrest", "arrests", "detain", "detains", "nabbed", "detuvo",
                        "detiene" -> Metric.persons_arrested;
                case "rescue", "rescues", "freed", "frees", "saved", "saves", "rescató", "rescata", "liberó"
                        -> Metric.victims_identified;
                case "convicted", "convicting", "condenó" -> Metric.persons_convicted;
                case "prosecuted", "prosecuting", "procesó" -> Metric.persons_prosecuted;
                case "charged", "charging", "indicted", "indicting" -> Metric.persons_charged;
                case "assisted", "assisting", "assists", "assist", "sheltered", "sheltering", "helped", "served",
                        "supported", "support", "accompagné", "accompagnait" -> Metric.victims_assisted;
                case "repatriated", "repatriating" -> Metric.victims_repatriated;
                case "parties" -> Metric.states_parties;
                default -> null;
            };
            if (m != null) {
                return m;
            }
            if (w.equals(",") || w.equals(";")) {
                break;
            }
        }
        return null;
    }

    private static Metric byVerb(Sentence s, int k, String head) {
        String w = s.lower(k);
        boolean cases = head.startsWith("case") || head.equals("lawsuits") || head.equals("crimes")
                || head.startsWith("caso") || head.startsWith("affaire") || head.equals("cas") || head.startsWith("plainte")
                || head.startsWith("denuncia") || head.startsWith("complaint") || head.equals("reports");
        boolean persons = PERSON_NOUNS.contains(head) || head.isEmpty();
        if (w.startsWith("acquit") || w.startsWith("absuel")) {
            return Metric.persons_acquitted;
        }
        if (w.equals("convicted") || w.startsWith("condenad") || w.startsWith("condenator") || w.startsWith("condamn")) {
            return cases ? null : Metric.persons_convicted;
        }
        Metric were = (w.equals("were") || w.equals("are") || w.equals("étaient") || w.equals("sont") || w.equals("eran")
                || w.equals("son")) ? sexOrAge(s.lower(k + 1)) : null;
        if (were != null) {
            return were; // "four of whom were girls", "the remaining 11 were male"
        }
        if ((w.equals("under") || w.equals("aged") || w.equals("âgés") || w.equals("âgées")) && isMinorAge(s, k + 1)) {
            return Metric.child_victims; // "138 were under 15 years", "24 aged 15-17"
        }
        if ((w.equals("suspected") || w.equals("alleged") || w.startsWith("présumé"))
                && PERSON_NOUNS.contains(s.lower(k + 1))) {
            return Metric.suspects; // "8 064 suspected traffickers"
        }
        if (w.equals("trafficked") || w.equals("exploited") || w.equals("subjected") && s.lower(k + 1).equals("to")) {
            return Metric.victims_identified; // "16 were trafficked for labour exploitation", "869 people were subjected to"
        }
        if (w.startsWith("déféré")) {
            return Metric.persons_charged; // "79 personnes déférées": referred to the prosecutor, who charges them
        }
        if (w.equals("committed") && s.lower(k + 1).equals("to") && s.lower(k + 2).equals("stand")) {
            return Metric.persons_prosecuted; // "nine people were committed to stand trial"
        }
        if (w.startsWith("accompagn") || w.equals("atendidas") || w.equals("atendidos") || w.equals("asistidas")
                || w.equals("asistidos")) {
            return Metric.victims_assisted; // "145 victimes ont bénéficié d'un accompagnement"
        }
        if (w.equals("sentenced") || w.equals("imprisoned")) {
            return Metric.persons_sentenced;
        }
        if ((w.equals("charged") || w.equals("indicted") || w.equals("accused")
                || w.equals("mises") && s.lower(k + 1).equals("en") && s.lower(k + 2).equals("examen")
                || w.equals("mis") && s.lower(k + 1).equals("en") && s.lower(k + 2).equals("examen")) && !cases) {
            return Metric.persons_charged;
        }
        if (w.equals("prosecuted") || w.equals("prosecutions") || w.startsWith("procesad") || w.startsWith("poursuivi")
                || w.equals("sent") && s.lower(k + 1).equals("to") && s.lower(k + 2).startsWith("court")) {
            return Metric.persons_prosecuted;
        }
        if (w.equals("arrested") || w.equals("arrests") || w.equals("detained") || w.equals("apprehended")
                || w.equals("detenidos") || w.equals("detenidas") || w.equals("arrêtés") || w.equals("arrêtées")
                || w.startsWith("interpellé") || w.equals("nabbed")) {
            return Metric.persons_arrested;
        }
        if (w.equals("trained") || w.equals("capacitados") || w.equals("formés")) {
            return persons ? Metric.persons_trained : Metric.trainings;
        }
        if (w.startsWith("investigat") || w.equals("pre-trial") || w.equals("processed") || w.startsWith("enquête")
                || w.startsWith("investigaci")) {
            return Metric.investigations;
        }
        if (cases && (w.equals("registered") || w.equals("filed") || w.equals("recorded") || w.equals("reported")
                || w.startsWith("registrad") || w.startsWith("enregistr") || w.startsWith("recensé") || w.startsWith("déposé")
                || w.startsWith("recibid") || w.equals("received"))) {
            return Metric.cases_registered;
        }
        if ((cases || head.equals("court")) && (w.startsWith("court") || w.equals("trial") || w.equals("completed")
                || w.equals("concluded") || w.equals("tribunales") || w.equals("tribunaux"))) {
            return Metric.court_cases;
        }
        if (w.startsWith("repatriat") || w.equals("returned") || w.startsWith("repatri")) {
            return Metric.victims_repatriated;
        }
        if (w.startsWith("identif") && s.lower(k + 1).equals("as") && s.lower(k + 2).startsWith("suspect")) {
            return Metric.suspects;
        }
        boolean rescued = w.equals("rescued") || w.equals("freed") || w.equals("saved") || w.startsWith("rescatad")
                || w.startsWith("liberad") || w.startsWith("secouru") || w.startsWith("libéré");
        if (rescued || (w.startsWith("identif") || w.startsWith("recogni") || w.equals("detected") || w.equals("found"))
                && mentionsVictims(s, k)) {
            // "8 minors rescued": children rescued are counted as child victims ("53 women had been recognized as
            // victims" stays victims identified)
            return rescued && byNoun(head) == Metric.child_victims ? Metric.child_victims : Metric.victims_identified;
        }
        if ((w.startsWith("assist") || w.equals("supported") || w.equals("sheltered") || w.equals("received"))
                && mentionsVictims(s, k)) {
            return Metric.victims_assisted;
        }
        return null;
    }

    private static boolean mentionsVictims(Sentence s, int around) {
        for (int k = Math.max(0, around - 8); k <= Math.min(s.tokens.size() - 1, around + 6); k++) {
            String w = s.lower(k);
            if (w.startsWith("victim") || w.startsWith("víctima") || w.equals("women") || w.equals("children")
                    || w.equals("minors") || w.equals("girls") || w.equals("boys")) {
                return true;
            }
        }
        return false;
    }

    static Metric byNoun(String w) {
        return switch (w) {
            case "suspects", "suspect", "sospechosos", "suspects." -> Metric.suspects;
            case "victims", "victim", "víctimas", "victimes" -> Metric.victims_identified;
            case "minors", "children", "kids", "menores", "mineurs", "mineures", "enfants", "niños" -> Metric.child_victims;
            case "arrests", "interpellations", "arrestations", "detenciones" -> Metric.persons_arrested;
            case "investigations", "investigation", "enquêtes", "investigaciones" -> Metric.investigations;
            case "prosecutions" -> Metric.persons_prosecuted;
            case "convictions", "condenas", "condamnations" -> Metric.persons_convicted;
            case "seminars", "workshops", "trainings", "courses", "sessions", "talleres", "ateliers" -> Metric.trainings;
            case "shelters", "refuges", "albergues", "refugios", "foyers" -> Metric.shelters;
            case "calls", "llamadas", "appels" -> Metric.hotline_calls;
            case "accused" -> Metric.persons_charged;
            // girls and boys are children (the annotators' rule: "64 girls", "9 boys"); "women and girls" stay female
            case "women", "mujeres", "femmes" -> Metric.female_victims;
            case "men", "hombres", "hommes" -> Metric.male_victims;
            case "girls", "boys", "niñas", "filles", "garçons" -> Metric.child_victims;
            // what a case-counting office records: cases, complaints, reports ("92 plaintes", "3,715 denuncias")
            case "cases", "casos", "cas", "affaires", "complaints", "plaintes", "denuncias", "reports"
                    -> Metric.cases_registered;
            case "lawsuits", "trials" -> Metric.court_cases;
            case "ratifications" -> Metric.ratifications;
            default -> null;
        };
    }
}
