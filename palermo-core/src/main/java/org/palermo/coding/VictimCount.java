package org.palermo.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the number of victims by putting together what the summary says across its sentences:
 * <ol>
 * <li><b>groups counted</b>: a number (digits or words) before a victim noun ("Four minors", "10 victims",
 *     "two Vietnamese women"). Groups named together ("three adult women and two minor women", "two
 *     boys and a girl") are added up; groups of different kinds of person named in different sentences
 *     (minors, adult women, men, workers) are added up too; the same kind counted twice is one group (the
 *     larger count); a count of "victims" or "plaintiffs" as such is a total and wins when it is
 *     larger. "N other / additional victims" adds to the victims already described. Men, people,
 *     individuals, employees count only where the text says they were trafficked ("smuggled eleven
 *     Guatemalan men"). Subsets ("four of the victims", "two of them"), ages ("15-year-old"), years,
 *     someone else's children ("their three children") and whatever is not a person (counts of an
 *     indictment, defendants) are not groups, but a subset says there were at least that many;</li>
 * <li><b>victims named</b>: distinct pseudonyms and initials ("victims A.B. and C.D.", "Jane Doe 3",
 *     "V-2"), ordinals ("a third girl") and distinct ages of single victims ("a 14-year-old girl … her
 *     15-year-old friend"): the count is at least their number;</li>
 * <li>otherwise one victim when only one is ever spoken of (two with "another victim"), and two for
 *     victims in the plural without a number (the database's convention, not coded as a minimum).</li>
 * </ol>
 * {@code isMinimum} is true for "at least", "more than", "over", "dozens of", for a partial list
 * ("including two minors") and for a count raised to a subset's size.
 */
final class VictimCount {

    record Count(Integer victims, Boolean isMinimum, Evidence evidence) {
    }

    /** What kind of person a counted group is: groups of different kinds are different people. */
    enum Kind { MINORS, WOMEN, MEN, ADULTS, WORKERS, ANY }

    private record Group(int n, Kind kind, boolean minimum, boolean additional, boolean partial, int start, int end, int sentence) {
    }

    private static final String QUALIFIER = "(?<q>at least|more than|over|approximately|about|some|nearly|as many as|up to|dozens of|an estimated|around|roughly)";
    private static final String ADJECTIVE = "(?:young|minor|adult|underage|female|male|teenage|undocumented|additional|more|further"
            + "|migrant|foreign|named|alleged|identified|known|unnamed|juvenile|vulnerable|(?-i:[A-Z][a-z]+)|[\\w]+-year-old|(?:[\\w]+ )?year old"
            // what kind of work or visa ("15 Thai guest workers", "40 H-2B workers", "six farm laborers")
            + "|guest|farm|field|sex|contract|temporary|seasonal|agricultural|factory|construction|hotel|restaurant|household|H-?[12][ABC]?)";
    /**
     * Nouns for the trafficked; "men", "people", "individuals", "employees" count only where the text says they were
     * trafficked ("smuggled eleven Guatemalan men", "20 individuals who were forced"): as often they are the defendants or bystanders.
     */
    private static final String NOUN = "(?<noun>victims|victim-witnesses|girls|women|females|minors|children|boys|workers|laborers|labourers"
            + "|plaintiffs|complainants|wives|janitors|servants|teenagers|teens|juveniles|migrants|nationals"
            + "|domestic workers|farmworkers|fishermen|adults|men|people|individuals|persons|employees|daughters|sons|nieces|nephews|sisters|cousins|stepdaughters)";
    private static final Pattern COUNT = Pattern.compile(
            "(?:\\b" + QUALIFIER + "\\s+)?\\b(?<n>" + NumberWords.PATTERN + ")\\s+(?:" + ADJECTIVE + "\\s+){0,3}?(?<other>other\\s+|more\\s+|additional\\s+|further\\s+)?"
                    + "(?<adj>(?:" + ADJECTIVE + "\\s+){0,2}?)" + NOUN + "\\b",
            Pattern.CASE_INSENSITIVE);
    /** "a girl and two boys": the single person named beside a counted group. */
    private static final Pattern SINGLE_BESIDE = Pattern.compile("^\\s*(?:,\\s*)?(?:and|as well as|plus)\\s+(?:an?|one)\\s+(?:(?:" + ADJECTIVE + "|[\\w-]+['’]s)\\s+){0,2}?"
            + "(?:girl|woman|minor|child|boy|man|worker|victim|adult|teenager|daughter|son|niece|nephew|sister|cousin)\\b", Pattern.CASE_INSENSITIVE);
    /** "one adult and two minors": the single person named before a counted group. */
    private static final Pattern SINGLE_BEFORE = Pattern.compile("\\b(?:an?|one)\\s+(?:" + ADJECTIVE + "\\s+){0,2}?"
            + "(?:girl|woman|minor|child|boy|worker|victim|adult|teenager)\\s*,?\\s+(?:and|as well as|plus)\\s+$", Pattern.CASE_INSENSITIVE);
    /**
     * "a woman and her 15-year-old sister": two people, when they are the ones acted upon; "A woman and her son were sentenced"
     * are defendants ({@link #PAIR_PROSECUTED}), and a mother beside her child is counted only where the text says what was done to them.
     */
    private static final Pattern PAIR = Pattern.compile("\\b(?:an?|one)\\s+(?:" + ADJECTIVE + "\\s+){0,2}?(?:girl|woman|minor|child|boy|victim|teenager|mother)"
            + "\\s+and\\s+(?:her|his)\\s+(?:(?:" + ADJECTIVE + ")\\s+){0,2}?(?:sister|daughter|niece|cousin|friend|son|brother|nephew)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAIR_PROSECUTED = Pattern.compile(
            "^,?\\s+(?:\\w+\\s+){0,2}?(?:were|have been|was|are)\\s+(?:both\\s+)?(?:convicted|sentenced|charged|indicted|arrested|found guilty)\\b"
                    + "|^,?\\s+(?:\\w+\\s+){0,2}?(?:pleaded|pled|admitted|operated|ran|owned|recruited|trafficked|smuggled|forced)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COORDINATION = Pattern.compile("^[\\s,]*(?:and|as well as|plus|along with|,)[\\s,]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTIAL_BEFORE = Pattern.compile("\\b(?:including|among them|among whom|among others|such as)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_VICTIMS_BEFORE = Pattern.compile(
            "\\b(?:defendants?|co-?defendants?|co-?conspirators?|traffickers?|agents?|officers?|customers?|clients?|johns|men who)\\b[^.;]{0,20}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOTH = Pattern.compile("\\bboth (?:of the )?" + VictimNouns.PLURAL + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANOTHER = Pattern.compile("\\b(?:another|a second|one other|a third) (?:minor|victim|girl|woman|child|boy|worker)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED = Pattern.compile(
            "\\b(?:Anonymous|Jane Doe|John Doe|Victim|V|Minor|Child|Girl|Boy)\\s?[-#]?(?<n>\\d{1,2})\\b"
                    + "|\\bvictims (?<a>\\d{1,2})(?:,? (?:and|to|through) (?<b>\\d{1,2}))\\b");
    private static final Pattern SINGLE_AGE = Pattern.compile(
            "\\b(?:a|an|one|another)\\s+(?<age>\\d{1,2}|" + NumberWords.PATTERN + ")[- ]years?[- ]old\\b(?:\\s+(?:girl|boy|woman|minor|child|victim|female|male|runaway))?"
                    + "|\\b(?:her|his|their)\\s+(?<age2>\\d{1,2}|" + NumberWords.PATTERN + ")[- ]years?[- ]old\\s+(?:friend|cousin|sister|niece|classmate|neighbou?r|half-sister)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "a third girl", "the fourth victim": at least that many victims. */
    private static final Pattern ORDINAL = Pattern.compile(
            "\\b(?:a|the)\\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\s+(?:[\\w-]+\\s+)?(?:victim|girl|woman|minor|child|boy|worker|juvenile|teenager)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "victims, ages 14, 15 and 16", "two girls (ages 13 and 15)": one victim per age listed. */
    private static final Pattern AGE_LIST = Pattern.compile(
            "\\b(?:victims|girls|boys|minors|children|women)\\b[^.;]{0,20}?\\b(?:ages|aged)\\s+(?<list>\\d{1,2}(?:\\s*,\\s*\\d{1,2})*,?\\s+(?:and|&)\\s+\\d{1,2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_INITIALS = Set.of("U.S.", "D.C.", "U.S.C.", "U.K.", "P.O.", "A.M.", "P.M.", "L.A.", "N.Y.", "U.N.",
            "E.U.", "N.J.", "D.N.J.", "S.D.N.Y.", "E.D.N.Y.", "I.D.", "T.V.");
    /** "C.D. Cal.", "E.D. Va.": a court's district, not a victim's initials. */
    private static final Pattern DISTRICT_AFTER = Pattern.compile("^\\s+[A-Z][a-z]{1,4}\\.");

    private static final Pattern MINOR_AGE = Pattern.compile("\\b(?:1[0-7]|[1-9])-year-old");

    /** "Three of the girls were 15": there were at least three. */
    private static final Pattern SUBSET = Pattern.compile(
            "\\b(?<n>" + NumberWords.PATTERN + ")\\s+of\\s+(?:the|these|those|his|her|their)\\s+(?:[\\w-]+\\s+)?(?:victims|girls|women|minors|workers|children|boys|laborers|labourers)\\b",
            Pattern.CASE_INSENSITIVE);

    Count read(DecisionText text) {
        Count count = readCount(text);
        if (count.victims() != null) {
            DecisionText.Matches subsetFound = text.matches(SUBSET, false);
            Matcher subset = subsetFound.matcher();
            while (subsetFound.find()) {
                Integer n = NumberWords.parse(subset.group("n"));
                if (n != null && n > count.victims() && n < 1000) {
                    count = new Count(n, true, text.quote(subset.start(), subset.end()));
                }
            }
        }
        return count;
    }

    private Count readCount(DecisionText text) {
        String s = text.text();
        List<Group> groups = groups(text);
        Count explicit = total(text, groups);
        Named named = named(text);
        if (explicit != null) {
            if (named.count() > explicit.victims()) {
                return new Count(named.count(), false, named.evidence());
            }
            return explicit;
        }
        if (named.count() >= 2) {
            return new Count(named.count(), false, named.evidence());
        }
        DecisionText.Matches bothFound = text.matches(BOTH, false);
        Matcher both = bothFound.matcher();
        if (bothFound.find()) {
            return new Count(2, false, text.quote(both.start(), both.end()));
        }
        return byNumberOfMentions(text, named);
    }

    // ---- groups counted ----

    private List<Group> groups(DecisionText text) {
        String s = text.text();
        List<Group> groups = new ArrayList<>();
        DecisionText.Matches mFound = text.matches(COUNT, false);
        Matcher m = mFound.matcher();
        while (mFound.find()) {
            int nStart = m.start("n");
            if (VictimNouns.someonesChildren(s, nStart, m.group()) || isSubset(s, m.end()) || isAge(s, m.end("n"))
                    || NOT_VICTIMS_BEFORE.matcher(s.substring(Math.max(0, nStart - 40), nStart)).find() && isNeutral(m.group("noun"))
                    && !victimised(text, m.start(), m.end())) {
                continue;
            }
            if (isNeutral(m.group("noun")) && !victimised(text, m.start(), m.end())) {
                continue; // "three men were charged", "employed five individuals": not said to be the trafficked
            }
            Integer n = NumberWords.parse(m.group("n"));
            if (n == null || n <= 1 || n >= 1900 && n <= 2100 || isMoneyOrMeasure(s, nStart)) {
                continue;
            }
            String q = m.group("q");
            boolean minimum = q != null && !List.of("approximately", "about", "as many as", "up to", "around", "roughly", "an estimated")
                    .contains(q.toLowerCase(Locale.ROOT));
            boolean partial = PARTIAL_BEFORE.matcher(s.substring(Math.max(0, m.start() - 20), m.start())).find();
            int end = m.end();
            int begin = m.start();
            Matcher single = SINGLE_BESIDE.matcher(s.substring(end, Math.min(s.length(), end + 50)));
            if (single.find()) {
                n += 1;
                end += single.end();
            }
            Matcher before = SINGLE_BEFORE.matcher(s.substring(Math.max(0, begin - 50), begin));
            if (before.find()) {
                n += 1;
                begin = Math.max(0, begin - 50) + before.start();
            }
            Kind kind = kind(m.group("noun"), m.group("adj") + " " + m.group());
            groups.add(new Group(n, kind, minimum, m.group("other") != null, partial, begin, end, text.sentenceIndexAt(m.start())));
        }
        DecisionText.Matches pairFound = text.matches(PAIR, false);
        Matcher pair = pairFound.matcher();
        while (pairFound.find()) {
            String after = s.substring(pair.end(), Math.min(s.length(), pair.end() + 60));
            boolean acted = victimised(text, pair.start(), pair.end());
            if (!acted && (PAIR_PROSECUTED.matcher(after).find() || pair.group().toLowerCase(Locale.ROOT).matches("(?:an?|one)\\s+(?:.*\\s)?mother\\s.*"))) {
                continue;
            }
            groups.add(new Group(2, Kind.ANY, false, false, false, pair.start(), pair.end(), text.sentenceIndexAt(pair.start())));
        }
        groups.sort(java.util.Comparator.comparingInt(Group::start));
        return groups;
    }

    private static boolean isNeutral(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        return n.equals("men") || n.equals("individuals") || n.equals("persons") || n.equals("people") || n.equals("males")
                || n.equals("nationals") || n.equals("employees") || RELATIVES.contains(n);
    }

    /** Relatives counted ("her two daughters") are victims only where the text says what was done to them. */
    private static final Set<String> RELATIVES = Set.of("daughters", "sons", "nieces", "nephews", "sisters", "cousins", "stepdaughters");

    /** What was done to the trafficked, right before a counted group or said of it right after. */
    private static final Pattern VICTIMISED_BEFORE = Pattern.compile(
            "\\b(?:smuggl\\w*|traffick\\w*|enslav\\w*|held|holding|forc(?:ed|ing)|exploit\\w*|recruit\\w*|transport\\w*|lur(?:ed|ing)|kidnapp?\\w*"
                    + "|brought|bringing|rescued|freed|prostitut\\w*|victimi[sz]\\w*|harbou?r\\w*|confin\\w*|kept|keeping|sold|selling|bought|purchased)\\s+(?:[\\w’'-]+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VICTIMISED_AFTER = Pattern.compile(
            "^,?\\s+(?:who\\s+)?(?:were|had been|are)\\s+(?:all\\s+|later\\s+|allegedly\\s+)?(?:forced|smuggled|trafficked|held|recruited|exploited|enslaved|rescued|brought|lured|made|kept|compelled|victims)\\b",
            Pattern.CASE_INSENSITIVE);

    private static boolean victimised(DecisionText text, int start, int end) {
        String s = text.text();
        int from = Math.max(text.sentenceStart(text.sentenceIndexAt(start)), start - 60);
        return VICTIMISED_BEFORE.matcher(s.substring(from, start)).find()
                || VICTIMISED_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 60))).find();
    }

    private static Kind kind(String noun, String phrase) {
        String n = noun.toLowerCase(Locale.ROOT);
        String p = phrase.toLowerCase(Locale.ROOT);
        if (p.contains("minor ") || p.contains("underage") || p.contains("juvenile") || p.contains("teenage") || MINOR_AGE.matcher(p).find()
                || List.of("minors", "girls", "boys", "children", "teenagers", "teens", "juveniles").contains(n)) {
            return Kind.MINORS;
        }
        if (List.of("women", "females", "wives").contains(n)) {
            return Kind.WOMEN;
        }
        if (List.of("men", "males").contains(n)) {
            return Kind.MEN;
        }
        if (n.equals("adults")) {
            return Kind.ADULTS;
        }
        if (List.of("workers", "laborers", "labourers", "janitors", "servants", "employees", "domestic workers", "farmworkers", "fishermen").contains(n)) {
            return Kind.WORKERS;
        }
        return Kind.ANY;
    }

    /**
     * Groups named together in one sentence are added up; then the largest count per kind of person,
     * added over the kinds; a count of victims as such, or of groups named together, is a total.
     */
    private Count total(DecisionText text, List<Group> groups) {
        if (groups.isEmpty()) {
            return null;
        }
        String s = text.text();
        Map<Kind, Integer> byKind = new HashMap<>();
        Map<Kind, Group> evidenceByKind = new HashMap<>();
        int best = 0;
        Group bestGroup = null;
        int bestFrom = -1;
        int bestTo = -1;
        boolean onlyPartial = true;
        int additional = 0;
        boolean additionalMinimum = false;
        boolean bestMinimum = false;
        Map<Kind, Boolean> minimumByKind = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            int sum = g.n();
            int j = i;
            while (j + 1 < groups.size() && groups.get(j + 1).sentence() == g.sentence()
                    && COORDINATION.matcher(s.substring(groups.get(j).end(), groups.get(j + 1).start())).matches()) {
                j++;
                sum += groups.get(j).n();
            }
            boolean clusterMinimum = false;
            for (int k = i; k <= j; k++) {
                clusterMinimum |= groups.get(k).minimum();
            }
            onlyPartial &= g.partial();
            if (g.additional()) {
                additional += sum;
                additionalMinimum |= clusterMinimum;
            } else if (j > i || g.kind() == Kind.ANY) {
                if (sum > best) {
                    best = sum;
                    bestMinimum = clusterMinimum;
                    bestGroup = g;
                    bestFrom = g.start();
                    bestTo = groups.get(j).end();
                }
            } else if (sum > byKind.getOrDefault(g.kind(), 0)) {
                byKind.put(g.kind(), sum);
                evidenceByKind.put(g.kind(), g);
                minimumByKind.put(g.kind(), clusterMinimum);
            }
            i = j;
        }
        int byKinds = byKind.values().stream().mapToInt(Integer::intValue).sum();
        Evidence evidence;
        int total;
        boolean minimum;
        if (byKinds > best) {
            total = byKinds;
            minimum = minimumByKind.containsValue(Boolean.TRUE);
            Group first = evidenceByKind.values().stream().min(java.util.Comparator.comparingInt(Group::start)).orElseThrow();
            evidence = text.quote(first.start(), first.end());
        } else if (bestGroup != null) {
            total = best;
            minimum = bestMinimum;
            evidence = text.quote(bestFrom, bestTo);
        } else {
            Group g = groups.get(0);
            total = 0;
            minimum = false;
            evidence = text.quote(g.start(), g.end());
        }
        minimum |= additionalMinimum;
        if (additional > 0) {
            // "at least two other women": the victim already described, or the groups counted, plus these.
            total = Math.max(total, 1) + additional;
        }
        // The minimum belongs to the count the total came from ("Four minors" … "at least two girls were raped": 4, exact).
        return new Count(total, minimum || onlyPartial, evidence);
    }

    private static boolean isSubset(String s, int end) {
        String after = s.substring(end, Math.min(s.length(), end + 12)).toLowerCase(Locale.ROOT);
        return after.startsWith(" of ") || after.startsWith("-year");
    }

    private static boolean isAge(String s, int numberEnd) {
        String after = s.substring(numberEnd, Math.min(s.length(), numberEnd + 8)).toLowerCase(Locale.ROOT);
        return after.startsWith("-year") || after.startsWith(" year");
    }

    private static boolean isMoneyOrMeasure(String s, int numberStart) {
        return numberStart > 0 && (s.charAt(numberStart - 1) == '$' || s.charAt(numberStart - 1) == '#');
    }

    // ---- victims named ----

    private record Named(int count, Evidence evidence) {
    }

    private Named named(DecisionText text) {
        String s = text.text();
        Set<String> names = new LinkedHashSet<>();
        Evidence evidence = null;
        DecisionText.Matches pFound = text.matches(People.PSEUDONYM, false);
        Matcher p = pFound.matcher();
        while (pFound.find()) {
            String name = p.group().replaceAll("\\s+", " ");
            if (NOT_INITIALS.contains(name) || DISTRICT_AFTER.matcher(s.substring(p.end(), Math.min(s.length(), p.end() + 8))).find() || name.startsWith("Jane Doe") && name.length() <= 9 || name.startsWith("John Doe") && name.length() <= 9) {
                continue;
            }
            if (names.add(name.replace("-", "").replace("#", "").replace(" ", "")) && evidence == null) {
                evidence = text.quote(p.start(), p.end());
            }
        }
        int max = names.size();
        DecisionText.Matches numberedFound = text.matches(NUMBERED, false);
        Matcher numbered = numberedFound.matcher();
        while (numberedFound.find()) {
            int n = numbered.group("n") != null ? Integer.parseInt(numbered.group("n"))
                    : Integer.parseInt(numbered.group("b"));
            if (n > max && n < 100) {
                max = n;
                evidence = text.quote(numbered.start(), numbered.end());
            }
        }
        DecisionText.Matches ordinalFound = text.matches(ORDINAL, false);
        Matcher ordinal = ordinalFound.matcher();
        while (ordinalFound.find()) {
            int n = List.of("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
                    .indexOf(ordinal.group(1).toLowerCase(Locale.ROOT)) + 2;
            if (n > max) {
                max = n;
                evidence = text.quote(ordinal.start(), ordinal.end());
            }
        }
        Set<Integer> ages = new LinkedHashSet<>();
        Evidence ageEvidence = null;
        DecisionText.Matches ageFound = text.matches(SINGLE_AGE, false);
        Matcher age = ageFound.matcher();
        while (ageFound.find()) {
            Integer years = NumberWords.parse(age.group("age") != null ? age.group("age") : age.group("age2"));
            if (years != null && years < 100 && ages.add(years) && ageEvidence == null) {
                ageEvidence = text.quote(age.start(), age.end());
            }
        }
        DecisionText.Matches listFound = text.matches(AGE_LIST, false);
        Matcher list = listFound.matcher();
        while (listFound.find()) {
            int listed = list.group("list").split("\\s*,\\s*(?:and\\s+|&\\s*)?|\\s+(?:and|&)\\s+").length;
            if (listed > ages.size() && listed > max) {
                ages.clear();
                for (int i = 0; i < listed; i++) {
                    ages.add(-1 - i);
                }
                ageEvidence = text.quote(list.start(), list.end());
            }
        }
        if (ages.size() >= 2 && ages.size() > max) {
            return new Named(ages.size(), ageEvidence);
        }
        return new Named(max, evidence);
    }

    // ---- no count given ----

    private Count byNumberOfMentions(DecisionText text, Named named) {
        String s = text.text();
        DecisionText.Matches pluralFound = text.matches(VictimNouns.PLURAL_MENTION, false);
        Matcher plural = pluralFound.matcher();
        while (pluralFound.find()) {
            if (!VictimNouns.someonesChildren(s, plural.start(), plural.group()) && !VictimNouns.inCharge(s, plural.start())) {
                // The database codes victims in the plural without a number as 2, not as "at least 2".
                return new Count(2, false, text.quote(plural.start(), plural.end()));
            }
        }
        DecisionText.Matches singleFound = text.matches(VictimNouns.SINGULAR_MENTION, false);
        Matcher single = singleFound.matcher();
        if (singleFound.find() || named.count() == 1) {
            DecisionText.Matches anotherFound = text.matches(ANOTHER, false);
            Matcher another = anotherFound.matcher();
            if (anotherFound.find()) {
                return new Count(2, false, text.quote(another.start(), another.end()));
            }
            if (named.count() == 1 && named.evidence() != null) {
                return new Count(1, false, named.evidence());
            }
            return new Count(1, false, text.quote(single.start(), single.end()));
        }
        return new Count(null, null, null);
    }
}
