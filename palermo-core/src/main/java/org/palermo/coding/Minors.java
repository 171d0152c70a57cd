package org.palermo.coding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a victim was under 18. True on "minor", "underage", "child", "teenage", "juvenile",
 * "under the age of eighteen", or an age under 18 ("a 13-year-old", "age 16", "as young as 10",
 * "aged four to sixteen", "then 10 years old"). False when the victims are described but none
 * of these is said (the database's convention: a summary mentions minors when there are any),
 * quoting an adult age when there is one. Someone else's children are not victims.
 */
final class Minors {

    private static final String AGE = "(\\d{1,2}|" + NumberWords.PATTERN + ")";
    private static final Pattern AGE_MENTION = Pattern.compile(
            "\\b" + AGE + "[- ](?:years?|yrs?)[- ]old\\b"
                    + "|\\b(?:aged?|ages of|ages|as young as|between the ages of)\\s+" + AGE + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MINOR_WORD = Pattern.compile(
            "\\b(?:minors?|underage|child|children|juveniles?|teenage(?:d|rs?)?|under the age of (?:18|eighteen)|runaways?"
                    + "|child sex trafficking|sex trafficking of (?:a )?minors?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADULT = Pattern.compile("\\badults?\\b", Pattern.CASE_INSENSITIVE);

    Reading<Boolean> read(DecisionText text) {
        String s = text.text();
        Integer adultAgeAt = null;
        DecisionText.Matches ageFound = text.matches(AGE_MENTION, false);
        Matcher age = ageFound.matcher();
        while (ageFound.find()) {
            Integer years = NumberWords.parse(age.group(1) != null ? age.group(1) : age.group(2));
            if (years == null) {
                continue;
            }
            if (years < 18) {
                return Reading.of(true, text.quote(age.start(), age.end()));
            }
            if (adultAgeAt == null) {
                adultAgeAt = age.start();
            }
        }
        DecisionText.Matches wordFound = text.matches(MINOR_WORD, false);
        Matcher word = wordFound.matcher();
        while (wordFound.find()) {
            if (!text.negated(word.start()) && !VictimNouns.someonesChildren(s, word.start(), word.group())
                    && !isMinorOffence(s, word.end())) {
                return Reading.of(true, text.quote(word.start(), word.end()));
            }
        }
        if (adultAgeAt != null) {
            return Reading.of(false, text.quote(adultAgeAt, adultAgeAt + 1));
        }
        DecisionText.Matches adultFound = text.matches(ADULT, false);
        Matcher adult = adultFound.matcher();
        if (adultFound.find()) {
            return Reading.of(false, text.quote(adult.start(), adult.end()));
        }
        DecisionText.Matches victimsFound = text.matches(VictimNouns.PLURAL_MENTION, false);
        Matcher victims = victimsFound.matcher();
        if (victimsFound.find()) {
            return Reading.of(false, text.quote(victims.start(), victims.end()));
        }
        DecisionText.Matches victimFound = text.matches(VictimNouns.SINGULAR_MENTION, false);
        Matcher victim = victimFound.matcher();
        if (victimFound.find()) {
            return Reading.of(false, text.quote(victim.start(), victim.end()));
        }
        return Reading.none();
    }

    /** "minor offence", "child pornography" charges are about the law, still about minors; "minor role" is not. */
    private static boolean isMinorOffence(String s, int end) {
        String after = s.substring(end, Math.min(s.length(), end + 10)).toLowerCase(java.util.Locale.ROOT);
        return after.startsWith(" role") || after.startsWith(" offen") || after.startsWith(" part") || after.startsWith(" injur");
    }
}
