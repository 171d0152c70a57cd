package org.palermo.caselaw;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the search index holds for one decision: its text and its coding as it counts now
 * (rejected suggestions left out). {@code facets} maps a facet dimension to its values.
 */
record IndexedDecision(String key, long revision, String jurisdiction, String court, String name,
                       LocalDate decisionDate, Integer year, String dateText, String level, String text,
                       Map<String, List<String>> facets) {
}
