package org.palermo.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sectors of exploitation, in the database's own wording, from the words for the work done.
 * Sexual exploitation always gives "Commercial sexual exploitation".
 */
final class Sectors {

    private static final Map<String, Pattern> CUES = new LinkedHashMap<>();

    static {
        cue("Domestic servitude", "\\bdomestic (?:servants?|servitude|labou?r|work\\w*|help)\\b|\\bhousework\\b|\\bhousehold chores\\b|\\bnann(?:y|ies)\\b|\\blive-in\\b");
        cue("Agriculture", "\\bfarms?\\b|\\bagricultur\\w*|\\bcrops\\b|\\bcitrus\\b|\\bcocoa\\b|\\bfields\\b|\\bplantations?\\b|\\branch(?:es)?\\b");
        cue("Hair/Beauty Salon", "\\b(?:hair|nail|beauty|braiding) salons?\\b|\\bsalons?\\b");
        cue("Hotel/Restaurant/Bar", "\\brestaurants?\\b|\\bbars?\\b(?! bills)|\\bhotel (?:work|staff|housekeeping)\\b|\\bcleaning crews?\\b|\\bfood prep\\w*");
        cue("Construction", "\\bconstruction\\b");
        cue("Factory/Manufacturing", "\\bfactor(?:y|ies)\\b|\\bprocessing plant\\b|\\bmanufactur\\w*|\\bjanitor\\w*");
        cue("Fishing", "\\bfishing\\b|\\bfishermen\\b|\\bboats?\\b");
        cue("Begging", "\\bbegging\\b|\\bbeg\\b");
    }

    private static void cue(String sector, String regex) {
        CUES.put(sector, DecisionText.lowerPattern(regex));
    }

    List<String> read(DecisionText text, boolean sexualExploitation, Map<String, Evidence> evidence) {
        List<String> sectors = new ArrayList<>();
        if (sexualExploitation) {
            sectors.add("Commercial sexual exploitation");
        }
        for (Map.Entry<String, Pattern> e : CUES.entrySet()) {
            Matcher m = text.firstAffirmed(e.getValue());
            if (m != null) {
                sectors.add(e.getKey());
                evidence.put("sectors." + e.getKey(), text.quote(m.start(), m.end()));
            }
        }
        return sectors;
    }
}
