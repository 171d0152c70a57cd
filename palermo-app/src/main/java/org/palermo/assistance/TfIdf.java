package org.palermo.assistance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * TF-IDF vectors of texts, compared by cosine. Terms come from Lucene's English analyzer (lower case, stop
 * words out, Porter stems), as the case-law search reads English; weights are sublinear term frequency times
 * smoothed inverse document frequency over the texts given, so words every project uses ("trafficking",
 * "victims") weigh little and the words that set a project apart weigh most.
 */
final class TfIdf {

    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    /** A unit-length sparse vector: term ids ascending and their weights. */
    record Vector(int[] terms, double[] weights) {
    }

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> vocabulary = new ArrayList<>();
    private final Map<Integer, Vector> vectors = new HashMap<>();

    /** Vectors for texts by key; a null or empty text has none. */
    TfIdf(Map<Integer, String> texts) {
        Map<Integer, Map<Integer, Integer>> counts = new HashMap<>();
        Map<Integer, Integer> df = new HashMap<>();
        texts.forEach((key, text) -> {
            if (text == null || text.isBlank()) {
                return;
            }
            Map<Integer, Integer> tf = new HashMap<>();
            for (String term : terms(text)) {
                int id = ids.computeIfAbsent(term, t -> {
                    vocabulary.add(t);
                    return vocabulary.size() - 1;
                });
                tf.merge(id, 1, Integer::sum);
            }
            if (!tf.isEmpty()) {
                counts.put(key, tf);
                tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            }
        });
        int n = counts.size();
        counts.forEach((key, tf) -> {
            int[] terms = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            double[] weights = new double[terms.length];
            double norm = 0;
            for (int i = 0; i < terms.length; i++) {
                double idf = Math.log((1.0 + n) / (1.0 + df.get(terms[i]))) + 1;
                weights[i] = (1 + Math.log(tf.get(terms[i]))) * idf;
                norm += weights[i] * weights[i];
            }
            double length = Math.sqrt(norm);
            for (int i = 0; i < weights.length; i++) {
                weights[i] /= length;
            }
            vectors.put(key, new Vector(terms, weights));
        });
    }

    boolean has(int key) {
        return vectors.containsKey(key);
    }

    /** The cosine of two texts' vectors; null when either has none. */
    Double cosine(int a, int b) {
        Vector x = vectors.get(a);
        Vector y = vectors.get(b);
        if (x == null || y == null) {
            return null;
        }
        double dot = 0;
        for (int i = 0, j = 0; i < x.terms().length && j < y.terms().length; ) {
            if (x.terms()[i] == y.terms()[j]) {
                dot += x.weights()[i++] * y.weights()[j++];
            } else if (x.terms()[i] < y.terms()[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Math.min(1.0, dot);
    }

    /** The shared terms that weigh most in the product, heaviest first (stems, as the analyzer made them). */
    List<String> sharedTerms(int a, int b, int limit) {
        Vector x = vectors.get(a);
        Vector y = vectors.get(b);
        if (x == null || y == null) {
            return List.of();
        }
        List<double[]> shared = new ArrayList<>();
        for (int i = 0, j = 0; i < x.terms().length && j < y.terms().length; ) {
            if (x.terms()[i] == y.terms()[j]) {
                shared.add(new double[] {x.terms()[i], x.weights()[i] * y.weights()[j]});
                i++;
                j++;
            } else if (x.terms()[i] < y.terms()[j]) {
                i++;
            } else {
                j++;
            }
        }
        // heaviest first; equal weights in the terms' alphabetical order, so that the answer does not depend on
        // the order the texts were read in
        shared.sort((p, q) -> q[1] != p[1] ? Double.compare(q[1], p[1])
                : vocabulary.get((int) p[0]).compareTo(vocabulary.get((int) q[0])));
        return shared.stream().limit(limit).map(p -> vocabulary.get((int) p[0])).toList();
    }

    static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ENGLISH.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (t.length() > 1 && !t.chars().allMatch(Character::isDigit)) {
                    out.add(t);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
