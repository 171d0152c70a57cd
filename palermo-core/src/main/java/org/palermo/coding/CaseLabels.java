package org.palermo.coding;

import java.util.List;

/**
 * The Protocol coding of one decision, field for field the {@code labels} object of CONTRACTS.md §3.
 * Any field may be {@code null}: the text does not say (or, for gold data, the coder left it blank).
 * {@code victimNationalities} and {@code defendantNationalities} (ISO 3166-1 alpha-3, JSON
 * {@code victim_nationalities}, {@code defendant_nationalities}) extend the contract's labels.
 */
public record CaseLabels(
        List<Act> acts,
        List<Means> means,
        List<Purpose> purposes,
        Form form,
        Boolean organizedCriminalGroup,
        Integer victims,
        Boolean victimsIsMinimum,
        Boolean minorsInvolved,
        Boolean femaleVictims,
        Boolean maleVictims,
        Boolean femaleDefendants,
        Boolean maleDefendants,
        List<String> sectors,
        List<String> victimNationalities,
        List<String> defendantNationalities) {

    /** The labels of CONTRACTS.md §3 alone, without the nationality extension. */
    public CaseLabels(List<Act> acts, List<Means> means, List<Purpose> purposes, Form form, Boolean organizedCriminalGroup,
                      Integer victims, Boolean victimsIsMinimum, Boolean minorsInvolved, Boolean femaleVictims, Boolean maleVictims,
                      Boolean femaleDefendants, Boolean maleDefendants, List<String> sectors) {
        this(acts, means, purposes, form, organizedCriminalGroup, victims, victimsIsMinimum, minorsInvolved, femaleVictims, maleVictims,
                femaleDefendants, maleDefendants, sectors, null, null);
    }

    public CaseLabels {
        acts = acts == null ? null : List.copyOf(acts);
        means = means == null ? null : List.copyOf(means);
        purposes = purposes == null ? null : List.copyOf(purposes);
        sectors = sectors == null ? null : List.copyOf(sectors);
        victimNationalities = victimNationalities == null ? null : List.copyOf(victimNationalities);
        defendantNationalities = defendantNationalities == null ? null : List.copyOf(defendantNationalities);
    }
}
