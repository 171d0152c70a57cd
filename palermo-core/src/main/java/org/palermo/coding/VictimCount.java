package org.palermo.coding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the number of victims, in this order:
 * <ol>
 * <li>an explicit count of victims ("Four minors", "10 victims", "at least 50 underage girls");
 *     "N other victims" adds the victim already described ("at least two other women" → 3);
 *     a subset ("four of the victim-witnesses", "two of them minors") and someone else's
 *     children ("the defendants' five children") are not counts;</li>
 * <li>numbered pseudonyms ("Anonymous 1 … Anonymous 2", "V1, V2 and V3", "victims 1 and 2") or
 *     "both victims": the highest number;</li>
 * <li>only a single victim is ever mentioned ("the victim", "a 15-year-old girl") → 1, plus one
 *     for "another minor";</li>
 * <li>victims in the plural without a number → 2 as a minimum, the database's convention.</li>
 * </ol>
 */
final class VictimCount {

    record Count(Integer victims, Boolean isMinimum, Evidence evidence) {
    }

    private static final String QUALIFIER = "(?<q>at least|more than|over|approximately|about|some|nearly|as many as|up to|dozens of)";
    private static final String ADJECTIVE = "(?:young|minor|adult|underage|female|male|teenage|undocumented|additional|more"
            + "|migrant|foreign|named|alleged|identified|known|(?-i:[A-Z][a-z]+)|[\\w]+-year-old)";
    private static final Pattern COUNT = Pattern.compile(
            "(?:\\b" + QUALIFIER + "\\s+)?\\b(?<n>" + NumberWords.PATTERN + ")\\s+(?:" + ADJECTIVE + "\\s+){0,3}?(?<other>other\\s+)?"
                    + "(?:" + ADJECTIVE + "\\s+){0,2}?" + VictimNouns.PLURAL + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PSEUDONYM = Pattern.compile(
            "\\b(?:Anonymous|Jane Doe|John Doe|Victim|V|Minor)\\s?#?(?<n>\\d{1,2})\\b"
                    + "|\\bvictims (?<a>\\d{1,2})(?:,? (?:and|to|through) (?<b>\\d{1,2}))\\b");
    private static final Pattern BOTH = Pattern.compile("\\bboth (?:of the )?" + VictimNouns.PLURAL + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANOTHER = Pattern.compile("\\b(?:another|a second|one other) (?:minor|victim|girl|woman|child|boy)\\b",
            Pattern.CASE_INSENSITIVE);

    Count read(DecisionText text) {
        Count count = explicitCount(text);
        if (count == null) {
            count = pseudonyms(text);
        }
        if (count == null) {
            count = byNumberOfMentions(text);
        }
        return count == null ? new Count(null, null, null) : count;
    }

    private Count explicitCount(DecisionText text) {
        String s = text.text();
        Matcher m = COUNT.matcher(s);
        while (m.find()) {
            if (VictimNouns.someonesChildren(s, m.start("n"), m.group()) || isSubset(s, m.end()) || isAge(s, m.end("n"))) {
                continue;
            }
            Integer n = NumberWords.parse(m.group("n"));
            if (n == null || n == 0 || (n >= 1900 && n <= 2100)) {
                continue;
            }
            boolean other = m.group("other") != null;
            String q = m.group("q");
            boolean minimum = q != null && !q.equalsIgnoreCase("approximately") && !q.equalsIgnoreCase("about");
            return new Count(other ? n + 1 : n, minimum, text.quote(m.start(), m.end()));
        }
        return null;
    }

    private static boolean isSubset(String s, int end) {
        String after = s.substring(end, Math.min(s.length(), end + 12)).toLowerCase(java.util.Locale.ROOT);
        return after.startsWith(" of ") || after.startsWith("-year");
    }

    private static boolean isAge(String s, int numberEnd) {
        String after = s.substring(numberEnd, Math.min(s.length(), numberEnd + 8)).toLowerCase(java.util.Locale.ROOT);
        return after.startsWith("-year") || after.startsWith(" year");
    }

    private Count pseudonyms(DecisionText text) {
        Matcher m = PSEUDONYM.matcher(text.text());
        int max = 0;
        Evidence evidence = null;
        while (m.find()) {
            int n = m.group("n") != null ? Integer.parseInt(m.group("n")) : Integer.parseInt(m.group("b"));
            if (n > max && n < 100) {
                max = n;
                evidence = text.quote(m.start(), m.end());
            }
        }
        if (max >= 2) {
            return new Count(max, false, evidence);
        }
        Matcher both = BOTH.matcher(text.text());
        if (both.find()) {
            return new Count(2, false, text.quote(both.start(), both.end()));
        }
        return null;
    }

    private Count byNumberOfMentions(DecisionText text) {
        String s = text.text();
        Matcher plural = VictimNouns.PLURAL_MENTION.matcher(s);
        while (plural.find()) {
            if (!VictimNouns.someonesChildren(s, plural.start(), plural.group()) && !VictimNouns.inCharge(s, plural.start())) {
                return new Count(2, true, text.quote(plural.start(), plural.end()));
            }
        }
        Matcher single = VictimNouns.SINGULAR_MENTION.matcher(s);
        if (single.find()) {
            Matcher another = ANOTHER.matcher(s);
            if (another.find()) {
                return new Count(2, false, text.quote(another.start(), another.end()));
            }
            return new Count(1, false, text.quote(single.start(), single.end()));
        }
        return null;
    }
}
