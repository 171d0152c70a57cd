package org.palermo.coding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The nationality of victims and of defendants where the summary states it (ISO 3166-1 alpha-3, an
 * extension of the CONTRACTS.md §3 labels):
 * <ul>
 * <li><b>a people's adjective on a person noun</b> — "young Mexican girls", "two Vietnamese women", "a
 *     Chinese national", "Togolese females": the victims', unless the noun phrase is a defendant's
 *     ("Defendants, all Brazilian nationals", "defendant Ding, a Chinese citizen", "Mexican
 *     co-defendants");</li>
 * <li><b>where victims came from</b> — "women from Moldova", "recruited girls in Guatemala", "brought her
 *     from Cameroon", "smuggled workers from Mexico": the country is the victims' (the United States
 *     only when a victim noun says so: "American girls", "U.S. citizens");</li>
 * <li><b>a defendant's own origin</b> — "a native of Nigeria", "a Nigerian-born defendant".</li>
 * </ul>
 * Nothing is guessed from the court's country: a summary that names no nationality gives none (null).
 */
final class Nationalities {

    record Found(Map<String, Evidence> victims, Map<String, Evidence> defendants) {
    }

    private static final String PERSON_NOUN = "(?:girls?|wom[ae]n|females?|minors?|child(?:ren)?|boys?|m[ae]n|males?|victims?|workers?|labou?rers?|nationals?"
            + "|citizens?|immigrants?|migrants?|teen(?:ager)?s?|juveniles?|servants?|maids?|nann(?:y|ies)|domestic workers?|plaintiffs?|persons?|people"
            + "|individuals?|wives|wife|brides?|fianc[ée]es?|students?|farmworkers?|fishermen|adults?|youths?|co-?defendants?|defendants?|co-?conspirators?"
            + "|traffickers?|pimps?|recruiters?|smugglers?|couple|brothers|sisters|husband|boyfriend|businessman|businesswoman)";
    private static final Pattern DEFENDANT_NOUN = Pattern.compile("(?i)^(?:co-?defendants?|defendants?|co-?conspirators?|traffickers?|pimps?|recruiters?|smugglers?|couple|brothers|sisters|husband|boyfriend|businessman|businesswoman)$");
    private static final Pattern ADJECTIVE_NOUN = Pattern.compile(
            "\\b(?<demonym>(?-i:[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?))(?:-born)?\\s+(?:(?:young|adult|minor|underage|teenage|female|male|undocumented|illegal|poor|rural)\\s+){0,2}"
                    + "(?<noun>" + PERSON_NOUN + ")\\b");
    private static final Pattern DEFENDANT_BEFORE = Pattern.compile(
            "\\b(?:co-?defendants?|defendants?|co-?conspirators?|traffickers?|recruiters?|smugglers?|appellants?)\\b(?:\\s+(?-i:[A-Z][\\w'’-]+)){0,4}\\s*,?\\s*(?:\\(?(?:all|both|each|a|an|the|who (?:is|are|was|were))\\s+)*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VICTIMS_FROM = Pattern.compile(
            "\\b(?:victims?|girls?|wom[ae]n|females?|minors?|child(?:ren)?|boys?|m[ae]n|workers?|labou?rers?|persons|people|individuals|nationals|immigrants|migrants|teenagers|her|him|them)"
                    + "\\s+(?:[\\w'’-]+\\s+){0,3}?(?:from|in|of)\\s+(?:the\\s+)?(?:(?:rural|poor|remote|small)\\s+(?:areas|villages?|towns?)\\s+(?:in|of)\\s+)?(?<place>(?-i:[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){0,3}))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RECRUITED_IN = Pattern.compile(
            "\\b(?:recruited|lured|smuggled|brought|transported|trafficked|kidnapped|abducted|bought|purchased|took)\\s+(?:[\\w'’-]+\\s+){0,6}?(?:from|in)\\s+(?:the\\s+)?(?<place>(?-i:[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){0,3}))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFENDANT_ORIGIN = Pattern.compile(
            "\\b(?:a|an)\\s+(?:native|citizen|national)\\s+of\\s+(?:the\\s+)?(?<place>(?-i:[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){0,3}))",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern APPOSITION = Pattern.compile("(?-i:([A-Z][\\w'’-]+))(?:\\s*,?\\s*\\d{1,2})?\\s*,\\s*(?:(?:a|an|both|all)\\s+)?$");
    /** "The defendants, formerly husband and wife, are Egyptian nationals": a copula links defendants to a nationality. */
    private static final Pattern DEFENDANTS_ARE = Pattern.compile(
            "\\b(?:co-?defendants?|defendants?|co-?conspirators?|traffickers?)\\b(?<gap>[^.;:]{0,60}?)\\b(?:are|were|is|was)\\s+(?:all\\s+|both\\s+|an?\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PAST_VERB = Pattern.compile("\\b(?!(?:married|accused|alleged|named|related)\\b)\\w+ed\\b");

    private final Places places;

    Nationalities(Places places) {
        this.places = places;
    }

    Found read(DecisionText text, People.Cast cast) {
        String s = text.text();
        Map<String, Evidence> victims = new LinkedHashMap<>();
        Map<String, Evidence> defendants = new LinkedHashMap<>();
        DecisionText.Matches mFound = text.matches(ADJECTIVE_NOUN, false);
        Matcher m = mFound.matcher();
        while (mFound.find()) {
            String iso = places.iso3(m.group("demonym"));
            if (iso == null || !places.isDemonym(m.group("demonym"))) {
                continue;
            }
            String noun = m.group("noun");
            boolean defendant = DEFENDANT_NOUN.matcher(noun).matches()
                    || DEFENDANT_BEFORE.matcher(s.substring(Math.max(0, m.start() - 60), m.start())).find()
                    || namesADefendant(s, m.start(), cast)
                    || noun.toLowerCase(java.util.Locale.ROOT).matches("nationals?|citizens?") && defendantsAre(s, m.start());
            Evidence e = text.quote(m.start(), m.end());
            if (defendant) {
                defendants.putIfAbsent(iso, e);
            } else if (!text.negated(m.start())) {
                victims.putIfAbsent(iso, e);
            }
        }
        from(text, VICTIMS_FROM, victims, false);
        from(text, RECRUITED_IN, victims, false);
        DecisionText.Matches originFound = text.matches(DEFENDANT_ORIGIN, false);
        Matcher origin = originFound.matcher();
        while (originFound.find()) {
            String iso = country(origin.group("place"));
            if (iso != null && (DEFENDANT_BEFORE.matcher(s.substring(Math.max(0, origin.start() - 60), origin.start())).find()
                    || namesADefendant(s, origin.start(), cast))) {
                defendants.putIfAbsent(iso, text.quote(origin.start(), origin.end()));
            }
        }
        return new Found(victims, defendants);
    }

    private static boolean defendantsAre(String s, int start) {
        Matcher m = DEFENDANTS_ARE.matcher(s.substring(Math.max(0, start - 90), start));
        return m.find() && !PAST_VERB.matcher(m.group("gap")).find();
    }

    /** "Ding, a Chinese national": the apposition follows a defendant's name. */
    private static boolean namesADefendant(String s, int start, People.Cast cast) {
        String before = s.substring(Math.max(0, start - 40), start);
        Matcher name = APPOSITION.matcher(before);
        if (!name.find()) {
            return false;
        }
        String surname = name.group(1);
        for (People.Person p : cast.persons()) {
            if (People.Cast.isDefendant(p) && (p.key().equals(surname) || p.key().endsWith(" " + surname))) {
                return true;
            }
        }
        return false;
    }

    private void from(DecisionText text, Pattern pattern, Map<String, Evidence> into, boolean usaAllowed) {
        DecisionText.Matches mFound = text.matches(pattern, false);
        Matcher m = mFound.matcher();
        while (mFound.find()) {
            String iso = country(m.group("place"));
            if (iso == null || iso.equals("USA") && !usaAllowed || text.negated(m.start())) {
                continue;
            }
            into.putIfAbsent(iso, text.quote(m.start(), m.end()));
        }
    }

    /** The country a run of capitalised words starts with ("Mexico", "Nuevo Laredo, Mexico" is not read). */
    private String country(String words) {
        String[] tokens = words.split("\\s+");
        for (int n = Math.min(tokens.length, 4); n >= 1; n--) {
            String candidate = String.join(" ", List.of(tokens).subList(0, n)).replaceAll("[.,;:'’]+$", "");
            String iso = places.iso3(candidate);
            if (iso != null && !places.isDemonym(candidate)) {
                return iso;
            }
        }
        return null;
    }

    static List<String> codes(Map<String, Evidence> found) {
        return List.copyOf(found.keySet());
    }
}
