package org.palermo.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a case summary talks about, and who is who: named persons (with the role the text
 * gives them — "defendant Ding", "co-conspirators Brian Forbes and Shanaya Hicks", "Judge …" — and
 * the sex their title or given name gives), the role nouns ("the defendant", "the victim", "the
 * girls") and the personal pronouns, resolved by a small co-reference rule:
 * <ul>
 * <li><b>subject pronouns</b> ("he", "she") and <b>possessives</b> ("his", "her co-conspirators")
 *     refer to the nearest singular person mentioned before them in the same sentence whose sex does
 *     not contradict the pronoun; at the start of a sentence, to the first such person of the
 *     sentence before (its subject), else a pronoun there that was itself resolved;</li>
 * <li>a named person mentioned again by surname ("Forbes") is the same person.</li>
 * </ul>
 * Object pronouns ("beat her") are not resolved: they name the one acted upon, rarely the actor.
 */
final class People {

    enum Role { DEFENDANT, VICTIM, OTHER, UNKNOWN }

    /** A named person: {@code key} is the surname, {@code evidence} the first mention. */
    record Person(String key, Role role, Sex sex, Evidence evidence, Evidence sexEvidence) {
    }

    /** A person mentioned: a named person ({@code person} its key), a role noun, or a pronoun. */
    private record Mention(int start, int end, Role role, boolean plural, Sex sex, String person, boolean pronoun) {
    }

    /** What the text says about the defendants' sex: each finding with its quote. */
    record Finding(Sex sex, Evidence evidence) {
    }

    private static final String TOKEN = "(?:[A-Z]['’]|Mc|Mac)?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*";
    private static final Pattern NAME_SPAN = Pattern.compile(
            "\\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?" + TOKEN + "(?:\\s+(?:" + TOKEN + "|[A-Z]\\.(?=\\s+[A-Z])|(?:de|del|da|dos|de la|van|von|bin|al|el)\\s+" + TOKEN + "))*");
    private static final Pattern TITLE = Pattern.compile("^(Mr|Mrs|Ms|Miss|Dr)\\.?\\s+");

    /** Capitalised words that open a span but are no part of a name: roles, titles of office, sentence openers. */
    private static final Map<String, Role> ROLE_WORDS = roleWords();
    private static final Set<String> NOT_NAMES = Set.copyOf(List.of(
            "The", "A", "An", "In", "On", "At", "After", "Before", "During", "From", "To", "When", "While", "Once", "Upon", "Between",
            "Although", "However", "According", "Then", "This", "That", "These", "Those", "His", "Her", "Their", "He", "She", "They",
            "It", "As", "By", "For", "With", "Without", "Of", "And", "But", "Or", "If", "Because", "Since", "Until", "Both", "Each",
            "All", "Some", "One", "Two", "Three", "Four", "Five", "Six", "Several", "Many", "Most", "Other", "Another", "Also",
            "United", "States", "State", "Federal", "Court", "Circuit", "District", "Supreme", "Appeals", "County", "City", "Police",
            "Department", "Government", "Immigration", "Customs", "Homeland", "Security", "Bureau", "Office", "Act", "Code",
            "Section", "Count", "Counts", "Title", "Mann", "Protection", "Trafficking", "Victims", "Victim", "Internet", "Craigslist",
            "Backpage", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Jane", "John",
            "Doe", "Anonymous", "Minor", "Embassy", "Consulate", "Attorney", "General", "Agency", "Service", "Services", "Inc", "Ltd",
            "Company", "Enterprises", "Group", "Club", "Hotel", "Motel", "Restaurant", "Salon", "Spa", "Bar", "Farm", "Farms",
            "Street", "Avenue", "Road", "University", "School", "Church", "Task", "Force", "Social", "Security", "Christmas",
            "English", "Spanish", "God", "Lord", "Yellow", "Pages", "Times", "News", "Post", "Daily", "Journal", "Center", "Centre",
            "Health", "Human", "Rights", "Labor", "Labour", "Western", "Eastern", "Northern", "Southern", "Central", "North",
            "South", "East", "West", "New", "Los", "San", "Santa", "Las", "Fort", "Mount", "Lake", "Beach", "Island", "Islands"));

    private static final Pattern ROLE_NOUN = Pattern.compile(
            "\\b(?<def>(?:co-?)?defendants?|co-?conspirators?|appellants?|accused|traffickers?|pimps?|recruiters?|smugglers?|employers?|respondents?)\\b"
                    + "|\\b(?<vic>victims?|girls?|boys?|wom[ae]n|minors?|child(?:ren)?|plaintiffs?|complainants?|workers?|labou?rers?|teenagers?|juveniles?)\\b"
                    + "|\\b(?<oth>judges?|agents?|officers?|detectives?|jur(?:y|ors)|customers?|clients?|johns?|witness(?:es)?|prosecutors?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN = Pattern.compile("\\b(?<she>she|herself)\\b|\\b(?<he>he|himself|his)\\b"
            + "|\\b(?<herPoss>her)(?=\\s+(?:own\\s+)?(?:co-?defendants?|co-?conspirators?|accomplices?|husband|boyfriend|business|salon|restaurant|brothel|employees|partner"
            + "|daughters?|sons?|nieces?|nephews?|stepdaughters?|grandchild(?:ren)?|granddaughters?)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** Initials (J.H.O.), Jane Doe 1, Victim A, V-1, Minor 2: pseudonyms, which name victims. */
    static final Pattern PSEUDONYM = Pattern.compile(
            "\\b(?:[A-Z]\\.){2,3}(?![A-Za-z])|\\b(?:Jane|John) Does?(?:\\s*#?\\s*\\d{1,2}|\\s+[A-Z]\\b)?|\\b(?:Victim|Minor|Anonymous|Child|Girl|Boy)(?:\\s*#?\\s*\\d{1,2}|\\s+[A-Z]\\b)"
                    + "|\\bV-?\\d{1,2}\\b");

    private static final Pattern FEMALE_NOUN = Pattern.compile("(?i)^(?:girls?|wom[ae]n|wife|wives|mother|daughter|sister|aunt|niece|girlfriend)$");
    private static final Pattern MALE_NOUN = Pattern.compile("(?i)^(?:boys?|m[ae]n|husband|father|son|brother|uncle|nephew|boyfriend)$");

    // ---- defendants' sex told without a pronoun: family words and roles that carry a sex ----
    private static final Pattern BOTH_SEXES = Pattern.compile(
            "\\bhusband(?:-| and )wife\\b|\\bwife and husband\\b|\\bmarried couple\\b|\\bmr\\.? and mrs\\.?\\s+(?-i:[A-Z])|\\b(?:the|a|this) couple\\b|\\bcouple(?:,)? (?:who|was|were|had|ran|operated|owned|recruited|brought|pleaded|forced)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_DEFENDANT = Pattern.compile(
            "\\b(?:his|her|their)\\s+(?<rel>wife|husband|girlfriend|boyfriend|mother|father|sister|brother|daughter|son|aunt|uncle|niece|nephew|cousin)"
                    + "(?:\\s*,)?(?:\\s+and)?\\s+(?:co-?defendant|co-?conspirator|defendant|accomplice|partner in crime)"
                    + "|\\b(?:co-?defendant|co-?conspirator|defendant)s?\\s*,?\\s+(?:his|her|their)\\s+(?<rel2>wife|husband|girlfriend|boyfriend|mother|father|sister|brother|daughter|son|aunt|uncle|niece|nephew)\\b"
                    + "|(?-i:\\b[A-Z][\\w'’-]+)\\s+(?<rel3>sisters|brothers)\\b|,\\s+(?:both\\s+)?(?<rel4>sisters|brothers)\\b"
                    + "|\\b(?<rel5>brothers|sisters)\\s+(?-i:[A-Z][a-z]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEXED_ROLE = Pattern.compile(
            "\\b(?<f>female (?:co-?)?(?:defendants?|co-?conspirators?|traffickers?|recruiters?|accomplices?|associates?|partners?)|madams?|(?:a|the) woman who (?:recruited|ran|operated|owned|forced|trafficked)|businesswoman)\\b"
                    + "|\\b(?<m>male (?:co-?)?(?:defendants?|co-?conspirators?|traffickers?|recruiters?|accomplices?|associates?|partners?)|(?:a|the) man who (?:recruited|ran|operated|owned|forced|trafficked)|businessman)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Legal steps only a defendant takes: "she pleaded guilty", "he was sentenced". */
    private static final Pattern DEFENDANT_STEP = Pattern.compile(
            "^(?:\\s+(?:later|also|subsequently|then|ultimately|eventually|previously))?\\s+(?:pleaded|pled|pleads|appealed|appeals|admitted|was (?:sentenced|convicted|indicted|charged|arrested|acquitted|found guilty)"
                    + "|argues|argued|contends|contended|challenges|challenged|moved)\\b");

    /**
     * What the trafficked do or undergo, said of a pronoun: "after she arrived", "the money she earned", "he was forced to work".
     * Such a pronoun is the victim's, never evidence of a defendant's sex, whatever the nearest person is.
     */
    private static final Pattern VICTIM_STEP = Pattern.compile(
            "^(?:\\s+(?:later|also|then|eventually|finally|never|still|often|had|would|could|did not|was not|were not|just|first))*\\s+(?:arrived|earned|owed|escaped|fled|ran away|testified|worked|refused|complied|"
                    + "tried to (?:leave|escape|run)|wanted to (?:leave|go|return)|became pregnant|gave birth|met (?:the )?defendant|"
                    + "was (?:forced|made|beaten|raped|taken|brought|sold|rescued|found|held|kept|recruited|trafficked|smuggled|paid|lured|promised|"
                    + "threatened|required|allowed|permitted|freed|abused|assaulted|prostituted|transported|moved|told|given|fed|locked|confined|"
                    + "only|just|still|then|\\d{1,2}|(?:fifteen|sixteen|seventeen|fourteen|thirteen|twelve|a minor|underage|pregnant))|"
                    + "turned (?:\\d{1,2}|eighteen|seventeen|sixteen))\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A relative of a defendant who was prosecuted too: "his wife, who was also charged", "Smith's wife was convicted",
     * "Ping's daughter and son-in-law … were convicted", "the defendant and his wife brought …".
     */
    private static final Pattern RELATIVE_PROSECUTED = Pattern.compile(
            "\\b(?:his|her|their|(?-i:[A-Z][\\w'’-]+)[’']s?)\\s+(?<rel>wife|husband|girlfriend|boyfriend|mother|father|sister|brother|daughter|son|aunt|uncle|niece|nephew"
                    + "|son-in-law|daughter-in-law|mother-in-law|father-in-law|stepmother|stepfather|sisters|brothers|sons|daughters)\\b"
                    + "(?=[^.;]{0,80}?\\b(?:was|were|had been|has been|have been)\\s+(?:also\\s+|later\\s+|subsequently\\s+|both\\s+)?"
                    + "(?:charged|convicted|indicted|sentenced|arrested|found guilty|prosecuted)\\b"
                    + "|[^.;]{0,80}?\\b(?:pleaded|pled|plead) guilty\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "the defendant and his wife brought", "Johnson and his girlfriend": a relative acting with the defendant. */
    private static final Pattern RELATIVE_BESIDE = Pattern.compile(
            "\\b(?:(?:co-?)?defendants?|(?-i:[A-Z][a-z]+)),?\\s+and\\s+(?<poss>his|her)\\s+(?:two\\s+|three\\s+|four\\s+|adult\\s+|older\\s+)?(?<rel>wife|husband|girlfriend|boyfriend|mother|father|sister|brother|daughter|son"
                    + "|sons|daughters|sisters|brothers)\\b(?!\\s*(?:’s|'s))",
            Pattern.CASE_INSENSITIVE);
    /**
     * The offender introduced by sex, as press releases and summaries do: "A Texas man was sentenced …", "a woman from
     * Atlanta was convicted of trafficking …", "Two brothers from Mexico smuggled …".
     */
    private static final Pattern OFFENDER_OF_A_SEX = Pattern.compile(
            "\\b(?:a|an|one|the|two|three|four)\\s+(?:[\\w.’'-]+\\s+){0,3}?(?<sex>man|woman|men|women|brothers|sisters|father|mother|husband|wife)"
                    + "(?:\\s+(?:from|of|in)\\s+(?-i:[A-Z][\\w.]*)(?:,?\\s+(?-i:[A-Z][\\w.]*))*)?,?(?:\\s+(?:who|that)\\s+\\w+[^.;]{0,60}?)?"
                    + "\\s+(?:(?:was|were|has been|have been|had been)\\s+(?:\\w+\\s+)?(?:sentenced|convicted|indicted|charged|arrested|found guilty|extradited)"
                    + "|pleaded guilty|pled guilty|admitted|(?:smuggled|trafficked|recruited|lured|forced|ran|operated|prostituted|enslaved)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "Brown and Davis, both men from Detroit", "two women were charged": defendants counted with their sex. */
    private static final Pattern DEFENDANTS_OF_A_SEX = Pattern.compile(
            ",\\s+(?:both|all)\\s+(?<sex1>men|women|males|females)\\b"
                    + "|\\b(?:two|three|four|five|six|both|all|the)\\s+(?<sex2>men|women)\\s+(?:were|have been|had been)\\s+(?:later\\s+|also\\s+)?(?:charged|indicted|convicted|arrested|sentenced|found guilty)\\b"
                    + "|\\b(?:one|two|three|four|some|several|both|all|most|none) of (?:them|the (?:other )?(?:co-?)?defendants|the accused|the traffickers)"
                    + " (?:was|were) (?:an? )?(?:young |older )?(?<sex3>wom[ae]n|m[ae]n|females?|males?)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Defendants spoken of as a group of one sex: "Defendants and other men recruited …", "the men (the defendants plus the
     * driver)", "The men coerced the girl …" (a group of men or women doing what only the traffickers do, where the text speaks of
     * defendants in the plural), "Defendants … brought their wives".
     */
    private static final Pattern DEFENDANTS_AS_A_GROUP = Pattern.compile(
            "\\b(?:co-?)?defendants,?\\s+and\\s+(?:the\\s+|several\\s+|two\\s+|three\\s+)?other\\s+(?<sex1>men|women)\\b"
                    + "|\\b(?<sex2>men|women)\\s*\\((?:the\\s+|both\\s+)?(?:co-?)?defendants\\b"
                    // the \b in front changes nothing ("the" after the start or a space is at a word's start) but lets the
                    // pattern be tried only where words start (FirstCharacters)
                    + "|\\b(?:^|(?<=[.;]\\s{1,3})|(?<=\\b(?:and|but|then|when)\\s))the\\s+(?<sex3>men|women)\\s+(?:also\\s+|then\\s+|later\\s+|allegedly\\s+)?"
                    + "(?:coerced|threatened|beat|raped|pimped|prostituted|recruited|smuggled|transported|advertised|sold|lured|confiscated|collected|kept all)\\b"
                    + "|\\b(?:co-?)?defendants\\s+(?:\\w+\\s+){0,3}?(?:brought|married|forced|prostituted|beat)\\s+their\\s+(?<wives>wives)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern FAMILY_NOUN = Pattern.compile(
            "\\b(?:his|her|their|the|a|[’']s?)\\s+(?:own\\s+|new\\s+|former\\s+|young\\s+)?(wife|husband|girlfriend|boyfriend|mother|father|sister|brother|daughter|son|aunt|uncle|niece|nephew)\\b"
                    + "(?!\\s*(?:,\\s*)?(?:and\\s+)?(?:co-?defendant|co-?conspirator|defendant|accomplice))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOLD_OBJECT_BEFORE = Pattern.compile(
            "\\b(?:told|tell|telling|warned|informed|promised|assured|reminded|convinced|persuaded|threatened) (her|him)\\b[^.;:]*$");
    private static final Pattern DEFENDANT_APPOSITION = Pattern.compile(
            "\\b(?:co-?)?defendant(?:\\s+(?-i:[A-Z][\\w’'-]+)){0,3},\\s+an?\\s+(?:[\\w’'-]+\\s+){0,4}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEVERAL_DEFENDANTS = Pattern.compile("\\b(?:co-?defendants?|codefendants?|defendants|defendants['’])(?!\\w)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONSPIRATOR_BEFORE = Pattern.compile(
            "\\bco-?conspirators?,?\\s+(?:(?:(?-i:[A-Z])[\\w'’.-]*|and|&)[\\s,]+)*$", Pattern.CASE_INSENSITIVE);
    /** "a young woman was forced", "the victim's mother was arrested": the person so introduced is not the offender. */
    private static final Pattern VICTIM_WORD_BEFORE = Pattern.compile("\\b(?:young|teenage|victims?|victim['’]s|girl['’]s|her|his|their|minor['’]s)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "a woman from Atlanta", "a brothel in Flushing": a capitalised word after these is a place, not a person. */
    private static final Pattern PLACE_PREPOSITION_BEFORE = Pattern.compile("\\b(?:from|in|near|at|into|across|outside|throughout|around)\\s+$");
    private static final Pattern CO_DEFENDANT_AFTER = Pattern.compile("\\s+(?:own\\s+)?(?:co-?defendants?|co-?conspirators?|accomplices?)\\b", Pattern.CASE_INSENSITIVE);

    /** A role noun right before a name: "defendant Ding", "co-conspirators Brian Forbes and …", "victim Jane". */
    private static final Pattern ROLE_BEFORE = Pattern.compile(
            "\\b(?<def>(?:co-?)?defendants?|co-?conspirators?|appellants?|traffickers?|pimps?|recruiters?),?\\s+$"
                    + "|\\b(?<vic>victims?|plaintiffs?|girl|woman|minor|complainants?)\\s+$"
                    + "|\\b(?<oth>judge|agent|officer|detective|attorney|prosecutor|sergeant|trooper|witness|dr\\.?|customer|client|doctor|president|senator)\\s+$");

    private static final Pattern PERSON_AFTER = Pattern.compile("(?:,|\\s+(?:and|was|were|is|had|has|pleaded|pled|who|recruited|ran|operated|owned|forced|"
            + "brought|told|took|kept|used|made|paid|sold|bought|drove|beat|threatened|arranged|\\(|aka|also)\\b)");
    private static final Pattern SURNAME_AFTER = Pattern.compile("(?:[’']s\\s+(?:co-?defendants?|co-?conspirators?|wife|husband|girlfriend|boyfriend)|,\\s+who|\\s+(?:pleaded|pled|was (?:sentenced|convicted|indicted)"
            + "|recruited|ran|operated|owned|forced|told|took|kept|paid|sold|bought|drove|beat|threatened|arranged|raped|hit|"
            + "would (?:collect|arrange|drive|beat)|also|then|later)\\b)");
    private static final Pattern SHARED_SURNAME = Pattern.compile("\\s+(?:and|&)\\s+[A-Z][a-z]+\\s+[A-Z][a-z]+");
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,\\s*(?:and\\s+|&\\s*)?|\\s+(?:and|&)\\s+)");
    private static final Pattern ROLE_AFTER = Pattern.compile(
            "^\\s*,?\\s*\\(?(?:the|a|an|one of the|another)?\\s*(?:(?<def>(?:co-?)?defendants?|co-?conspirators?)|(?<vic>victims?|plaintiffs?))\\b");

    private final GivenNames names;

    People(GivenNames names) {
        this.names = names;
    }

    /** The cast of one decision. */
    Cast read(DecisionText text) {
        return new Cast(text, names);
    }

    /** Who is who in one decision. */
    static final class Cast {
        private final DecisionText text;
        private final Map<String, Person> persons = new LinkedHashMap<>();
        private final List<Mention> mentions = new ArrayList<>();
        private final List<Finding> defendantFindings = new ArrayList<>();
        private final Map<String, int[]> sexVotes = new LinkedHashMap<>();
        private final Map<String, Evidence> voteEvidence = new LinkedHashMap<>();
        private Evidence firstDefendantMention;
        private boolean pluralDefendants;

        Cast(DecisionText text, GivenNames names) {
            this.text = text;
            String s = text.text();
            readNames(s, names);
            setApartOtherCasesConspirators(s);
            readRoleNouns(s);
            readPronouns(s);
            readFamilyNouns(s);
            DecisionText.Matches pseudonymFound = text.matches(PSEUDONYM, false);
            Matcher pseudonym = pseudonymFound.matcher();
            while (pseudonymFound.find()) {
                mentions.add(new Mention(pseudonym.start(), pseudonym.end(), Role.VICTIM, false, null, null, false));
            }
            mentions.sort(Comparator.comparingInt(Mention::start));
            dropRoleNounsBeforeNames(s);
            resolvePronouns();
            settlePersons();
            readGroupCues(s);
        }

        List<Person> persons() {
            return List.copyOf(persons.values());
        }

        List<Finding> defendantFindings() {
            return defendantFindings;
        }

        /** The first mention of a defendant (a role noun or a named defendant), or null when none is. */
        Evidence firstDefendantMention() {
            return firstDefendantMention;
        }

        /** True when the text speaks of defendants in the plural ("the defendants", "co-conspirators"). */
        boolean pluralDefendants() {
            return pluralDefendants;
        }

        /** Named defendants (and named persons the text gives no other role), whose sex is not known. */
        long defendantsOfUnknownSex() {
            return persons.values().stream().filter(p -> isDefendant(p) && p.sex() == null).count();
        }

        /** Named defendants (and named persons the text gives no other role). */
        long namedDefendants() {
            return persons.values().stream().filter(Cast::isDefendant).count();
        }

        static boolean isDefendant(Person p) {
            return p.role() == Role.DEFENDANT || p.role() == Role.UNKNOWN;
        }

        // ---- named persons ----

        private void readNames(String s, GivenNames names) {
            DecisionText.Matches mFound = text.matches(NAME_SPAN, false);
            Matcher m = mFound.matcher();
            Role listRole = null;
            int listEnd = -1;
            while (mFound.find()) {
                String span = m.group();
                int start = m.start();
                Sex titleSex = null;
                Matcher title = TITLE.matcher(span);
                if (title.find()) {
                    titleSex = title.group(1).equals("Mr") ? Sex.MALE : title.group(1).equals("Dr") ? null : Sex.FEMALE;
                }
                String[] tokens = span.split("\\s+");
                int first = title.lookingAt() ? 1 : 0;
                Role spanRole = null;
                int offset = start;
                for (int t = 0; t < first; t++) {
                    offset = s.indexOf(tokens[t], offset) + tokens[t].length();
                }
                // Leading capitalised role words ("Defendant Bianchi", "Judge Smith") give the role.
                while (first < tokens.length && (ROLE_WORDS.containsKey(tokens[first]) || NOT_NAMES.contains(tokens[first]))) {
                    Role r = ROLE_WORDS.get(tokens[first]);
                    if (r != null) {
                        spanRole = r;
                    }
                    offset = s.indexOf(tokens[first], offset) + tokens[first].length();
                    first++;
                }
                if (first >= tokens.length) {
                    continue;
                }
                int nameStart = s.indexOf(tokens[first], offset);
                int nameEnd = m.end();
                String[] nameTokens = java.util.Arrays.copyOfRange(tokens, first, tokens.length);
                if (containsNonName(nameTokens) || Places.bundled().isPlace(s.substring(nameStart, nameEnd))
                        || titleSex == null && spanRole == null && PLACE_PREPOSITION_BEFORE.matcher(s.substring(Math.max(0, nameStart - 12), nameStart)).find()) {
                    continue;
                }
                String key = nameTokens.length > 1 ? String.join(" ", nameTokens) : sameSurname(nameTokens[0]);
                Person namesake = persons.get(key);
                if (titleSex != null && namesake != null && namesake.sex() != null && namesake.sex() != titleSex) {
                    // A title of the other sex with a known surname is a relative sharing it ("Mr. Lopez and Mrs. Lopez"), not
                    // the person named before: kept apart under the titled name.
                    key = title.group(1) + ". " + key;
                }
                Role role = spanRole;
                if (role == null) {
                    role = roleBefore(s, nameStart);
                }
                if (role == null && listRole != null && isListGap(s, listEnd, nameStart)) {
                    role = listRole;
                }
                // A given name alone is a person's when a surname is shared ("Jose and Maria Garcia"); after a role it is
                // more often a surname ("Defendant Marsh").
                boolean firstNameAlone = nameTokens.length == 1 && SHARED_SURNAME.matcher(s).region(nameEnd, s.length()).lookingAt();
                Sex givenSex = (nameTokens.length >= 2 || firstNameAlone) && !nameTokens[0].endsWith(".") ? names.sexOf(nameTokens[0]) : null;
                Sex sex = titleSex != null ? titleSex : givenSex;
                boolean known = persons.containsKey(key);
                boolean acceptable = titleSex != null || givenSex != null || role != null || known
                        || nameTokens.length >= 2 && looksLikePersonName(s, nameStart, nameEnd)
                        || nameTokens.length == 1 && actsAsPerson(s, nameEnd);
                if (!acceptable) {
                    continue;
                }
                if (role == null) {
                    role = roleAfter(s, nameEnd);
                }
                if (role != null) {
                    listRole = role;
                    listEnd = nameEnd;
                } else if (isListGap(s, listEnd, nameStart)) {
                    listEnd = nameEnd;
                }
                Evidence evidence = text.quote(titleSex != null ? start : nameStart, nameEnd);
                Person before = persons.get(key);
                if (before == null) {
                    persons.put(key, new Person(key, role == null ? Role.UNKNOWN : role, sex, evidence, sex == null ? null : evidence));
                } else {
                    Role merged = before.role() == Role.UNKNOWN && role != null ? role : before.role();
                    Sex mergedSex = before.sex() != null ? before.sex() : sex;
                    persons.put(key, new Person(key, merged, mergedSex, before.evidence(),
                            before.sexEvidence() != null ? before.sexEvidence() : sex == null ? null : evidence));
                }
                mentions.add(new Mention(nameStart, nameEnd, null, false, sex, key, false));
            }
        }

        /**
         * In a summary of one defendant's case (the text never speaks of defendants in the plural, nor of co-defendants), the
         * persons it introduces as co-conspirators ran their own part and were tried apart, if at all: they are not this
         * decision's defendants ("The defendant … Co-conspirator Brian Forbes operated his own prostitution business").
         */
        private void setApartOtherCasesConspirators(String s) {
            if (text.matches(SEVERAL_DEFENDANTS, false).find()) {
                return;
            }
            for (Person p : List.copyOf(persons.values())) {
                if (p.role() != Role.DEFENDANT) {
                    continue;
                }
                int at = s.indexOf(p.key());
                if (at > 0 && CONSPIRATOR_BEFORE.matcher(s.substring(Math.max(0, at - 80), at)).find()) {
                    persons.put(p.key(), new Person(p.key(), Role.OTHER, p.sex(), p.evidence(), p.sexEvidence()));
                }
            }
        }

        /** A surname alone is the person last named in full with it ("Forbes" after "Brian Forbes"). */
        private String sameSurname(String surname) {
            String found = surname;
            for (String key : persons.keySet()) {
                if (key.endsWith(" " + surname)) {
                    found = key;
                }
            }
            return found;
        }

        private static boolean containsNonName(String[] tokens) {
            for (String t : tokens) {
                if (NOT_NAMES.contains(t) || ROLE_WORDS.containsKey(t)) {
                    return true;
                }
            }
            return false;
        }

        /** Two or more capitalised words that are not the start of a sentence's common phrase: followed by a verb or comma. */
        private static boolean looksLikePersonName(String s, int start, int end) {
            String after = s.substring(end, Math.min(s.length(), end + 25));
            return PERSON_AFTER.matcher(after).lookingAt();
        }

        /** A lone surname followed by what people do in these summaries ("King ran", "Nishimura, who worked"). */
        private static boolean actsAsPerson(String s, int end) {
            String after = s.substring(end, Math.min(s.length(), end + 25));
            return SURNAME_AFTER.matcher(after).lookingAt();
        }

        private static boolean isListGap(String s, int listEnd, int start) {
            if (listEnd < 0 || start < listEnd) {
                return false;
            }
            return LIST_GAP.matcher(s).region(listEnd, start).matches();
        }

        private static Role roleBefore(String s, int nameStart) {
            String before = s.substring(Math.max(0, nameStart - 40), nameStart).toLowerCase(Locale.ROOT);
            Matcher m = ROLE_BEFORE.matcher(before);
            if (!m.find()) {
                return null;
            }
            return m.group("def") != null ? Role.DEFENDANT : m.group("vic") != null ? Role.VICTIM : Role.OTHER;
        }

        private static Role roleAfter(String s, int nameEnd) {
            String after = s.substring(nameEnd, Math.min(s.length(), nameEnd + 40)).toLowerCase(Locale.ROOT);
            Matcher m = ROLE_AFTER.matcher(after);
            if (!m.find()) {
                return null;
            }
            return m.group("def") != null ? Role.DEFENDANT : Role.VICTIM;
        }

        // ---- role nouns and pronouns ----

        private void readRoleNouns(String s) {
            DecisionText.Matches mFound = text.matches(ROLE_NOUN, false);
            Matcher m = mFound.matcher();
            while (mFound.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                Role role = m.group("def") != null ? Role.DEFENDANT : m.group("vic") != null ? Role.VICTIM : Role.OTHER;
                boolean plural = word.endsWith("s") && !word.equals("accused") || word.equals("women") || word.equals("children")
                        || word.equals("jurors") || word.equals("witnesses");
                if (role == Role.DEFENDANT) {
                    if (firstDefendantMention == null) {
                        firstDefendantMention = text.quote(m.start(), m.end());
                    }
                    pluralDefendants |= plural;
                }
                Sex sex = FEMALE_NOUN.matcher(word).matches() ? Sex.FEMALE : MALE_NOUN.matcher(word).matches() ? Sex.MALE : null;
                if (role == Role.VICTIM && !plural && sex != null
                        && DEFENDANT_APPOSITION.matcher(s.substring(Math.max(0, m.start() - 60), m.start())).find()) {
                    // "The defendant, a 42-year-old woman from Houston, …": the woman is the defendant.
                    role = Role.DEFENDANT;
                    Evidence said = text.quote(m.start(), m.end());
                    defendantFindings.add(new Finding(sex, said));
                    // "Defendant Adeyemi, a Nigerian woman, …": the named defendant is that woman.
                    for (Mention named : List.copyOf(mentions)) {
                        Person p = named.person() == null ? null : persons.get(named.person());
                        if (p != null && p.sex() == null && named.end() < m.start() && s.charAt(named.end()) == ','
                                && m.start() - named.end() < 60 && s.substring(named.end(), m.start()).indexOf('.') < 0) {
                            persons.put(p.key(), new Person(p.key(), Role.DEFENDANT, sex, p.evidence(), said));
                        }
                    }
                }
                mentions.add(new Mention(m.start(), m.end(), role, plural, sex, null, false));
            }
            for (Person p : persons.values()) {
                if (p.role() == Role.DEFENDANT && (firstDefendantMention == null || p.evidence().start() < firstDefendantMention.start())) {
                    firstDefendantMention = p.evidence();
                }
            }
            if (firstDefendantMention == null) {
                persons.values().stream().filter(p -> p.role() == Role.UNKNOWN).findFirst()
                        .ifPresent(p -> firstDefendantMention = p.evidence());
            }
        }

        /** "his wife", "her mother": people of a known sex whose role the noun does not give; a pronoun may refer to them. */
        private void readFamilyNouns(String s) {
            DecisionText.Matches mFound = text.matches(FAMILY_NOUN, false);
            Matcher m = mFound.matcher();
            while (mFound.find()) {
                String w = m.group(1).toLowerCase(Locale.ROOT);
                Sex sex = FEMALE_NOUN.matcher(w).matches() ? Sex.FEMALE : MALE_NOUN.matcher(w).matches() ? Sex.MALE : null;
                if (sex != null) {
                    mentions.add(new Mention(m.start(1), m.end(1), Role.UNKNOWN, false, sex, null, false));
                }
            }
        }

        private void readPronouns(String s) {
            DecisionText.Matches mFound = text.matches(PRONOUN, false);
            Matcher m = mFound.matcher();
            while (mFound.find()) {
                Sex sex = m.group("he") != null ? Sex.MALE : Sex.FEMALE;
                String before = s.substring(Math.max(0, m.start() - 6), m.start()).toLowerCase(Locale.ROOT);
                String after = s.substring(m.end(), Math.min(s.length(), m.end() + 6)).toLowerCase(Locale.ROOT);
                if (before.endsWith("or ") || before.endsWith("/") || after.startsWith(" or ") || after.startsWith("/")) {
                    continue; // "he or she": anybody
                }
                mentions.add(new Mention(m.start(), m.end(), null, false, sex, null, true));
            }
        }

        /** Each pronoun's referent, by the rule in the class comment; a pronoun's sex votes for its referent. */
        private void resolvePronouns() {
            Map<Integer, Mention> resolved = new LinkedHashMap<>();
            for (int i = 0; i < mentions.size(); i++) {
                Mention p = mentions.get(i);
                if (!p.pronoun()) {
                    continue;
                }
                int sentence = text.sentenceIndexAt(p.start());
                Mention referent = null;
                for (int j = i - 1; j >= 0 && referent == null; j--) {
                    Mention c = mentions.get(j);
                    if (text.sentenceIndexAt(c.start()) != sentence) {
                        break;
                    }
                    referent = candidate(c, p, resolved.get(j));
                }
                if (referent == null && sentence > 0) {
                    List<Integer> previous = new ArrayList<>();
                    for (int j = i - 1; j >= 0; j--) {
                        int s = text.sentenceIndexAt(mentions.get(j).start());
                        if (s < sentence - 1) {
                            break;
                        }
                        if (s == sentence - 1) {
                            previous.add(0, j);
                        }
                    }
                    // A person whose sex is known and agrees comes first ("The defendant recruited a woman from Ukraine. She …"
                    // is the woman); else the first agreeing person, the previous sentence's subject.
                    for (int j : previous) {
                        Mention c = candidate(mentions.get(j), p, resolved.get(j));
                        if (c != null && knownSex(c) == p.sex()) {
                            referent = c;
                            break;
                        }
                    }
                    for (int j : previous) {
                        if (referent != null) {
                            break;
                        }
                        referent = candidate(mentions.get(j), p, resolved.get(j));
                    }
                }
                String after = text.text().substring(p.end(), Math.min(text.text().length(), p.end() + 60));
                boolean defendantStep = DEFENDANT_STEP.matcher(after).find();
                String before = text.lower().substring(Math.max(text.sentenceStart(sentence), p.start() - 80), p.start());
                Matcher told = TOLD_OBJECT_BEFORE.matcher(before);
                if (told.find() && (told.group(1).equals("her") == (p.sex() == Sex.FEMALE))) {
                    continue; // "told her she owed him", "warned her that … if she left": the one told, not the one telling
                }
                if (!defendantStep && VICTIM_STEP.matcher(after).find() && (referent == null || referent.role() != Role.VICTIM
                        && !(referent.person() != null && persons.get(referent.person()) != null && persons.get(referent.person()).role() == Role.VICTIM))) {
                    continue; // "after she arrived": the victim's pronoun, whoever was named last
                }
                if (referent == null && CO_DEFENDANT_AFTER.matcher(after).lookingAt()) {
                    // "Her co-defendant, Jamal Price, …": whoever "her" is, she has a co-defendant, so she is a defendant.
                    defendantFindings.add(new Finding(p.sex(), text.quote(p.start(), p.end())));
                    continue;
                }
                if (referent == null) {
                    if (defendantStep) {
                        defendantFindings.add(new Finding(p.sex(), text.quote(p.start(), p.end())));
                    }
                    continue;
                }
                resolved.put(i, referent);
                if (referent.person() != null) {
                    int[] votes = sexVotes.computeIfAbsent(referent.person(), k -> new int[2]);
                    votes[p.sex().ordinal()]++;
                    voteEvidence.putIfAbsent(referent.person() + p.sex(), text.quote(p.start(), p.end()));
                } else if (referent.role() == Role.DEFENDANT || defendantStep) {
                    defendantFindings.add(new Finding(p.sex(), text.quote(p.start(), p.end())));
                }
            }
        }

        /** "Defendant Chen", "co-defendant, Jessica Lee": the role noun and the name are one mention, the named person. */
        private void dropRoleNounsBeforeNames(String s) {
            for (int i = mentions.size() - 2; i >= 0; i--) {
                Mention role = mentions.get(i);
                Mention next = mentions.get(i + 1);
                if (role.person() == null && !role.pronoun() && !role.plural() && next.person() != null && next.start() >= role.end()
                        && next.start() - role.end() <= 2 && s.substring(role.end(), next.start()).matches("[\\s,]*")) {
                    mentions.remove(i);
                }
            }
        }

        private Sex knownSex(Mention c) {
            return c.person() != null ? personSex(c.person()) : c.sex();
        }

        /** {@code c} as the referent of pronoun {@code p}: singular, a person, its sex not contradicting. */
        private Mention candidate(Mention c, Mention p, Mention resolvedPronoun) {
            if (c.pronoun()) {
                return resolvedPronoun != null && c.sex() == p.sex() ? resolvedPronoun : null;
            }
            if (c.plural() || c.role() == Role.OTHER && c.person() == null) {
                return null;
            }
            Sex sex = c.person() != null ? personSex(c.person()) : c.sex();
            return sex == null || sex == p.sex() ? c : null;
        }

        private Sex personSex(String key) {
            Person person = persons.get(key);
            return person == null ? null : person.sex();
        }

        /** Settles each named person's sex: title or given name first, else the pronouns' majority. */
        private void settlePersons() {
            for (Map.Entry<String, int[]> v : sexVotes.entrySet()) {
                Person p = persons.get(v.getKey());
                if (p == null || p.sex() != null) {
                    continue;
                }
                int[] votes = v.getValue();
                Sex sex = votes[0] > votes[1] ? Sex.FEMALE : votes[1] > votes[0] ? Sex.MALE : null;
                if (sex != null) {
                    persons.put(p.key(), new Person(p.key(), p.role(), sex, p.evidence(), voteEvidence.get(p.key() + sex)));
                }
            }
            for (Person p : persons.values()) {
                if (isDefendant(p) && p.sex() != null) {
                    defendantFindings.add(new Finding(p.sex(), p.sexEvidence() != null ? p.sexEvidence() : p.evidence()));
                }
            }
        }

        private void readGroupCues(String s) {
            DecisionText.Matches bothFound = text.matches(BOTH_SEXES, false);
            Matcher both = bothFound.matcher();
            if (bothFound.find() && !text.negated(both.start())) {
                Evidence e = text.quote(both.start(), both.end());
                defendantFindings.add(new Finding(Sex.FEMALE, e));
                defendantFindings.add(new Finding(Sex.MALE, e));
            }
            DecisionText.Matches relFound = text.matches(RELATIVE_DEFENDANT, false);
            Matcher rel = relFound.matcher();
            while (relFound.find()) {
                String word = firstNonNull(rel.group("rel"), rel.group("rel2"), rel.group("rel3"), rel.group("rel4"), rel.group("rel5"));
                String w = word.toLowerCase(Locale.ROOT);
                Sex sex = w.startsWith("sister") || FEMALE_NOUN.matcher(w).matches() ? Sex.FEMALE
                        : w.startsWith("brother") || MALE_NOUN.matcher(w).matches() ? Sex.MALE : null;
                if (sex != null) {
                    defendantFindings.add(new Finding(sex, text.quote(rel.start(), rel.end())));
                }
            }
            DecisionText.Matches prosecutedFound = text.matches(RELATIVE_PROSECUTED, false);
            Matcher prosecuted = prosecutedFound.matcher();
            while (prosecutedFound.find()) {
                Sex sex = relativeSex(prosecuted.group("rel"));
                if (sex != null && !text.negated(prosecuted.start())) {
                    defendantFindings.add(new Finding(sex, text.quote(prosecuted.start(), prosecuted.end())));
                }
            }
            DecisionText.Matches besideFound = text.matches(RELATIVE_BESIDE, false);
            Matcher beside = besideFound.matcher();
            while (besideFound.find()) {
                Sex sex = relativeSex(beside.group("rel"));
                Evidence e = text.quote(beside.start(), beside.end());
                if (sex != null) {
                    defendantFindings.add(new Finding(sex, e));
                }
                // The one whose relative it is acts too: "Johnson and his girlfriend" — Johnson is a man.
                defendantFindings.add(new Finding(beside.group("poss").equalsIgnoreCase("his") ? Sex.MALE : Sex.FEMALE, e));
            }
            DecisionText.Matches offenderFound = text.matches(OFFENDER_OF_A_SEX, false);
            Matcher offender = offenderFound.matcher();
            while (offenderFound.find()) {
                String word = offender.group("sex").toLowerCase(Locale.ROOT);
                if (text.negated(offender.start()) || VICTIM_WORD_BEFORE.matcher(s.substring(offender.start(), offender.start("sex"))).find()) {
                    continue;
                }
                Sex sex = word.startsWith("wom") || word.startsWith("sister") || word.equals("mother") || word.equals("wife") ? Sex.FEMALE : Sex.MALE;
                defendantFindings.add(new Finding(sex, text.quote(offender.start(), offender.end())));
                if (firstDefendantMention == null) {
                    firstDefendantMention = text.quote(offender.start(), offender.end());
                }
            }
            DecisionText.Matches countedFound = text.matches(DEFENDANTS_OF_A_SEX, false);
            Matcher counted = countedFound.matcher();
            while (countedFound.find()) {
                String word = firstNonNull(counted.group("sex1"), counted.group("sex2"), counted.group("sex3")).toLowerCase(Locale.ROOT);
                if (counted.group("sex3") != null && (counted.group().toLowerCase(Locale.ROOT).startsWith("none") || !defendantsBefore(s, counted.start())
                        && !counted.group().toLowerCase(Locale.ROOT).contains("defendants"))) {
                    continue;
                }
                if (counted.group("sex1") != null && !defendantsBefore(s, counted.start())) {
                    continue;
                }
                defendantFindings.add(new Finding(word.startsWith("wom") || word.startsWith("fem") ? Sex.FEMALE : Sex.MALE,
                        text.quote(counted.start(), counted.end())));
            }
            DecisionText.Matches groupFound = text.matches(DEFENDANTS_AS_A_GROUP, false);
            Matcher group = groupFound.matcher();
            while (groupFound.find()) {
                String word = firstNonNull(group.group("sex1"), group.group("sex2"), group.group("sex3"), group.group("wives")).toLowerCase(Locale.ROOT);
                if (text.negated(group.start()) || group.group("sex3") != null && !pluralDefendants) {
                    continue;
                }
                defendantFindings.add(new Finding(word.equals("women") ? Sex.FEMALE : Sex.MALE, text.quote(group.start(), group.end())));
            }
            DecisionText.Matches roleFound = text.matches(SEXED_ROLE, false);
            Matcher role = roleFound.matcher();
            while (roleFound.find()) {
                defendantFindings.add(new Finding(role.group("f") != null ? Sex.FEMALE : Sex.MALE, text.quote(role.start(), role.end())));
            }
        }

        private static Sex relativeSex(String word) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.startsWith("sister") || w.startsWith("daughter") || w.startsWith("mother") || w.startsWith("stepmother") || FEMALE_NOUN.matcher(w).matches()) {
                return Sex.FEMALE;
            }
            if (w.startsWith("brother") || w.startsWith("son") || w.startsWith("father") || w.startsWith("stepfather") || MALE_NOUN.matcher(w).matches()) {
                return Sex.MALE;
            }
            return null;
        }

        /** True when the apposition follows named defendants or the word defendants in the same sentence (or the one before). */
        private boolean defendantsBefore(String s, int at) {
            int sentence = text.sentenceIndexAt(at);
            // "… five defendants … . Two of them were women": the sentence before counts too.
            int sentenceStart = text.sentenceStart(sentence > 0 && s.startsWith("of them", at + s.substring(at).indexOf(' ') + 1) ? sentence - 1 : sentence);
            String before = s.substring(sentenceStart, at).toLowerCase(Locale.ROOT);
            if (before.contains("defendant") || before.contains("co-conspirator") || before.contains("traffickers")) {
                return true;
            }
            for (Person p : persons.values()) {
                if (isDefendant(p) && p.evidence().start() >= sentenceStart && p.evidence().start() < at) {
                    return true;
                }
            }
            return false;
        }

        private static String firstNonNull(String... values) {
            for (String v : values) {
                if (v != null) {
                    return v;
                }
            }
            return "";
        }
    }

    private static Map<String, Role> roleWords() {
        Map<String, Role> m = new LinkedHashMap<>();
        for (String w : List.of("Defendant", "Defendants", "Co-defendant", "Co-defendants", "Codefendant", "Codefendants", "Co-Defendant",
                "Co-conspirator", "Co-conspirators", "Coconspirator", "Appellant", "Appellants", "Trafficker")) {
            m.put(w, Role.DEFENDANT);
        }
        for (String w : List.of("Victim", "Victims", "Plaintiff", "Plaintiffs", "Complainant")) {
            m.put(w, Role.VICTIM);
        }
        for (String w : List.of("Judge", "Justice", "Agent", "Special", "Officer", "Detective", "Sergeant", "Trooper", "Prosecutor",
                "Senator", "President", "Governor", "Sheriff", "Deputy", "Investigator", "Dr")) {
            m.put(w, Role.OTHER);
        }
        return Map.copyOf(m);
    }
}
