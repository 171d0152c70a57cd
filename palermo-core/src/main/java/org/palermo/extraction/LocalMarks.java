package org.palermo.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks of a country in a news text that are not names: a broadcaster's call sign, a State's or province's
 * abbreviation after a town, a currency sign, a word of one justice system. Local news rarely names its own country — "Fostoria police announced …" under a
 * headline ending "- WTOL", "Loganville, GA Patch", "Summerville, S.C., man" — but a reader knows where it is.
 * <ul>
 * <li><b>Call signs</b>: the ITU gives the United States the prefixes K and W (the FCC: K west of the
 * Mississippi, W east) and Canada CF–CK; a station's four letters, or three for the oldest ("KSL", "WGN"), name it
 * in a headline's publisher ("… - WTOL", "| KSBW", "FOX8 WGHP", "WKBN.com") and in a dateline ("(WMTV) -").
 * Read only there: elsewhere capitals starting with W are often an organisation ("WHO", "WFP"). A publisher is weak
 * evidence (a local station carries the world's news); a station's dateline is strong.</li>
 * <li><b>Postal and AP abbreviations</b> of the States of the United States and the provinces of Canada after a
 * town and a comma ("Lakeland, FL", "Summerville, S.C.", "Guelph, Ont."), and the AP ones after "in" ("cases in
 * Pa."); abbreviations that are also ordinary words ("Ind.", "Mass.", "Miss.", "Man.") only after a town. Also a
 * member of Congress's party and State ("Rep. Jamie Raskin (D-MD)", "(R-Texas)").</li>
 * <li><b>News outlets of one country</b> as a headline's publisher ("… - Rappler", "| Philstar.com", "- IOL"),
 * {@code data/extraction/outlets.tsv}: weak evidence, like a call sign there.</li>
 * <li><b>Currency signs</b> of one country only: the pound sterling "£", the naira "₦", the rupee "₹" (India's),
 * the peso "₱" (the Philippines'). Weak evidence, a line counted once: reports quote other countries' money.</li>
 * <li><b>Words of one country's justice system</b>: the United States' sheriff, grand jury, district attorney,
 * felony, "statewide"; England and Wales's Crown Court, magistrates' court and "county lines". Weak evidence, each
 * word once a line: a story may compare systems.</li>
 * </ul>
 */
final class LocalMarks {

    /** What a mark is, which says how much it weighs: a headline's publisher, a dateline, a town's State, money, a word. */
    enum Kind { PUBLISHER, DATELINE, TOWN, CURRENCY, JUSTICE_WORD }

    /** A country marked at {@code [start, end)} of the text. */
    record Mark(String iso3, int start, int end, Kind kind) {
    }

    /** Capitals starting like a call sign that name something else in a publisher: outlets and bodies elsewhere. */
    private static final Set<String> NOT_CALL_SIGNS = Set.of("WHO", "WFP", "WTO", "WEF", "WWF", "WION", "KTN", "KBC",
            "KCNA", "WWII", "WIPO", "WMO", "KFC", "KPMG", "WNBA", "WWE");

    private static final Pattern CALL_SIGN = Pattern.compile(
            "(?<![\\p{L}\\p{N}.&'’-])(?:(?<us>[KW][A-Z]{2,3})|(?<ca>C[F-K][A-Z]{2}))(?:-(?:TV|FM|AM|DT|LD|CD))?"
                    + "(?:\\.(?:com|tv|org))?(?![\\p{L}\\p{N}&'’])");
    /** A dateline that is a station, in parentheses ("(WMTV) -", "CINCINNATI (WKRC) -"): bare, "KANO -" is a city. */
    private static final Pattern STATION_DATELINE = Pattern.compile(
            "^\\s*(?:[A-Z][A-Za-z .,']{0,40}\\s)?\\(([KW][A-Z]{2,3}|C[F-K][A-Z]{2})(?:-TV)?\\)\\s*[-–—]");

    private static final Map<String, String> POSTAL = postal();
    private static final Map<String, String> AP = ap();
    /** AP abbreviations that are ordinary words too: only after a town. */
    private static final Set<String> AP_WORDS = Set.of("Ind.", "Mass.", "Miss.", "Man.", "La.", "Mo.", "Del.", "Wash.",
            "Neb.", "Ore.");

    /** A State's or province's abbreviation, read where a town and a comma or "in" stand before it. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:" + alternatives(POSTAL.keySet()) + "|"
            + alternatives(AP.keySet()) + ")(?![\\p{L}])(?![.]\\p{L})");
    private static final Pattern AP_ABBREVIATION = Pattern.compile("(?:" + alternatives(AP.keySet()) + ")(?![\\p{L}])");
    private static final Pattern PARTY_AND_STATE = Pattern.compile("\\([DRI]-(?<abbr>" + alternatives(POSTAL.keySet())
            + "|" + alternatives(AP.keySet()) + "|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)\\)");
    private static final Pattern CURRENCY = Pattern.compile("[£₦₹₱]\\s?\\d");
    private static final List<Map.Entry<String, String>> CURRENCIES = List.of(Map.entry("£", "GBR"), Map.entry("₦", "NGA"),
            Map.entry("₹", "IND"), Map.entry("₱", "PHL"));
    /** The words, each behind a piece of it every form contains (a line is searched for the piece first: cheap). */
    private record JusticeWord(String piece, Pattern pattern, String iso3) {
    }

    private static final List<JusticeWord> JUSTICE_WORDS = List.of(
            new JusticeWord("heriff", Pattern.compile("\\b[Ss]heriff(?:'s|’s|s)?\\b"), "USA"),
            new JusticeWord("rand ", Pattern.compile("\\b[Gg]rand [Jj]ur(?:y|ies)\\b"), "USA"),
            new JusticeWord("istrict ", Pattern.compile("\\b[Dd]istrict [Aa]ttorney"), "USA"),
            new JusticeWord("elon", Pattern.compile("\\b[Ff]elon(?:y|ies)\\b"), "USA"),
            new JusticeWord("tatewide", Pattern.compile("\\b[Ss]tatewide\\b"), "USA"),
            new JusticeWord("Crown Court", Pattern.compile("\\bCrown Court\\b"), "GBR"),
            new JusticeWord("agistrates", Pattern.compile("\\b[Mm]agistrates['’] [Cc]ourt\\b"), "GBR"),
            new JusticeWord("county lines", Pattern.compile("\\bcounty lines\\b"), "GBR"));

    static final String OUTLETS_RESOURCE = "data/extraction/outlets.tsv";
    /** News outlets of one country by {@link #outletKey}: {@code data/extraction/outlets.tsv}. */
    private static final Map<String, String> OUTLETS = outlets();

    private LocalMarks() {
    }

    /** A publisher as looked up: lower case, without "www.", a final ".com" or trailing dots ("Philstar.com" → "philstar"). */
    static String outletKey(String publisher) {
        String key = publisher.strip().toLowerCase(java.util.Locale.ROOT);
        while (key.endsWith(".") || key.endsWith("…")) {
            key = key.substring(0, key.length() - 1).strip();
        }
        key = key.startsWith("www.") ? key.substring(4) : key;
        return key.endsWith(".com") ? key.substring(0, key.length() - 4) : key;
    }

    private static Map<String, String> outlets() {
        Map<String, String> byKey = new java.util.HashMap<>();
        for (BundledLines.Line line : BundledLines.of(OUTLETS_RESOURCE)) {
            String[] f = line.text().split("\t");
            if (f.length != 2 || f[0].length() != 3) {
                throw new IllegalStateException(OUTLETS_RESOURCE + " line " + line.number() + ": expected iso3<TAB>name, got: "
                        + line.text());
            }
            String before = byKey.put(outletKey(f[1]), f[0]);
            if (before != null && !before.equals(f[0])) {
                throw new IllegalStateException(OUTLETS_RESOURCE + " line " + line.number() + ": " + f[1] + " is already " + before);
            }
        }
        return Map.copyOf(byKey);
    }

    /**
     * The marks in the line {@code [start, end)} of the text; {@code headline} says whether the line is the
     * document's first, whose last part after " - " or " | " is its publisher.
     */
    static List<Mark> in(String text, int start, int end, boolean headline) {
        List<Mark> marks = new ArrayList<>();
        String line = text.substring(start, end);
        if (headline) {
            int publisher = Math.max(Math.max(line.lastIndexOf(" - "), line.lastIndexOf(" | ")),
                    Math.max(line.lastIndexOf(" – "), line.lastIndexOf(" — ")));
            if (publisher >= 0) {
                String outlet = OUTLETS.get(outletKey(line.substring(publisher + 3)));
                if (outlet != null) { // "… - Rappler", "… | Philstar.com"
                    marks.add(new Mark(outlet, start + publisher + 3, end, Kind.PUBLISHER));
                }
                Matcher m = CALL_SIGN.matcher(line).region(publisher + 3, line.length());
                while (m.find()) {
                    if (!inCapitalisedName(line, m.start(), m.end())) {
                        callSign(m.group("us"), m.group("ca"), start + m.start(), start + m.end(), Kind.PUBLISHER, marks);
                    }
                }
            }
        }
        int paren = line.indexOf('(');
        if (paren >= 0 && paren <= 45) {
            Matcher dateline = STATION_DATELINE.matcher(line);
            if (dateline.find()) {
                String sign = dateline.group(1);
                callSign(sign.startsWith("C") ? null : sign, sign.startsWith("C") ? sign : null,
                        start + dateline.start(1), start + dateline.end(1), Kind.DATELINE, marks);
            }
        }
        Matcher abbreviation = ABBREVIATION.matcher(line);
        for (int comma = line.indexOf(", "); comma > 0; comma = line.indexOf(", ", comma + 2)) {
            if (comma + 2 < line.length() && Character.isUpperCase(line.charAt(comma + 2)) && townBefore(line, comma)
                    && abbreviation.region(comma + 2, line.length()).lookingAt()) {
                String abbr = abbreviation.group();
                marks.add(new Mark(POSTAL.containsKey(abbr) ? POSTAL.get(abbr) : AP.get(abbr), start + comma + 2,
                        start + abbreviation.end(), Kind.TOWN));
            }
        }
        Matcher apAbbreviation = AP_ABBREVIATION.matcher(line);
        for (int in = line.indexOf("in "); in >= 0; in = line.indexOf("in ", in + 3)) {
            if ((in == 0 || !Character.isLetter(line.charAt(in - 1))) && in + 3 < line.length()
                    && Character.isUpperCase(line.charAt(in + 3)) && apAbbreviation.region(in + 3, line.length()).lookingAt()
                    && !AP_WORDS.contains(apAbbreviation.group())) {
                marks.add(new Mark(AP.get(apAbbreviation.group()), start + in + 3, start + apAbbreviation.end(), Kind.TOWN));
            }
        }
        if (line.contains("(D-") || line.contains("(R-") || line.contains("(I-")) {
            Matcher party = PARTY_AND_STATE.matcher(line);
            while (party.find()) {
                String abbr = party.group("abbr");
                if (!"CAN".equals(POSTAL.get(abbr)) && !"CAN".equals(AP.get(abbr))) {
                    marks.add(new Mark("USA", start + party.start(), start + party.end(), Kind.TOWN));
                }
            }
        }
        for (Map.Entry<String, String> currency : CURRENCIES) {
            int at = line.indexOf(currency.getKey());
            if (at >= 0) {
                Matcher money = CURRENCY.matcher(line).region(at, line.length());
                if (money.lookingAt()) {
                    marks.add(new Mark(currency.getValue(), start + at, start + at + 1, Kind.CURRENCY));
                }
            }
        }
        for (JusticeWord word : JUSTICE_WORDS) {
            if (line.contains(word.piece())) {
                Matcher m = word.pattern().matcher(line);
                if (m.find()) {
                    marks.add(new Mark(word.iso3(), start + m.start(), start + m.end(), Kind.JUSTICE_WORD));
                }
            }
        }
        return marks;
    }

    /** A town's name ends at the comma: "Lakeland, FL", "Summerville, S.C." (capitalised, a small letter second). */
    private static boolean townBefore(String line, int comma) {
        int i = comma;
        while (i > 0 && (Character.isLetter(line.charAt(i - 1)) || "'’.-".indexOf(line.charAt(i - 1)) >= 0)) {
            i--;
        }
        return i < comma - 1 && Character.isUpperCase(line.charAt(i)) && Character.isLowerCase(line.charAt(i + 1));
    }

    private static void callSign(String us, String ca, int start, int end, Kind kind, List<Mark> marks) {
        String sign = us != null ? us : ca;
        if (!NOT_CALL_SIGNS.contains(sign)) {
            marks.add(new Mark(us != null ? "USA" : "CAN", start, end, kind));
        }
    }

    /** "CITY AIR NEWS": a word of a name written in capitals (next to another such word), not a station. */
    private static boolean inCapitalisedName(String line, int start, int end) {
        return capitalWord(line, end, +1) || capitalWord(line, start - 1, -1);
    }

    /** Whether the word after (step +1, from {@code at}) or before (step -1, ending at {@code at}) is capitals only. */
    private static boolean capitalWord(String line, int at, int step) {
        int i = at;
        if (i < 0 || i >= line.length() || line.charAt(i) != ' ') {
            return false;
        }
        i += step;
        int letters = 0;
        while (i >= 0 && i < line.length() && line.charAt(i) != ' ') {
            char c = line.charAt(i);
            if (!Character.isUpperCase(c)) {
                return false;
            }
            letters++;
            i += step;
        }
        return letters >= 3;
    }

    private static String alternatives(Set<String> words) {
        return words.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    /** The USPS codes of the States and the District of Columbia, and Canada Post's of the provinces. */
    private static Map<String, String> postal() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String s : ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
                + "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC").split(" ")) {
            m.put(s, "USA");
        }
        for (String p : "ON QC BC AB MB SK NS NB PE".split(" ")) {
            m.put(p, "CAN");
        }
        return Map.copyOf(m);
    }

    /** The Associated Press's abbreviations of the States and of Canada's provinces (AP Stylebook). */
    private static Map<String, String> ap() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String s : ("Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. "
                + "Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. "
                + "Wash. W.Va. Wis. Wyo. D.C.").split(" ")) {
            m.put(s, "USA");
        }
        for (String p : "Alta. B.C. Man. N.B. N.S. Ont. P.E.I. Que. Sask.".split(" ")) {
            m.put(p, "CAN");
        }
        return Map.copyOf(m);
    }
}
