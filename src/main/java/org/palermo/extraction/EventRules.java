package org.palermo.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Institutional and legal events in a country, one rule per event type: the pattern names the
 * institution or act ("national action plan", "hotline", "referral mechanism", "ratified the
 * Protocol", "adopted a law"), in English, French and Spanish. The country is the sentence's actor,
 * else the paragraph's, else the document's; the date is the period the sentence states nearest to
 * the trigger. Sentences about an organisation (no country) give no event.
 */
final class EventRules {

    private static final String ESTABLISHED = "(?:adopt|approv|creat|establish|set\\s+up|launch|open|enact|pass|"
            + "introduc|develop|finaliz|finalis|implement|operat|maintain|run|fund|conduct|organi[sz]|held|hold|"
            + "provid|appoint|designat|form|amend|promulgat|entered\\s+into\\s+force|came\\s+into\\s+force|"
            + "cre[óa]|aprob|adopt[óé]|lanz|lanc|estableci|inaugur|mis\\s+en\\s+place|institu|ratif)";

    private static final Pattern ACTION = Pattern.compile(ESTABLISHED);

    /** Rule name → event type and the pattern a sentence must contain. */
    private static final List<EventRule> RULES = List.of(
            rule("event.ratification", List.of("ratif", "acce", "adhe"), EventType.RATIFIED_PROTOCOL,
                    "(?:ratif\\w*|acce(?:ded|ssion)|adhe(?:ri|si)\\w*)\\b[^.;]{0,80}?(?:protocol|palermo|convention\\s+against\\s+transnational|protocolo|protocole)"
                            + "|(?:protocol|protocolo|protocole)[^.;]{0,60}?\\b(?:ratified|ratificado|ratifié)"),
            rule("event.legislation", List.of("law", "act ", "legislat", "code", "ordinance", "decree", "bill ", "ley ", "loi ", "digo", "cret", "criminali"), EventType.LEGISLATION_ADOPTED,
                    ESTABLISHED + "\\p{L}*[^.;]{0,80}?\\b(?:law|act|legislation|code|ordinance|decree|bill|ley|loi|c[óo]digo|d[ée]cret)\\b"
                            + "|\\b(?:law|act|legislation|ley|loi)\\b[^.;]{0,80}?\\b(?:was|were|has\\s+been|had\\s+been)\\s+(?:adopted|enacted|passed|amended|promulgated)"
                            + "|criminali[sz]\\w*\\s+(?:all\\s+forms\\s+of\\s+)?(?:sex\\s+|labou?r\\s+)?trafficking"),
            rule("event.action-plan", List.of("plan", "strateg"), EventType.NATIONAL_ACTION_PLAN,
                    "\\b(?:national\\s+)?(?:action\\s+plan|plan\\s+of\\s+action)|plan\\s+nacional|plan\\s+d'action|national\\s+(?:anti-trafficking\\s+)?strateg"),
            rule("event.coordination-body", List.of("committee", "commission", "council", "working group", "task force", "coordinat", "comisi", "comit", "consejo"), EventType.COORDINATION_BODY,
                    "\\b(?:inter-?ministerial|inter-?agency|inter-?institutional|national|multi-?disciplinary)\\s+(?:anti-trafficking\\s+)?(?:committee|commission|council|working\\s+group|task\\s+force|coordinat\\w*\\s+(?:body|mechanism|committee))"
                            + "|coordinat\\w*\\s+(?:body|mechanism|committee|council)|comisi[óo]n\\s+interinstitucional|comit[ée]\\s+national|consejo\\s+nacional"),
            rule("event.rapporteur", List.of("rapporteur", "relator", "equivalent mechanism", "coordinator"), EventType.NATIONAL_RAPPORTEUR,
                    "national\\s+rapporteur|equivalent\\s+mechanism|rapporteur\\s+national|relator[a]?\\s+nacional|national\\s+(?:anti-trafficking\\s+)?coordinator"),
            rule("event.special-unit", List.of(" unit", "squad", " team", "prosecutor", "unidad", "fiscal", "brigade", "unité", "department"), EventType.SPECIAL_UNIT,
                    "(?:special(?:ized|ised)?|dedicated|anti-trafficking)\\s+(?:police\\s+|prosecution\\s+|investigat\\w*\\s+)?(?:unit|units|squad|department|team|prosecutor)"
                            + "|unidad(?:es)?\\s+especial|unit[ée]s?\\s+sp[ée]cial|fiscal[ií]a\\s+especializada|brigade"),
            rule("event.hotline", List.of("hotline", "helpline", "help line", "toll-free", "línea", "linea ", "ligne", "numéro vert", "numero vert"), EventType.HOTLINE,
                    "hotline|helpline|help\\s+line|toll-free|l[íi]nea\\s+(?:telef[óo]nica|directa|gratuita)|ligne\\s+(?:d'assistance|d'urgence|verte)|num[ée]ro\\s+vert"),
            rule("event.referral", List.of("referral", "standard operating", "mecanismo", "canisme"), EventType.REFERRAL_MECHANISM,
                    "referral\\s+(?:mechanism|system|procedure|protocol)|standard\\s+operating\\s+procedures|mecanismo\\s+(?:nacional\\s+)?de\\s+(?:derivaci[óo]n|referencia)|m[ée]canisme\\s+(?:national\\s+)?d'orientation"),
            rule("event.shelter", List.of("shelter", "safe house", "crisis cent", "rehabilitation cent", "victim assistance", "victim support", "victim services", "assistance to victims", "albergue", "refugio", "accueil"), EventType.SHELTER_OR_VICTIM_SERVICE,
                    "\\bshelters?\\b|safe\\s+houses?|crisis\\s+cent|rehabilitation\\s+cent|victim\\s+(?:assistance|support|services)|assistance\\s+to\\s+victims|albergues?|refugios?|centres?\\s+d'accueil|foyers?\\s+d'accueil"),
            rule("event.campaign", List.of("awareness", "campaign", "sensibili", "campa"), EventType.AWARENESS_CAMPAIGN,
                    "awareness|campaign|sensibilisation|campa[ñn]a|campagne|sensibilizaci[óo]n"),
            rule("event.training", List.of("train", "capacit", " formation", "seminar", "workshop", "taller"), EventType.TRAINING,
                    "\\btrain(?:ed|ing|ings)\\b|capacitaci[óo]n|capacit[óa]|\\bformations?\\b|seminars?|workshops?|talleres"));

    private EventRules() {
    }

    /** A named rule: the words one of which must occur (a cheap test), then the pattern. */
    private record EventRule(String name, List<String> words, EventType type, Pattern pattern) {

        boolean mayMatch(String lower) {
            for (String w : words) {
                if (lower.contains(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static EventRule rule(String name, List<String> words, EventType type, String regex) {
        return new EventRule(name, words, type, Pattern.compile(regex));
    }

    static List<Event> apply(Sentence s, List<PeriodReader.Stated> periods, ParagraphContext context, Hints hints,
            String version) {
        String lower = s.lower();
        List<Event> out = new ArrayList<>();
        for (EventRule r : RULES) {
            if (!r.mayMatch(lower)) {
                continue;
            }
            Matcher m = r.pattern().matcher(lower);
            if (!m.find()) {
                continue;
            }
            int at = s.start + m.start();
            Subjects.Subject subject = Subjects.at(s, s.tokenAt(at), context, hints);
            if (subject.iso3() == null) {
                continue;
            }
            if (requiresAction(r.type()) && !ACTION.matcher(lower).find()) {
                continue;
            }
            String date = dateNear(periods, at);
            double confidence = subject.stated() ? 0.75 : 0.6;
            Evidence e = new Evidence(s.text.substring(s.start, s.end), s.start, s.end, s.paragraph, confidence,
                    r.name(), version);
            out.add(new Event(subject.iso3(), r.type(), date, e));
        }
        return out;
    }

    /** Campaigns, trainings and shelters are only events when something was done about them. */
    private static boolean requiresAction(EventType type) {
        return type == EventType.AWARENESS_CAMPAIGN || type == EventType.TRAINING
                || type == EventType.SHELTER_OR_VICTIM_SERVICE || type == EventType.SPECIAL_UNIT;
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
