package org.palermo.coding;

import java.util.Map;

/**
 * A decision coded from its text: the labels and, keyed by label, the quote behind each.
 * Evidence keys are the field names of {@link CaseLabels} in JSON spelling ({@code minors_involved},
 * {@code victims}, …); list fields have one key per value ({@code acts.RECRUITMENT}) and, for the
 * first value, the bare field name ({@code acts}).
 */
public record CodedCase(String id, CaseLabels labels, Map<String, Evidence> evidence) {

    public CodedCase {
        // in key order: the same decision gives the same output, byte for byte, on every run
        // (Map.copyOf's iteration order changes from one JVM to the next)
        evidence = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(evidence));
    }
}
