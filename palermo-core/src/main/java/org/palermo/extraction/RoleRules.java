package org.palermo.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Country roles in trafficking flows, from the language of country narratives and news. Rules:
 * <ul>
 * <li>{@value #DECLARED}: a role said of a country: "X is a source, transit, and destination country
 * for men, women, and children subjected to forced labor and sex trafficking", "Japan had become a
 * major destination for victims", "regarded as a major transit point", "un país de origen, tránsito y
 * destino", "un pays d'origine, de transit et de destination"; the generic "countries of origin and
 * destination" says nothing of any one country;</li>
 * <li>{@value #FLOW}: victims of one country taken to or exploited in another. Each country is placed
 * by the word before it (after a list opener: "from Burma, Laos and Cambodia", "to Italy, Spain, the
 * Netherlands, Germany and Norway") and the verb that governs that word: "from" an origin ("rescued
 * from", "repatriated from" a destination), "to"/"into" after a verb of movement a destination
 * ("returned to", "back to" an origin), "in" after a verb of exploitation or after victims a
 * destination ("recruited in" an origin), "bound for", "once in", "leaving X", "reach X"; nationality
 * ("Nigerian women", "Filipinos", "mujeres guatemaltecas", "X nationals", "nationals of X") an
 * origin. The document's country completes a missing end ("women are trafficked to Italy" in a report
 * on Nigeria; "victims from Viet Nam are exploited" in a report on Cambodia); origin and destination
 * the same country is internal trafficking;</li>
 * <li>{@value #TRANSIT}: "through Niger and Libya", "via Mexico", "transit Niger en route to", "a
 * trafficking route in Bulgaria";</li>
 * <li>{@value #ABROAD}: victims of the country exploited abroad, in "another country" or in a region
 * ("to Europe", "in the Middle East");</li>
 * <li>{@value #FOREIGN}: foreign victims in the country: "foreign victims", "from abroad", "from
 * Eastern European countries";</li>
 * <li>{@value #INTERNAL}: "internal trafficking", "within the country", "from rural to urban areas",
 * "domestic victims", "across the country", "trata interna", "traite interne";</li>
 * <li>{@value #TABLE}: rows of a table flattened into text under a header of origin or nationality
 * ("Victims by country of origin / Nigeria 120 / Romania 85"), or of destination, in a report on one
 * country;</li>
 * <li>{@value #EXPLOITED_HERE}: in a report on one country, a sentence on victims or their
 * exploitation that names a form of exploitation, no other country and no policy, risk or negation
 * ("children are forced to beg"): internal, with low confidence.</li>
 * </ul>
 * A sentence with no word of trafficking is read only in a document that speaks of trafficking and
 * only when it moves people between countries ("brought two Vietnamese women to the United States").
 * Each fact carries the forms of exploitation and the victim groups its sentence names.
 */
final class RoleRules {

    static final String DECLARED = "role.declared";
    static final String FLOW = "role.flow";
    static final String TRANSIT = "role.transit";
    static final String ABROAD = "role.abroad";
    static final String FOREIGN = "role.foreign";
    static final String INTERNAL = "role.internal";
    static final String EXPLOITED_HERE = "role.exploited-here";
    static final String TABLE = "role.table";

    /** Marks a place that is abroad but no one country: "Europe", "another country". */
    private static final String ELSEWHERE = "*";

    private static final String ROLE_WORD = "(?:source|origin|transit|destination)";
    private static final String ADJECTIVES = "(?:(?:major|main|primary|principal|significant|key|important|growing|popular|large|"
            + "small|leading|increasing|increasingly|mainly|primarily|largely|predominantly|chiefly|also|both|still|now|an?|"
            + "regional|international|common|notable|prominent|emerging)\\s+)*";
    private static final String ROLE_LIST = ROLE_WORD + "(?:(?:\\s*,\\s*|\\s+)(?:and/or\\s+|and\\s+|or\\s+)?"
            + "(?:,?\\s*to\\s+a\\s+(?:lesser|greater|smaller|larger)\\s+extent\\s*,?\\s*)?(?:an?\\s+)?" + ROLE_WORD + ")*";
    /** "a source, transit, and destination country", "a major transit point", "a destination for victims". */
    private static final Pattern DECLARED_EN = startingWith("abdost", "\\b(?:an?|the|both)\\s+" + ADJECTIVES + "(" + ROLE_LIST
            + ")\\s+(?:(?:country|countries|point|hub|nation|state|location|area|route|corridor|zone)\\b"
            + "|(?:for|of)\\s+(?:(?:[a-z'-]+\\s+){0,4}?)(?:victims|women|men|children|girls|boys|persons|people|"
            + "migrants|workers|trafficking|trafficked|minors|nationals)\\b)"
            + "|\\b((?:source|origin|transit|destination)\\s+countries)\\b"
            + "|\\b(?:an?|the)\\s+" + ADJECTIVES + "country\\s+(of\\s+" + ROLE_WORD + "(?:\\s*(?:,|and|or|as\\s+well\\s+as|but\\s+also)"
            + "\\s*(?:(?:an?\\s+)?country\\s+)?(?:of\\s+)?" + ROLE_WORD + ")*)");
    private static final String ES_ROLE = "(?:origen|tr[áa]nsito|destino)";
    private static final Pattern DECLARED_ES = startingWith("u", "\\bun\\s+(?:(?:importante|gran|principal)\\s+)?pa[íi]s\\s+"
            + "(?:principalmente\\s+)?(de\\s+" + ES_ROLE + "(?:\\s*(?:,|y|e|o|u)\\s*(?:de\\s+)?" + ES_ROLE + ")*)");
    private static final String FR_ROLE = "(?:d['’]\\s*origine|de\\s+transit|de\\s+destination)";
    private static final Pattern DECLARED_FR = startingWith("u", "\\bun\\s+(?:(?:important|grand|principal)\\s+)?pays\\s+"
            + "(?:principalement\\s+)?(" + FR_ROLE + "(?:\\s*(?:,|et|ou)\\s*" + FR_ROLE + ")*)");
    /** Words before a role phrase that say it of the sentence's country: "X is a", "regarded as a". */
    private static final Set<String> PREDICATES = Words.of("is", "are", "was", "were", "remains", "remain", "remained",
            "become", "became", "becoming", "been", "be", "as", "being", "considered", "es", "son", "fue", "sigue",
            "siendo", "est", "sont", "reste", "demeure", "demeurent", "constitue", "comme", "como", "serves", "also",
            "mainly", "primarily", "largely", "both", "still", "now", "principalement", "principalmente", "también",
            "aussi", "egalement", "également");

    private static final Pattern INTERNAL_CUES = startingWith("adefitwà", "internal(?:ly)?\\s+traffick|domestic\\s+traffick"
            + "|within\\s+the\\s+country|within\\s+(?:its|the\\s+country's)\\s+borders|from\\s+rural\\s+(?:areas\\s+)?to\\s+urban"
            + "|trata\\s+interna|traite\\s+interne|dentro\\s+del\\s+pa[íi]s|à\\s+l'intérieur\\s+du\\s+pays|domestic\\s+victims"
            + "|internal\\s+trafficking|trafficked\\s+internally|domestic\\s+and\\s+foreign\\s+victims|internal\\s+movements?"
            + "|across\\s+the\\s+country|throughout\\s+the\\s+country|from\\s+rural\\s+areas\\s+to\\s+(?:cities|towns|urban)"
            + "|a\\s+l'int[ée]rieur\\s+du\\s+pays|en\\s+el\\s+interior\\s+del\\s+pa[íi]s|interna\\s+de");
    private static final Pattern FOREIGN_VICTIMS = startingWith("efmrtv", "\\bforeign\\s+(?:national|victim|women|men|children|"
            + "girls|boys|worker|female|male|citizen|migrant|adult|labou?rer|domestic)|\\bfrom\\s+abroad\\b"
            + "|v[íi]ctimas\\s+extranjeras|mujeres\\s+extranjeras|extranjeros\\s+v[íi]ctimas|victimes\\s+[ée]trang[èe]res"
            + "|femmes\\s+[ée]trang[èe]res|ressortissants\\s+[ée]trangers|trabajadores\\s+extranjeros|victims\\s+from\\s+other\\s+countries");
    private static final Pattern ABROAD_WORDS = startingWith("aehoà", "\\babroad\\b|\\boverseas\\b|à\\s+l['’][ée]tranger"
            + "|en\\s+el\\s+extranjero|al\\s+extranjero|hacia\\s+el\\s+exterior");
    private static final Pattern POLICY = startingWith("abcdefilmnprstw", "\\b(?:laws?|legislation|bill|act|action\\s+plan|plan|strategy|"
            + "campaigns?|training|prevent|prevention|combat|combating|combatting|fight|fighting|efforts?|ranking|"
            + "conference|awareness|committees?|task\\s+force|defined|definition|defines|take\\s+the\\s+form|takes\\s+many|"
            + "can\\s+take|is\\s+a\\s+form|refers\\s+to|involves\\s+the|"
            + "at\\s+risk|risk|could|may\\s+(?:be|have|become)|might|would|potential(?:ly)?|"
            + "no\\s+cases?|not\\s+indicate|did\\s+not|no\\s+reported|no\\s+evidence|none|never|ley|leyes|plan|loi|lois|"
            + "prévenir|prevenir|lutter|luchar|campagne|campaña)\\b");

    /** Verbs that move people: a country after "to"/"into" is where they are taken. */
    private static final Set<String> MOVING = Words.of("trafficked", "traffic", "traffics", "taken", "take", "takes",
            "taking", "took", "sent", "send", "sends", "sending", "sold", "sell", "sells", "selling", "transported",
            "transport", "transports", "transporting", "moved", "move", "moves", "moving", "smuggled", "smuggle",
            "smuggling", "brought", "bring", "brings", "bringing", "lured", "lure", "luring", "travel", "travels",
            "travelled", "traveled", "travelling", "traveling", "migrate", "migrated", "migrating", "migrates",
            "emigrate", "emigrated", "emigrating", "go", "goes", "going", "went", "headed", "heading", "coming", "come",
            "came", "transferred", "transfer", "transferring", "shipped", "exported", "recruited", "deceived", "tricked",
            "destined", "bound", "arrive", "arrived", "arriving", "enter", "entered", "entering", "flown", "flew",
            "relocated", "channelled", "channeled", "funnelled", "funneled",
            "trasladadas", "trasladados", "trasladada", "trasladado", "llevadas", "llevados", "llevada", "llevado",
            "enviadas", "enviados", "trasladan", "llevan", "tratadas", "tratados", "emmenées", "emmenés", "envoyées",
            "envoyés", "transférées", "transférés", "conduites", "conduits", "acheminées", "acheminés", "transportées",
            "transportés", "amenées", "amenés", "emigran", "migran", "émigrent", "transitan", "transitar", "transitando",
            "transitent", "transitant", "transitaient", "pasan", "cruzan", "traversent");
    /** Words of exploitation: a country after "in" is where it happens. */
    private static final Set<String> EXPLOITING = Words.of("exploited", "exploit", "exploits", "exploiting", "forced",
            "force", "forcing", "subjected", "subject", "subjects", "work", "works", "worked", "working", "employed",
            "held", "kept", "enslaved", "trapped", "identified", "found", "discovered", "detected", "rescued", "victimized",
            "victimised", "abused", "prostituted", "coerced", "coercing", "compelled", "sold", "trafficked", "arrived",
            "arriving", "stranded", "stuck", "explotadas", "explotados", "explotada", "explotado", "sometidas",
            "sometidos", "identificadas", "identificados", "obligadas", "obligados", "forzadas", "forzados",
            "rescatadas", "rescatados", "exploitées", "exploités", "exploitée", "exploité", "soumises", "soumis",
            "identifiées", "identifiés", "contraintes", "contraints", "forcées", "forcés", "astreintes", "astreints",
            "víctimas", "victimes");
    /** Verbs of recruitment: a country after "in" is where victims come from. */
    private static final Set<String> RECRUITING = Words.of("recruited", "recruit", "recruits", "recruiting", "purchased",
            "bought", "abducted", "kidnapped", "reclutadas", "reclutados", "captadas", "captados", "recrutées", "recrutés");
    /** Words of return: "returned to" an origin, "rescued from" a destination. */
    private static final Set<String> RETURNING = Words.of("returned", "return", "returns", "returning", "repatriated",
            "repatriation", "repatriate", "deported", "deportation", "back", "rescued", "freed", "escaped", "retornadas",
            "retornados", "repatriadas", "repatriados", "rapatriées", "rapatriés", "revenues", "revenus");
    /** Verbs by which a country finds victims on its soil. */
    private static final Set<String> IDENTIFYING = Words.of("identified", "detected", "found", "registered", "assisted",
            "rescued", "identificadas", "identificados", "detectadas", "identifiées", "identifiés", "détectées");
    private static final Set<String> STATES = Words.of("are", "were", "remain", "remained", "remains", "live", "lived",
            "living", "located", "stranded", "stuck", "trapped", "están", "estaban", "sont", "étaient", "se", "ended");
    private static final Set<String> PERSON_NOUNS = Words.of("women", "woman", "men", "man", "girls", "girl", "boys", "boy",
            "children", "child", "kids", "minors", "minor", "nationals", "national", "citizens", "citizen", "victims",
            "victim", "migrants", "migrant", "workers", "worker", "laborers", "labourers", "persons", "people",
            "individuals", "adults", "females", "males", "students", "teenagers", "teens", "youths", "refugees",
            "domestic", "maids", "brides", "mujeres", "mujer", "niñas", "niña", "niños", "niño", "víctimas", "víctima",
            "nacionales", "migrantes", "trabajadores", "trabajadoras", "personas", "hombres", "adolescentes", "menores",
            "femmes", "femme", "filles", "fille", "enfants", "enfant", "hommes", "victimes", "victime", "ressortissants",
            "ressortissantes", "travailleurs", "travailleuses", "personnes", "mineurs", "mineures", "jeunes");
    /** Words around a person that make them a trafficker, not a victim: "arrested a Nigerian woman". */
    private static final Set<String> OFFENDER_WORDS = Words.of("arrested", "arrest", "arrests", "charged", "detained",
            "detain", "convicted", "sentenced", "indicted", "jailed", "suspected", "suspect", "suspects", "accused",
            "pleaded", "prosecuted", "extradited", "jails", "jail", "jailing", "convicts", "charges", "sentences");
    private static final Set<String> ORIGIN_MARKERS = Words.of("venant", "venues", "venus", "originaires", "provenant",
            "issues", "issus", "procedentes", "provenientes", "originarias", "originarios", "oriundas", "oriundos",
            "provenance", "procedencia", "procedían", "proceden", "provenían", "provienen", "vienen", "venían",
            "viennent", "venaient", "proviennent", "provenaient", "origen", "origine", "nationalité", "nacionalidad");
    private static final Set<String> ARTICLES = Words.of("the", "la", "le", "les", "el", "los", "las", "l'", "l’");
    private static final Set<String> LIST_WORDS = Words.of(",", "and", "or", "y", "e", "et", "o", "u", "ou", "as", "well",
            "also", "then", "later", "eventually", "ultimately", "sometimes", "mostly", "mainly", "primarily");
    private static final Set<String> LIST_OPENERS = Words.of("particularly", "especially", "including", "mainly",
            "primarily", "notably", "mostly", "principally", "like", "namely", "chiefly", "largely", "predominantly",
            "notamment", "especialmente", "particularmente", "como", "comme", "incluyendo", "dont", "such", "as");
    private static final Set<String> FROM_WORDS = Words.of("from", "desde");
    private static final Set<String> OF_WORDS = Words.of("de", "del", "du", "d'", "d’", "des");
    private static final Set<String> TO_WORDS = Words.of("to", "into", "towards", "toward", "hacia", "vers", "onto");
    private static final Set<String> IN_WORDS = Words.of("in", "within", "throughout", "inside", "around", "across", "dans",
            "at");
    private static final Set<String> IN_OR_TO = Words.of("en", "au", "aux", "à");
    /** Words after which a country's adjective stands for the country: "in Indian circuses", "on Thai fishing vessels". */
    private static final Set<String> PLACE_WORDS = Words.of("in", "into", "to", "on", "aboard", "onto", "en", "dans", "sur");
    private static final Set<String> THROUGH_WORDS = Words.of("through", "via", "transit", "transiting", "transited",
            "transits", "traversing", "crossing");
    private static final Set<String> TRANSITING = Words.of("passant", "transitent", "transitant", "transitaient",
            "transitan", "transitar", "transitando", "pasan", "pasando", "tránsito", "transit");
    private static final Set<String> LEAVING = Words.of("leaving", "left", "leave", "fleeing", "fled", "flee");
    private static final Set<String> REACHING = Words.of("reach", "reaching", "reached", "enter", "entering", "entered",
            "entrar", "entrer", "atteindre", "llegar");
    private static final Set<String> BOUND = Words.of("bound", "destined", "headed", "heading", "leaving", "departing", "left");
    private static final Set<String> REGIONS = Words.of("europe", "asia", "africa", "gulf", "americas", "caribbean",
            "oceania", "europa", "asie", "afrique", "áfrica", "golfe", "golfo", "schengen", "balkans", "scandinavia",
            "levant", "maghreb", "sahel", "moyen-orient");
    private static final Set<String> REGION_ADJECTIVES = Words.of("western", "eastern", "northern", "southern", "central",
            "south", "north", "east", "west", "sub-saharan", "southeast", "south-east", "southeastern", "middle", "persian",
            "arabian", "latin", "occidental", "oriental", "medio", "del", "sur", "norte", "de", "l'", "l’", "d'", "d’");
    private static final Set<String> ELSEWHERE_ADJECTIVES = Words.of("another", "other", "foreign", "neighbouring",
            "neighboring", "third");
    /** How far back a governing word is looked for, in tokens. */
    private static final int REACH = 12;

    private RoleRules() {
    }

    /**
     * A pattern whose every alternative starts with one of {@code letters}, with those letters as a look-ahead in
     * front: every other position of the sentence is turned away by one test of a character, where the pattern
     * would try each of its alternatives there. What the pattern finds is unchanged.
     */
    private static Pattern startingWith(String letters, String regex) {
        return Pattern.compile("(?=[" + letters + "])(?:" + regex + ")");
    }

    static List<CountryRole> apply(Sentence s, ParagraphContext context, Hints hints, String version) {
        return apply(s, context, hints, true, version);
    }

    /**
     * The roles one sentence states. {@code documentOnTrafficking}: whether the document speaks of
     * trafficking at all, which lets a sentence with no word of it be read when it moves people between
     * countries.
     */
    static List<CountryRole> apply(Sentence s, ParagraphContext context, Hints hints, boolean documentOnTrafficking,
            String version) {
        String lower = s.lower();
        boolean cue = Exploitation.isAboutTrafficking(lower);
        if (!cue && (!documentOnTrafficking || s.entities.isEmpty())) {
            return List.of();
        }
        // the document's country, else the country the sentence or its paragraph is about
        Subjects.Subject subject = Subjects.at(s, s.tokens.size(), context, hints);
        String self = hints.country() != null ? hints.country() : subject.iso3();
        String actor = subject.stated() ? subject.iso3() : null;
        Found found = new Found();
        declared(s, lower, self, found);
        Verbs verbs = Verbs.of(s);
        RoleStems stems = new RoleStems(lower);
        Places places = s.entities.isEmpty() && !stems.has(RoleStems.ABROAD) ? new Places() : places(s, self, verbs);
        if (!cue && found.roles.isEmpty() && !(places.moved && places.placedAny())) {
            return List.of();
        }
        boolean internal = self != null && stems.has(RoleStems.INTERNAL) && INTERNAL_CUES.matcher(lower).find();
        if (internal) {
            found.add(self, Role.INTERNAL, null, INTERNAL, 0.7);
        }
        flows(lower, stems, self, actor, places, verbs, internal, found);
        boolean exploitedHere = found.roles.isEmpty() && cue && self != null && self.equals(hints.country())
                && noOtherCountry(s, self);
        if (found.roles.isEmpty() && !exploitedHere) {
            return List.of();
        }
        // forms and groups are read only for sentences that state a role: most do not
        List<Form> forms = Exploitation.forms(lower);
        if (found.roles.isEmpty()) {
            // exploitation here: a form of it named, and no word of policy or risk (the dearer test, so asked last)
            if (forms.isEmpty() || POLICY.matcher(lower).find()) {
                return List.of();
            }
            found.add(self, Role.INTERNAL, null, EXPLOITED_HERE, 0.45);
        }
        List<VictimGroup> groups = Exploitation.groups(s);
        List<CountryRole> out = new ArrayList<>();
        for (Found.Key k : found.roles.keySet()) {
            Found.Why why = found.roles.get(k);
            Evidence e = new Evidence(s.text.substring(s.start, s.end), s.start, s.end, s.paragraph, why.confidence(),
                    why.rule(), version);
            out.add(new CountryRole(k.country(), k.role(), k.counterpart(), forms, groups, e));
        }
        return out;
    }

    /** The roles found in one sentence, each once, with the first rule that found it. */
    private static final class Found {
        record Key(String country, Role role, String counterpart) {
        }

        record Why(String rule, double confidence) {
        }

        final Map<Key, Why> roles = new LinkedHashMap<>();

        void add(String country, Role role, String counterpart, String rule, double confidence) {
            if (country != null && !country.equals(ELSEWHERE)) {
                roles.putIfAbsent(new Key(country, role, ELSEWHERE.equals(counterpart) ? null : counterpart),
                        new Why(rule, confidence));
            }
        }
    }

    // ---- role.declared --------------------------------------------------------------------------

    private static void declared(Sentence s, String lower, String self, Found found) {
        if (!lower.contains("source") && !lower.contains("origin") && !lower.contains("transit")
                && !lower.contains("destin")) {
            return;
        }
        Pattern p = s.language == Language.ES ? DECLARED_ES : s.language == Language.FR ? DECLARED_FR : DECLARED_EN;
        Matcher m = p.matcher(lower);
        int after = 0;
        List<String> previous = List.of();
        while (m.find()) {
            int token = s.tokenAt(s.start + m.start());
            boolean plural = m.group().contains("countries");
            // "a country of origin and, to a lesser extent, a transit country": the same country again
            boolean again = !previous.isEmpty() && !countryBetween(s, after, token);
            if (!again && !predicated(s, token)) {
                continue;
            }
            List<String> countries = again ? previous : declaredOf(s, token, after, plural, self);
            after = token;
            previous = countries;
            for (String c : countries) {
                for (Role r : rolesNamed(m.group())) {
                    found.add(c, r, null, DECLARED, 0.85);
                }
            }
        }
    }

    private static boolean countryBetween(Sentence s, int from, int to) {
        for (Entity e : s.entities) {
            if (e.isCountry() && e.first() > from && e.last() < to) {
                return true;
            }
        }
        return false;
    }

    /** A role phrase at {@code token} is said of a country: "X is a …", "…, regarded as a …", "X, a …". */
    private static boolean predicated(Sentence s, int token) {
        for (int k = token - 1; k >= Math.max(0, token - 4); k--) {
            String w = s.lower(k);
            if (PREDICATES.contains(w)) {
                return true;
            }
            if (w.equals(",") && countryEndingAt(s, k - 1) != null) {
                return true;
            }
        }
        return false;
    }

    /** The countries a role phrase is said of: the nearest country before it, or all of a plural subject. */
    private static List<String> declaredOf(Sentence s, int token, int after, boolean plural, String self) {
        List<String> before = new ArrayList<>();
        for (Entity e : s.entities) {
            if (e.isCountry() && e.last() < token && e.first() >= after) {
                before.add(e.iso3());
            }
        }
        if (plural) {
            return before.isEmpty() ? List.of() : List.copyOf(new LinkedHashSet<>(before));
        }
        if (!before.isEmpty()) {
            return List.of(before.get(before.size() - 1));
        }
        return self == null ? List.of() : List.of(self);
    }

    private static Entity countryEndingAt(Sentence s, int token) {
        for (Entity e : s.entities) {
            if (e.isCountry() && e.last() == token) {
                return e;
            }
        }
        return null;
    }

    private static Set<Role> rolesNamed(String phrase) {
        Set<Role> roles = new LinkedHashSet<>();
        if (phrase.contains("source") || phrase.contains("origin") || phrase.contains("origen")) {
            roles.add(Role.ORIGIN);
        }
        if (phrase.contains("transit") || phrase.contains("tránsito") || phrase.contains("transito")) {
            roles.add(Role.TRANSIT);
        }
        if (phrase.contains("destin")) {
            roles.add(Role.DESTINATION);
        }
        return roles;
    }

    // ---- role.flow, role.transit, role.abroad, role.foreign ------------------------------------------

    /** Where the countries of a sentence stand, clause by clause; {@link #ELSEWHERE} for places abroad that are no one country. */
    private static final class Places {
        final List<Clause> clauses = new ArrayList<>();
        /** Whether a verb of movement or exploitation placed a country: the sentence moves people. */
        boolean moved;

        Clause clause(int index) {
            while (clauses.size() <= index) {
                clauses.add(new Clause());
            }
            return clauses.get(index);
        }

        boolean placedAny() {
            return clauses.stream().anyMatch(c -> !c.origins.isEmpty() || !c.destinations.isEmpty() || !c.transit.isEmpty());
        }

        boolean transit(String iso3) {
            return clauses.stream().anyMatch(c -> c.transit.contains(iso3));
        }
    }

    /** One clause's origins, destinations and transit countries ("…, while women from Ukraine are exploited in Albania"). */
    private static final class Clause {
        final Set<String> origins = new LinkedHashSet<>();
        final Set<String> destinations = new LinkedHashSet<>();
        final Set<String> transit = new LinkedHashSet<>();
    }

    /** Words that start a new clause with its own flow. */
    private static final Set<String> CLAUSE_BREAKS = Words.of(";", "while", "whereas", "mientras", "tandis", "whilst");

    /** A place named in a sentence over tokens [first, last]: a country, or somewhere abroad ({@code ELSEWHERE}). */
    private record Place(int first, int last, String iso3, boolean demonym) {
    }

    private static Places places(Sentence s, String self, Verbs verbs) {
        Places out = new Places();
        List<Place> named = named(s, self);
        int i = 0;
        int head = -1;
        int previousEnd = -1;
        int[] clauses = null;
        while (i < named.size()) {
            int first = named.get(i).first();
            head = previousEnd >= 0 && introduces(s, previousEnd + 1, first) ? head : headOf(s, first);
            String headWord = head >= 0 ? s.lower(head) : "";
            int j = i;
            while (j + 1 < named.size() && joined(s, named.get(j).last() + 1, named.get(j + 1).first(), headWord)) {
                j++;
            }
            List<Place> list = named.subList(i, j + 1);
            i = j + 1;
            previousEnd = list.get(list.size() - 1).last();
            Slot slot = head >= 0 ? slotOf(s, head) : Slot.NONE;
            // "Chinese, Indonesian and Thai adults": the person after the last adjective is each one's
            Slot listed = list.size() > 1 && list.get(list.size() - 1).demonym() ? nationality(s, list.get(list.size() - 1))
                    : Slot.NONE;
            for (Place p : list) {
                Slot one = p.demonym() ? nationality(s, p) : slot;
                if (one == Slot.NONE && listed == Slot.ORIGIN && (p.demonym() || slot == Slot.NONE)) {
                    one = Slot.ORIGIN; // "mujeres de origen rumano y paraguayo", "Malaysian, Thai and Taiwanese adults"
                }
                if (p.demonym() && one == Slot.ORIGIN) {
                    listed = Slot.ORIGIN;
                }
                if (p.demonym() && one == Slot.NONE && head >= 0 && head == p.first() - 1 && PLACE_WORDS.contains(headWord)) {
                    one = slot; // "in Indian circuses", "on Thai fishing vessels"
                }
                if (ELSEWHERE.equals(p.iso3()) && !(verbs.moving() || verbs.exploiting() || verbs.returning())) {
                    one = Slot.NONE;
                }
                if (clauses == null) {
                    clauses = clausesBefore(s);
                }
                Clause c = out.clause(clauses[Math.min(p.first(), clauses.length - 1)]);
                switch (one) {
                    case ORIGIN -> c.origins.add(p.iso3());
                    case DESTINATION, LOCATED -> c.destinations.add(p.iso3());
                    case TRANSIT -> c.transit.add(p.iso3());
                    default -> {
                    }
                }
                boolean placedByWord = one != Slot.NONE && one != Slot.LOCATED && !p.demonym();
                if (placedByWord || one != Slot.NONE && verbs.any()) {
                    out.moved = true;
                }
            }
        }
        return out;
    }

    /**
     * The clause of each token: element {@code k} counts the clause breaks before token {@code k} (";", "while", ", but"),
     * and the last element those of the whole sentence. Counted once per sentence, not once per place.
     */
    private static int[] clausesBefore(Sentence s) {
        int[] before = new int[s.tokens.size() + 1];
        int clause = 0;
        for (int k = 0; k < s.tokens.size(); k++) {
            before[k] = clause;
            if (CLAUSE_BREAKS.contains(s.lower(k)) || s.lower(k).equals("but") && s.lower(k - 1).equals(",")) {
                clause++;
            }
        }
        before[s.tokens.size()] = clause;
        return before;
    }

    /** Only an opener between two places: "Eastern African countries like Ethiopia" shares its head. */
    private static boolean introduces(Sentence s, int from, int to) {
        boolean opener = false;
        for (int k = from; k < to; k++) {
            String w = s.lower(k);
            if (LIST_OPENERS.contains(w)) {
                opener = true;
            } else if (!ARTICLES.contains(w) && !w.equals(",")) {
                return false;
            }
        }
        return opener;
    }

    /** Where a place stands; LOCATED: victims are there, with no word of how they came ("refugees in Lebanon"). */
    private enum Slot { ORIGIN, DESTINATION, TRANSIT, LOCATED, NONE }

    /** Countries (not the sentence's actor), regions abroad and "the country", in text order. */
    private static List<Place> named(Sentence s, String self) {
        List<Place> named = new ArrayList<>();
        boolean[] country = new boolean[s.tokens.size()];
        for (Entity e : s.entities) {
            if (e.isCountry() && !(e.demonym() && nextIsInstitution(s, e.last()))) {
                named.add(new Place(e.first(), e.last(), e.iso3(), e.demonym()));
            }
            for (int k = e.first(); k <= e.last() && k < country.length; k++) {
                country[k] = true;
            }
        }
        for (int k = 0; k < s.tokens.size(); k++) {
            String w = s.lower(k);
            if (country[k] || !s.tokens.get(k).isWord() || w.length() < 4) {
                continue;
            }
            if (s.tokens.get(k).capitalised() && REGIONS.contains(w) || w.equals("east") && s.lower(k - 1).equals("middle")
                    || w.equals("oriente") && (s.lower(k - 1).equals("medio") || s.lower(k + 1).equals("medio"))) {
                named.add(new Place(regionStart(s, k), k, ELSEWHERE, false));
            } else if ((w.equals("countries") || w.equals("country")) && k > 0
                    && (ELSEWHERE_ADJECTIVES.contains(s.lower(k - 1)) || regionalAdjective(s, k - 1))) {
                named.add(new Place(regionStart(s, k), k, ELSEWHERE, false));
            } else if (self != null && (w.equals("country") && s.lower(k - 1).equals("the")
                    || w.equals("país") && s.lower(k - 1).equals("el") || w.equals("pays") && s.lower(k - 1).equals("le"))
                    && !s.lower(k + 1).equals("of") && !s.lower(k + 1).equals("'s")) {
                named.add(new Place(k - 1, k, self, false));
            }
        }
        named.sort((a, b) -> Integer.compare(a.first(), b.first()));
        List<Place> distinct = new ArrayList<>();
        for (Place p : named) {
            if (distinct.isEmpty() || distinct.get(distinct.size() - 1).last() < p.first()) {
                distinct.add(p);
            }
        }
        return distinct;
    }

    /** Nouns after a demonym that make it a State's organ: "Thai police", "the Nigerian embassy". */
    private static final Set<String> INSTITUTION_NOUNS = Words.of("government", "authorities", "police", "federal",
            "courts", "officials", "ministry", "navy", "army", "embassy", "gobierno", "autoridades", "gouvernement",
            "autorités");
    /** Regional adjectives that do not end in "-an": "Gulf countries", "Nordic States". */
    private static final Set<String> REGIONAL_WORDS = Words.of("gulf", "arab", "nordic", "baltic", "balkan");
    private static final Set<String> COUNTRY_NOUNS = Words.of("country", "país", "pays");

    private static boolean nextIsInstitution(Sentence s, int last) {
        return INSTITUTION_NOUNS.contains(s.lower(last + 1));
    }

    /** "Eastern European countries", "Gulf countries": a capitalised regional adjective that is no country's. */
    private static boolean regionalAdjective(Sentence s, int k) {
        String w = s.lower(k);
        return s.tokens.get(k).capitalised() && notCountryBefore(s, k)
                && (w.endsWith("an") || REGIONAL_WORDS.contains(w));
    }

    private static boolean notCountryBefore(Sentence s, int k) {
        for (Entity e : s.entities) {
            if (e.last() == k) {
                return false;
            }
        }
        return true;
    }

    /** The first word of a region's name: "sub-Saharan Africa", "Western Europe", "Eastern European countries". */
    private static int regionStart(Sentence s, int k) {
        int i = k;
        while (i > 0 && k - i < 3 && (REGION_ADJECTIVES.contains(s.lower(i - 1)) || ELSEWHERE_ADJECTIVES.contains(s.lower(i - 1))
                || s.lower(i - 1).endsWith("an") && s.tokens.get(i - 1).capitalised() && s.lower(i).equals("countries"))
                && notCountryBefore(s, i - 1)) {
            i--;
        }
        if (ARTICLES.contains(s.lower(i - 1))) {
            i--;
        }
        return i;
    }

    /** Whether two places are items of one list: only list words, articles and the list's own head between. */
    private static boolean joined(Sentence s, int from, int to, String headWord) {
        if (to - from > 5) {
            return false;
        }
        boolean separator = from == to;
        for (int k = from; k < to; k++) {
            String w = s.lower(k);
            if (LIST_WORDS.contains(w)) {
                separator = true;
            } else if (!ARTICLES.contains(w) && !w.equals(headWord) && !(OF_WORDS.contains(w) && OF_WORDS.contains(headWord))) {
                return false;
            }
        }
        return separator;
    }

    /** The word that introduces a place or list, past articles and openers ("from" in "from countries such as the Philippines"). */
    private static int headOf(Sentence s, int first) {
        int k = first - 1;
        while (k >= 0) {
            String w = s.lower(k);
            boolean beforeOpener = LIST_OPENERS.contains(s.lower(k + 1));
            if (ARTICLES.contains(w) || LIST_OPENERS.contains(w) || w.equals(",") && beforeOpener
                    || (w.equals("countries") || w.equals("nations") || w.equals("places")) && beforeOpener) {
                k--;
            } else {
                break;
            }
        }
        return k;
    }

    /** The role the word at {@code head} and the verb before it give the places after it. */
    private static Slot slotOf(Sentence s, int head) {
        String w = s.lower(head);
        String before = s.lower(head - 1);
        if (FROM_WORDS.contains(w)) {
            if (governed(s, head, RETURNING)) {
                return Slot.DESTINATION;
            }
            // people or movement from there: "victims from", "trafficked from", not "police officers from"
            return personWithin(s, head, 4) || governor(s, head, MOVING, EXPLOITING, RECRUITING) != null
                    ? Slot.ORIGIN : Slot.NONE;
        }
        if (OF_WORDS.contains(w)) {
            if (before.equals("través")) {
                return Slot.TRANSIT;
            }
            if (before.equals("nationals") || before.equals("citizens")) {
                return Slot.ORIGIN;
            }
            return s.language != Language.EN && personOrOriginBefore(s, head) ? Slot.ORIGIN : Slot.NONE;
        }
        if (w.equals("of") && (before.equals("nationals") || before.equals("citizens") || before.equals("natives"))) {
            return Slot.ORIGIN;
        }
        if ((w.equals("on") || w.equals("aboard") || w.equals("sur")) && governed(s, head, EXPLOITING)) {
            return Slot.DESTINATION;
        }
        if (THROUGH_WORDS.contains(w) || (w.equals("par") || w.equals("por")) && TRANSITING.contains(before)) {
            return Slot.TRANSIT;
        }
        if (LEAVING.contains(w)) {
            return Slot.ORIGIN;
        }
        if (REACHING.contains(w)) {
            return Slot.DESTINATION;
        }
        if (w.equals("for") && BOUND.contains(before)) {
            return Slot.DESTINATION;
        }
        boolean to = TO_WORDS.contains(w) || w.equals("a") && s.language == Language.ES || IN_OR_TO.contains(w)
                && s.language != Language.EN;
        boolean in = IN_WORDS.contains(w) || IN_OR_TO.contains(w) && s.language != Language.EN;
        if (to) {
            if (before.equals("back") || before.equals("home")) {
                return Slot.ORIGIN;
            }
            if (before.equals("route")) {
                return Slot.DESTINATION;
            }
            String v = governor(s, head, MOVING, RETURNING);
            if (v != null) {
                return RETURNING.contains(v) && !MOVING.contains(v) ? Slot.ORIGIN : Slot.DESTINATION;
            }
            if (wordWithin(s, head, "trafficking", 5)) {
                return Slot.DESTINATION;
            }
        }
        if (in) {
            if (before.equals("home") || before.equals("born")) {
                return Slot.ORIGIN;
            }
            if (LIST_WORDS.contains(before) && COUNTRY_NOUNS.contains(s.lower(head - 2))) {
                return Slot.DESTINATION; // "within the country and in the United States"
            }
            if (before.equals("once") || before.equals("route") && w.equals("in")) {
                return before.equals("route") ? Slot.TRANSIT : Slot.DESTINATION;
            }
            if ((before.equals("trafficking") || before.equals("slavery")) && !governed(s, head, EXPLOITING)) {
                return Slot.NONE;
            }
            String v = governor(s, head, EXPLOITING, RECRUITING, MOVING);
            if (v != null) {
                return RECRUITING.contains(v) ? Slot.ORIGIN : Slot.DESTINATION;
            }
            if (STATES.contains(before) && personWithin(s, head, REACH) || personWithin(s, head, 4)) {
                return Slot.LOCATED;
            }
        }
        return Slot.NONE;
    }

    /** The role a demonym gives: "Nigerian women", "Filipinos", "mujeres guatemaltecas" are from there. */
    private static Slot nationality(Sentence s, Place p) {
        boolean person = false;
        for (int k = p.last() + 1; k <= p.last() + 3 && k < s.tokens.size(); k++) {
            String w = s.lower(k);
            if (PERSON_NOUNS.contains(w)) {
                person = !w.equals("domestic") && !nextIsInstitution(s, k); // not "the Chilean national police"
                break;
            }
            if (!s.tokens.get(k).isWord() || OFFENDER_WORDS.contains(w)) {
                break;
            }
        }
        String text = s.tokens.get(p.last()).lower();
        boolean pluralNoun = s.language == Language.EN && text.endsWith("s") && !text.endsWith("ss");
        String previous = s.lower(p.first() - 1);
        boolean after = s.language != Language.EN && (PERSON_NOUNS.contains(previous) || ORIGIN_MARKERS.contains(previous));
        if (!(person || pluralNoun || after) || offender(s, p)) {
            return Slot.NONE;
        }
        return Slot.ORIGIN;
    }

    /** "arrested a Nigerian woman", "Chinese traffickers", "the defendants, Egyptian nationals". */
    private static boolean offender(Sentence s, Place p) {
        for (int k = Math.max(0, p.first() - 5); k <= Math.min(s.tokens.size() - 1, p.last() + 3); k++) {
            if (OFFENDER_WORDS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** The nearest word of the given sets before {@code head}, within {@link #REACH} tokens. */
    @SafeVarargs
    private static String governor(Sentence s, int head, Set<String>... sets) {
        for (int k = head - 1; k >= Math.max(0, head - REACH); k--) {
            String w = s.lower(k);
            if (w.equals(";") || w.equals(":") || w.equals("|")) {
                return null;
            }
            for (Set<String> set : sets) {
                if (set.contains(w)) {
                    return w;
                }
            }
        }
        return null;
    }

    private static boolean governed(Sentence s, int head, Set<String> set) {
        return governor(s, head, set) != null;
    }

    private static boolean wordWithin(Sentence s, int head, String word, int reach) {
        for (int k = head - 1; k >= Math.max(0, head - reach); k--) {
            if (s.lower(k).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** A person word before {@code head}: "victims in", "women in catering facilities in"; not "trafficking in persons". */
    private static boolean personWithin(Sentence s, int head, int reach) {
        for (int k = head - 1; k >= Math.max(0, head - reach); k--) {
            String w = s.lower(k);
            boolean phrase = (w.equals("persons") || w.equals("people") || w.equals("personas") || w.equals("personnes"))
                    && (s.lower(k - 1).equals("in") || s.lower(k - 1).equals("of") || s.lower(k - 1).equals("de")
                    || s.lower(k - 1).equals("des"));
            if (PERSON_NOUNS.contains(w) && !w.equals("domestic") && !phrase) {
                return true;
            }
        }
        return false;
    }

    private static boolean personOrOriginBefore(Sentence s, int head) {
        for (int k = head - 1; k >= Math.max(0, head - 3); k--) {
            if (PERSON_NOUNS.contains(s.lower(k)) || ORIGIN_MARKERS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Which kinds of verb a sentence has, read once. */
    /** Every verb of the five sets of {@code Verbs} with the sets it belongs to (bits 1, 2, 4, 8, 16), for {@link WordKinds}. */
    static Map<String, Integer> verbKinds() {
        return Verbs.KINDS;
    }

    private record Verbs(boolean moving, boolean exploiting, boolean returning, boolean recruiting, boolean identifying) {

        private static final int MOVES = 1;
        private static final int EXPLOITS = 2;
        private static final int RETURNS = 4;
        private static final int RECRUITS = 8;
        private static final int IDENTIFIES = 16;
        /** Every verb of the five sets with the sets it belongs to: one look-up per word. */
        private static final Map<String, Integer> KINDS = kinds();

        private static Map<String, Integer> kinds() {
            Map<String, Integer> kinds = new java.util.HashMap<>();
            MOVING.forEach(w -> kinds.merge(w, MOVES, (a, b) -> a | b));
            EXPLOITING.forEach(w -> kinds.merge(w, EXPLOITS, (a, b) -> a | b));
            RETURNING.forEach(w -> kinds.merge(w, RETURNS, (a, b) -> a | b));
            RECRUITING.forEach(w -> kinds.merge(w, RECRUITS, (a, b) -> a | b));
            IDENTIFYING.forEach(w -> kinds.merge(w, IDENTIFIES, (a, b) -> a | b));
            return Words.copyOf(kinds);
        }

        static Verbs of(Sentence s) {
            int found = 0;
            for (int i = 0; i < s.kinds.length; i++) {
                int k = s.kinds[i] >>> WordKinds.VERB_SHIFT & 0x1f; // non-zero only for words
                if (k != 0 && s.tokens.get(i).text().length() > 2) {
                    found |= k;
                }
            }
            return new Verbs((found & MOVES) != 0, (found & EXPLOITS) != 0, (found & RETURNS) != 0,
                    (found & RECRUITS) != 0, (found & IDENTIFIES) != 0);
        }

        boolean any() {
            return moving || exploiting || returning || recruiting;
        }
    }

    /** Turns the places of a sentence into roles, the document's country completing a missing end. */
    private static void flows(String lower, RoleStems stems, String self, String actor, Places places, Verbs verbs, boolean internal,
            Found found) {
        if (places.clauses.isEmpty()) {
            places.clause(0);
        }
        boolean moving = places.moved || verbs.moving() || verbs.exploiting();
        boolean foreign = stems.has(RoleStems.FOREIGN) && FOREIGN_VICTIMS.matcher(lower).find();
        boolean abroad = stems.has(RoleStems.OUTSIDE) && ABROAD_WORDS.matcher(lower).find()
                && !lower.contains("from abroad");
        boolean selfInTransit = self != null && (places.transit(self) || found.roles.containsKey(
                new Found.Key(self, Role.TRANSIT, null)));
        for (Clause clause : places.clauses) {
            Set<String> origins = new LinkedHashSet<>(clause.origins);
            Set<String> destinations = new LinkedHashSet<>(clause.destinations);
            if (foreign && places.clauses.size() == 1) {
                origins.add(ELSEWHERE);
            }
            if (abroad && places.clauses.size() == 1) {
                destinations.add(ELSEWHERE);
            }
            if (self != null && !selfInTransit) {
                complete(lower, self, actor, origins, destinations, verbs, moving, internal, found);
            }
            pair(origins, destinations, found);
            for (String t : clause.transit) {
                found.add(t, Role.TRANSIT, null, TRANSIT, 0.7);
            }
        }
    }

    /** The document's country (or the sentence's acting country) as the end a clause leaves unsaid. */
    private static void complete(String lower, String self, String actor, Set<String> origins,
            Set<String> destinations, Verbs verbs, boolean moving, boolean internal, Found found) {
        if (origins.isEmpty() && !destinations.isEmpty() && moving) {
            if (destinations.equals(Set.of(self))) {
                if (!internal) {
                    found.add(self, Role.DESTINATION, null, FLOW, 0.7);
                }
            } else {
                origins.add(self);
            }
        } else if (destinations.isEmpty() && actor != null && !origins.isEmpty() && !origins.contains(actor)) {
            destinations.add(actor); // "Myanmar police rescued 4 Pinoys": where the acting country is
        } else if (destinations.isEmpty() && !origins.isEmpty() && !origins.contains(self)) {
            destinations.add(self);
        } else if (destinations.isEmpty() && origins.size() > 1 && verbs.identifying()) {
            destinations.add(self); // "most victims identified were German nationals, followed by Romanians"
        } else if (destinations.isEmpty() && origins.equals(Set.of(self))
                && (verbs.moving() || verbs.returning() || lower.contains("trafficking") && !verbs.exploiting())) {
            found.add(self, Role.ORIGIN, null, ABROAD, 0.6); // "Filipinos trafficked", "the trafficking of Haitians"
        }
    }

    private static void pair(Set<String> origins, Set<String> destinations, Found found) {
        for (String o : origins) {
            for (String d : destinations) {
                if (o.equals(ELSEWHERE) && d.equals(ELSEWHERE)) {
                    continue;
                }
                if (o.equals(d)) {
                    found.add(o, Role.INTERNAL, null, INTERNAL, 0.7);
                } else if (o.equals(ELSEWHERE)) {
                    found.add(d, Role.DESTINATION, null, FOREIGN, 0.65);
                } else if (d.equals(ELSEWHERE)) {
                    found.add(o, Role.ORIGIN, null, ABROAD, 0.65);
                } else {
                    found.add(o, Role.ORIGIN, d, FLOW, 0.75);
                    found.add(d, Role.DESTINATION, o, FLOW, 0.75);
                }
            }
        }
    }

    // ---- role.exploited-here -----------------------------------------------------------------------

    /**
     * Settles a document's {@value #EXPLOITED_HERE} facts once all its sentences are read: where the rest
     * of the document gives the country one role only, origin ("Mexican girls lured into the United
     * States") or destination ("once in Canada"), a sentence on exploitation that names no country speaks
     * of that same situation and takes that role; otherwise it stays internal.
     */
    static void settle(List<Fact> facts) {
        Map<String, Set<Role>> stated = new java.util.HashMap<>();
        boolean any = false;
        for (Fact f : facts) {
            if (f instanceof CountryRole r) {
                if (EXPLOITED_HERE.equals(r.evidence().rule())) {
                    any = true;
                } else {
                    stated.computeIfAbsent(r.country(), c -> java.util.EnumSet.noneOf(Role.class)).add(r.role());
                }
            }
        }
        if (!any) {
            return;
        }
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i) instanceof CountryRole r && EXPLOITED_HERE.equals(r.evidence().rule())) {
                Set<Role> roles = stated.getOrDefault(r.country(), Set.of());
                if (roles.size() == 1 && (roles.contains(Role.ORIGIN) || roles.contains(Role.DESTINATION))) {
                    facts.set(i, new CountryRole(r.country(), roles.iterator().next(), null, r.forms(), r.victimGroups(),
                            r.evidence()));
                }
            }
        }
    }

    private static boolean noOtherCountry(Sentence s, String self) {
        for (Entity e : s.entities) {
            if (e.isCountry() && !e.iso3().equals(self)) {
                return false;
            }
        }
        return !s.lower().contains("abroad");
    }
}
