package org.palermo.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Places inside countries named in text — first-level divisions ("Kerala", "Ontario", "Vaud"), United States
 * counties ("Polk County") and cities and towns of 20,000 people or more ("Phnom Penh", "San Diego", "Genève", "Gallatin") — from
 * {@code data/extraction/places.tsv} (GeoNames; see NOTICE.md). A place tells which country a passage is
 * about. Names match case-sensitively as whole tokens, as written or all in capitals (a dateline, "KAMPALA –").
 * A name several countries share is settled by {@link #resolve}.
 */
final class Places {

    static final String RESOURCE = "data/extraction/places.tsv";
    /** A name shared by several countries goes to the largest only when it is this many times the next. */
    private static final long DOMINANT = 5;

    /** One country a place name may be in, with the people living there (a division: in its cities). */
    record Candidate(String iso3, long population) {
    }

    /** A place named at tokens {@code [first, last]}, in one of its candidate countries. */
    record Match(int last, List<Candidate> candidates) {
    }

    private static final Set<String> SUFFIXES = Words.of("wide", "based", "born");

    private final WordTrie<List<Candidate>> names;

    private Places(WordTrie<List<Candidate>> names) {
        this.names = names;
    }

    private static final class Bundled {
        static final Places INSTANCE = read();
    }

    static Places bundled() {
        return Bundled.INSTANCE;
    }

    /** The place whose name starts at token {@code i}, or null. */
    Match matchAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.capitalised()) {
            return null;
        }
        WordTrie.Match<List<Candidate>> m = names.longestAt(tokens, i);
        if (m != null) {
            return new Match(m.last(), m.value());
        }
        int dash = t.text().lastIndexOf('-');
        if (dash <= 0 || names.starts(t.text())) {
            return null;
        }
        String suffix = t.text().substring(dash + 1);
        List<Candidate> prefixed = SUFFIXES.contains(suffix) ? names.get(t.text().substring(0, dash)) : null;
        return prefixed == null ? null : new Match(i, prefixed); // "Ontario-wide", "Kano-based"
    }

    /**
     * The country of a place: the only one it can be; else the one of its candidates the document already
     * names ({@code attested}, the most populous of them); else the most populous if it dwarfs the others;
     * else null (a name too ambiguous to place).
     */
    static String resolve(List<Candidate> candidates, Set<String> attested) {
        return resolve(candidates, attested, false);
    }

    /** As {@link #resolve(List, Set)}; {@code strict}: a shared name none of whose countries is attested is null. */
    static String resolve(List<Candidate> candidates, Set<String> attested, boolean strict) {
        if (candidates.size() == 1) {
            return candidates.get(0).iso3();
        }
        Candidate best = null;
        for (Candidate c : candidates) {
            if (attested.contains(c.iso3()) && (best == null || c.population() > best.population())) {
                best = c;
            }
        }
        if (best != null) {
            return best.iso3();
        }
        if (strict) {
            return null;
        }
        Candidate first = candidates.get(0); // sorted by population, largest first
        return first.population() >= DOMINANT * Math.max(1, candidates.get(1).population()) ? first.iso3() : null;
    }

    private static Places read() {
        Map<String, Map<String, Long>> byName = new HashMap<>();
        for (BundledLines.Line line : BundledLines.of(RESOURCE)) {
            String[] f = line.text().split("\t");
            if (f.length != 4) {
                throw new IllegalStateException(RESOURCE + " line " + line.number() + ": expected name, iso3, kind, population");
            }
            byName.computeIfAbsent(f[0], k -> new HashMap<>()).merge(f[1], Long.parseLong(f[3]), Math::max);
        }
        WordTrie<List<Candidate>> names = new WordTrie<>();
        byName.forEach((name, countries) -> {
            List<Candidate> candidates = new ArrayList<>();
            countries.forEach((iso3, people) -> candidates.add(new Candidate(iso3, people)));
            candidates.sort((a, b) -> Long.compare(b.population(), a.population()));
            List<Candidate> fixed = List.copyOf(candidates);
            for (String written : new java.util.LinkedHashSet<>(List.of(name, name.toUpperCase(Locale.ROOT)))) {
                List<String> words = new ArrayList<>();
                for (Token t : Tokens.of(written, 0, written.length())) {
                    words.add(t.text());
                }
                if (!words.isEmpty()) {
                    names.put(words, fixed);
                }
            }
        });
        return new Places(names);
    }
}
