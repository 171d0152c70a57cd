package org.palermo.extraction;

/** What a statistic counts; the constant names are the codes of CONTRACTS.md §2. */
@SuppressWarnings("java:S115") // the names are the published codes, lower case by contract
public enum Metric {
    investigations, cases_registered, persons_arrested, suspects, persons_charged, persons_prosecuted,
    court_cases, persons_convicted, persons_acquitted, persons_sentenced, victims_identified,
    victims_assisted, victims_repatriated, child_victims, female_victims, male_victims, shelters,
    hotline_calls, states_parties, ratifications, trainings, persons_trained, other;

    public String code() {
        return name();
    }
}
