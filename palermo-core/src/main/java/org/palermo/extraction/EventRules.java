package org.palermo.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Institutional and legal events in a country, one rule per event type. A rule is data: the words
 * that name the institution or act (one must occur: "national action plan", "hotline", "referral
 * mechanism", "ratif…" with "protocol"), and whether the sentence must also say something was done
 * ("established", "launched", "adopted", "creó", "a lancé"), in English, French and Spanish. The
 * country is the sentence's actor, else the paragraph's, else the document's; the date is the
 * period the sentence states nearest the trigger. Sentences with no country give no event.
 */
final class EventRules {

    /** Words saying something was done; a plain word list, searched in the lower-cased sentence. */
    private static final List<String> ACTIONS = List.of("adopt", "approv", "creat", "establish", "set up", "launch",
            "open", "enact", "pass", "introduc", "develop", "finaliz", "finalis", "implement", "operat", "maintain",
            "fund", "conduct", "organiz", "organis", "held", "hold", "provid", "appoint", "designat", "form",
            "amend", "promulgat", "into force", "creó", "creado", "aprob", "adoptó", "adopté", "lanz", "lanc",
            "estableci", "inaugur", "mis en place", "institu", "ratif", "train", "capacit", "run ", "ran ");

    /** A named rule: {@code words} one of which must occur, {@code also} one of which must occur too (if any). */
    private record EventRule(String name, EventType type, List<String> words, List<String> also, boolean action) {

        /** Offset in the lower-cased sentence of the trigger, or -1; {@code ids}: the rule's words as indexed. */
        int find(PhraseIndex.Found found, Ids ids) {
            int at = -1;
            for (int w : ids.words()) {
                int i = found.indexOf(w);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                }
            }
            if (at < 0 || ids.also().length == 0) {
                return at;
            }
            for (int w : ids.also()) {
                if (found.indexOf(w) >= 0) {
                    return at;
                }
            }
            return -1;
        }
    }

    /** A rule's words by their number in {@link #PHRASES} (looked up once, not at every sentence). */
    private record Ids(int[] words, int[] also) {

        static Ids of(EventRule r) {
            return new Ids(r.words().stream().mapToInt(PHRASES::id).toArray(),
                    r.also().stream().mapToInt(PHRASES::id).toArray());
        }
    }

    private static final List<EventRule> RULES = List.of(
            new EventRule("event.ratification", EventType.RATIFIED_PROTOCOL,
                    List.of("ratif", "acceded", "accession", "adhesi", "adhéré", "adhérer"),
                    List.of("protocol", "palermo", "convention against transnational", "protocolo", "protocole"), false),
            new EventRule("event.legislation", EventType.LEGISLATION_ADOPTED,
                    List.of(" law", " act ", " act,", " act.", "legislation", " code", "ordinance", "decree", " bill",
                            " ley ", " loi ", "código", "décret", "criminaliz", "criminalis", "penal code"),
                    List.of("adopt", "enact", "pass", "amend", "promulgat", "into force", "approv", "criminaliz",
                            "criminalis", "aprob", "adoptó", "adopté", "promulg", "modific"), false),
            new EventRule("event.action-plan", EventType.NATIONAL_ACTION_PLAN,
                    List.of("action plan", "plan of action", "plan nacional", "plan d'action", "national strategy",
                            "anti-trafficking strategy", "estrategia nacional", "stratégie nationale"), List.of(), false),
            new EventRule("event.coordination-body", EventType.COORDINATION_BODY,
                    List.of("inter-ministerial", "interministerial", "inter-agency", "interagency", "inter-institutional",
                            "interinstitucional", "national committee", "national commission", "national council",
                            "task force", "working group", "coordinating body", "coordination mechanism", "coordination body",
                            "coordinating committee", "comité national", "consejo nacional", "commission nationale",
                            "comisión nacional"),
                    List.of(), false),
            new EventRule("event.rapporteur", EventType.NATIONAL_RAPPORTEUR,
                    List.of("national rapporteur", "equivalent mechanism", "rapporteur national", "relator nacional",
                            "relatora nacional", "national coordinator", "national anti-trafficking coordinator"),
                    List.of(), false),
            new EventRule("event.special-unit", EventType.SPECIAL_UNIT,
                    List.of("special unit", "special police unit", "specialized unit", "specialised unit",
                            "specialized police", "specialised police", "anti-trafficking unit", "dedicated unit",
                            "specialized prosecutor", "special prosecutor", "unidad especial", "fiscalía especializada",
                            "unité spéciale", "brigade", "special police"), List.of(), true),
            new EventRule("event.hotline", EventType.HOTLINE,
                    List.of("hotline", "helpline", "help line", "toll-free", "línea telefónica", "línea directa",
                            "línea gratuita", "ligne d'assistance", "ligne d'urgence", "ligne verte", "numéro vert"),
                    List.of(), false),
            new EventRule("event.referral", EventType.REFERRAL_MECHANISM,
                    List.of("referral mechanism", "referral system", "referral procedure", "standard operating procedures",
                            "mecanismo de derivación", "mecanismo nacional de derivación", "mecanismo de referencia",
                            "mécanisme d'orientation", "mécanisme national d'orientation"), List.of(), false),
            new EventRule("event.shelter", EventType.SHELTER_OR_VICTIM_SERVICE,
                    List.of("shelter", "safe house", "crisis cent", "rehabilitation cent", "victim assistance",
                            "victim support", "victim services", "assistance to victims", "albergue", "refugio",
                            "centre d'accueil", "foyer d'accueil"), List.of(), true),
            new EventRule("event.campaign", EventType.AWARENESS_CAMPAIGN,
                    List.of("awareness", "campaign", "sensibilisation", "campaña", "campagne", "sensibilización"),
                    List.of(), true),
            new EventRule("event.training", EventType.TRAINING,
                    List.of(" train", "capacitación", "capacitó", " formation", "seminar", "workshop", "taller"),
                    List.of(), true));

    /** Every word of the rules and {@link #ACTIONS}, searched for in one pass over each sentence. */
    private static final PhraseIndex PHRASES = phrases();
    private static final List<Ids> RULE_IDS = RULES.stream().map(Ids::of).toList();
    private static final int[] ACTION_IDS = ACTIONS.stream().mapToInt(PHRASES::id).toArray();

    private EventRules() {
    }

    private static PhraseIndex phrases() {
        List<String> all = new ArrayList<>(ACTIONS);
        for (EventRule r : RULES) {
            all.addAll(r.words());
            all.addAll(r.also());
        }
        return new PhraseIndex(all);
    }

    static List<Event> apply(Sentence s, List<PeriodReader.Stated> periods, ParagraphContext context, Hints hints,
            String version) {
        PhraseIndex.Found phrases = PHRASES.scan(s.lower());
        List<Event> out = new ArrayList<>();
        if (phrases.none()) {
            return out;
        }
        Boolean acted = null;
        for (int k = 0; k < RULES.size(); k++) {
            EventRule r = RULES.get(k);
            int found = r.find(phrases, RULE_IDS.get(k));
            if (found < 0) {
                continue;
            }
            if (r.action()) {
                if (acted == null) {
                    acted = false;
                    for (int id : ACTION_IDS) {
                        acted = acted || phrases.indexOf(id) >= 0;
                    }
                }
                if (!acted) {
                    continue;
                }
            }
            int at = s.start + found;
            Subjects.Subject subject = Subjects.at(s, s.tokenAt(at), context, hints);
            if (subject.iso3() == null) {
                continue;
            }
            double confidence = subject.stated() ? 0.75 : 0.6;
            Evidence e = new Evidence(s.text.substring(s.start, s.end), s.start, s.end, s.paragraph, confidence,
                    r.name(), version);
            out.add(new Event(subject.iso3(), r.type(), dateNear(periods, at), e));
        }
        return out;
    }

    /** The date of the period nearest the trigger: its start, or its end when only that is known. */
    private static String dateNear(List<PeriodReader.Stated> periods, int at) {
        PeriodReader.Stated best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PeriodReader.Stated p : periods) {
            int d = p.end() <= at ? at - p.end() : Math.max(0, p.start() - at);
            if (d < bestDistance) {
                best = p;
                bestDistance = d;
            }
        }
        if (best == null) {
            return null;
        }
        return best.period().from() != null ? best.period().from() : best.period().to();
    }
}
