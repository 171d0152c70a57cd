package org.palermo.reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds countries in running text: names (English, French, Spanish, UN-style such as "Republic of
 * Korea" or "Bolivia (Plurinational State of)"), alternative spellings and demonyms, singular and
 * plural ("Uzbek nationals", "Nigerians", "Filipinas", "nigérianes", "mexicanas").
 *
 * <p>Built from the bundled {@code data/reference/world-countries.json} and
 * {@code data/reference/iso3166-m49.csv} plus {@code data/extraction/gazetteer-extra.tsv}; it reads
 * nothing outside the classpath. Immutable and thread-safe. Matching takes the longest phrase at
 * each word; a proper name must start with a capital letter in the text, while French and Spanish
 * adjectives (written in lower case in those languages) also match in lower case.
 */
public final class Gazetteer {

    /** Whether a mention names the country or is a demonym / adjective of it. */
    public enum Kind { NAME, DEMONYM }

    /** One country mention: {@code text.substring(start, end)} is the words matched. */
    public record Mention(int start, int end, String iso3, Kind kind) {
    }

    /** A phrase of the gazetteer; {@code iso3} null marks a blocking phrase (a region). */
    record Entry(String iso3, Kind kind, boolean lowerCaseAllowed) {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Map<String, Entry> phrases;
    /**
     * The phrases as a tree of their words ("republic" → "of" → "korea"): a longer match is followed word by word,
     * one lookup of one word each, where joining the words and looking the growing phrase up twice (among the
     * phrases' beginnings, then among the phrases) hashed it afresh at every step.
     */
    private final Node root;
    /** First words of phrases that may match in lower case, as written and without accents. */
    private final WordSet lowerCaseFirstWords;
    /** First words of all phrases as they may be written: as given, capitalised, upper case, lower case. */
    private final WordSet firstWordsAsWritten;

    Gazetteer(Map<String, Entry> phrases, java.util.Set<String> lowerCaseFirstWords, java.util.Set<String> firstWordsAsWritten) {
        // Hash maps, not Map.copyOf: asked about most capitalised words, and the JDK's immutable maps compare with
        // equals at every probe where a hash map compares the cached hashes first.
        this.phrases = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(phrases));
        this.root = tree(this.phrases);
        this.lowerCaseFirstWords = new WordSet(lowerCaseFirstWords);
        this.firstWordsAsWritten = new WordSet(firstWordsAsWritten);
    }

    private static final class Bundled {
        static final Gazetteer INSTANCE = GazetteerSource.read(Countries.bundled());
    }

    /** The gazetteer built from the bundled reference data, read once. */
    public static Gazetteer bundled() {
        return Bundled.INSTANCE;
    }

    /** The country a whole phrase names ("Viet Nam", "Algerian", "Estados Unidos"), if any. */
    public Optional<String> iso3(String phrase) {
        GazetteerWords.Spans words = GazetteerWords.split(phrase, 0, phrase.length());
        StringBuilder key = new StringBuilder();
        for (int w = 0; w < words.size(); w++) {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(normalise(phrase, words.start(w), words.end(w)));
        }
        Entry e = phrases.get(key.toString());
        return e == null ? Optional.empty() : Optional.ofNullable(e.iso3());
    }

    /** All country mentions in the text. */
    public List<Mention> find(CharSequence text) {
        return find(text, 0, text.length());
    }

    /** Country mentions within {@code text[from, to)}, in order, not overlapping. */
    public List<Mention> find(CharSequence text, int from, int to) {
        GazetteerWords.Spans words = GazetteerWords.split(text, from, to);
        List<Mention> found = new ArrayList<>();
        String[] keys = new String[words.size()];
        int i = 0;
        while (i < words.size()) {
            int matched = matchAt(text, words, keys, i, found);
            i += Math.max(1, matched);
        }
        return found;
    }

    /** Tries the longest phrase starting at word {@code i}; returns the number of words consumed. */
    private int matchAt(CharSequence text, GazetteerWords.Spans words, String[] keys, int i, List<Mention> found) {
        if (words.type(i) != GazetteerWords.WORD) {
            return 1;
        }
        int start = words.start(i);
        int end = words.end(i);
        boolean capital = Character.isUpperCase(Character.codePointAt(text, start));
        if (!capital && !lowerCaseFirstWords.contains(text, start, end)) {
            return 1; // most words: lower case and no French or Spanish adjective starts with them
        }
        if (capital && !lowerCaseFirstWords.containsLowerCase(text, start, end)
                && !firstWordsAsWritten.contains(text, start, end)) {
            return 1; // "The", "In", "Government": capitalised, but no phrase starts with them
        }
        Node node = root.next.get(key(text, words, keys, i));
        if (node == null) {
            return 1;
        }
        Entry best = null;
        int bestLength = 0;
        for (int n = 1; i + n - 1 < words.size(); n++) {
            if (n > 1) {
                if (words.type(i + n - 1) == GazetteerWords.BREAK) {
                    break;
                }
                node = node.next.get(key(text, words, keys, i + n - 1));
                if (node == null) {
                    break; // no phrase goes on like this
                }
            }
            Entry e = node.entry;
            if (e != null && (capital || e.lowerCaseAllowed() || e.iso3() == null)) {
                best = e;
                bestLength = n;
            }
        }
        if (best == null) {
            return 1;
        }
        if (best.iso3() != null) {
            found.add(new Mention(start, words.end(i + bestLength - 1), best.iso3(), best.kind()));
        }
        return bestLength;
    }

    /** One word of a phrase: the phrase ending here, if any, and the words that may follow. */
    private static final class Node {
        final Map<String, Node> next = new java.util.HashMap<>();
        Entry entry;
    }

    /** The tree of the phrases' words; a phrase's key is its normalised words joined by single spaces. */
    private static Node tree(Map<String, Entry> phrases) {
        Node root = new Node();
        for (Map.Entry<String, Entry> p : phrases.entrySet()) {
            Node n = root;
            for (String word : p.getKey().split(" ", -1)) {
                n = n.next.computeIfAbsent(word, w -> new Node());
            }
            n.entry = p.getValue();
        }
        return root;
    }

    private static String key(CharSequence text, GazetteerWords.Spans words, String[] keys, int i) {
        if (keys[i] == null) {
            keys[i] = normalise(text, words.start(i), words.end(i));
        }
        return keys[i];
    }

    /** Whether a French elided article starts at {@code i} ("d'Haïti"): tokenizers split it off as the gazetteer does. */
    public static boolean isElision(CharSequence text, int i, int to) {
        return GazetteerWords.isElision(text, i, to);
    }

    /** Lower case, typographic apostrophes made plain, accents removed. */
    static String normalise(CharSequence text, int start, int end) {
        boolean ascii = true;
        char[] chars = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\u2019' || c == '\u2018') {
                c = '\'';
            }
            if (c > 127) {
                ascii = false;
            }
            chars[i - start] = c;
        }
        if (ascii) { // lower case of ASCII in Locale.ROOT, without a second copy
            for (int k = 0; k < chars.length; k++) {
                if (chars[k] >= 'A' && chars[k] <= 'Z') {
                    chars[k] += 32;
                }
            }
            return new String(chars);
        }
        String s = new String(chars).toLowerCase(Locale.ROOT);
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }
}
