package org.palermo.coding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sex of the victims, from the nouns that describe them ("girls", "women", "his wife" → female;
 * "boys", "male victims" → male) and, failing those, from a pronoun in a sentence about the victim
 * ("The victim testified that she…", "one worker complained … Flores beat him"). Victims described
 * only as labourers or workers, with no woman among them, are coded male (the database's convention
 * for farm and factory crews). A sex not found is false when the other is found, else null.
 */
final class VictimSex {

    record Sexes(Reading<Boolean> female, Reading<Boolean> male) {
    }

    private static final Pattern FEMALE_NOUN = Pattern.compile(
            "\\b(?:girls?|wom[ae]n|females?(?!\\s+(?:prostitute|defendant|co-|wrestling|recruiter|pimp))|wife|wives|daughters?|nieces?"
                    + "|Jane Does?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MALE_NOUN = Pattern.compile(
            "\\b(?:boys?|male (?:victims?|workers?|minors?|children)|young men|men and boys)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORKER = Pattern.compile(
            "\\b(?:labou?rers?|workers?|farmworkers?|plaintiffs|crew(?:s| members)?|fishermen)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern VICTIM = Pattern.compile("\\b(?:victims?|workers?|plaintiffs?|laborers?|minors?|child|runaways?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHE = Pattern.compile("\\b(?:she|her|herself)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIM = Pattern.compile("\\b(?:him|himself)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WOMEN_DEFENDANTS = Pattern.compile(
            "\\b(?:wife|wives|sisters?|daughters?|women|woman)\\s*(?:,\\s*)?(?:and|were|are|who)?\\s*(?:defendants?|co-?conspirators?)"
                    + "|\\b(?:defendants?|co-?conspirators?)\\s*(?:,\\s*)?(?:his|her|their)?\\s*(?:wife|sisters?|daughters?)"
                    + "|\\b(?:husband and wife|his wife and|formerly husband)\\b",
            Pattern.CASE_INSENSITIVE);

    Sexes read(DecisionText text) {
        Evidence female = femaleNoun(text);
        if (female == null) {
            female = pronounInVictimSentence(text, SHE);
        }
        Evidence male = find(text, MALE_NOUN);
        if (male == null && female == null) {
            male = pronounInVictimSentence(text, HIM);
        }
        if (male == null && female == null) {
            male = find(text, WORKER);
        }
        return new Sexes(answer(female, male), answer(male, female));
    }

    private static Reading<Boolean> answer(Evidence self, Evidence other) {
        if (self != null) {
            return Reading.of(true, self);
        }
        return other != null ? Reading.of(false, other) : Reading.none();
    }

    /** A female noun that does not name a defendant ("husband and wife defendants"). */
    private static Evidence femaleNoun(DecisionText text) {
        String s = text.text();
        DecisionText.Matches mFound = text.matches(FEMALE_NOUN, false);
        Matcher m = mFound.matcher();
        while (mFound.find()) {
            int sentence = text.sentenceIndexAt(m.start());
            String around = text.sentence(sentence);
            if (WOMEN_DEFENDANTS.matcher(around).find() && !VICTIM.matcher(around).find()) {
                continue;
            }
            return text.quote(m.start(), m.end());
        }
        return null;
    }

    private static Evidence pronounInVictimSentence(DecisionText text, Pattern pronoun) {
        for (int i = 0; i < text.sentenceCount(); i++) {
            String sentence = text.sentence(i);
            if (!VICTIM.matcher(sentence).find()) {
                continue;
            }
            for (int j = i; j <= i + 1 && j < text.sentenceCount(); j++) {
                Matcher p = pronoun.matcher(text.sentence(j));
                if (p.find()) {
                    int start = text.sentenceStart(j) + p.start();
                    return text.quote(start, start + p.group().length());
                }
            }
        }
        return null;
    }

    private static Evidence find(DecisionText text, Pattern p) {
        DecisionText.Matches mFound = text.matches(p, false);
        Matcher m = mFound.matcher();
        return mFound.find() ? text.quote(m.start(), m.end()) : null;
    }
}
