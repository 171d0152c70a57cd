package org.palermo.coding;

import java.util.List;

/**
 * The Protocol coding of one decision, field for field the {@code labels} object of CONTRACTS.md §3.
 * Any field may be {@code null}: the text does not say (or, for gold data, the coder left it blank).
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
        List<String> sectors) {

    public CaseLabels {
        acts = acts == null ? null : List.copyOf(acts);
        means = means == null ? null : List.copyOf(means);
        purposes = purposes == null ? null : List.copyOf(purposes);
        sectors = sectors == null ? null : List.copyOf(sectors);
    }
}
