package org.palermo.coding;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Internal or transnational. TRANSNATIONAL when two countries are named (US states count as the
 * United States: "from Mexico to Florida"), when a single foreign country is named ("young Mexican
 * girls", "from Cameroon" — summaries are written from the prosecuting country, which they often
 * leave unnamed), or when a border is crossed ("smuggled", "across the border", a visa).
 * Otherwise INTERNAL: summaries say where victims came from whenever it was abroad. Null when
 * the text describes nothing (fewer than {@value #MIN_FACTS} characters).
 */
final class FormReader {

    static final int MIN_FACTS = 60;

    private static final Pattern CROSSING = DecisionText.lowerPattern(
            "\\bsmuggl\\w*|\\bacross (?:the )?(?:[\\w-]+ )?borders?\\b|\\bvisas?\\b|\\bforeign nationals?\\b|\\bcross-border\\b"
                    + "|\\binternational(?:ly)? traffick\\w*|\\btransnational\\b|\\bimmigrat(?:ed|ion) (?:to|into)\\b");
    private static final Pattern INTERNAL_CUE = DecisionText.lowerPattern(
            "\\binterstate\\b|\\bacross state lines\\b|\\bwithin the (?:state|country)\\b|\\bdomestic(?:ally)? traffick\\w*");

    private final Places places;

    FormReader(Places places) {
        this.places = places;
    }

    Reading<Form> read(DecisionText text) {
        String s = text.text();
        if (s.strip().length() < MIN_FACTS) {
            return Reading.none();
        }
        List<Places.Mention> mentions = places.mentions(s);
        Places.Mention first = mentions.isEmpty() ? null : mentions.get(0);
        for (Places.Mention m : mentions) {
            if (!m.iso3().equals(first.iso3())) {
                return Reading.of(Form.TRANSNATIONAL, text.quote(m.start(), m.end()));
            }
        }
        for (Places.Mention m : mentions) {
            if (!m.iso3().equals("USA")) {
                return Reading.of(Form.TRANSNATIONAL, text.quote(m.start(), m.end()));
            }
        }
        Matcher crossing = text.firstAffirmed(CROSSING);
        if (crossing != null) {
            return Reading.of(Form.TRANSNATIONAL, text.quote(crossing.start(), crossing.end()));
        }
        DecisionText.Matches internalFound = text.matches(INTERNAL_CUE, true);
        Matcher internal = internalFound.matcher();
        if (internalFound.find()) {
            return Reading.of(Form.INTERNAL, text.quote(internal.start(), internal.end()));
        }
        if (first != null) {
            return Reading.of(Form.INTERNAL, text.quote(first.start(), first.end()));
        }
        return Reading.of(Form.INTERNAL, text.quote(0, Math.min(s.length(), 1)));
    }
}
