package org.palermo.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Country roles in trafficking flows, from the language of country narratives. Rules:
 * <ul>
 * <li>{@value #DECLARED}: "X is a source, transit, and destination country for men, women, and
 * children subjected to forced labor and sex trafficking"; "pays d'origine, de transit et de
 * destination"; "país de origen, tránsito y destino";</li>
 * <li>{@value #FLOW}: victims of one country taken to or exploited in another: "Nigerian women are
 * trafficked to Italy for sexual exploitation", "victims from Burma are exploited in Thailand";
 * the document's country stands in for the missing end ("women are trafficked to Italy" in a report
 * on Nigeria; "women from Viet Nam are exploited" in a report on Cambodia);</li>
 * <li>{@value #ABROAD}: "traffickers exploit victims from X abroad", "foreign victims in X",
 * "domestic and foreign victims";</li>
 * <li>{@value #EXPLOITED_HERE}: in a report on one country, a sentence on trafficking that names a
 * form of exploitation and no other country ("forced begging and forced criminal activity remain
 * concerns"): internal, with low confidence;</li>
 * <li>{@value #INTERNAL}: "internal trafficking", "within the country", "from rural to urban areas",
 * "trata interna", "traite interne".</li>
 * </ul>
 * Each fact carries the forms of exploitation and victim groups its sentence names.
 */
final class RoleRules {

    static final String DECLARED = "role.declared";
    static final String FLOW = "role.flow";
    static final String ABROAD = "role.abroad";
    static final String INTERNAL = "role.internal";
    static final String EXPLOITED_HERE = "role.exploited-here";

    private static final Pattern DECLARED_ROLES = Pattern.compile(
            "\\b(?:(?:source|origin|transit|destination)(?:\\s*,\\s*|\\s+|\\s*,?\\s*(?:and|or|and/or)\\s+|\\s+(?:and\\s+)?(?:to\\s+a\\s+(?:lesser|greater)\\s+extent\\s*,?\\s*)?(?:a\\s+)?)){0,4}"
                    + "(?:source|origin|transit|destination)\\s+(?:country|countries|point|hub|state|nation)"
                    + "|\\bcountr(?:y|ies)\\s+of\\s+(?:origin|destination|transit)"
                    + "|\\bpa[íi]s(?:es)?\\s+de\\s+(?:origen|tr[áa]nsito|destino)"
                    + "|\\bpays\\s+d'(?:origine)|\\bpays\\s+de\\s+(?:transit|destination)");
    private static final Pattern INTERNAL_CUES = Pattern.compile("internal(?:ly)?\\s+traffick|domestic\\s+traffick"
            + "|within\\s+the\\s+country|within\\s+(?:its|the\\s+country's)\\s+borders|from\\s+rural\\s+(?:areas\\s+)?to\\s+urban"
            + "|trata\\s+interna|traite\\s+interne|dentro\\s+del\\s+pa[íi]s|à\\s+l'intérieur\\s+du\\s+pays|domestic\\s+victims"
            + "|internal\\s+trafficking|trafficked\\s+internally|domestic\\s+and\\s+foreign\\s+victims");
    private static final Set<String> FLOW_VERBS = Set.of("trafficked", "exploited", "sent", "taken", "transported",
            "moved", "smuggled", "sold", "recruited", "lured", "found", "identified", "forced", "subjected", "brought",
            "destined", "working", "work", "exploit", "exploits", "traffic", "transport", "trasladadas", "trasladados",
            "explotadas", "explotados", "exploitées", "exploités", "victims", "victimes", "víctimas", "detected",
            "repatriated", "returned", "held", "migrate", "migrated", "migrating", "emigrate", "emigrated", "travel",
            "travelled", "traveled", "go");
    private static final Set<String> INTO = Set.of("to", "into", "in", "throughout", "towards", "toward", "en", "a",
            "hacia", "vers", "au", "aux", "across");
    private static final Set<String> PERSON_NOUNS = Set.of("women", "men", "girls", "boys", "children", "nationals",
            "citizens", "victims", "migrants", "workers", "laborers", "labourers", "persons", "people", "individuals",
            "adults", "minors", "females", "males", "mujeres", "niñas", "niños", "víctimas", "femmes", "filles",
            "enfants", "victimes", "ressortissants", "nacionales", "migrantes", "trabajadores", "woman", "domestic");

    private static final Set<String> LIST_OPENERS = Set.of("particularly", "especially", "including", "mainly",
            "primarily", "notably", "as", "mostly", "principally", "notamment", "especialmente", "particularmente");

    private RoleRules() {
    }

    static List<CountryRole> apply(Sentence s, ParagraphContext context, Hints hints, String version) {
        String lower = s.lower();
        if (!Exploitation.isAboutTrafficking(lower) && !lower.contains("destination") && !lower.contains("destino")) {
            return List.of();
        }
        Subjects.Subject subject = Subjects.at(s, s.tokens.size(), context, hints);
        String self = subject.iso3();
        List<CountryRole> out = new ArrayList<>();
        List<Form> forms = new ArrayList<>();
        List<VictimGroup> groups = new ArrayList<>();
        declared(s, lower, self, forms, groups, version, out);
        flows(s, lower, self, forms, groups, version, out);
        boolean exploitedHere = out.isEmpty() && self != null && self.equals(hints.country()) && noOtherCountry(s, self);
        boolean internal = self != null && (lower.contains("intern") || lower.contains("within") || lower.contains("domestic")
                || lower.contains("rural") || lower.contains("intérieur") || lower.contains("dentro"))
                && INTERNAL_CUES.matcher(lower).find();
        if (out.isEmpty() && !exploitedHere && !internal) {
            return out;
        }
        // forms and groups are read only for sentences that state a role: most do not
        forms.addAll(Exploitation.forms(lower));
        groups.addAll(Exploitation.groups(s));
        out.replaceAll(r -> new CountryRole(r.country(), r.role(), r.counterpart(), forms, groups, r.evidence()));
        if (internal) {
            out.add(role(s, self, Role.INTERNAL, null, forms, groups, INTERNAL, 0.7, version));
        } else if (out.isEmpty() && exploitedHere && !forms.isEmpty()) {
            out.add(role(s, self, Role.INTERNAL, null, forms, groups, EXPLOITED_HERE, 0.45, version));
        }
        return out;
    }

    private static void declared(Sentence s, String lower, String self, List<Form> forms, List<VictimGroup> groups,
            String version, List<CountryRole> out) {
        if (self == null) {
            return;
        }
        if (!mentionsRoleWord(lower) || !DECLARED_ROLES.matcher(lower).find()) {
            return;
        }
        Set<Role> roles = new LinkedHashSet<>();
        if (lower.contains("source") || lower.contains("origin") || lower.contains("origen")) {
            roles.add(Role.ORIGIN);
        }
        if (lower.contains("transit") || lower.contains("tránsito") || lower.contains("transito")) {
            roles.add(Role.TRANSIT);
        }
        if (lower.contains("destination") || lower.contains("destino")) {
            roles.add(Role.DESTINATION);
        }
        for (Role r : roles) {
            out.add(role(s, self, r, null, forms, groups, DECLARED, 0.85, version));
        }
    }

    private static boolean hasFromBefore(Sentence s, int k) {
        for (int i = Math.max(0, k - 10); i < k; i++) {
            String w = s.lower(i);
            if (w.equals("from") || w.equals("desde") || w.equals("de")) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsRoleWord(String lower) {
        return lower.contains("source") || lower.contains("origin") || lower.contains("transit")
                || lower.contains("destination") || lower.contains("origen") || lower.contains("destino")
                || lower.contains("tránsito");
    }

    /** Origins (demonyms before a person noun, countries after "from") and destinations (countries after a flow verb and "to"/"in"). */
    private static void flows(Sentence s, String lower, String self, List<Form> forms, List<VictimGroup> groups,
            String version, List<CountryRole> out) {
        Set<String> origins = new LinkedHashSet<>();
        Set<String> destinations = new LinkedHashSet<>();
        int firstFlowVerb = firstFlowVerb(s);
        for (Entity e : s.entities) {
            if (!e.isCountry()) {
                continue;
            }
            int start = listStart(s, e.first());
            String prev = s.lower(start - 1);
            if (prev.equals("the") || prev.equals("la") || prev.equals("le") || prev.equals("el") || prev.equals("les")) {
                prev = s.lower(start - 2);
            }
            if (LIST_OPENERS.contains(prev) && hasFromBefore(s, start)) {
                prev = "from";
            }
            if (e.demonym() && (PERSON_NOUNS.contains(s.lower(e.last() + 1)) || PERSON_NOUNS.contains(s.lower(e.last() + 2))
                    || s.language != Language.EN && PERSON_NOUNS.contains(s.lower(e.first() - 1)))) {
                origins.add(e.iso3());
            } else if (!e.demonym() && (prev.equals("from") || prev.equals("de") || prev.equals("desde")
                    || prev.equals("du") || prev.equals("d'") || prev.equals("d’") || prev.equals("del")
                    || prev.equals("of") && (s.lower(listStart(s, e.first()) - 2).equals("nationals")
                    || s.lower(listStart(s, e.first()) - 2).equals("citizens")))) {
                origins.add(e.iso3());
            } else if (!e.demonym() && INTO.contains(prev) && firstFlowVerb >= 0 && firstFlowVerb < e.first()
                    && !e.subject()) {
                destinations.add(e.iso3());
            }
        }
        boolean abroad = lower.contains("abroad") || lower.contains("overseas") || lower.contains("à l'étranger")
                || lower.contains("en el extranjero");
        boolean foreign = lower.contains("foreign victims") || lower.contains("foreign nationals")
                || lower.contains("and foreign victims") || lower.contains("foreign women") || lower.contains("foreign workers")
                || lower.contains("víctimas extranjeras") || lower.contains("victimes étrangères");
        if (self != null && destinations.isEmpty() && !origins.isEmpty() && !origins.contains(self)) {
            destinations.add(self);
        }
        if (self != null && origins.isEmpty() && !destinations.isEmpty() && !destinations.contains(self)) {
            origins.add(self);
        }
        for (String o : origins) {
            for (String d : destinations) {
                if (!o.equals(d)) {
                    out.add(role(s, o, Role.ORIGIN, d, forms, groups, FLOW, 0.75, version));
                    out.add(role(s, d, Role.DESTINATION, o, forms, groups, FLOW, 0.75, version));
                }
            }
        }
        boolean ownAbroad = abroad && (origins.isEmpty() || origins.contains(self));
        if (self != null && (ownAbroad || destinations.isEmpty() && origins.contains(self) && firstFlowVerb >= 0)) {
            out.add(role(s, self, Role.ORIGIN, null, forms, groups, ABROAD, 0.6, version));
        }
        if (self != null && foreign && (origins.isEmpty() || origins.contains(self))) {
            out.add(role(s, self, Role.DESTINATION, null, forms, groups, ABROAD, 0.6, version));
        }
        if (self != null && lower.contains("transit") && !DECLARED_ROLES.matcher(lower).find()
                && (lower.contains("transit through") || lower.contains("transited") || lower.contains("transit point")
                || lower.contains("transit route"))) {
            out.add(role(s, self, Role.TRANSIT, null, forms, groups, FLOW, 0.6, version));
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

    /** The first token of a list of countries ending at {@code first}: "from Burma, Laos and Cambodia". */
    private static int listStart(Sentence s, int first) {
        int k = first;
        for (int i = s.entities.size() - 1; i >= 0; i--) {
            Entity e = s.entities.get(i);
            if (e.first() >= k) {
                continue;
            }
            int gapStart = e.last() + 1;
            boolean joined = gapStart + 1 == k && isListWord(s.lower(gapStart))
                    || gapStart + 2 == k && s.lower(gapStart).equals(",") && isListWord(s.lower(gapStart + 1));
            if (!joined) {
                break;
            }
            k = e.first();
        }
        return k;
    }

    private static boolean isListWord(String w) {
        return w.equals(",") || w.equals("and") || w.equals("y") || w.equals("et") || w.equals("or");
    }

    private static int firstFlowVerb(Sentence s) {
        for (int k = 0; k < s.tokens.size(); k++) {
            if (FLOW_VERBS.contains(s.lower(k))) {
                return k;
            }
        }
        return -1;
    }

    private static CountryRole role(Sentence s, String country, Role role, String counterpart, List<Form> forms,
            List<VictimGroup> groups, String rule, double confidence, String version) {
        Evidence e = new Evidence(s.text.substring(s.start, s.end), s.start, s.end, s.paragraph, confidence, rule, version);
        return new CountryRole(country, role, counterpart, forms, groups, e);
    }
}
