package org.palermo.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bodies named in text: international and non-governmental organisations ({@code data/extraction/organisations.txt},
 * whose figures are their own) and national institutions ({@code data/extraction/institutions.tsv}: agencies,
 * police forces, prosecutors, statistics offices, rapporteurs, each with its country, whose figures are that
 * country's). Names match case-sensitively as whole tokens, the longest first.
 */
final class Organisations {

    static final String RESOURCE = "data/extraction/organisations.txt";
    static final String INSTITUTIONS = "data/extraction/institutions.tsv";

    /** A body named at tokens {@code [first, last]}: {@code iso3} for a national institution, else null. */
    record Match(int last, String name, String iso3) {
    }

    private record Name(List<String> words, String name, String iso3) {
    }

    private final WordTrie<Name> names;

    private Organisations(WordTrie<Name> names) {
        this.names = names;
    }

    private static final class Bundled {
        static final Organisations INSTANCE = read();
    }

    static Organisations bundled() {
        return Bundled.INSTANCE;
    }

    /** The body whose name starts at token {@code i}, or null. */
    Match matchAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.capitalised()) {
            return null; // every name starts with a capital ("fedpol" is written "Fedpol" at a sentence's start too)
        }
        WordTrie.Match<Name> m = names.longestAt(tokens, i);
        return m == null ? null : new Match(m.last(), m.value().name(), m.value().iso3());
    }

    private static Organisations read() {
        Map<String, Name> byName = new HashMap<>();
        for (BundledLines.Line line : BundledLines.of(RESOURCE)) {
            add(byName, line.text().strip(), null);
        }
        for (BundledLines.Line line : BundledLines.of(INSTITUTIONS)) {
            String[] f = line.text().split("\t");
            if (f.length != 2) {
                throw new IllegalStateException(INSTITUTIONS + ": expected iso3<TAB>name, got: " + line.text());
            }
            add(byName, f[1].strip(), f[0].equals("-") ? null : f[0]);
        }
        WordTrie<Name> names = new WordTrie<>();
        for (Name n : byName.values()) {
            names.put(n.words(), n);
        }
        return new Organisations(names);
    }

    private static void add(Map<String, Name> byName, String name, String iso3) {
        List<String> words = new ArrayList<>();
        for (Token t : Tokens.of(name, 0, name.length())) {
            words.add(t.text());
        }
        String key = String.join(" ", words);
        byName.put(key, new Name(List.copyOf(words), key.replace(" . ", ".").replace(" ’ ", "’").replace(" ' ", "'"),
                iso3));
    }

}
