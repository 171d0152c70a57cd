package org.palermo.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** Trying a cue only where a word starts with one of its first characters finds what a scan of every position finds. */
class FirstCharactersTest {

    @Test
    void simplePatternsHaveKnownFirstCharacters() {
        FirstCharacters set = FirstCharacters.of(DecisionText.lowerPattern("\\brecruit\\w*|\\blur(?:e|ed)\\b|\\b(?:[1-9]|ten)-year").pattern());
        assertThat(set).isNotNull();
        assertThat(set.atWordStart('r')).isTrue();
        assertThat(set.atWordStart('l')).isTrue();
        assertThat(set.atWordStart('t')).isTrue();
        assertThat(set.atWordStart('5')).isTrue();
        assertThat(set.atWordStart('x')).isFalse();
        assertThat(set.anywhere()).isEmpty();
        assertThat(FirstCharacters.of("(?:co-)?defendant")).as("a letter that need not start a word").isNull();
        assertThat(FirstCharacters.of("\\bfraud|\\s+and")).as("an alternative that can start at any space").isNull();
        assertThat(FirstCharacters.of("\\b(?:co-)?")).as("a pattern that can match nothing").isNull();
        assertThat(FirstCharacters.of("\\b\\w+ers")).as("a start of any word character").isNull();
        assertThat(FirstCharacters.of("^\\s+pleaded")).as("an anchor").isNull();
        assertThat(FirstCharacters.of(java.util.regex.Pattern.compile("\\bfraud", java.util.regex.Pattern.UNICODE_CASE)))
                .as("flags that change what a case is").isNull();
    }

    @Test
    void zeroWidthAndOptionalStartsAreSteppedOver() {
        FirstCharacters optional = FirstCharacters.of("\\b(?:co-)?defendants?|\\b(?:involuntary |domestic )?servitude\\b");
        assertThat(optional).isNotNull();
        assertThat(optional.atWordStart('c') && optional.atWordStart('d') && optional.atWordStart('i') && optional.atWordStart('s')).isTrue();
        assertThat(optional.atWordStart('a')).isFalse();
        FirstCharacters lookbehind = FirstCharacters.of("(?<!mail )(?<!\\bby force, )\\bfraud\\w*(?![^.;]{0,50}\\bbank\\b)|(?<!sex )\\bworkers?\\b|\\bfake\\b");
        assertThat(lookbehind).isNotNull();
        assertThat(lookbehind.atWordStart('f') && lookbehind.atWordStart('w')).isTrue();
        FirstCharacters groups = FirstCharacters.of("(?-i:\\b[A-Z][\\w'’-]+)\\s+sisters|\\b(?<rel>brothers|sisters)\\s+(?-i:[A-Z][a-z]+)");
        assertThat(groups).as("named groups and case-switching groups").isNotNull();
        assertThat(groups.atWordStart('q') && groups.atWordStart('b') && groups.atWordStart('s')).isTrue();
        FirstCharacters anchors = FirstCharacters.of("\\b(?:^|(?<=[.;]\\s{1,3})|(?<=\\b(?:and|but)\\s))the\\s+men");
        assertThat(anchors).as("a group of anchors and look-behinds").isNotNull();
        assertThat(anchors.atWordStart('t')).isTrue();
    }

    @Test
    void punctuationStartsAnywhere() {
        FirstCharacters comma = FirstCharacters.of(",\\s+(?:both|all)\\s+men|\\b(?:his|her|[’']s?)\\s+wife");
        assertThat(comma).isNotNull();
        assertThat(comma.anywhere()).contains(",", "’", "'");
        assertThat(comma.atWordStart('h')).isTrue();
        assertThat(FirstCharacters.of(",?\\s+men")).as("an optional comma before a space").isNull();
    }

    /**
     * A negated match hides the matches that start inside it, as it does for {@link Matcher#find()}: "not … involuntary
     * servitude" with the negation five words before "involuntary" but six before "servitude" is negated as a whole.
     */
    @Test
    void aNegatedMatchHidesTheMatchesInsideIt() {
        java.util.regex.Pattern cue = DecisionText.lowerPattern("\\b(?:involuntary )?servitude\\b");
        assertThat(FirstCharacters.of(cue)).isNotNull();
        String filler = "";
        for (int words = 0; words < 8; words++) {
            DecisionText text = new DecisionText("It was not " + filler + "involuntary servitude.");
            Matcher full = cue.matcher(text.lower());
            Integer expected = null;
            while (full.find()) {
                if (!text.negated(full.start())) {
                    expected = full.start();
                    break;
                }
            }
            Matcher fast = text.firstAffirmed(cue);
            assertThat(fast == null ? null : fast.start()).as(text.text()).isEqualTo(expected);
            filler += "quite ";
        }
    }

    @Test
    void everyCueFindsTheSameFirstMatchOnTheDevelopmentDecisions() throws IOException, BadDecisionLineException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = FirstCharactersTest.class.getResourceAsStream("/coding/cldb-us-dev.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    texts.add(CaseCodingJson.read(line).text());
                }
            }
        }
        int compared = 0;
        for (Cue cue : CueLexicon.bundled().all()) {
            for (String t : texts) {
                DecisionText text = new DecisionText(t);
                Matcher fast = text.firstAffirmed(cue.pattern());
                Matcher full = cue.pattern().matcher(text.lower());
                Integer expected = null;
                while (full.find()) {
                    if (!text.negated(full.start())) {
                        expected = full.start();
                        break;
                    }
                }
                assertThat(fast == null ? null : fast.start()).as(cue.family() + " on " + t.substring(0, Math.min(40, t.length()))).isEqualTo(expected);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(4000);
    }

    /**
     * Every pattern the coder's classes hold, scanned only at word starts with its first characters, finds each match (with
     * the same groups) that {@link Matcher#find()} finds, on the original text and on the lower-cased one, on every
     * development decision.
     */
    @Test
    void everyPatternFindsTheSameMatchesOnTheDevelopmentDecisions() throws Exception {
        List<String> texts = developmentTexts();
        List<java.util.regex.Pattern> patterns = new ArrayList<>();
        java.nio.file.Path classes = java.nio.file.Path.of(DecisionText.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (var files = java.nio.file.Files.list(classes.resolve("org/palermo/coding"))) {
            for (java.nio.file.Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".class") || name.endsWith("Test.class") || name.endsWith("Experiment.class")) {
                    continue;
                }
                Class<?> type = Class.forName("org.palermo.coding." + name.substring(0, name.length() - 6));
                for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                    if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) && field.getType() == java.util.regex.Pattern.class) {
                        field.setAccessible(true);
                        patterns.add((java.util.regex.Pattern) field.get(null));
                    }
                }
            }
        }
        CueLexicon.bundled().all().forEach(cue -> patterns.add(cue.pattern()));
        int scanned = 0;
        int known = 0;
        for (java.util.regex.Pattern pattern : patterns) {
            known += FirstCharacters.of(pattern) != null ? 1 : 0;
            for (String t : texts) {
                DecisionText text = new DecisionText(t);
                for (boolean lower : new boolean[] {false, true}) {
                    assertThat(matches(text, pattern, lower)).as(pattern.pattern()).isEqualTo(everyMatch(pattern, lower ? text.lower() : t));
                    scanned++;
                }
            }
        }
        assertThat(patterns.size()).isGreaterThan(140);
        assertThat(known).as("patterns tried only at word starts").isGreaterThan(patterns.size() / 2);
        assertThat(scanned).isGreaterThan(10_000);
    }

    private static List<String> matches(DecisionText text, java.util.regex.Pattern pattern, boolean lower) {
        List<String> found = new ArrayList<>();
        DecisionText.Matches matches = text.matches(pattern, lower);
        while (matches.find()) {
            found.add(describe(matches.matcher()));
        }
        return found;
    }

    private static List<String> everyMatch(java.util.regex.Pattern pattern, String s) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(s);
        while (m.find()) {
            found.add(describe(m));
        }
        return found;
    }

    private static String describe(Matcher m) {
        StringBuilder b = new StringBuilder();
        for (int g = 0; g <= m.groupCount(); g++) {
            b.append(m.start(g)).append('-').append(m.end(g)).append(' ');
        }
        return b.toString();
    }

    private static List<String> developmentTexts() throws IOException, BadDecisionLineException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = FirstCharactersTest.class.getResourceAsStream("/coding/cldb-us-dev.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    texts.add(CaseCodingJson.read(line).text());
                }
            }
        }
        return texts;
    }
}
