package org.palermo.extraction;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Fixed word lists and word tables that the rules ask about nearly every token. They are hash sets and hash
 * maps rather than {@code Set.of} / {@code Map.copyOf}: the JDK's immutable collections probe with
 * {@code equals} at every step without first comparing the word's cached hash, and those probes were about a
 * tenth of the extraction time (JFR over the seeds, bench/extraction). Both are unmodifiable views.
 */
final class Words {

    private Words() {
    }

    static Set<String> of(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
    }

    static Set<String> copyOf(Collection<String> words) {
        return Collections.unmodifiableSet(new HashSet<>(words));
    }

    static <V> Map<String, V> copyOf(Map<String, V> table) {
        return Collections.unmodifiableMap(new HashMap<>(table));
    }
}
