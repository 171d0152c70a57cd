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
            return Metric.other;
        }
        String h = head == null ? "" : head;
        Metric active = activeVerbBefore(s, numberFirst);
        if (active != null) {
            return active == Metric.victims_identified && byNoun(h) == Metric.child_victims
                    && rescueBefore(s, numberFirst) ? Metric.child_victims : active;
        }
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
                case "registered", "recorded" -> Metric.cases_registered;
                case "identified", "identifying", "detected", "rescued", "identificó", "identifié", "identificaron"
                        -> Metric.victims_identified;
                case "arrested", "arresting", "detained", "arrest", "arrests", "detain", "detains", "nabbed", "detuvo",
                        "detiene" -> Metric.persons_arrested;
                case "rescue", "rescues", "freed", "frees", "saved", "saves", "rescató", "rescata", "liberó"
                        -> Metric.victims_identified;
                case "convicted", "convicting", "condenó" -> Metric.persons_convicted;
                case "prosecuted", "prosecuting", "procesó" -> Metric.persons_prosecuted;
                case "charged", "charging", "indicted", "indicting" -> Metric.persons_charged;
                case "assisted", "assisting", "sheltered", "sheltering", "helped", "served", "supported"
                        -> Metric.victims_assisted;
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
                || head.startsWith("caso") || head.startsWith("affaire");
        boolean persons = PERSON_NOUNS.contains(head) || head.isEmpty();
        if (w.startsWith("acquit") || w.startsWith("absuel")) {
            return Metric.persons_acquitted;
        }
        if (w.equals("convicted") || w.startsWith("condenad") || w.startsWith("condenator") || w.startsWith("condamn")) {
            return cases ? null : Metric.persons_convicted;
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
                || w.equals("registrados") || w.equals("enregistrés"))) {
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
            case "women", "girls", "mujeres", "niñas", "femmes", "filles" -> Metric.female_victims;
            case "men", "boys", "hombres", "hommes", "garçons" -> Metric.male_victims;
            case "lawsuits", "trials" -> Metric.court_cases;
            case "ratifications" -> Metric.ratifications;
            default -> null;
        };
    }
}
