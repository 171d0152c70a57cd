package org.palermo.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sex of the defendants. Female: a title (Ms., Mrs.), a family word that makes a defendant a
 * woman ("husband and wife", "sisters", "couple", "her co-conspirators", "sold her daughter"), a
 * woman's given name that is not a victim's, or "she pleaded/admitted/appealed…". Male: Mr.,
 * "brothers", "husband", "pimp", "the men", "a man", or he/his/him (victims are usually women; when
 * men are among the victims the pronoun must sit in a sentence about a defendant). A sex not found
 * is false when the other is found, else null.
 */
final class DefendantSex {

    record Sexes(Reading<Boolean> female, Reading<Boolean> male) {
    }

    static final String FEMALE_NAMES = "data/coding/female-given-names.txt";
    static final String MALE_NAMES = "data/coding/male-given-names.txt";

    private static final Pattern FEMALE_CUE = Pattern.compile(
            "(?-i:\\b(?:Ms|Mrs|Miss|Madam)\\.?\\s+[A-Z])"
                    + "|\\b(?:husband and wife|married couple|couple|sisters|his wife and|mother and (?:her|his)|her (?:co-?conspirators?|co-?defendants?|husband|ex-husband|brothers?|siblings|accomplices?))\\b"
                    + "|\\b(?:sold|smuggled|brought|prostituted|trafficked) her (?:[\\w-]+ ){0,3}?(?:daughter|niece|son|nephew|cousin)\\b"
                    + "|\\b(?:sexually abused|abused|prostituted) by her (?:mother|aunt|grandmother|stepmother)\\b"
                    + "|\\bshe (?:pleaded|pled|appealed|admitted|was (?:sentenced|convicted|indicted|charged|arrested|found guilty))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MALE_CUE = Pattern.compile(
            "(?-i:\\bMr\\.?\\s+[A-Z])"
                    + "|\\b(?:brothers|couple|(?<!future )husbands?|ex-husband|son-in-law|pimps?|boyfriend|(?:the|three|four|five|six|other|two|both) men(?! (?:per|each|a day|a night))|(?:a|the|second|one) man)\\b"
                    + "|\\b[Hh]e (?:pleaded|pled|appealed|admitted|was (?:sentenced|convicted|indicted|charged|arrested|found guilty))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HE = Pattern.compile("\\b(?:he|his|him|himself)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFENDANT = Pattern.compile("\\b(?:defendants?|co-?conspirators?|co-?defendants?|pimp|trafficker)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GIVEN_NAME = Pattern.compile("\\b([A-Z][a-z]+)(?=\\s+(?:and [A-Z][a-z]+\\s+)?[A-Z][\\w'’-]+)");
    private static final Pattern VICTIM_BEFORE = Pattern.compile("\\b(?:victims?|plaintiffs?|girl|woman|minor)\\s*,?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SENTENCE_HE = Pattern.compile("^(?:He|His)\\b");

    private final Set<String> femaleNames;
    private final Set<String> maleNames;

    DefendantSex() {
        this.femaleNames = readNames(FEMALE_NAMES);
        this.maleNames = readNames(MALE_NAMES);
    }

    Sexes read(DecisionText text, boolean maleVictims) {
        Evidence female = find(text, FEMALE_CUE);
        if (female == null) {
            female = givenName(text, femaleNames);
        }
        Evidence male = find(text, MALE_CUE);
        if (male == null) {
            male = maleVictims ? pronounNearDefendant(text) : find(text, HE);
        }
        if (male == null) {
            male = givenName(text, maleNames);
        }
        return new Sexes(answer(female, male), answer(male, female));
    }

    private static Reading<Boolean> answer(Evidence self, Evidence other) {
        if (self != null) {
            return Reading.of(true, self);
        }
        return other != null ? Reading.of(false, other) : Reading.none();
    }

    /** The first person named with one of {@code names} who is not introduced as a victim. */
    private static Evidence givenName(DecisionText text, Set<String> names) {
        String s = text.text();
        Matcher m = GIVEN_NAME.matcher(s);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                continue;
            }
            String before = s.substring(Math.max(0, m.start() - 20), m.start());
            String after = s.substring(m.end(), Math.min(s.length(), m.end() + 30));
            if (VICTIM_BEFORE.matcher(before).find() || after.matches("(?s)^\\(?[“\"]?V\\d.*")) {
                continue;
            }
            return text.quote(m.start(), m.end(1));
        }
        return null;
    }

    private static Evidence pronounNearDefendant(DecisionText text) {
        for (int i = 0; i < text.sentenceCount(); i++) {
            String sentence = text.sentence(i);
            Matcher he = HE.matcher(sentence);
            if ((DEFENDANT.matcher(sentence).find() || SENTENCE_HE.matcher(sentence).find()) && he.find()) {
                int start = text.sentenceStart(i) + he.start();
                return text.quote(start, start + he.group().length());
            }
        }
        return null;
    }

    private static Evidence find(DecisionText text, Pattern p) {
        Matcher m = p.matcher(text.text());
        return m.find() ? text.quote(m.start(), m.end()) : null;
    }

    private static Set<String> readNames(String resource) {
        try (InputStream in = DefendantSex.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Set<String> names = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#")) {
                    for (String name : line.trim().split("\\s+")) {
                        if (!name.isEmpty()) {
                            names.add(name);
                        }
                    }
                }
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
