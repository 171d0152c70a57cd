package org.palermo.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.palermo.reference.Countries;
import org.palermo.system.InvalidInputException;

/** The controlled values of CONTRACTS.md §2, checked when a reviewer corrects a fact. */
final class FactVocabulary {

    static final Set<String> ROLES = Set.of("ORIGIN", "DESTINATION", "TRANSIT", "INTERNAL");
    static final Set<String> FORMS = Set.of("SEXUAL_EXPLOITATION", "FORCED_LABOUR", "DOMESTIC_SERVITUDE", "BEGGING",
            "FORCED_MARRIAGE", "CHILD_SOLDIERS", "CRIMINAL_ACTIVITY", "ORGAN_REMOVAL", "ILLEGAL_ADOPTION",
            "SLAVERY_SERVITUDE_OTHER");
    static final Set<String> GROUPS = Set.of("WOMEN", "MEN", "GIRLS", "BOYS", "CHILDREN", "MIGRANTS", "REFUGEES_IDPS");
    static final Set<String> METRICS = Set.of("investigations", "cases_registered", "persons_arrested", "suspects",
            "persons_charged", "persons_prosecuted", "court_cases", "persons_convicted", "persons_acquitted",
            "persons_sentenced", "victims_identified", "victims_assisted", "victims_repatriated", "child_victims",
            "female_victims", "male_victims", "shelters", "hotline_calls", "states_parties", "ratifications",
            "trainings", "persons_trained", "other");
    static final Set<String> QUALIFIERS = Set.of("more than", "less than", "nearly", "about", "at least", "up to", "percent");
    static final Set<String> EVENTS = Set.of("RATIFIED_PROTOCOL", "LEGISLATION_ADOPTED", "NATIONAL_ACTION_PLAN",
            "COORDINATION_BODY", "NATIONAL_RAPPORTEUR", "SPECIAL_UNIT", "HOTLINE", "REFERRAL_MECHANISM",
            "SHELTER_OR_VICTIM_SERVICE", "AWARENESS_CAMPAIGN", "TRAINING", "OTHER");

    private static final Map<String, Set<String>> BY_FIELD = Map.of("role", ROLES, "metric", METRICS,
            "qualifier", QUALIFIERS, "event", EVENTS);

    private FactVocabulary() {
    }

    static void check(String field, Object value) {
        if (value == null) {
            return;
        }
        if (field.equals("country") || field.equals("counterpart")) {
            if (!Countries.bundled().isKnown(value.toString())) {
                throw new InvalidInputException(field, "Unknown ISO 3166-1 alpha-3 code '" + value + "'");
            }
        } else if (field.equals("forms") || field.equals("victim_groups")) {
            Set<String> allowed = field.equals("forms") ? FORMS : GROUPS;
            if (!(value instanceof List<?> list)) {
                throw new InvalidInputException(field, field + " must be a list");
            }
            for (Object v : list) {
                if (!allowed.contains(String.valueOf(v))) {
                    throw new InvalidInputException(field, "'" + v + "' is not one of " + allowed);
                }
            }
        } else if (BY_FIELD.containsKey(field) && !BY_FIELD.get(field).contains(value.toString())) {
            throw new InvalidInputException(field, "'" + value + "' is not one of " + BY_FIELD.get(field));
        }
    }
}
