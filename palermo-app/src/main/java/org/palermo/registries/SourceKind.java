package org.palermo.registries;

/**
 * Where a treaty entry comes from, in the order the registry trusts them when they disagree: an analyst's entry
 * (checked against the treaty depositary), the treaty depositary's dates, a document's statement, a research
 * data set. The disagreement is always shown, whatever the order picks.
 */
public enum SourceKind {
    ANALYST, TREATY_DATASET, DOCUMENT, RESEARCH_DATASET
}
